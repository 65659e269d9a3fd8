/// Diagnostics for people: the §7 line, then the source line with a caret
/// under the column, as compilers print them. ANSI colours only when asked
/// (the CLI asks when stderr is a terminal and NO_COLOR is unset).
public struct TextReporter {
    public var color: Bool
    /// The lines of a file by its displayed path; nil when it cannot be read.
    public var sourceLines: (String) -> [Substring]?

    public init(color: Bool, sourceLines: @escaping (String) -> [Substring]?) {
        self.color = color
        self.sourceLines = sourceLines
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func render(_ summary: DiagnosticSummary) -> String {
        var cache: [String: [Substring]?] = [:]
        var out = ""
        for diagnostic in summary.diagnostics {
            let location = diagnostic.location
            let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
            out += "\(paint(diagnostic.place, "1")): \(severity)[\(diagnostic.code)]: \(diagnostic.message)\n"

            guard location.line > 0 else { continue }
            if cache[location.file] == nil { cache[location.file] = .some(sourceLines(location.file)) }
            guard let lines = cache[location.file] ?? nil, location.line <= lines.count else { continue }
            let (line, column) = Self.window(lines[location.line - 1], column: location.column)
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(paint(number, "34")) | \(line)\n"
            if column > 0 {
                // Tabs stay tabs so the caret lines up whatever the tab width.
                let pad = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                out += " \(gutter) | \(pad)\(paint("^", diagnostic.severity == .error ? "1;31" : "1;33"))\n"
            }
        }
        return out
    }

    /// At most `width` characters of a long line (a paragraph is one line in
    /// Markdown), around the column, with "…" where text is cut.
    public static func window(_ line: Substring, column: Int, width: Int = 100) -> (String, Int) {
        let characters = Array(line)
        guard characters.count > width else { return (String(line), column) }
        let target = max(0, min(characters.count, column) - 1)
        let start = max(0, min(target - width / 3, characters.count - width))
        let end = min(characters.count, start + width)
        let text = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        return (text, column > 0 ? column - start + (start > 0 ? 1 : 0) : 0)
    }
}
