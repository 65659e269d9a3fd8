import Foundation
import HocVuCore

/// Render stage: every page through the theme, in parallel, plus the files
/// that are copied (theme assets, course assets, static files).
struct SiteRenderer {
    let site: Site
    let pages: [String: ParsedPage]
    let index: SiteIndex
    let theme: Theme
    /// The content folder, from which course assets and static files are copied.
    let contentRoot: URL
    /// The static folder as diagnostics name it (`content/static`).
    let staticDisplay: String
    let version: String

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

    func render(diagnostics: inout DiagnosticList) -> [OutputFile] {
        // Course pages come last: they tell the size of the course offline,
        // which needs the lesson pages and assets already made, and their own
        // size, so they are made twice (there are few of them; the second
        // time the figure is off by the few bytes its own digits change).
        let jobs = self.jobs
        let isCourse: (Job) -> Bool = { if case .course = $0 { return true } else { return false } }
        var builder = PageContextBuilder(site: site, pages: pages, strings: theme.strings, version: version)
        var files = render(jobs.filter { !isCourse($0) }, builder)
        files += assetFiles()
        builder.outputSizes = Self.sizes(of: files + copiedFiles())
        let courseJobs = jobs.filter(isCourse)
        builder.outputSizes.merge(Self.sizes(of: render(courseJobs, builder))) { _, new in new }
        files += render(courseJobs, builder)
        files.append(OutputFile(
            path: "search/index.js",
            content: .bytes(SearchIndex(site: site, pages: pages, strings: theme.strings).javascript())))
        files += copiedFiles()
        let taken = Set(index.files.values)
        files += CatalogFiles(site: site, pages: pages, strings: theme.strings, version: version, taken: taken).files()
        // An author's own static/_headers wins over hocvu's.
        if !taken.contains(HostingHeaders.path) {
            let notFound = files.first { $0.path == "404.html" }.flatMap { file -> String? in
                if case .bytes(let data) = file.content { return String(decoding: data, as: UTF8.self) } else { return nil }
            } ?? ""
            files.append(OutputFile(path: HostingHeaders.path, content: .bytes(HostingHeaders(inlineBlocksOf: notFound).data())))
        }
        files.append(OutputFile(path: "sw.js", content: .bytes(Self.serviceWorker(for: files))))
        // A static file may not replace a generated page or a theme asset.
        var seen: [String: Int] = [:]
        for (i, file) in files.enumerated() {
            if seen[file.path] != nil {
                diagnostics.error(
                    "output.conflict", "'\(file.path)' would be written twice; rename the file under static/",
                    at: SourceLocation(file: "\(staticDisplay)/\(file.path)"))
            }
            seen[file.path] = i
        }
        return files
    }

    private func render(_ jobs: [Job], _ builder: PageContextBuilder) -> [OutputFile] {
        let slots = ResultSlots<OutputFile>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (template, path, context) = prepare(jobs[i], builder)
            let html = theme.render(template, context) ?? ""
            slots.set(i, OutputFile(path: path, content: .bytes(Data(html.utf8))))
        }
        return slots.values
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

    /// Bytes per output path (a copied file by its size on disk).
    static func sizes(of files: [OutputFile]) -> [String: Int] {
        Dictionary(files.map { ($0.path, $0.byteCount) }) { _, last in last }
    }

    /// `sw.js` must sit at the site root to serve every page. Its cache is
    /// named after the site's content (FNV-1a over the generated files and the
    /// copied files' names and sizes), so a new build replaces old copies.
    static func serviceWorker(for files: [OutputFile]) -> Data {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            mix(file.path.utf8)
            switch file.content {
            case .bytes(let data): mix(data)
            case .copy: mix(String(file.byteCount).utf8)
            }
        }
        let name = "hocvu-" + String(hash, radix: 16)
        return Data("self.HOCVU_CACHE = \"\(name)\";\nimportScripts(\"assets/offline-worker.js\");\n".utf8)
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
