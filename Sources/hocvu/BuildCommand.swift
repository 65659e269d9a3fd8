import ArgumentParser
import Foundation
import HocVuBuild
import HocVuCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the portal from a content folder into a site folder.",
        discussion: """
            Nothing is written when the content has an error: the previous site stays as it was.

            Examples:
              hocvu build                             # ./content → ./site
              hocvu build --content ~/khoa-hoc --out /var/www/hoc-vu-so
              hocvu build --drafts --base-url https://hocvuso.example.gov.vn/
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The folder to write the site to; replaced as a whole when the build succeeds.")
    var out = "site"

    @Option(help: "Absolute URL the site will be served from (overrides base_url in site.yml).")
    var baseURL: String?

    @Flag(help: "Include courses and lessons marked 'draft: true'.")
    var drafts = false

    func run() throws {
        let started = DispatchTime.now()
        var options = common.buildOptions(output: out)
        options.includeDrafts = drafts
        options.baseURL = baseURL
        let report = BuildPipeline(options: options).run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let summary = report.status == .success
            ? String(format: "built %d pages and copied %d files into %@ in %.2f s", report.pagesWritten, report.filesCopied, out, seconds)
            : "nothing was written; \(out) is unchanged"
        try common.finish(report, summary: summary)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content for every error a build would find; writes nothing.",
        discussion: """
            Examples:
              hocvu check
              hocvu check --content ~/khoa-hoc --strict
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        var options = common.buildOptions(output: "site")
        options.write = false
        let report = BuildPipeline(options: options).run()
        try common.finish(report, summary: "checked \(report.sourceFiles) files")
    }
}

/// Options every content command shares, and how they end.
struct CommonOptions: ParsableArguments {
    @Option(help: "The content folder to read.")
    var content = "content"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func buildOptions(output: String) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return BuildOptions(
            content: URL(fileURLWithPath: content, relativeTo: cwd).standardizedFileURL,
            contentDisplay: content,
            output: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL,
            strict: strict)
    }

    /// Prints the diagnostics to stderr and exits per CONTENT-FORMAT.md §7:
    /// 0 built, 1 content errors, 2 usage or configuration errors.
    func finish(_ report: BuildReport, summary: String) throws {
        let diagnostics = report.diagnostics
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
        }
        let counts = "\(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"), "
            + "\(diagnostics.warningCount) warning\(diagnostics.warningCount == 1 ? "" : "s")"
        switch report.status {
        case .usageError:
            FileHandle.standardError.write(Data("hocvu: \(counts); \(summary)\n".utf8))
            throw ExitCode(2)
        case .contentErrors:
            FileHandle.standardError.write(Data("hocvu: \(counts); \(summary)\n".utf8))
            throw ExitCode(1)
        case .success:
            FileHandle.standardError.write(Data("hocvu: \(summary); \(counts)\n".utf8))
        }
    }
}
