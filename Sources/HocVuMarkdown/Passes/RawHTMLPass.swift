import Foundation
import HocVuCore
import CCmark

/// Raw HTML in Markdown is dropped with a warning unless the site allows it
/// (`allow_raw_html`): pages stay safe and CSP-clean by default. HTML comments
/// are authors' notes and are dropped silently.
struct RawHTMLPass {
    func run(on document: borrowing MarkdownDocument, context: inout PassContext) {
        guard !context.options.allowRawHTML else { return }
        for node in document.nodes(of: NodeTypes.rawHTML) {
            let html = node.literal.trimmingWhitespace()
            if !(html.hasPrefix("<!--") && html.hasSuffix("-->")) {
                let shown = html.count > 40 ? String(html.prefix(40)) + "…" : html
                context.warning(
                    "markdown.raw-html",
                    "raw HTML '\(shown)' was dropped; write it in Markdown, or set 'allow_raw_html: true' in site.yml",
                    at: node)
            }
            node.remove()
        }
    }
}
