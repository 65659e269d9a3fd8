import Foundation
import HocVuCore
import Yams

/// The YAML front matter of a file (or a whole site.yml) as Yams nodes,
/// keeping each key's position so diagnostics point at the key itself.
struct FrontMatter {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let path: String
    /// File line of the YAML's first line, minus one: file line = mark.line + lineOffset.
    let lineOffset: Int
    private(set) var entries: [Entry] = []
    /// The YAML could not be read: missing keys are then not worth reporting.
    private(set) var isBroken = false

    /// No front matter at all; `broken` when it was needed (or unreadable), so
    /// the missing keys are not reported once more.
    init(path: String, broken: Bool) {
        self.path = path
        self.lineOffset = 1
        self.isBroken = broken
    }

    /// Front matter larger than this is refused before it is parsed.
    static let sizeLimit = 64 * 1024

    /// Parses `yaml`; problems become diagnostics, and the result holds what could be read.
    init(yaml: String, path: String, lineOffset: Int, limit: Int = sizeLimit, diagnostics: inout DiagnosticList) {
        self.path = path
        self.lineOffset = lineOffset
        guard yaml.utf8.count <= limit else {
            diagnostics.error(
                "frontmatter.too-large",
                "this front matter is \(ByteSize.text(yaml.utf8.count)); front matter may be at most \(ByteSize.text(limit)): keep long text in the page itself",
                at: SourceLocation(file: path, line: lineOffset + 1, column: 1))
            isBroken = true
            return
        }
        // What the YAML parser must never see (YAMLGuard says why).
        let findings = YAMLGuard.scan(yaml)
        for finding in findings {
            let here = SourceLocation(file: path, line: finding.line + lineOffset, column: finding.column)
            switch finding.kind {
            case .anchor, .alias:
                diagnostics.error(
                    "yaml.alias",
                    "YAML anchors ('&name') and aliases ('*name') are not allowed here; write the value out, or put text that starts with '&' or '*' in quotes",
                    at: here)
            case .control(let scalar):
                diagnostics.error(
                    "frontmatter.control-character",
                    "an invisible control character (U+\(String(format: "%04X", scalar.value))) is here; delete it (it often comes from copying text out of a PDF or another program)",
                    at: here)
            }
        }
        if !findings.isEmpty {
            isBroken = true
            return
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            diagnostics.append(contentsOf: Self.diagnostics(for: error, yaml: yaml, path: path, lineOffset: lineOffset))
            isBroken = true
            return
        } catch {
            diagnostics.error("yaml.invalid", "invalid YAML: \(error)", at: SourceLocation(file: path, line: lineOffset + 1, column: 1))
            isBroken = true
            return
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.error(
                "yaml.not-a-map", "front matter must be a list of 'key: value' lines",
                at: SourceLocation(file: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1))
            isBroken = true
            return
        }
        // Escapes like "\0" make control characters the text scan cannot see.
        var pending: [Node] = [node]
        while let next = pending.popLast() {
            switch next {
            case .scalar(let scalar):
                if let bad = scalar.string.unicodeScalars.first(where: { YAMLGuard.isControl($0) }) {
                    diagnostics.error(
                        "frontmatter.control-character",
                        "this text holds an invisible control character (U+\(String(format: "%04X", bad.value))), written as an escape; remove it",
                        at: location(of: next))
                    isBroken = true
                }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .alias:
                break
            }
        }
        if isBroken { return }
        var seen: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            if seen.contains(name) {
                diagnostics.error("yaml.duplicate-key", "'\(name)' is given twice", at: location(of: key))
            }
            seen.insert(name)
            entries.append(Entry(key: name, keyNode: key, value: value))
        }
    }

    subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    /// The start of the front matter, for errors about a missing key.
    var start: SourceLocation { SourceLocation(file: path, line: max(lineOffset, 1), column: 1) }

    private static func diagnostics(for error: YamlError, yaml: String, path: String, lineOffset: Int) -> [Diagnostic] {
        let here = { (line: Int, column: Int) in SourceLocation(file: path, line: line + lineOffset, column: column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // At the end of the text the error is found, not made: an unclosed
            // quote or bracket is where the context started.
            let atEnd = problem.contains("end of stream")
            let place = atEnd ? (context?.mark ?? mark) : mark
            var message = "invalid YAML: \(problem)"
            if atEnd, let context { message += " (\(context.text))" }
            return [Diagnostic(.error, "yaml.invalid", message, at: here(place.line, place.column))]
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams names the keys, not where they are: find the repeats in the
            // mapping's own lines (its indentation).
            let indent = String(repeating: " ", count: max(0, context.mark.column - 1))
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            var found: [Diagnostic] = []
            for name in duplicates.sorted() {
                let uses = lines.indices.filter { i in
                    let line = lines[i]
                    guard line.hasPrefix(indent), !line.dropFirst(indent.count).hasPrefix(" ") else { return false }
                    let rest = line.dropFirst(indent.count)
                    let key = rest.prefix { $0 != ":" }.trimmingSpaces().trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    return key == name && rest.contains(":")
                }
                for i in uses.dropFirst() {
                    let first = (uses.first ?? i) + 1 + lineOffset
                    found.append(Diagnostic(
                        .error, "yaml.duplicate-key", "'\(name)' is given twice (first on line \(first)); keep one",
                        at: here(i + 1, indent.count + 1)))
                }
            }
            return found.isEmpty
                ? [Diagnostic(.error, "yaml.duplicate-key", "a key is given twice: \(duplicates.sorted().joined(separator: ", "))",
                              at: here(context.mark.line, context.mark.column))]
                : found
        default:
            return [Diagnostic(.error, "yaml.invalid", "invalid YAML: \(error)", at: SourceLocation(file: path, line: lineOffset + 1, column: 1))]
        }
    }
}
