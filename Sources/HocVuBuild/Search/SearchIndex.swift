import Foundation
import HocVuCore
import HocVuMarkdown

/// The search index written at build time under `search/` (format 2, see
/// docs/THEME.md): a small manifest (`index.js`), word and phrase shards
/// with each term's best pages, doc lists for common words, and one small
/// file per page with its text for the snippets. The search page loads only
/// what a query needs, as scripts (not JSON fetched at run time) so that
/// search works from `file://` too.
struct SearchIndex: Sendable {
    struct Document: Encodable {
        /// What the page is, in the site's language ("Bài học").
        var k: String
        /// Title.
        var t: String
        /// Site-relative URL.
        var u: String
        /// The course a lesson belongs to, or "".
        var c: String
        /// Summary.
        var s: String
        /// Headings (h2, h3).
        var h: [String]
        /// Body text.
        var b: String
        /// Quiz prompts.
        var q: String
    }

    let site: Site
    let pages: [String: ParsedPage]
    let strings: [String: String]
    /// Pages' terms and files from an earlier build, reused when the page's
    /// text and place did not change.
    var cache: BuildCache?
    var progress: BuildProgress?

    init(site: Site, pages: [String: ParsedPage], strings: [String: String]) {
        self.site = site
        self.pages = pages
        self.strings = strings
    }

    /// What a page's search entry is made from, gathered without any text work.
    struct Source: Sendable {
        var kind: String, title: String, url: String, course: String, summary: String
        var parsed: RenderedMarkdown?
    }

    private func document(_ source: Source) -> Document {
        let parsed = source.parsed
        let prompts = (parsed?.quizzes ?? []).flatMap(\.questions).map { PlainText.from(html: $0.promptHTML) }
        return Document(
            k: source.kind, t: source.title, u: source.url, c: source.course, s: source.summary,
            h: (parsed?.headings ?? []).filter { $0.level <= 3 }.map(\.text),
            b: PlainText.from(html: parsed?.html ?? ""), q: prompts.joined(separator: " "))
    }

    /// Every page, in the order pages are numbered.
    private var sources: [Source] {
        var sources: [Source] = []
        func add(_ kind: String, _ title: String, _ url: String, _ course: String = "", _ summary: String?, _ body: MarkdownSource) {
            sources.append(Source(kind: strings[kind] ?? kind, title: title, url: url, course: course, summary: summary ?? "",
                                  parsed: pages[body.contentPath]?.markdown))
        }
        for course in site.courses {
            add("courses", course.title, course.outputPath, "", course.summary, course.body)
            for lesson in course.lessons {
                add("lessons", lesson.title, lesson.outputPath, course.title, lesson.summary, lesson.body)
            }
        }
        for page in site.pages {
            add("search_kind_page", page.title, page.outputPath, "", page.summary, page.body)
        }
        for item in site.news {
            add("news", item.title, item.outputPath, "", item.summary, item.body)
        }
        return sources
    }

    /// The format version, `v` in the manifest: a theme reading the files checks it.
    static let version = 2
    /// How many best pages each spelling of a word or pair keeps.
    static let topLimit = 32
    /// Page files per folder (`search/d/<n / 1000>/<n>.js`).
    static let pagesPerFolder = 1000
    /// Pages tokenised at a time: the memory held is a batch, not the site.
    static let batch = 512
    static let buckets = 16

    static func pagePath(_ number: Int) -> String {
        "search/d/\(number / pagesPerFolder)/\(number).js"
    }

    /// A page's file: `HOCVU_SEARCH.add("d/<n>", {b, c, h, k, q, s, t, u});`.
    static func pageScript(_ number: Int, _ doc: Document) -> Data {
        SearchShards.script("d/\(number)", pageJSON(doc))
    }

    /// The page's object in its file.
    static func pageJSON(_ doc: Document) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(doc.b.utf8.count + 512)
        func field(_ name: String, _ value: String, first: Bool = false) {
            json += Array((first ? "{\"" : ",\"").utf8) + Array(name.utf8) + Array("\":".utf8)
            SearchCoding.appendString(value, to: &json)
        }
        field("b", doc.b, first: true)
        field("c", doc.c)
        json += Array(",\"h\":[".utf8)
        for (i, heading) in doc.h.enumerated() {
            if i > 0 { json.append(UInt8(ascii: ",")) }
            SearchCoding.appendString(heading, to: &json)
        }
        json.append(UInt8(ascii: "]"))
        field("k", doc.k)
        field("q", doc.q)
        field("s", doc.s)
        field("t", doc.t)
        field("u", doc.u)
        json.append(UInt8(ascii: "}"))
        return json
    }

    /// Every file under `search/` but the page itself: pages are read in
    /// parallel a batch at a time and their terms merged in page order, so
    /// the output is the same on any number of cores.
    func files() -> [OutputFile] {
        var files: [OutputFile] = []
        write { files += $0 }
        return files
    }

    /// Hands the files to `emit` batch by batch, so the pages' files need
    /// not all be held at once (the build streams them to disk).
    func write(_ emit: ([OutputFile]) -> Void) {
        let jobs = sources
        let shards = SearchShards(limit: Self.topLimit, buckets: Self.buckets)
        progress?.stage("indexing for search", total: jobs.count)
        for first in stride(from: 0, to: jobs.count, by: Self.batch) {
            let count = min(Self.batch, jobs.count - first)
            let slots = ResultSlots<Page>(count: count)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                let (json, terms) = entry(jobs[first + i])
                slots.set(i, Page(script: SearchShards.script("d/\(first + i)", json), terms: terms))
            }
            let pages = slots.values
            emit(pages.enumerated().map { i, page in OutputFile(path: Self.pagePath(first + i), content: .bytes(page.script)) })
            shards.add(pages.map(\.terms), first: first)
            progress?.tick(count)
        }
        let (shardFiles, wordShards) = shards.files()
        var manifest = Array("window.HOCVU_SEARCH = {\"v\":\(Self.version),\"n\":\(jobs.count),\"k\":\(Self.topLimit),\"d\":\(Self.pagesPerFolder),\"w\":[".utf8)
        for (i, key) in wordShards.enumerated() {
            if i > 0 { manifest.append(UInt8(ascii: ",")) }
            SearchCoding.appendString(key, to: &manifest)
        }
        manifest += Array("]};\n".utf8)
        emit(shardFiles + [OutputFile(path: "search/index.js", content: .bytes(Data(manifest)))])
    }

    /// A page's object and terms, from the cache when its source is the same.
    private func entry(_ source: Source) -> ([UInt8], SearchDocTerms) {
        let key = cache?.searchKey(source, version: Self.version, buckets: Self.buckets)
        if let key, let bytes = cache?.read("search", key) {
            var reader = CacheReader(bytes)
            if let json = reader.bytes(), let terms = SearchDocTerms.decode(from: &reader, buckets: Self.buckets), reader.isAtEnd {
                return (json, terms)
            }
        }
        let doc = document(source)
        let json = Self.pageJSON(doc), terms = SearchDocTerms(doc, buckets: Self.buckets)
        if let key, let cache {
            var writer = CacheWriter(capacity: json.count * 3)
            writer.bytes(json)
            terms.encode(into: &writer)
            cache.write("search", key, writer.bytes)
        }
        return (json, terms)
    }

    struct Page: Sendable {
        var script: Data
        var terms: SearchDocTerms
    }

    /// What a course saved for offline reading adds so that it stays
    /// searchable: the search page and its scripts. Offline, the script
    /// searches the saved pages themselves (no second copy of their text).
    static let offlinePaths = ["search/index.html", "search/index.js", "assets/search.js"]
}
