import HocVuCore

/// Markdown → HTML for one page: parse with cmark, run the passes of
/// CONTENT-FORMAT.md §3 over the tree, render. Everything happens inside one
/// call, so cmark nodes never cross a task; the result is plain values.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    public func render(
        _ source: MarkdownSource,
        quizPrefix: String = "quiz",
        resolveLink: (LinkRequest) -> LinkResolution = { _ in .keep }
    ) -> RenderedMarkdown {
        let document = MarkdownDocument(parsing: source.text)
        var context = PassContext(source: source, options: options)
        // Quizzes and tables first: they parse parts anew, and the later passes must see those nodes.
        let quizzes = QuizPass(prefix: quizPrefix).run(on: document, context: &context, resolve: resolveLink)
        TablePass().run(on: document, context: &context)
        RawHTMLPass().run(on: document, context: &context)
        CalloutPass().run(on: document, context: &context)
        let headings = HeadingIDPass().run(on: document, context: &context)
        let fragments = LinkPass().run(on: document, context: &context, resolve: resolveLink)
        let html = finish(document.renderHTML(unsafe: options.allowRawHTML))
        var rendered = RenderedMarkdown(
            html: html, headings: headings, fragments: fragments + quizzes.fragments, quizzes: quizzes.quizzes,
            linkedFiles: context.linkedFiles.sorted(), externalLinks: context.externalLinks, diagnostics: context.diagnostics)
        if options.alsoWithoutQuizForms {
            if options.quizForms && !quizzes.forms.isEmpty {
                for form in quizzes.forms { form.clearCustomHTML() }
                rendered.htmlWithoutQuizForms = finish(document.renderHTML(unsafe: options.allowRawHTML))
            } else {
                rendered.htmlWithoutQuizForms = html
            }
        }
        return rendered
    }

    private func finish(_ html: String) -> String {
        guard options.focusableCode else { return html }
        // Only cmark's own tags can read "<pre><code": text has its "<" escaped.
        return ByteReplace.replacing("<pre><code", with: "<pre tabindex=\"0\"><code", in: html)
    }

    /// Plain CommonMark 0.30: no passes, raw HTML kept, exactly cmark's output.
    public static func commonMark(_ text: String) -> String {
        MarkdownDocument(parsing: text).renderHTML(unsafe: true)
    }
}
