import CCmark

/// GitHub-style pipe tables on top of plain cmark: a paragraph whose lines are
/// a header row, a delimiter row (`---`, `:--:`) and body rows becomes a table.
/// The paragraph's raw lines come from cmark's source positions; each cell is
/// parsed again by cmark as inline Markdown, so cells keep emphasis, code and links.
struct TablePass {
    func run(on document: borrowing MarkdownDocument, context: inout PassContext) {
        for paragraph in document.nodes(of: NodeTypes.paragraph) {
            convert(paragraph, context: &context)
        }
    }

    private struct Cell {
        var text: [UInt8]
        /// Byte column (1-based) of the cell's first byte on its body line.
        var column: Int
    }

    private struct Row {
        var line: Int
        var cells: [Cell]
        var hasPipe: Bool
    }

    private enum Align { case none, left, center, right }

    private func convert(_ paragraph: MarkdownNode, context: inout PassContext) {
        let first = paragraph.startLine, last = paragraph.endLine
        guard last > first else { return }
        let quoteDepth = blockQuoteDepth(of: paragraph)
        var rows: [Row] = []
        for line in first...last {
            var bytes = context.lines.line(line)
            var offset = 0
            if line == first {
                offset = min(paragraph.startColumn - 1, bytes.count)
            } else {
                offset = containerPrefixLength(bytes, quoteDepth: quoteDepth)
            }
            bytes = bytes.dropFirst(offset)
            rows.append(split(bytes, line: line, column: offset + 1))
        }
        // The header is the line before the first delimiter row whose cell count matches.
        guard let delimiterIndex = rows.indices.dropFirst().first(where: { i in
            let alignments = alignmentRow(rows[i])
            return alignments != nil && alignments?.count == rows[i - 1].cells.count
                && (rows[i].hasPipe || rows[i - 1].hasPipe)
        }), let alignments = alignmentRow(rows[delimiterIndex]) else { return }

        let headerIndex = delimiterIndex - 1
        let options = context.options
        // Numbered, so several scrollable tables on a page are distinct landmarks.
        context.tableCount += 1
        let label = "\(options.tableLabel) \(context.tableCount)"
        let (enter, exit) = options.wrapTables
            ? ("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscape.text(label))\">\n<table>",
               "</table>\n</div>")
            : ("<table>", "</table>")
        guard let table = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: enter, exit: exit),
              let head = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<thead>", exit: "</thead>")
        else { return }
        table.append(head)
        appendRow(rows[headerIndex], tag: "th", alignments: alignments, to: head, context: &context)
        let bodyRows = rows[(delimiterIndex + 1)...]
        if !bodyRows.isEmpty, let body = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<tbody>", exit: "</tbody>") {
            table.append(body)
            for row in bodyRows {
                appendRow(row, tag: "td", alignments: alignments, to: body, context: &context)
            }
        }

        // Lines before the header stay a paragraph (GitHub lets a table follow text directly).
        if headerIndex > 0 {
            let leading = rows[0..<headerIndex].map { row in
                row.line == first
                    ? Array(context.lines.line(row.line).dropFirst(paragraph.startColumn - 1))
                    : Array(context.lines.line(row.line))
            }
            let text = leading.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            if let newParagraph = MarkdownNode.make(CMARK_NODE_PARAGRAPH) {
                inlineParse(text, into: newParagraph, origin: (first, paragraph.startColumn), context: &context)
                paragraph.insertBefore(newParagraph)
            }
        }
        paragraph.replace(with: table)
        cmark_node_free(paragraph.pointer)
    }

    private func appendRow(
        _ row: Row, tag: String, alignments: [Align], to parent: MarkdownNode, context: inout PassContext
    ) {
        guard let tr = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<tr>", exit: "</tr>") else { return }
        parent.append(tr)
        // Missing cells are empty; extra cells are ignored (GFM).
        for (i, alignment) in alignments.enumerated() {
            let open = "<\(tag)\(attribute(for: alignment, style: context.options.tableAlignment))>"
            guard let cell = MarkdownNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: open, exit: "</\(tag)>\n")
            else { continue }
            tr.append(cell)
            if i < row.cells.count {
                let c = row.cells[i]
                inlineParse(unescapePipes(c.text), into: cell, origin: (row.line, c.column), context: &context)
            }
        }
    }

    private func attribute(for alignment: Align, style: MarkdownOptions.Alignment) -> String {
        let name: String
        switch alignment {
        case .none: return ""
        case .left: name = "left"
        case .center: name = "center"
        case .right: name = "right"
        }
        switch style {
        case .attribute: return " align=\"\(name)\""
        case .cssClass: return " class=\"align-\(name)\""
        }
    }

    /// Parses `text` as inline Markdown and moves the inlines into `parent`.
    /// A leading no-break space keeps cmark from reading `# x` or `- x` as a block;
    /// cmark treats it as whitespace for emphasis, and it is removed afterwards.
    private func inlineParse(_ text: String, into parent: MarkdownNode, origin: (Int, Int), context: inout PassContext) {
        let guardText = "\u{00A0}"
        let fragment = MarkdownDocument(parsing: guardText + text)
        guard let block = fragment.root.firstChild, block.type == CMARK_NODE_PARAGRAPH else { return }
        if let head = block.firstChild, head.type == CMARK_NODE_TEXT, head.literal.hasPrefix(guardText) {
            let rest = String(head.literal.dropFirst())
            if rest.isEmpty { head.remove() } else { head.literal = rest }
        }
        parent.adoptChildren(of: block)
        // Columns inside the fragment count the 2-byte guard.
        context.origins[parent.pointer] = (origin.0, origin.1 - guardText.utf8.count)
    }

    private func unescapePipes(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "|") {
                out.append(UInt8(ascii: "|"))
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func split(_ bytes: ArraySlice<UInt8>, line: Int, column: Int) -> Row {
        let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        var cells: [Cell] = []
        var current: [UInt8] = []
        var currentStart = column
        var escaped = false
        var col = column
        var pipes = 0
        var firstContent: Int?  // byte index of the first non-space byte
        var lastContent: Int?   // … of the last non-space byte
        var unescapedPipes = Set<Int>()
        for (index, byte) in zip(bytes.indices, bytes) {
            if byte != 0x20 && byte != 0x09 {
                if firstContent == nil { firstContent = index }
                lastContent = index
            }
            if byte == pipe && !escaped {
                pipes += 1
                unescapedPipes.insert(index)
                cells.append(Cell(text: current, column: currentStart))
                current = []
                currentStart = col + 1
            } else {
                current.append(byte)
            }
            escaped = byte == backslash && !escaped
            col += 1
        }
        cells.append(Cell(text: current, column: currentStart))
        // Trim each cell, keeping its column on the first kept byte.
        cells = cells.map { cell in
            let leading = cell.text.prefix { $0 == 0x20 || $0 == 0x09 }.count
            var text = Array(cell.text.dropFirst(leading))
            while let last = text.last, last == 0x20 || last == 0x09 { text.removeLast() }
            return Cell(text: text, column: cell.column + leading)
        }
        // A leading or trailing pipe does not open an empty cell.
        if let f = firstContent, unescapedPipes.contains(f) { cells.removeFirst() }
        if let l = lastContent, unescapedPipes.contains(l), l != firstContent || cells.count > 1 {
            cells.removeLast()
        }
        return Row(line: line, cells: cells, hasPipe: pipes > 0)
    }

    /// The alignments of a delimiter row, or nil when the row is not one.
    private func alignmentRow(_ row: Row) -> [Align]? {
        guard !row.cells.isEmpty else { return nil }
        var result: [Align] = []
        for cell in row.cells {
            var t = cell.text[...]
            let left = t.first == UInt8(ascii: ":")
            if left { t = t.dropFirst() }
            let right = t.last == UInt8(ascii: ":")
            if right { t = t.dropLast() }
            guard !t.isEmpty, t.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    private func blockQuoteDepth(of node: MarkdownNode) -> Int {
        var depth = 0
        var current = node.parent
        while let n = current {
            if n.type == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
            current = n.parent
        }
        return depth
    }

    /// Length of the block-quote markers (`> `) and indentation that start a
    /// continuation line inside containers. Lazy lines have none.
    private func containerPrefixLength(_ bytes: ArraySlice<UInt8>, quoteDepth: Int) -> Int {
        var i = bytes.startIndex
        var quotes = 0
        while i < bytes.endIndex {
            if bytes[i] == 0x20 || bytes[i] == 0x09 {
                i += 1
            } else if bytes[i] == UInt8(ascii: ">") && quotes < quoteDepth {
                quotes += 1
                i += 1
            } else {
                break
            }
        }
        return i - bytes.startIndex
    }
}
