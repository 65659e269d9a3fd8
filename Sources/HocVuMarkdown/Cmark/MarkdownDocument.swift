import CCmark
import Foundation

/// Owns one cmark tree: parses it, lends its nodes to walks, renders it and
/// frees its root exactly once. Noncopyable, so no two owners can free it.
struct MarkdownDocument: ~Copyable {
    let root: MarkdownNode

    /// Parses CommonMark. cmark records source positions on every node;
    /// `CMARK_OPT_VALIDATE_UTF8` replaces invalid bytes instead of trusting them.
    init(parsing text: String) {
        let options = CMARK_OPT_VALIDATE_UTF8
        let parsed: OpaquePointer? = text.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, options)
        }
        if let parsed {
            root = MarkdownNode(parsed)
        } else if let empty = cmark_node_new(CMARK_NODE_DOCUMENT) {
            root = MarkdownNode(empty)
        } else {
            // cmark could not allocate a node: nothing sensible can go on.
            preconditionFailure("cmark: out of memory")
        }
    }

    deinit {
        cmark_node_free(root.pointer)
    }

    /// Visits every node in document order with cmark's own iterator, so depth
    /// costs no stack (50,000 nested quotes walk like a flat list). `body`
    /// must not edit the tree: collect nodes, then edit after the walk.
    func walk(_ body: (MarkdownNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = MarkdownNode(cmark_iter_get_node(iterator)) else { continue }
            body(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// Every node of the given types, in document order.
    func nodes(of types: Set<UInt32>) -> [MarkdownNode] {
        var found: [MarkdownNode] = []
        walk { node, entering in
            if entering && types.contains(node.type.rawValue) { found.append(node) }
        }
        return found
    }

    /// cmark's HTML renderer, for the whole document or one of its nodes;
    /// the returned buffer is freed here.
    func renderHTML(unsafe: Bool, of node: MarkdownNode? = nil) -> String {
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let buffer = cmark_render_html((node ?? root).pointer, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
