import HocVuCore

/// A heading of a rendered page, for tables of contents and fragment checks.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var location: SourceLocation
}
