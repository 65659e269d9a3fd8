import Foundation
import HocVuCore
import HocVuMarkdown

/// The pipeline: load → index → parse → check → render → write. Each stage
/// returns values and adds diagnostics; nothing is written unless the whole
/// run found no error.
public struct BuildPipeline {
    public static let version = "0.1.0"

    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() -> BuildReport {
        var diagnostics = DiagnosticList()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: options.content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error("usage.content", "content folder '\(options.contentDisplay)' does not exist",
                              at: SourceLocation(file: options.contentDisplay))
            return BuildReport(status: .usageError, diagnostics: diagnostics)
        }
        if options.write, let problem = outputProblem() {
            diagnostics.error("usage.output", problem, at: SourceLocation(file: options.output.path))
            return BuildReport(status: .usageError, diagnostics: diagnostics)
        }

        // Load and index.
        let loader = ContentLoader(root: options.content, displayRoot: options.contentDisplay, includeDrafts: options.includeDrafts)
        var content = loader.load(diagnostics: &diagnostics)
        if let baseURL = options.baseURL { content.site.config.baseURL = baseURL }
        let index = SiteIndex(content)
        let site = content.site

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
        theme?.apply(to: &markdown)
        markdown.quizPassPercent = site.config.quizPassPercent
        let pages = PageParser(index: index, options: markdown, contentRoot: options.content).parseAll()
        for path in pages.keys.sorted() {
            diagnostics.append(contentsOf: pages[path]?.markdown.diagnostics ?? [])
        }
        FragmentCheck().run(pages, index: index, diagnostics: &diagnostics)
        QuizIDCheck().run(pages, diagnostics: &diagnostics)
        UnusedFileCheck(contentDisplay: options.contentDisplay).run(pages, site: site, diagnostics: &diagnostics)
        if options.strict { diagnostics.promoteWarnings() }

        var report = BuildReport(status: .success, diagnostics: diagnostics, sourceFiles: content.files.count)
        report.externalLinks = pages.keys.sorted().flatMap { pages[$0]?.markdown.externalLinks ?? [] }
        guard let theme, !diagnostics.hasErrors else {
            report.status = .contentErrors
            return report
        }

        // Render.
        let renderer = SiteRenderer(
            site: site, pages: pages, index: index, theme: theme, contentRoot: options.content,
            staticDisplay: loader.display("static"), version: Self.version)
        let files = renderer.render(diagnostics: &diagnostics)
        let sources = Dictionary(index.pages.values.map { ($0.outputPath, $0.source.path) }, uniquingKeysWith: { a, _ in a })
        PageWeightCheck(sourceOfPage: sources).run(files, diagnostics: &diagnostics)
        if options.strict { diagnostics.promoteWarnings() }
        report.diagnostics = diagnostics
        report.pagesWritten = files.count { $0.path.hasSuffix(".html") }
        report.filesCopied = files.count - report.pagesWritten
        guard !diagnostics.hasErrors else {
            report.status = .contentErrors
            return report
        }
        guard options.write else { return report }

        // Write: temporary folder, then swap.
        do {
            try SiteWriter(output: options.output).write(files)
        } catch {
            report.diagnostics.error("output.write", error.description, at: SourceLocation(file: options.output.path))
            report.status = .usageError
        }
        return report
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
