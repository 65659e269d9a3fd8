/// A dated announcement `news/YYYY-MM-DD-<slug>.md`.
public struct NewsItem: Sendable {
    public var slug: String
    /// `YYYY-MM-DD`, from the file name.
    public var date: String
    public var title: String
    public var summary: String?
    public var body: MarkdownSource

    public init(slug: String, date: String, title: String, body: MarkdownSource) {
        self.slug = slug
        self.date = date
        self.title = title
        self.summary = nil
        self.body = body
    }

    public var outputPath: String { "news/\(slug)/index.html" }
}
