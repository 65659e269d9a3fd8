import ArgumentParser
import Foundation
import HocVuBuild
import HocVuCore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content for every error a build would find; writes nothing.",
        discussion: """
            Examples:
              hocvu check
              hocvu check --content ~/khoa-hoc --strict
              hocvu check --format github   # annotations in a GitHub Actions run
              hocvu check --external        # also fetch every http(s) link
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Also fetch every http(s) link: broken ones are errors, redirects and unreachable ones warnings.")
    var external = false

    @Option(help: "Where --external remembers good links for a day.")
    var externalCache = ".hocvu-cache/external-links.json"

    @Option(help: "With --external: requests in flight at once (per host: 2).")
    var externalJobs = 8

    @Option(help: "With --external: seconds to wait for each answer.")
    var externalTimeout: Double = 10

    @Flag(help: "Apply the safe fixes: rename files and folders whose names are not valid (and rewrite every link to them), fragments one unambiguous slip from a heading's id, text to NFC.")
    var fix = false

    @Flag(help: "With --fix: print the renames and a unified diff of each change; write nothing.")
    var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
    }

    func run() async throws {
        var options = common.buildOptions(output: "site")
        options.write = false
        var report = BuildPipeline(options: options).run()
        if fix && report.status != .usageError {
            let fixer = ContentFixer(content: options.content, display: common.content)
            let plan = fixer.plan(fragmentFixes: report.fragmentFixes)
            for line in plan.skipped { FileHandle.standardError.write(Data("hocvu: not fixed: \(line)\n".utf8)) }
            if dryRun {
                var text = plan.renames.map { "rename \(common.content)/\($0.from) → \(common.content)/\($0.to)\n" }.joined()
                for edit in plan.edits {
                    text += UnifiedDiffText.make(edit.before, edit.after, name: common.content + "/" + edit.path)
                }
                // stdout is the diagnostics' own with a machine format.
                (common.format.usesStandardOutput ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
                let summary = plan.isEmpty
                    ? "nothing to fix"
                    : "\(plan.renames.count) rename(s) and \(plan.edits.count) file(s) to change (dry run: nothing written)"
                try common.finish(report, summary: summary)
                return
            }
            do {
                for line in try fixer.apply(plan) { FileHandle.standardError.write(Data("hocvu: \(line)\n".utf8)) }
            } catch {
                FileHandle.standardError.write(Data("hocvu: error: a fix could not be written: \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
            // What is left after the fixes.
            report = BuildPipeline(options: options).run()
            let fixed = plan.isEmpty
                ? "nothing to fix"
                : "fixed \(plan.edits.count) file(s) and renamed \(plan.renames.count); checked again, no site written"
            try common.finish(report, summary: fixed)
            return
        }
        if external && report.status != .usageError {
            var checker = ExternalLinkChecker()
            checker.maxConcurrent = max(1, externalJobs)
            checker.timeout = externalTimeout
            checker.cacheFile = externalCache.isEmpty ? nil : URL(fileURLWithPath: externalCache)
            report.add(await checker.check(report.externalLinks), strict: common.strict)
        }
        try common.finish(report, summary: report.status == .success ? "checked, nothing written" : "nothing written")
    }
}
