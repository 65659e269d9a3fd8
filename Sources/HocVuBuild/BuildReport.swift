import HocVuCore
import HocVuMarkdown

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
    /// Other files the build made: search index, catalogs, feed, sitemap, sw.js.
    public var filesGenerated = 0
    public var sourceFiles = 0
    /// What the output folder holds now: the new site, or still the old one.
    public var output: SiteWriter.OutputState = .unchanged
    /// Every http(s) link of the site, for `ExternalLinkChecker`.
    public var externalLinks: [ExternalReference] = []
    /// Things worth saying that are not about the content (the cache was
    /// not used, or some of it failed its check): printed as notes.
    public var notes: [String] = []
    /// Pages parsed and files rendered that came from the cache.
    public var reused = 0
    /// The path of the site's base URL (`/hoc-vu-so/` for
    /// `https://example.gov.vn/hoc-vu-so/`; `/` without one), where `serve`
    /// puts the preview so sub-path problems show there too.
    public var basePath = "/"
    /// Fragments one unambiguous slip from a heading's id, for `check --fix`.
    public var fragmentFixes: [FragmentFix] = []
    /// The portal's content language (site.yml `language`).
    public var language = "vi"

    /// Adds findings made after the pipeline (the external link check).
    public mutating func add(_ more: [Diagnostic], strict: Bool) {
        diagnostics.append(contentsOf: more)
        if strict { diagnostics.promoteWarnings() }
        if status == .success && diagnostics.hasErrors { status = .contentErrors }
    }

    /// CONTENT-FORMAT.md §7: 0 built or checked (warnings allowed), 1 content
    /// errors, 2 usage or configuration errors.
    public var exitCode: Int32 {
        switch status {
        case .success: 0
        case .contentErrors: 1
        case .usageError: 2
        }
    }

    public func summary(version: String) -> DiagnosticSummary {
        DiagnosticSummary(diagnostics: diagnostics.sorted, files: sourceFiles, exitCode: exitCode, toolVersion: version)
    }
}
