import Foundation
import HocVuCore

/// Checks templates against what hocvu provides: every partial exists, every
/// variable is one that contexts can hold (docs/THEME.md), every `t.key` is
/// in the strings. Mustache itself would render such slips as empty text.
struct ThemeCheck {
    /// name → (display path, text)
    let templates: [String: (String, String)]
    let strings: [String: String]

    func run(diagnostics: inout DiagnosticList) {
        for name in templates.keys.sorted() {
            guard let (path, text) = templates[name] else { continue }
            // Blocks already reported as unsupported: their closing tags are not variables.
            var unsupported: Set<String> = []
            for tag in Self.tags(in: text) {
                let location = SourceLocation(file: path, line: tag.line, column: tag.column)
                switch tag.sigil {
                case "!":
                    continue
                case "/" where unsupported.contains(tag.name):
                    continue
                case ">":
                    if templates[tag.name] == nil {
                        diagnostics.error(
                            "theme.missing-partial",
                            "partial '\(tag.name)' does not exist\(Suggestion.hint(for: tag.name, in: templates.keys))",
                            at: location)
                    }
                case "=", "<", "$":
                    unsupported.insert(tag.name)
                    diagnostics.error(
                        "theme.unsupported", "'{{\(tag.sigil ?? " ")…}}' is not supported by hocvu's theme check; use sections and partials",
                        at: location)
                default:
                    check(variable: tag.name, at: location, diagnostics: &diagnostics)
                }
            }
        }
    }

    private func check(variable: String, at location: SourceLocation, diagnostics: inout DiagnosticList) {
        if variable == "." { return }
        let parts = variable.split(separator: ".").map(String.init)
        guard let first = parts.first, ThemeVocabulary.names.contains(first) else {
            diagnostics.error(
                "theme.unknown-variable",
                "'\(variable)' is not a variable hocvu provides\(Suggestion.hint(for: variable, in: ThemeVocabulary.names)); see docs/THEME.md",
                at: location)
            return
        }
        if first == "t", parts.count == 2, strings[parts[1]] == nil {
            diagnostics.error(
                "theme.missing-string",
                "interface string '\(parts[1])' is missing from the theme's strings/*.yml\(Suggestion.hint(for: parts[1], in: strings.keys))",
                at: location)
        }
    }

    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// The tags of a template with their positions (default `{{ }}` delimiters).
    /// swift-mustache parses templates itself but keeps its tokens internal, so
    /// this small scan finds the names; syntax errors are still its parser's.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(text)
        var i = 0, line = 1, column = 1
        func advance(_ n: Int) {
            for _ in 0..<n where i < chars.count {
                if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i + 1 < chars.count {
            guard chars[i] == "{", chars[i + 1] == "{" else { advance(1); continue }
            let (startLine, startColumn) = (line, column)
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            advance(triple ? 3 : 2)
            var body = ""
            while i < chars.count, !(chars[i] == "}" && i + 1 < chars.count && chars[i + 1] == "}") {
                body.append(chars[i])
                advance(1)
            }
            advance(triple ? 3 : 2)
            var trimmed = body.trimmingWhitespace()
            var sigil: Character?
            if let first = trimmed.first, "#^/>!&=<$".contains(first) {
                sigil = first
                trimmed = String(trimmed.dropFirst()).trimmingSpaces()
            }
            tags.append(Tag(sigil: sigil, name: trimmed, line: startLine, column: startColumn))
        }
        return tags
    }
}
