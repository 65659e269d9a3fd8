import CCmark
import HocVuCore

/// What the passes over one page share: the source, the options, and the
/// diagnostics they collect (values, never thrown).
struct PassContext {
    let source: MarkdownSource
    let options: MarkdownOptions
    let lines: LineIndex
    var diagnostics: [Diagnostic] = []
    /// Content paths of the files the page links to (`LinkResolution.file`).
    var linkedFiles: Set<String> = []
    /// The page's http(s) links, in order.
    var externalLinks: [ExternalReference] = []
    /// Tables so far, to name each one (`Bảng 1`, `Bảng 2`).
    var tableCount = 0
    /// Nodes that were parsed again from part of a line (table cells): where
    /// their line 1, column 1 sits in the body, so positions stay true.
    var origins: [OpaquePointer: (line: Int, column: Int)] = [:]

    init(source: MarkdownSource, options: MarkdownOptions) {
        self.source = source
        self.options = options
        self.lines = LineIndex(source.text)
    }

    /// File line and character column of a node.
    func location(of node: MarkdownNode) -> SourceLocation {
        var bodyLine = node.startLine
        var byteColumn = node.startColumn
        var ancestor: MarkdownNode? = node
        while let current = ancestor {
            if let origin = origins[current.pointer] {
                if bodyLine == 1 { byteColumn = origin.column + byteColumn - 1 }
                bodyLine = origin.line + bodyLine - 1
                break
            }
            ancestor = current.parent
        }
        return location(bodyLine: bodyLine, byteColumn: byteColumn)
    }

    func location(bodyLine: Int, byteColumn: Int) -> SourceLocation {
        SourceLocation(
            file: source.path,
            line: bodyLine + source.firstLine - 1,
            column: lines.characterColumn(line: bodyLine, byteColumn: byteColumn)
        )
    }

    mutating func error(_ code: String, _ message: String, at node: MarkdownNode) {
        diagnostics.append(Diagnostic(.error, code, message, at: location(of: node)))
    }

    mutating func warning(_ code: String, _ message: String, at node: MarkdownNode) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location(of: node)))
    }
}
