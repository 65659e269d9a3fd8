import CCmark

/// Shorthands for the node-type sets that passes ask a document for.
enum NodeTypes {
    static let paragraph: Set<UInt32> = [CMARK_NODE_PARAGRAPH.rawValue]
    static let heading: Set<UInt32> = [CMARK_NODE_HEADING.rawValue]
    static let blockQuote: Set<UInt32> = [CMARK_NODE_BLOCK_QUOTE.rawValue]
    static let linksAndImages: Set<UInt32> = [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue]
    static let rawHTML: Set<UInt32> = [CMARK_NODE_HTML_BLOCK.rawValue, CMARK_NODE_HTML_INLINE.rawValue]
    static let codeBlock: Set<UInt32> = [CMARK_NODE_CODE_BLOCK.rawValue]
}
