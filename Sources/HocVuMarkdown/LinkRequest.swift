import HocVuCore

/// A link or image destination found in a page, handed to the caller's resolver.
public struct LinkRequest: Sendable {
    public var destination: String
    public var isImage: Bool
    public var location: SourceLocation
}

/// What the resolver decided about a link.
public struct LinkResolution: Sendable {
    /// The URL to write; nil keeps the destination as written.
    public var url: String?
    public var diagnostics: [Diagnostic]
    /// A fragment that must exist on a page, checked once every page is parsed.
    public var fragment: FragmentReference?

    public init(url: String? = nil, diagnostics: [Diagnostic] = [], fragment: FragmentReference? = nil) {
        self.url = url
        self.diagnostics = diagnostics
        self.fragment = fragment
    }

    public static let keep = LinkResolution()
}

/// `page#fragment` written somewhere: `page` is the target's content-relative path.
public struct FragmentReference: Sendable, Hashable {
    public var page: String
    public var fragment: String
    /// The fragment as the author wrote it (may be the forge-style Unicode form).
    public var written: String
    public var location: SourceLocation

    public init(page: String, fragment: String, written: String, location: SourceLocation) {
        self.page = page
        self.fragment = fragment
        self.written = written
        self.location = location
    }
}
