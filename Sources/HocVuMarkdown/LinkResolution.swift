import HocVuCore

/// What the resolver decided about a link.
public struct LinkResolution: Sendable {
    /// The URL to write; nil keeps the destination as written.
    public var url: String?
    public var diagnostics: [Diagnostic]
    /// A fragment that must exist on a page, checked once every page is parsed.
    public var fragment: FragmentReference?
    /// The content path of the file (image, PDF…) the link uses, for the
    /// unused-file check.
    public var file: String?
    /// An http(s) URL, for `hocvu check --external`.
    public var external: String?
    /// The pixel size of a local image, written as `width`/`height`.
    public var imageSize: ImageDimensions?

    public init(
        url: String? = nil, diagnostics: [Diagnostic] = [], fragment: FragmentReference? = nil, file: String? = nil,
        external: String? = nil
    ) {
        self.url = url
        self.diagnostics = diagnostics
        self.fragment = fragment
        self.file = file
        self.external = external
    }

    public static let keep = LinkResolution()
}
