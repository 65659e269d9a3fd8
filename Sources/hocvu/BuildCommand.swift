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
              hocvu build          # ./content → ./site
              hocvu build --content ~/khoa-hoc --out /var/www/hoc-vu-so
              hocvu build --drafts --base-url https://hocvuso.example.gov.vn/
              hocvu build --zip    # also site.zip, for a USB stick

            A rebuild reuses what did not change since the last build into the same --out,
            from a cache in your cache folder (~/.cache/hocvu; --cache-dir to choose another).
            Its entries are signed with a key kept in ~/.config/hocvu/cache-key (or
            HOCVU_CACHE_KEY); an entry that fails its check is ignored and made again.
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

    @Flag(help: "Fail at once (exit 2) when another build is writing the same --out, instead of waiting for it.")
    var noWait = false

    func run() throws {
        let started = DispatchTime.now()
        var options = common.buildOptions(output: out)
        options.includeDrafts = drafts
        options.baseURL = baseURL
        options.zip = zip
        options.waitForOutput = !noWait
        let shown = out
        options.onWait = {
            FileHandle.standardError.write(Data("hocvu: another build is writing \(shown); waiting for it to finish…\n".utf8))
        }
        let report = BuildPipeline(options: options).run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let zipped = zip ? " and \(out).zip" : ""
        let summary: String
        switch (report.status, report.output) {
        case (.success, _):
            let reused = report.reused > 0 ? " (\(report.reused) unchanged, from the cache)" : ""
            summary = String(
                format: "built %d pages%@ and %d search and catalog files, and copied %d files into %@%@ in %.2f s",
                report.pagesWritten, reused, report.filesGenerated, report.filesCopied, out, zipped, seconds)
        case (_, .published):
            summary = "\(out) was replaced by the new site, but not everything after that succeeded (see above)"
        case (_, .unchanged):
            summary = "nothing was written; \(out)\(zip ? " and \(out).zip are" : " is") as before"
        }
        try common.finish(report, summary: summary)
    }
}
