import HocVuCore

/// A page's Markdown after all passes: plain Swift values, safe to send
/// across tasks (no cmark pointer inside).
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    public var fragments: [FragmentReference]
    public var quizzes: [Quiz]
    public var diagnostics: [Diagnostic]
}
