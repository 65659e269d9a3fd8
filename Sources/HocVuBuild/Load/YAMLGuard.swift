import Foundation
import HocVuCore

/// Looks at YAML text before the parser does, for what the parser must never
/// be given: anchors and aliases (`&a`, `*a`: nested aliases expand
/// exponentially, and authors never need them) and control characters (a NUL
/// in a title ends up raw in the HTML). Linear in the text: one pass over its
/// characters, tracking quotes, comments and block scalars.
struct YAMLGuard {
    /// One finding, with a 1-based line of the YAML text and character column.
    struct Finding {
        enum Kind { case anchor, alias, control(Unicode.Scalar) }
        var kind: Kind
        var line: Int
        var column: Int
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    static func scan(_ yaml: String) -> [Finding] {
        var findings: [Finding] = []
        var quote: Character?  // an open quoted scalar, which may span lines
        var blockIndent: Int?  // inside a `|` or `>` block scalar deeper than this
        for (n, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            for (i, character) in characters.enumerated() {
                for scalar in character.unicodeScalars where isControl(scalar) {
                    findings.append(Finding(kind: .control(scalar), line: n + 1, column: i + 1))
                }
            }
            let indent = characters.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || characters.allSatisfy({ $0 == " " }) { continue }
                blockIndent = nil
            }
            var i = indent
            var tokenStart = quote == nil
            var plain = false  // inside a plain scalar of block context
            var flowDepth = 0
            var lastSignificant: Character?
            while i < characters.count {
                let c = characters[i]
                if let open = quote {
                    if open == "\"" && c == "\\" {
                        i += 2
                        continue
                    }
                    if c == open {
                        if open == "'" && i + 1 < characters.count && characters[i + 1] == "'" {
                            i += 2
                            continue
                        }
                        quote = nil
                        lastSignificant = c
                    }
                    i += 1
                    continue
                }
                let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
                let spaceNext = next == nil || next == " " || next == "\t"
                if c == "#" && (i == 0 || characters[i - 1] == " " || characters[i - 1] == "\t") { break }
                if c == " " || c == "\t" {
                    i += 1
                    continue
                }
                lastSignificant = c
                if tokenStart && (c == "\"" || c == "'") {
                    quote = c
                    tokenStart = false
                } else if tokenStart && (c == "&" || c == "*"), let next, !" \t,[]{}".contains(next) {
                    findings.append(Finding(kind: c == "&" ? .anchor : .alias, line: n + 1, column: i + 1))
                    // Skip the name; after an anchor the node itself follows.
                    i += 1
                    while i < characters.count && !" \t,[]{}".contains(characters[i]) { i += 1 }
                    tokenStart = c == "&"
                    continue
                } else if c == ":" && spaceNext {
                    tokenStart = true
                    plain = false
                } else if (c == "-" || c == "?") && spaceNext && !plain {
                    tokenStart = true
                } else if "[{".contains(c) && (tokenStart || flowDepth > 0) {
                    flowDepth += 1
                    tokenStart = true
                } else if flowDepth > 0 && ",]}".contains(c) {
                    if c != "," { flowDepth -= 1 }
                    tokenStart = true
                    plain = false
                } else {
                    tokenStart = false
                    plain = flowDepth == 0
                }
                i += 1
            }
            // `key: |` or `- >-` opens a block scalar: its lines are text.
            if quote == nil, let last = lastSignificant, "|>-+0123456789".contains(last) {
                let trimmed = String(line).split(separator: "#").first.map { $0.trimmingSpaces() } ?? ""
                if let marker = trimmed.lastIndex(where: { $0 == "|" || $0 == ">" }),
                   trimmed[trimmed.index(after: marker)...].allSatisfy({ "-+0123456789".contains($0) }),
                   marker == trimmed.startIndex || trimmed[trimmed.index(before: marker)] == " " {
                    blockIndent = indent
                }
            }
        }
        return findings
    }
}
