/// The Markdown body of a content file, after its front matter was cut off.
public struct MarkdownSource: Sendable, Hashable {
    /// The file as diagnostics name it, e.g. `content/courses/a/01-b.md`.
    public var path: String
    /// The file relative to the content folder, e.g. `courses/a/01-b.md`: its key in the site.
    public var contentPath: String
    public var text: String
    /// The file line on which `text` starts (1 when there is no front matter),
    /// so every diagnostic names the line of the file, not of the body.
    public var firstLine: Int

    public init(path: String, contentPath: String? = nil, text: String, firstLine: Int) {
        self.path = path
        self.contentPath = contentPath ?? path
        self.text = text
        self.firstLine = firstLine
    }
}
