import HocVuCore
import HocVuMarkdown

/// Renders `text` as the body of `bai.md`, whose front matter ended on line `firstLine - 1`.
func render(
    _ text: String, firstLine: Int = 1, options: MarkdownOptions = MarkdownOptions(),
    resolve: (LinkRequest) -> LinkResolution = { _ in .keep }
) -> RenderedMarkdown {
    MarkdownRenderer(options: options).render(
        MarkdownSource(path: "bai.md", text: text, firstLine: firstLine), resolveLink: resolve)
}

extension RenderedMarkdown {
    /// `line:column code` of each diagnostic, for compact assertions.
    var places: [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" }
    }
}
