import Foundation
import CCmark
import HocVuCore

/// Gives every heading an id (CONTENT-FORMAT.md §3): the shared slug of its
/// text, or an explicit trailing `{#custom-id}`, made unique with `-2`, `-3`.
struct HeadingIDPass {
    func run(on document: borrowing MarkdownDocument, context: inout PassContext) -> [Heading] {
        var used: Set<String> = []
        // The next suffix to try per base id: many equal headings stay linear.
        var nextSuffix: [String: Int] = [:]
        var headings: [Heading] = []
        for heading in document.nodes(of: NodeTypes.heading) {
            let location = context.location(of: heading)
            let forgeText = heading.plainText.trimmingSpaces()
            var base = customID(of: heading, context: &context) ?? Slug.make(heading.plainText)
            if base.isEmpty { base = "muc" }
            var id = base
            var n = nextSuffix[base] ?? 2
            while used.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            nextSuffix[base] = n
            used.insert(id)
            let level = heading.headingLevel
            let text = heading.plainText.trimmingSpaces()
            headings.append(Heading(level: level, text: text, id: id, location: location, forgeText: forgeText))

            // cmark cannot print attributes on headings: a custom inline
            // holding the heading's content prints the tag with its id.
            guard let block = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "", exit: ""),
                  let tag = MarkdownNode.custom(
                      CMARK_NODE_CUSTOM_INLINE, enter: "<h\(level) id=\"\(HTMLEscape.text(id))\">", exit: "</h\(level)>")
            else { continue }
            tag.adoptChildren(of: heading)
            block.append(tag)
            heading.replace(with: block)
            cmark_node_free(heading.pointer)
        }
        return headings
    }

    /// Reads and removes a trailing `{#id}` from the heading's last text node.
    private func customID(of heading: MarkdownNode, context: inout PassContext) -> String? {
        guard let last = heading.lastChild, last.type == CMARK_NODE_TEXT else { return nil }
        let literal = last.literal
        let trimmed = literal.trimmingSpaces()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        let valid = !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard valid else {
            context.warning(
                "heading.bad-id",
                "'{#\(id)}' is not a valid heading id; use letters, digits, '-' and '_'", at: heading)
            return nil
        }
        let rest = String(trimmed[..<open.lowerBound]).trimmingSpaces()
        if rest.isEmpty { last.remove() } else { last.literal = rest }
        return id
    }
}
