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

    /// Characters copied out of source lines so far, to hold excerpts linear in tests.
    public private(set) var charactersCopied = 0

    public mutating func render(_ summary: DiagnosticSummary) -> String {
        var cache: [String: [Substring]?] = [:]
        // Long lines as characters, made once: each excerpt is then a short slice.
        var longLines: [String: [Character]] = [:]
        var out = ""
        let (shown, hidden) = summary.capped()
        for diagnostic in shown {
            let location = diagnostic.location
            let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
            out += "\(paint(diagnostic.place, "1")): \(severity)[\(diagnostic.code)]: \(diagnostic.message)\n"

            guard location.line > 0 else { continue }
            if cache[location.file] == nil { cache[location.file] = .some(sourceLines(location.file)) }
            guard let lines = cache[location.file] ?? nil, location.line <= lines.count else { continue }
            let source = lines[location.line - 1]
            let (excerpt, column): (String, Int)
            if source.utf8.count > Self.width * 4 {
                let key = "\(location.line):\(location.file)"
                let characters = longLines[key] ?? {
                    charactersCopied += source.count
                    return Array(source)
                }()
                longLines[key] = characters
                (excerpt, column) = Self.window(characters, column: location.column)
            } else {
                (excerpt, column) = Self.window(source, column: location.column)
            }
            charactersCopied += excerpt.count
            let number = String(location.line)
            // A control character in the source must not reach the terminal as itself.
            var visible = String.UnicodeScalarView()
            visible.append(contentsOf: excerpt.unicodeScalars.map {
                ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
            })
            let line = String(visible)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(paint(number, "34")) | \(line)\n"
            if column > 0 {
                // Tabs stay tabs so the caret lines up whatever the tab width.
                let pad = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                out += " \(gutter) | \(pad)\(paint("^", diagnostic.severity == .error ? "1;31" : "1;33"))\n"
            }
        }
        for line in summary.hiddenLines(hidden) { out += line + "\n" }
        return out
    }

    /// Excerpt width in characters.
    public static let width = 100

    /// At most `width` characters of a long line (a paragraph is one line in
    /// Markdown), around the column, with "…" where text is cut.
    public static func window(_ line: Substring, column: Int, width: Int = width) -> (String, Int) {
        guard line.utf8.count > width else { return (String(line), column) }
        return window(Array(line), column: column, width: width)
    }

    static func window(_ characters: [Character], column: Int, width: Int = width) -> (String, Int) {
        guard characters.count > width else { return (String(characters), column) }
        let target = max(0, min(characters.count, column) - 1)
        let start = max(0, min(target - width / 3, characters.count - width))
        let end = min(characters.count, start + width)
        let text = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        return (text, column > 0 ? column - start + (start > 0 ? 1 : 0) : 0)
    }
}
