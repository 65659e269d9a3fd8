import Foundation
import HocVuCore
import HocVuMarkdown

/// Parse stage: every page's Markdown through cmark and the passes, in
/// parallel. Each page is parsed, transformed and rendered inside one work
/// item; only plain values come out.
struct PageParser {
    let index: SiteIndex
    let options: MarkdownOptions
    let displayRoot: String

    func parseAll() -> [String: ParsedPage] {
        let paths = index.pages.keys.sorted()
        let results = ResultSlots<ParsedPage>(count: paths.count)
        let renderer = MarkdownRenderer(options: options)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i]
            guard let entry = index.pages[path] else { return }
            let resolver = LinkResolver(index: index, pagePath: path, outputPath: entry.outputPath, displayRoot: displayRoot)
            let rendered = renderer.render(entry.source, resolveLink: resolver.resolve)
            results.set(i, ParsedPage(path: path, markdown: rendered))
        }
        var pages: [String: ParsedPage] = [:]
        for page in results.values { pages[page.path] = page }
        return pages
    }
}
