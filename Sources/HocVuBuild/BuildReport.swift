import HocVuCore

/// The outcome of a build: what was found, what was written.
public struct BuildReport: Sendable {
    public enum Status: Sendable {
        /// Built (or checked) with no error.
        case success
        /// Content errors: nothing was written.
        case contentErrors
        /// Usage or configuration problems (bad output folder…): nothing was written.
        case usageError
    }

    public var status: Status
    public var diagnostics: DiagnosticList
    public var pagesWritten = 0
    public var filesCopied = 0
    public var sourceFiles = 0
}
