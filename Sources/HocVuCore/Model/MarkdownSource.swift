/// The Markdown body of a content file, after its front matter was cut off.
public struct MarkdownSource: Sendable, Hashable {
    /// Content-relative path of the file, e.g. `courses/a/01-b.md`.
    public var path: String
    public var text: String
    /// The file line on which `text` starts (1 when there is no front matter),
    /// so every diagnostic names the line of the file, not of the body.
    public var firstLine: Int

    public init(path: String, text: String, firstLine: Int) {
        self.path = path
        self.text = text
        self.firstLine = firstLine
    }
}
