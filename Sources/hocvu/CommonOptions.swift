import ArgumentParser
import Foundation
import HocVuBuild
import HocVuCore

extension DiagnosticFormat: ExpressibleByArgument {}

/// Options every content command shares, and how they end.
struct CommonOptions: ParsableArguments {
    @Option(help: "The content folder to read.")
    var content = "content"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp(
        "How to print diagnostics: text (to stderr), json, github or sarif (to stdout).",
        valueName: DiagnosticFormat.allCases.map(\.rawValue).joined(separator: "|")))
    var format = DiagnosticFormat.text

    @Option(help: ArgumentHelp("The build cache's folder (default: $XDG_CACHE_HOME/hocvu or ~/.cache/hocvu).", valueName: "folder"))
    var cacheDir: String?

    @Flag(help: "Parse and render everything anew, without reading or writing the build cache.")
    var noCache = false

    @Flag(help: "No progress line during long builds (it is drawn only when stderr is a terminal).")
    var quiet = false

    func buildOptions(output: String) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(
            content: URL(fileURLWithPath: content, relativeTo: cwd).standardizedFileURL,
            contentDisplay: content,
            output: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL,
            strict: strict)
        if !noCache {
            options.cache = CacheOptions(folder: cacheDir.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL })
        }
        if showsProgress {
            let started = DispatchTime.now().uptimeNanoseconds
            options.progress = BuildProgress { state in
                // Only for builds long enough to wonder about.
                guard DispatchTime.now().uptimeNanoseconds - started > 500_000_000 else { return }
                let count = state.total.map { "\(state.done)/\($0)" } ?? "\(state.done)"
                FileHandle.standardError.write(Data("\r\u{1B}[2Khocvu: \(state.stage) \(count)…".utf8))
            }
        }
        return options
    }

    /// A person at a terminal, who did not ask for quiet.
    private var showsProgress: Bool {
        !quiet && format == .text && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Colours only for a person at a terminal (https://no-color.org).
    private var useColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// A file's lines for the text report's source excerpts (lossy: a file that
    /// is not UTF-8 still shows where the bad bytes are). Only files really
    /// inside the content folder or the site's themes are quoted: a link
    /// to `/etc/passwd` named like a lesson must not print its first line.
    private func lines(of path: String) -> [Substring]? {
        let options = buildOptions(output: ".")
        let readable = ContainedPath(roots: [
            options.content, options.content.deletingLastPathComponent().appendingPathComponent("themes"),
        ])
        // An excerpt is not worth reading a huge file (a lesson passes 2 MB only by site.yml's limits).
        var info = stat()
        guard stat(path, &info) == 0, info.st_size <= 16 * 1024 * 1024,
              let data = try? readable.read(URL(fileURLWithPath: path)) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// Prints the diagnostics in the chosen format, the one-line summary to
    /// stderr, and exits per CONTENT-FORMAT.md §7: 0 built, 1 content errors,
    /// 2 usage or configuration errors.
    func finish(_ report: BuildReport, summary: String) throws {
        let exitCode = print(report, summary: summary)
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Prints as `finish` does, without exiting (`serve` goes on); returns
    /// the exit code the report stands for.
    @discardableResult
    func print(_ report: BuildReport, summary: String) -> Int32 {
        let result = report.summary(version: BuildPipeline.version)
        // The progress line goes before anything else is printed.
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        let printed = format.render(result, color: useColor, sourceLines: lines(of:))
        let stream = format.usesStandardOutput ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data(printed.utf8))
        for note in report.notes {
            FileHandle.standardError.write(Data("hocvu: note: \(note)\n".utf8))
        }
        FileHandle.standardError.write(Data("hocvu: \(result.countsLine); \(summary)\n".utf8))
        return result.exitCode
    }

    /// The text report without colours, as the error page of `serve` shows it.
    func plainText(_ report: BuildReport) -> String {
        DiagnosticFormat.text.render(report.summary(version: BuildPipeline.version), color: false, sourceLines: lines(of:))
    }
}
