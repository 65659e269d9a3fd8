/// A small reader of Moodle GIFT, enough to read back what hocvu writes and
/// check it as Moodle's parser (question/format/gift) would: lines trimmed,
/// `//` comment lines dropped, `$CATEGORY:` lines, questions separated by
/// blank lines, `::name::`, `[format]`, the answer block from the first `{`
/// to the first `}` after it, general feedback after the last `####`, `=`/`~`
/// answers with `%weight%` and `#feedback`, backslash escapes
/// (`\~ \= \# \{ \} \: \\ \n`), and the type Moodle guesses from the answers.
struct GIFTReader {
    struct Answer: Equatable {
        var text: String
        var correct: Bool
        /// Percent, when written (`~%50%…`).
        var weight: Double?
        var feedback: String?
    }

    /// What Moodle makes of the answer block.
    enum Kind: Equatable { case multichoice, shortanswer, matching, truefalse, numerical, essay }

    struct Question {
        var kind: Kind
        var category: String?
        var name: String
        var format: String?
        var text: String
        var answers: [Answer]
        var generalFeedback: String?
    }

    enum Problem: Error, Equatable { case syntax(String) }

    /// Characters hidden while a question is split at its special characters.
    private static let escapes: [Character: Character] = [
        "~": "\u{E000}", "=": "\u{E001}", "#": "\u{E002}", "{": "\u{E003}", "}": "\u{E004}", ":": "\u{E005}", "\\": "\u{E006}",
    ]

    private static func hide(_ text: String) -> String {
        var out = ""
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            if c == "\\", let next = iterator.next() {
                if let hidden = escapes[next] { out.append(hidden) } else if next == "n" { out.append("\n") } else { out.append(c); out.append(next) }
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static func reveal(_ text: some StringProtocol) -> String {
        var out = ""
        for c in text {
            if let original = escapes.first(where: { $0.value == c })?.key { out.append(original) } else { out.append(c) }
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func read(_ file: String) throws -> [Question] {
        var questions: [Question] = []
        var category: String?
        var block: [String] = []
        func flush() throws {
            defer { block = [] }
            guard !block.isEmpty else { return }
            let text = block.joined(separator: "\n")
            if text.hasPrefix("$CATEGORY:") {
                category = String(text.dropFirst("$CATEGORY:".count)).trimmingCharacters(in: .whitespaces)
                return
            }
            questions.append(try question(text, category: category))
        }
        for raw in file.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("//") { continue }
            if line.isEmpty { try flush() } else { block.append(line) }
        }
        try flush()
        return questions
    }

    private static func question(_ source: String, category: String?) throws -> Question {
        var text = Substring(hide(source))
        var name = ""
        if text.hasPrefix("::") {
            guard let end = text.dropFirst(2).range(of: "::") else { throw Problem.syntax("unclosed name") }
            name = reveal(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound])
            text = text[end.upperBound...]
        }
        text = text.drop { $0 == " " }
        var format: String?
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            format = String(text[text.index(after: text.startIndex)..<close])
            text = text[text.index(after: close)...]
        }
        guard let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") else {
            throw Problem.syntax("no answer block in \(name)")
        }
        var body = String(text[text.index(after: open)..<close])
        var general: String?
        if let range = body.range(of: "####", options: .backwards) {
            general = reveal(body[range.upperBound...])
            body = String(body[..<range.lowerBound])
        }
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let kind: Kind =
            if trimmed.isEmpty { .essay }
            else if trimmed.hasPrefix("#") { .numerical }
            else if trimmed.contains("~") { .multichoice }
            else if trimmed.contains("=") && trimmed.contains("->") { .matching }
            else if ["T", "TRUE", "F", "FALSE"].contains(trimmed) { .truefalse }
            else { .shortanswer }
        var answers: [Answer] = []
        var current: (Character, String)?
        func finish() {
            guard let (mark, raw) = current else { return }
            var rest = Substring(raw)
            var weight: Double?
            if rest.hasPrefix("%"), let end = rest.dropFirst().firstIndex(of: "%") {
                weight = Double(rest[rest.index(after: rest.startIndex)..<end])
                rest = rest[rest.index(after: end)...]
            }
            let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            answers.append(Answer(text: reveal(parts[0]), correct: mark == "=", weight: weight,
                                  feedback: parts.count > 1 ? reveal(parts[1]) : nil))
        }
        for c in body {
            if c == "=" || c == "~" {
                finish()
                current = (c, "")
            } else if current != nil {
                current?.1.append(c)
            } else if !c.isWhitespace {
                throw Problem.syntax("text before the first answer in \(name)")
            }
        }
        finish()
        let prompt = reveal(text[..<open]) + reveal(text[text.index(after: close)...])
        return Question(kind: kind, category: category, name: name, format: format, text: prompt, answers: answers, generalFeedback: general)
    }
}
