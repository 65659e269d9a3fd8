import ArgumentParser
import Foundation
import HocVuBuild
import HocVuCore

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
        try common.finish(report, summary: report.status == .success ? "checked, nothing written" : "nothing written")
    }
}
