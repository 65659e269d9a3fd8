import Foundation
import HocVuCore

/// The search index written at build time (`search/index.js`): one entry per
/// page with its title, headings, summary, text and quiz prompts, which the
/// theme's search script folds and ranks in the browser. A script (not JSON
/// fetched at run time) so that search works from `file://` too.
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

    struct File: Encodable {
        var v = 1
        var docs: [Document]
    }

    let site: Site
    let pages: [String: ParsedPage]
    let strings: [String: String]

    private func document(kind: String, title: String, url: String, course: String = "", summary: String?,
                          source: MarkdownSource) -> Document {
        let parsed = pages[source.contentPath]?.markdown
        let prompts = (parsed?.quizzes ?? []).flatMap(\.questions).map { PlainText.from(html: $0.promptHTML) }
        return Document(
            k: strings[kind] ?? kind, t: title, u: url, c: course, s: summary ?? "",
            h: (parsed?.headings ?? []).filter { $0.level <= 3 }.map(\.text),
            b: PlainText.from(html: parsed?.html ?? ""), q: prompts.joined(separator: " "))
    }

    /// One job per page, the text extracted in parallel.
    var documents: [Document] {
        let jobs = documentJobs
        let slots = ResultSlots<Document>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in slots.set(i, jobs[i]()) }
        return slots.values
    }

    private var documentJobs: [@Sendable () -> Document] {
        var docs: [@Sendable () -> Document] = []
        for course in site.courses {
            docs.append { document(kind: "courses", title: course.title, url: course.outputPath, summary: course.summary, source: course.body) }
            for lesson in course.lessons {
                docs.append {
                    document(kind: "lessons", title: lesson.title, url: lesson.outputPath, course: course.title,
                             summary: lesson.summary, source: lesson.body)
                }
            }
        }
        for page in site.pages {
            docs.append { document(kind: "search_kind_page", title: page.title, url: page.outputPath, summary: page.summary, source: page.body) }
        }
        for item in site.news {
            docs.append { document(kind: "news", title: item.title, url: item.outputPath, summary: item.summary, source: item.body) }
        }
        return docs
    }

    /// `window.HOCVU_SEARCH = {…};`, keys sorted: byte-identical builds.
    func javascript() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(File(docs: documents))) ?? Data("{}".utf8)
        // "</" cannot end a script element when the file is inlined somewhere.
        // U+2028 and U+2029 end a line in JavaScript before ES2019.
        let safe = json.withUnsafeBytes { raw in
            ByteReplace.replacing([
                (Array("</".utf8), Array("<\\/".utf8)),
                (Array("\u{2028}".utf8), Array("\\u2028".utf8)),
                (Array("\u{2029}".utf8), Array("\\u2029".utf8)),
            ], in: Array(raw.bindMemory(to: UInt8.self)))
        }
        return Data("window.HOCVU_SEARCH = ".utf8) + Data(safe) + Data(";\n".utf8)
    }
}
