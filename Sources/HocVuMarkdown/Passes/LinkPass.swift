import CCmark
import HocVuCore

/// Checks every link and image destination and lets the caller rewrite it
/// (source `.md` paths → output URLs). Unsafe schemes are always errors;
/// images need alt text.
struct LinkPass {
    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "file"]

    func run(
        on document: borrowing MarkdownDocument, context: inout PassContext,
        resolve: (LinkRequest) -> LinkResolution
    ) -> [FragmentReference] {
        var fragments: [FragmentReference] = []
        // Image nodes replaced by sized <img> tags, freed after the walk.
        var images: [MarkdownNode] = []
        defer { for image in images { cmark_node_free(image.pointer) } }
        for node in document.nodes(of: NodeTypes.linksAndImages) {
            let isImage = node.type == CMARK_NODE_IMAGE
            let destination = node.url
            if isImage && node.plainText.trimmingSpaces().isEmpty {
                context.warning(
                    "image.missing-alt",
                    "image '\(destination)' has no alt text; describe it for readers who cannot see it: ![mô tả](\(destination))",
                    at: node)
            }
            if let scheme = URLScheme.of(destination) {
                let lower = scheme.lowercased()
                let isImageData = lower == "data" && destination.dropFirst(5).lowercased().hasPrefix("image/")
                if Self.unsafeSchemes.contains(lower) || (lower == "data" && !isImageData) {
                    context.error("link.unsafe-scheme", "'\(lower):' URLs are not allowed: '\(destination.prefix(60))'", at: node)
                    node.url = ""
                    continue
                }
            }
            let resolution = resolve(LinkRequest(destination: destination, isImage: isImage, location: location(of: node, context)))
            context.diagnostics.append(contentsOf: resolution.diagnostics)
            if let url = resolution.url { node.url = url }
            if isImage, let size = resolution.imageSize {
                // Sized and lazy: the page keeps its layout while images arrive.
                let title = node.title.isEmpty ? "" : " title=\"\(HTMLEscape.text(node.title))\""
                let html = "<img src=\"\(HTMLEscape.text(node.url))\" alt=\"\(HTMLEscape.text(node.plainText))\"\(title)"
                    + " width=\"\(size.width)\" height=\"\(size.height)\" loading=\"lazy\" decoding=\"async\">"
                if let sized = MarkdownNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: html, exit: "") {
                    if node.replace(with: sized) { images.append(node) } else { cmark_node_free(sized.pointer) }
                }
            }
            if let fragment = resolution.fragment { fragments.append(fragment) }
            if let file = resolution.file { context.linkedFiles.insert(file) }
            if let url = resolution.external {
                context.externalLinks.append(ExternalReference(url: url, location: location(of: node, context)))
            }
        }
        return fragments
    }

    /// Where a link starts. cmark 0.30 gives an autolink (`<https://…>`) the
    /// position of the text after it, but its text child is right: one
    /// character after the `<`.
    private func location(of node: MarkdownNode, _ context: PassContext) -> SourceLocation {
        if let child = node.firstChild, child.startLine > 0,
           (child.startLine, child.startColumn) < (node.startLine, node.startColumn) {
            var location = context.location(of: child)
            location.column = max(1, location.column - 1)
            return location
        }
        return context.location(of: node)
    }
}
