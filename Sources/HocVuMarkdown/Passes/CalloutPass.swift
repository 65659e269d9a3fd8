import Foundation
import HocVuCore
import CCmark

/// GitHub's alert syntax: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` becomes a titled callout box.
struct CalloutPass {
    static let kinds = ["note", "tip", "important", "warning", "caution"]

    func run(on document: borrowing MarkdownDocument, context: inout PassContext) {
        for quote in document.nodes(of: NodeTypes.blockQuote) {
            guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
                  let marker = paragraph.firstChild, marker.type == CMARK_NODE_TEXT
            else { continue }
            let text = marker.literal.trimmingSpaces()
            guard text.hasPrefix("[!"), text.hasSuffix("]"),
                  marker.next == nil || [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(marker.next?.type)
            else { continue }
            let kind = text.dropFirst(2).dropLast().lowercased()
            guard Self.kinds.contains(kind) else {
                context.warning(
                    "markdown.unknown-callout",
                    "'\(text)' is not a callout kind; use one of \(Self.kinds.map { "[!\($0.uppercased())]" }.joined(separator: ", "))",
                    at: marker)
                continue
            }
            let title = HTMLEscape.text(context.options.calloutTitles[kind] ?? kind.capitalized)
            guard let box = MarkdownNode.custom(
                CMARK_NODE_CUSTOM_BLOCK,
                enter: "<div class=\"callout callout-\(kind)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>",
                exit: "</div>")
            else { continue }
            marker.next?.remove()
            marker.remove()
            if paragraph.firstChild == nil { paragraph.remove() }
            box.adoptChildren(of: quote)
            quote.replace(with: box)
            cmark_node_free(quote.pointer)
        }
    }
}
