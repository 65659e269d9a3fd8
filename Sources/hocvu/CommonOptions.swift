import ArgumentParser
import Foundation
import HocVuBuild
import HocVuCore

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
