import HocVuCore

/// `page#fragment` written somewhere: `page` is the target's content-relative path.
public struct FragmentReference: Sendable, Hashable {
    public var page: String
    public var fragment: String
    /// The fragment as the author wrote it (may be the forge-style Unicode form).
    public var written: String
    /// The link as the page's HTML holds it (`../x/index.html#id`), so the
    /// check can point it at the heading's own id when a forge's id was written.
    public var href: String
    public var location: SourceLocation

    public init(page: String, fragment: String, written: String, href: String = "", location: SourceLocation) {
        self.page = page
        self.fragment = fragment
        self.written = written
        self.href = href
        self.location = location
    }
}
