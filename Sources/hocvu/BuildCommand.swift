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
              hocvu build --zip                       # also site.zip, for a USB stick
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The folder to write the site to; replaced as a whole when the build succeeds.")
    var out = "site"

    @Option(help: "Absolute URL the site will be served from (overrides base_url in site.yml).")
    var baseURL: String?

    @Flag(help: "Include courses and lessons marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Also write the site as one zip file next to it (site.zip), to copy to a USB stick.")
    var zip = false

    func run() throws {
        let started = DispatchTime.now()
        var options = common.buildOptions(output: out)
        options.includeDrafts = drafts
        options.baseURL = baseURL
        var report = BuildPipeline(options: options).run()
        var zipped = ""
        if zip && report.status == .success {
            let archive = options.output.deletingLastPathComponent().appendingPathComponent(options.output.lastPathComponent + ".zip")
            do {
                try SiteArchiver(site: options.output, archive: archive).write()
                zipped = " and \(out).zip"
            } catch {
                report.diagnostics.error("output.zip", "could not write \(archive.path): \(error)", at: SourceLocation(file: archive.path))
                report.status = .usageError
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let summary = report.status == .success
            ? String(format: "built %d pages and copied %d files into %@%@ in %.2f s", report.pagesWritten, report.filesCopied, out, zipped, seconds)
            : "nothing was written; \(out) is unchanged"
        try common.finish(report, summary: summary)
    }
}
