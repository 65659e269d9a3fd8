import Foundation
import HocVuCore
import HocVuMarkdown

/// The pipeline: load → index → parse → check → render → write. Each stage
/// returns values and adds diagnostics; nothing is written unless the whole
/// run found no error. `ExportPipeline` shares the stages up to the check.
public struct BuildPipeline {
    public static let version = "0.1.0"

    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// What load, parse and check made of the content: the input of the
    /// render stage and of `ExportPipeline`.
    struct Prepared {
        var site: Site
        var index: SiteIndex
        var pages: [String: ParsedPage]
        var theme: Theme
        var loader: ContentLoader
        var cache: BuildCache?
    }

    public func run() -> BuildReport {
        var report = BuildReport(status: .success, diagnostics: DiagnosticList())
        if options.write {
            var writer = SiteWriter(output: options.output)
            writer.archive = options.zip ? options.archive : nil
            writer.mendLeftovers()
        }
        if options.write, let problem = outputProblem() {
            report.diagnostics.error("usage.output", problem, at: SourceLocation(file: options.output.path))
            report.status = .usageError
            return report
        }
        var clock = StageClock()
        guard let prepared = prepare(&report, clock: &clock) else { return report }
        var diagnostics = report.diagnostics
        let (site, index, pages, theme) = (prepared.site, prepared.index, prepared.pages, prepared.theme)
        report.basePath = BaseURL.path(of: site.config.baseURL)
        report.language = site.config.language

        // Render, each file written as it is made into a temporary folder
        // (the output's lock held from here), swapped in only at the end.
        var staging: SiteStaging?
        if options.write {
            var writer = SiteWriter(output: options.output)
            writer.wait = options.waitForOutput
            writer.onWait = options.onWait
            writer.sources = ContainedPath(roots: [options.content] + theme.roots)
            writer.archive = options.zip ? options.archive : nil
            do {
                staging = try writer.begin()
            } catch {
                return failedWrite(error, report: &report)
            }
        }
        let output = SiteOutput(staging: staging, keep: ["404.html"])
        var renderer = SiteRenderer(
            site: site, pages: pages, index: index, theme: theme, contentRoot: options.content, version: Self.version)
        // The memo speaks of the published site: a check (nothing written) has none.
        let memo = options.write ? prepared.cache.map(RenderMemo.init(cache:)) : nil
        renderer.memo = memo
        renderer.progress = options.progress
        let sources = Dictionary(index.pages.values.map { ($0.outputPath, $0.source.path) }, uniquingKeysWith: { a, _ in a })
        // The search index first: a course page tells what saving it offline
        // weighs, and that includes the search page's files.
        var search = SearchIndex(site: site, pages: pages, strings: theme.strings)
        search.cache = prepared.cache
        search.progress = options.progress
        search.write { output.add($0) }
        clock.lap("search")
        renderer.render(into: output, sourceOfPage: sources)
        diagnostics.append(contentsOf: output.weightDiagnostics)
        clock.lap("render")
        addSiteFiles(prepared, to: output, diagnostics: &diagnostics)
        clock.lap("site files")
        if options.strict { diagnostics.promoteWarnings() }
        report.diagnostics = diagnostics
        report.pagesWritten = output.pageCount
        report.filesCopied = output.copiedFiles
        report.filesGenerated = output.fileCount - output.pageCount - output.copiedFiles
        report.reused = output.reused
        guard !diagnostics.hasErrors else {
            staging?.discard()
            report.status = .contentErrors
            Self.noteCache(prepared.cache, in: &report)
            return report
        }
        guard let staging else { return report }

        // Publish: swap the finished folder into place.
        var writer = SiteWriter(output: options.output)
        writer.archive = options.zip ? options.archive : nil
        do {
            try writer.publish(staging)
            clock.lap("publish")
            report.output = .published
            // The memo speaks of the site just published; entries this build
            // did not use go.
            memo?.save()
            prepared.cache?.sweep()
            if let cache = prepared.cache {
                clock.note("cache: \(cache.counts.hits) entries read, written: \(cache.writes); \(output.reused) pages linked unrendered")
            }
            Self.noteCache(prepared.cache, in: &report)
        } catch {
            return failedWrite(error, report: &report)
        }
        return report
    }

    /// The outputs made from the whole site once its pages are: catalogs
    /// (with sitemap, feed, robots.txt), hosting headers, and last the
    /// service worker, named after everything else.
    private func addSiteFiles(_ prepared: Prepared, to output: SiteOutput, diagnostics: inout DiagnosticList) {
        let (site, pages, strings) = (prepared.site, prepared.pages, prepared.theme.strings)
        let taken = Set(prepared.index.files.values)
        output.add(CatalogFiles(site: site, pages: pages, strings: strings, version: Self.version, taken: taken).files())
        // An author's own static/_headers wins over hocvu's.
        if !taken.contains(HostingHeaders.path) {
            let notFound = output.bytes(of: "404.html").map { String(decoding: $0, as: UTF8.self) } ?? ""
            output.add(OutputFile(path: HostingHeaders.path, content: .bytes(HostingHeaders(inlineBlocksOf: notFound).data())))
        }
        output.add(ServiceWorker.file(fingerprint: output.fingerprint))
        // A static file may not replace a generated page, a theme asset or a site file.
        for path in output.conflicts {
            diagnostics.error(
                "output.conflict", "'\(path)' would be written twice; rename the file under static/",
                at: SourceLocation(file: prepared.loader.display("static") + "/" + path))
        }
    }

