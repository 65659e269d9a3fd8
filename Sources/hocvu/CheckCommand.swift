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

    func run() async throws {
        var options = common.buildOptions(output: "site")
        options.write = false
        var report = BuildPipeline(options: options).run()
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
