/// How diagnostics are printed (`--format`). docs/DIAGNOSTICS.md describes each.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// For people: `file:line:column: error[code]: message`, the source line and
    /// a caret under the column; colours only on a terminal. To stderr.
    case text
    /// One JSON document (docs/diagnostics.schema.json). To stdout.
    case json
    /// GitHub Actions workflow commands (`::error file=…`), which become
    /// annotations on the pull request. To stdout.
    case github
    /// SARIF 2.1.0, for code-scanning tools. To stdout.
    case sarif

    /// Whether the report goes to stdout (machine formats, to pipe or redirect).
    public var usesStandardOutput: Bool { self != .text }

    public func render(_ summary: DiagnosticSummary, color: Bool = false, sourceLines: @escaping (String) -> [Substring]? = { _ in nil }) -> String {
        switch self {
        case .text:
            {
                var reporter = TextReporter(color: color, sourceLines: sourceLines)
                return reporter.render(summary)
            }()
        case .json: JSONReporter().render(summary)
        case .github: GitHubReporter().render(summary)
        case .sarif: SARIFReporter().render(summary)
        }
    }
}
