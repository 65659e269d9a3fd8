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

    /// Parses `yaml`; problems become diagnostics, and the result holds what could be read.
    init(yaml: String, path: String, lineOffset: Int, diagnostics: inout DiagnosticList) {
        self.path = path
        self.lineOffset = lineOffset
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset))
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

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(
                .error, "yaml.invalid", "invalid YAML: \(problem)",
                at: SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column))
        default:
            return Diagnostic(.error, "yaml.invalid", "invalid YAML: \(error)", at: SourceLocation(file: path, line: lineOffset + 1, column: 1))
        }
    }
}
