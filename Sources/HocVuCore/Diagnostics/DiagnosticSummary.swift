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

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// "2 errors, 1 warning, 23 files".
    public var countsLine: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning")), \(plural(files, "file"))"
    }
}
