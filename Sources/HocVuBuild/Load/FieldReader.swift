import Foundation
import HocVuCore
import Yams

/// Reads typed values out of front matter against a schema of allowed keys,
/// reporting wrong types, missing and unknown keys at the key's own position.
struct FieldReader {
    let frontMatter: FrontMatter
    var diagnostics: DiagnosticList

    init(_ frontMatter: FrontMatter, diagnostics: DiagnosticList = DiagnosticList()) {
        self.frontMatter = frontMatter
        self.diagnostics = diagnostics
    }

    mutating func rejectUnknownKeys(allowed: [String], kind: String) {
        for entry in frontMatter.entries where !allowed.contains(entry.key) {
            diagnostics.error(
                "frontmatter.unknown-key",
                "unknown key '\(entry.key)' in \(kind) front matter\(Suggestion.hint(for: entry.key, in: allowed))",
                at: frontMatter.location(of: entry.keyNode))
        }
    }

    private mutating func typeError(_ key: String, expected: String, at node: Node) {
        diagnostics.error("frontmatter.type", "'\(key)' must be \(expected)", at: frontMatter.location(of: node))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let entry = frontMatter[key] else {
            if required && !frontMatter.isBroken {
                diagnostics.error("frontmatter.missing-key", "required key '\(key)' is missing", at: frontMatter.start)
            }
            return nil
        }
        guard let scalar = entry.value.scalar else {
            typeError(key, expected: "text", at: entry.value)
            return nil
        }
        let text = VietnameseText.nfc(scalar.string).trimmingWhitespace()
        if text.isEmpty && required {
            diagnostics.error("frontmatter.empty", "'\(key)' must not be empty", at: frontMatter.location(of: entry.value))
            return nil
        }
        return text
    }

    mutating func stringList(_ key: String) -> [String] {
        guard let entry = frontMatter[key] else { return [] }
        if let scalar = entry.value.scalar, !scalar.string.isEmpty {
            typeError(key, expected: "a list, e.g. [\(scalar.string)]", at: entry.value)
            return []
        }
        guard let sequence = entry.value.sequence else {
            if entry.value.scalar == nil { typeError(key, expected: "a list", at: entry.value) }
            return []
        }
        var result: [String] = []
        for item in sequence {
            if let scalar = item.scalar {
                result.append(VietnameseText.nfc(scalar.string))
            } else {
                typeError(key, expected: "a list of texts", at: item)
            }
        }
        return result
    }

    /// A list of ids, each with its position (for "not declared" errors).
    mutating func idList(_ key: String) -> [(String, SourceLocation)] {
        guard let entry = frontMatter[key], let sequence = entry.value.sequence else {
            _ = stringList(key)  // reports the type error, if any
            return []
        }
        var result: [(String, SourceLocation)] = []
        for item in sequence {
            if let scalar = item.scalar {
                result.append((scalar.string, frontMatter.location(of: item)))
            } else {
                typeError(key, expected: "a list of ids", at: item)
            }
        }
        return result
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let entry = frontMatter[key] else { return nil }
        guard let scalar = entry.value.scalar, let value = Bool.construct(from: scalar) else {
            typeError(key, expected: "true or false", at: entry.value)
            return nil
        }
        return value
    }

    mutating func int(_ key: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let entry = frontMatter[key] else { return nil }
        guard let scalar = entry.value.scalar, let value = Int(scalar.string) else {
            typeError(key, expected: "a whole number", at: entry.value)
            return nil
        }
        if let range, !range.contains(value) {
            diagnostics.error(
                "frontmatter.range", "'\(key)' must be between \(range.lowerBound) and \(range.upperBound)",
                at: frontMatter.location(of: entry.value))
            return nil
        }
        return value
    }

    mutating func duration(_ key: String) -> Int? {
        parsed(key, code: "frontmatter.duration", DurationText.parse) { "'\($0)' is not a duration; write e.g. 45m, 1h or 1h30m" }
    }

    mutating func date(_ key: String) -> String? {
        parsed(key, code: "frontmatter.date", { DateText.isValid($0) ? $0 : nil }) {
            "'\($0)' is not a date; write YYYY-MM-DD, e.g. 2025-04-16"
        }
    }

    /// A text value that must parse; when it does not, an error at the value.
    private mutating func parsed<T>(
        _ key: String, code: String, _ parse: (String) -> T?, message: (String) -> String
    ) -> T? {
        guard let text = string(key), let entry = frontMatter[key] else { return nil }
        guard let value = parse(text) else {
            diagnostics.error(code, message(text), at: frontMatter.location(of: entry.value))
            return nil
        }
        return value
    }
}
