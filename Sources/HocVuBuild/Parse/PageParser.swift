import Foundation
import HocVuCore
import HocVuMarkdown

/// Parse stage: every page's Markdown through cmark and the passes, in
/// parallel. Each page is parsed, transformed and rendered inside one work
/// item; only plain values come out.
struct PageParser {
    let index: SiteIndex
    let options: MarkdownOptions
    let contentRoot: URL
    /// Pages parsed by an earlier build, reused when nothing they were made from changed.
    var cache: BuildCache?
    var progress: BuildProgress?

    /// Default quiz ids are `<course>-<lesson>-N` (CONTENT-FORMAT.md §5);
    /// other pages use their own path.
    static func quizPrefix(for path: String) -> String {
        let parts = path.dropLast(".md".count).split(separator: "/").map(String.init)
        if parts.count == 3, parts[0] == "courses" {
            let lesson = parts[2] == "course" ? "" : "-" + parts[2].drop { $0.isNumber }.dropFirst()
            return parts[1] + lesson
        }
        return Slug.make(parts.joined(separator: "-"))
    }

    func parseAll() -> [String: ParsedPage] {
        let paths = index.pages.keys.sorted()
        let results = ResultSlots<ParsedPage>(count: paths.count)
        let renderer = MarkdownRenderer(options: options)
        let images = ImageSizeCache(contentRoot: contentRoot)
        let cache = cache
        let environment = cache?.parseEnvironment(options: options, index: index, images: images)
        let progress = progress
        progress?.stage("parsing", total: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            defer { progress?.tick() }
            let path = paths[i]
            guard let entry = index.pages[path] else { return }
            let prefix = Self.quizPrefix(for: path)
            let key = environment.flatMap { environment in
                cache?.parseKey(environment: environment, path: path, outputPath: entry.outputPath, source: entry.source, quizPrefix: prefix)
            }
            if let key, let bytes = cache?.read("parse", key) {
                var reader = CacheReader(bytes)
                if let rendered = RenderedMarkdown.decode(from: &reader), reader.isAtEnd {
                    results.set(i, ParsedPage(path: path, markdown: rendered))
                    return
                }
            }
            let resolver = LinkResolver(index: index, pagePath: path, outputPath: entry.outputPath, images: images)
            let rendered = renderer.render(entry.source, quizPrefix: prefix, resolveLink: resolver.resolve)
            results.set(i, ParsedPage(path: path, markdown: rendered))
            if let key, let cache {
                var writer = CacheWriter(capacity: rendered.html.utf8.count * 2 + 1024)
                rendered.encode(into: &writer)
                cache.write("parse", key, writer.bytes)
            }
        }
        var pages: [String: ParsedPage] = [:]
        for page in results.values { pages[page.path] = page }
        return pages
    }
}
