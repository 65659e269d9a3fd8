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
        for node in document.nodes(of: NodeTypes.linksAndImages) {
            let isImage = node.type == CMARK_NODE_IMAGE
            let destination = node.url
            if isImage && node.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
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
            let resolution = resolve(LinkRequest(destination: destination, isImage: isImage, location: context.location(of: node)))
            context.diagnostics.append(contentsOf: resolution.diagnostics)
            if let url = resolution.url { node.url = url }
            if let fragment = resolution.fragment { fragments.append(fragment) }
            if let file = resolution.file { context.linkedFiles.insert(file) }
        }
        return fragments
    }
}
