import HocVuCore

/// An http(s) link as written in a page, and where.
public struct ExternalReference: Sendable, Hashable {
    public var url: String
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}
