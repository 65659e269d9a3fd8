import CCmark

/// A borrowed view of one cmark node. Internal to this module: passes get nodes
/// from a walk of a `MarkdownDocument` and must not keep them past the document.
struct MarkdownNode: Equatable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    var parent: MarkdownNode? { MarkdownNode(cmark_node_parent(pointer)) }
    var firstChild: MarkdownNode? { MarkdownNode(cmark_node_first_child(pointer)) }
    var lastChild: MarkdownNode? { MarkdownNode(cmark_node_last_child(pointer)) }
    var next: MarkdownNode? { MarkdownNode(cmark_node_next(pointer)) }
    var previous: MarkdownNode? { MarkdownNode(cmark_node_previous(pointer)) }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_literal(pointer, newValue) }
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_url(pointer, newValue) }
    }

    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    var isBlock: Bool {
        let t = type.rawValue
        return t >= CMARK_NODE_FIRST_BLOCK.rawValue && t <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    /// The plain text of an inline subtree (text, code, and breaks as spaces),
    /// used for heading ids, tables of contents and alt text.
    var plainText: String {
        var out = ""
        var stack = [self]
        // Iterative depth-first walk, children in document order.
        while let node = stack.popLast() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                out += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                break
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    // MARK: Editing. Only between walks: never while a cmark_iter is on the tree.

    static func make(_ type: cmark_node_type) -> MarkdownNode? {
        MarkdownNode(cmark_node_new(type))
    }

    /// A custom block or inline whose HTML is `enter` … children … `exit`.
    /// Callers pass text they have escaped themselves.
    static func custom(_ type: cmark_node_type, enter: String, exit: String) -> MarkdownNode? {
        guard let node = make(type) else { return nil }
        _ = cmark_node_set_on_enter(node.pointer, enter)
        _ = cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    /// Empties a custom block's HTML (a quiz left out of an export).
    func clearCustomHTML() {
        _ = cmark_node_set_on_enter(pointer, "")
        _ = cmark_node_set_on_exit(pointer, "")
    }

    @discardableResult
    func append(_ child: MarkdownNode) -> Bool {
        cmark_node_append_child(pointer, child.pointer) == 1
    }

    @discardableResult
    func insertBefore(_ sibling: MarkdownNode) -> Bool {
        cmark_node_insert_before(pointer, sibling.pointer) == 1
    }

    @discardableResult
    func replace(with other: MarkdownNode) -> Bool {
        cmark_node_replace(pointer, other.pointer) == 1
    }

    func unlink() {
        cmark_node_unlink(pointer)
    }

    /// Unlinks and frees this node and its subtree.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Moves all children of `other` to the end of this node.
    func adoptChildren(of other: MarkdownNode) {
        while let child = other.firstChild {
            child.unlink()
            append(child)
        }
    }
}
