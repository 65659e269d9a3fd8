import HocVuCore

/// A link or image destination found in a page, handed to the caller's resolver.
public struct LinkRequest: Sendable {
    public var destination: String
    public var isImage: Bool
    public var location: SourceLocation
}
