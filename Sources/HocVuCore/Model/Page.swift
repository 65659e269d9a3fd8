/// A standalone page under `pages/`, or the home page's introduction (`index.md`).
public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var menu: Bool
    public var order: Int?
    public var body: MarkdownSource

    public init(slug: String, title: String, body: MarkdownSource) {
        self.slug = slug
        self.title = title
        self.summary = nil
        self.menu = false
        self.order = nil
        self.body = body
    }

    public var outputPath: String { "pages/\(slug)/index.html" }
}
