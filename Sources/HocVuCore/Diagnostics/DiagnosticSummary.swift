/// What one run found, ready to print in any `DiagnosticFormat`.
public struct DiagnosticSummary: Sendable {
    /// In print order (`DiagnosticList.sorted`).
    public var diagnostics: [Diagnostic]
    /// How many content files were read.
    public var files: Int
    /// The exit code of the run (CONTENT-FORMAT.md §7).
    public var exitCode: Int32
    public var toolVersion: String

    public init(diagnostics: [Diagnostic], files: Int, exitCode: Int32, toolVersion: String) {
        self.diagnostics = diagnostics
        self.files = files
        self.exitCode = exitCode
        self.toolVersion = toolVersion
    }

    /// How many diagnostics of one code the text and GitHub formats print;
    /// the rest are counted (10,000 errors would bury the first ones and
    /// GitHub shows only a few annotations). JSON and SARIF keep them all.
    public static let printLimit = 200

    /// The diagnostics to print, at most `limit` of each code, and how many of
    /// each code were left out.
    public func capped(_ limit: Int = printLimit) -> (shown: [Diagnostic], hidden: [(code: String, count: Int)]) {
        var seen: [String: Int] = [:]
        var shown: [Diagnostic] = []
        for diagnostic in diagnostics {
            seen[diagnostic.code, default: 0] += 1
            if seen[diagnostic.code, default: 0] <= limit { shown.append(diagnostic) }
        }
        let hidden = seen.filter { $0.value > limit }.map { (code: $0.key, count: $0.value - limit) }.sorted { $0.code < $1.code }
        return (shown, hidden)
    }

    /// "… and 9,800 more error[link.missing-fragment]" lines for the left-out ones.
    public func hiddenLines(_ hidden: [(code: String, count: Int)]) -> [String] {
        hidden.map { "… and \($0.count) more [\($0.code)] not shown (the first \(Self.printLimit) of each kind are; --format json lists all)" }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// "2 errors, 1 warning, 23 files".
    public var countsLine: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning")), \(plural(files, "file"))"
    }
}
