import Foundation
import HocVuCore

/// Render stage: every page through the theme, in parallel, plus the files
/// that are copied (theme assets, course assets, static files). The search
/// index, catalogs, hosting headers and service worker are outputs of their
/// own, made after it (`BuildPipeline.run`).
struct SiteRenderer {
    let site: Site
    let pages: [String: ParsedPage]
    let index: SiteIndex
    let theme: Theme
    /// The content folder, from which course assets and static files are copied.
    let contentRoot: URL
    let version: String
    /// What the previous build rendered, so unchanged pages are not rendered again.
    var memo: RenderMemo? {
        didSet { strings = memo.map { SharedMap(name: "t", value: theme.strings, cache: $0.cache) } }
    }
    /// The theme's strings, which every page's context holds as `t`, hashed once.
    var strings: SharedMap?
    var progress: BuildProgress?

    /// One page to render; plain values, so jobs can be handed to workers.
    enum Job: Sendable {
        case home, catalog, newsList, notFound, offline, search, coverage
        case filter(CatalogFilter)
        case learningPath(Int)
        case course(Int)
        case lesson(course: Int, lesson: Int)
        case page(Int)
        case newsItem(Int)
        case listingPage(Listing, Int)
    }

    var jobs: [Job] {
        var jobs: [Job] = [.home, .catalog, .notFound, .search, .coverage]
        // The page the service worker shows for a page never saved (optional in a theme).
        if theme.templateNames.contains("offline") { jobs.append(.offline) }
        jobs += site.config.audiences.indices.map { .learningPath($0) }
        jobs += site.config.levels.filter { level in site.courses.contains { $0.level == level.id } }.map { .filter(.level($0.id)) }
        jobs += site.config.competencies.map { .filter(.competency($0.id)) }
        if !site.news.isEmpty { jobs.append(.newsList) }
        for (c, course) in site.courses.enumerated() {
            jobs.append(.course(c))
            jobs += course.lessons.indices.map { .lesson(course: c, lesson: $0) }
        }
        jobs += site.pages.indices.map { .page($0) }
        jobs += site.news.indices.map { .newsItem($0) }
        jobs += Listing.laterPages(of: site).map { .listingPage($0, $1) }
        return jobs
    }

    /// Renders every page and puts each file into `output` as soon as it is
    /// made. `sourceOfPage` names the source file of each output page, for
    /// the page weight check.
    func render(into output: SiteOutput, sourceOfPage: [String: String]) {
        // Course pages come last: they tell the size of the course offline,
        // which needs the lesson pages and assets already made, and their own
        // size, so they are made twice (there are few of them; the second
        // time the figure is off by the few bytes its own digits change).
        let jobs = self.jobs
        progress?.stage("writing pages", total: jobs.count)
        let isCourse: @Sendable (Job) -> Bool = { if case .course = $0 { return true } else { return false } }
        var builder = PageContextBuilder(site: site, pages: pages, strings: theme.strings, version: version)
        let assets = assetFiles(), copied = copiedFiles()
        output.weight = PageWeightCheck(sourceOfPage: sourceOfPage, assets: assets + copied)
        output.add(assets + copied)
        output.copiedFiles = assets.count + copied.count
        let memo = memo, theme = theme, pageBuilder = builder
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            if !isCourse(jobs[i]) { renderPage(jobs[i], pageBuilder, into: output) }
        }
        builder.outputSizes = output.sizes
        let courseJobs = jobs.filter(isCourse)
        let firstPass = ResultSlots<(String, Int)>(count: courseJobs.count)
        let sizing = builder
        DispatchQueue.concurrentPerform(iterations: courseJobs.count) { i in
            let (template, path, context) = prepare(courseJobs[i], sizing)
            // The first pass only measures: the memo keeps its size under a name no file has.
            let key = memo?.cache.renderKey(theme: theme.digest, template: template, path: path, context: context, shared: strings)
            let name = "first pass of " + path
            if let key, let known = memo?.entry(name, key: key) {
                memo?.record(name, known)
                firstPass.set(i, (path, known.size))
                return
            }
            let size = (theme.render(template, context) ?? "").utf8.count
            if let key {
                memo?.record(name, RenderMemo.Entry(key: key, size: size, digest: key, fingerprint: 0, loads: []))
            }
            firstPass.set(i, (path, size))
        }
        builder.outputSizes.merge(firstPass.values) { _, new in new }
        let final = builder
        DispatchQueue.concurrentPerform(iterations: courseJobs.count) { renderPage(courseJobs[$0], final, into: output) }
    }

    /// Renders one page into `output`, or links it from the previous site
    /// when the memo knows its template and context.
    private func renderPage(_ job: Job, _ builder: PageContextBuilder, into output: SiteOutput) {
        let (template, path, context) = prepare(job, builder)
        let key = memo?.cache.renderKey(theme: theme.digest, template: template, path: path, context: context, shared: strings)
        output.add(page: path, key: key, memo: memo) { Data((theme.render(template, context) ?? "").utf8) }
        progress?.tick()
    }

    private func assetFiles() -> [OutputFile] {
        theme.assets.map { asset in
            let ext = (asset.output as NSString).pathExtension
            if ext == "css" || ext == "js", let text = String(data: asset.data(), encoding: .utf8) {
                let compact = AssetCompactor.compact(text, script: ext == "js")
                return OutputFile(path: asset.output, content: .bytes(Data(compact.utf8)))
            }
            // As bytes, so the built-in theme and a folder copy of it give the same site (sw.js hash).
            return OutputFile(path: asset.output, content: .bytes(asset.data()))
        }
    }

    /// Course assets and static files, copied as they are.
    private func copiedFiles() -> [OutputFile] {
        index.files.sorted(by: { $0.key < $1.key }).map { source, output in
            OutputFile(path: output, content: .copy(contentRoot.appendingPathComponent(source)))
        }
    }

    private func prepare(_ job: Job, _ builder: PageContextBuilder) -> (String, String, [String: Any]) {
        switch job {
        case .home: return ("home", "index.html", builder.home())
        case .catalog: return ("catalog", "courses/index.html", builder.catalog())
        case .newsList: return ("news-list", "news/index.html", builder.newsList())
        case .notFound: return ("404", "404.html", builder.notFound())
        case .offline: return ("offline", "offline.html", builder.offline())
        case .search: return ("search", "search/index.html", builder.search())
        case .coverage: return ("coverage", CatalogFilter.coveragePath, builder.coverage())
        case .filter(let filter): return ("catalog", CatalogFilter.path(of: filter), builder.catalog(filter))
        case .learningPath(let a):
            let audience = site.config.audiences[a]
            return ("learning-path", CatalogFilter.path(of: .audience(audience.id)), builder.learningPath(audience))
        case .course(let c):
            let course = site.courses[c]
            return ("course", course.outputPath, builder.course(course))
        case .lesson(let c, let l):
            let course = site.courses[c]
            return ("lesson", course.lessons[l].outputPath, builder.lesson(l, of: course))
        case .page(let p):
            return ("page", site.pages[p].outputPath, builder.page(site.pages[p]))
        case .newsItem(let n):
            return ("news-item", site.news[n].outputPath, builder.newsItem(site.news[n]))
        case .listingPage(let listing, let page): return builder.listingPage(listing, page)
        }
    }
}