    /// Says when cache entries failed their check: the build did not use
    /// them, but someone or something changed the cache.
    static func noteCache(_ cache: BuildCache?, in report: inout BuildReport) {
        guard let cache else { return }
        let rejected = cache.counts.rejected
        if rejected > 0 {
            report.notes.append(
                "\(rejected) cache entr\(rejected == 1 ? "y" : "ies") in \(cache.folder.path) failed \(rejected == 1 ? "its" : "their") check (damaged, or made with another key) and \(rejected == 1 ? "was" : "were") not used; what \(rejected == 1 ? "it" : "they") held was made again")
        }
    }

    private func failedWrite(_ error: SiteWriter.Failure, report: inout BuildReport) -> BuildReport {
        report.diagnostics.error(error.code, error.description, at: SourceLocation(file: options.output.path))
        report.status = .usageError
        report.output = error.state
        return report
    }

    /// Load → index → theme → parse → check. Nil, with the report's status
    /// set, when the content cannot go on to rendering.
    /// `forExport`: pages are also rendered without their quiz forms
    /// (`htmlWithoutQuizForms`), which LMS packages carry as QTI instead.
    func prepare(_ report: inout BuildReport, forExport: Bool = false) -> Prepared? {
        var clock = StageClock()
        return prepare(&report, clock: &clock, forExport: forExport)
    }

    func prepare(_ report: inout BuildReport, clock: inout StageClock, forExport: Bool = false) -> Prepared? {
        var diagnostics = DiagnosticList()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: options.content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let problem = fm.fileExists(atPath: options.content.path)
                ? "'\(options.contentDisplay)' is a file; --content takes the content folder (the one that holds site.yml)"
                : "content folder '\(options.contentDisplay)' does not exist"
            report.diagnostics.error("usage.content", problem, at: SourceLocation(file: options.contentDisplay))
            report.status = .usageError
            return nil
        }
        if let base = options.baseURL, !BaseURL.isValid(base) {
            report.diagnostics.error("usage.base-url", "--base-url '\(base)' must be an absolute http(s) URL, e.g. https://example.gov.vn/",
                                     at: SourceLocation(file: "--base-url"))
            report.status = .usageError
            return nil
        }

        var cache: BuildCache?
        if let cacheOptions = options.cache {
            switch BuildCache.start(cacheOptions, content: options.content, output: options.cacheIdentity ?? options.output) {
            case .ready(let opened):
                cache = opened
                if let note = opened.startNote { report.notes.append(note) }
            case .skipped(let note): report.notes.append(note)
            case .refused(let problem):
                report.diagnostics.error("usage.cache-dir", problem, at: SourceLocation(file: "--cache-dir"))
                report.status = .usageError
                return nil
            }
        }

        // Load and index.
        let loader = ContentLoader(root: options.content, displayRoot: options.contentDisplay, includeDrafts: options.includeDrafts)
        var content = loader.load(diagnostics: &diagnostics)
        if let baseURL = options.baseURL { content.site.config.baseURL = baseURL }
        let index = SiteIndex(content)
        let site = content.site
        clock.lap("load")

        // Theme (checked as it loads).
        var themeLoader = ThemeLoader(
            siteRoot: options.content.deletingLastPathComponent(), name: site.config.theme, language: site.config.language)
        themeLoader.configFile = loader.display("site.yml")
        themeLoader.configLocation = site.config.themeLocation
        let theme = themeLoader.load(diagnostics: &diagnostics)

        // Parse every page, then check what spans pages.
        var markdown = MarkdownOptions()
        markdown.allowRawHTML = site.config.allowRawHTML
        markdown.tableAlignment = .cssClass
        markdown.wrapTables = true
        markdown.focusableCode = true
        theme?.apply(to: &markdown)
        markdown.quizPassPercent = site.config.quizPassPercent
        markdown.alsoWithoutQuizForms = forExport
        var parser = PageParser(index: index, options: markdown, contentRoot: options.content)
        parser.cache = cache
        parser.progress = options.progress
        var pages = parser.parseAll()
        clock.lap("parse")
        for path in pages.keys.sorted() {
            diagnostics.append(contentsOf: pages[path]?.markdown.diagnostics ?? [])
        }
        report.fragmentFixes = FragmentCheck().run(&pages, index: index, diagnostics: &diagnostics)
        QuizIDCheck().run(pages, diagnostics: &diagnostics)
        UnusedFileCheck(contentDisplay: options.contentDisplay).run(pages, site: site, diagnostics: &diagnostics)
        clock.lap("check")
        if options.strict { diagnostics.promoteWarnings() }

        report.diagnostics = diagnostics
        report.sourceFiles = content.files.count
        report.externalLinks = pages.keys.sorted().flatMap { pages[$0]?.markdown.externalLinks ?? [] }
        guard let theme, !diagnostics.hasErrors else {
            report.status = .contentErrors
            Self.noteCache(cache, in: &report)
            return nil
        }
        return Prepared(site: site, index: index, pages: pages, theme: theme, loader: loader, cache: cache)
    }

    /// The output folder must not be the content folder or inside it, nor a
    /// folder hocvu did not make.
    private func outputProblem() -> String? {
        let content = options.content.standardizedFileURL.resolvingSymlinksInPath().path
        let output = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        if output == content || output.hasPrefix(content + "/") {
            return "the output folder '\(options.output.path)' is inside the content folder; choose a folder outside it"
        }
        if content.hasPrefix(output + "/") {
            return "the output folder '\(options.output.path)' contains the content folder; replacing it would delete your content"
        }
        do {
            try SiteWriter(output: options.output).checkWritable()
        } catch {
            return error.description
        }
        return nil
    }
}
