import HocVuCore

/// A page's Markdown after all passes: plain Swift values, safe to send
/// across tasks (no cmark pointer inside).
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    public var fragments: [FragmentReference]
    public var quizzes: [Quiz]
    /// Content paths of the files the page links to, sorted.
    public var linkedFiles: [String]
    /// The page's http(s) links, for `hocvu check --external`.
    public var externalLinks: [ExternalReference]
    public var diagnostics: [Diagnostic]
    /// The HTML with quizzes left out, when `MarkdownOptions.alsoWithoutQuizForms`.
    public var htmlWithoutQuizForms: String?

    public init(html: String, headings: [Heading], fragments: [FragmentReference], quizzes: [Quiz], linkedFiles: [String],
                externalLinks: [ExternalReference], diagnostics: [Diagnostic], htmlWithoutQuizForms: String? = nil) {
        self.html = html
        self.headings = headings
        self.fragments = fragments
        self.quizzes = quizzes
        self.linkedFiles = linkedFiles
        self.externalLinks = externalLinks
        self.diagnostics = diagnostics
        self.htmlWithoutQuizForms = htmlWithoutQuizForms
    }
}
