import Foundation
import HocVuCore
import HocVuMarkdown
import Testing

@testable import HocVuBuild

/// The theme check accepts exactly `ThemeVocabulary.names`; the contexts hocvu
/// builds must use no other key, and every listed name must really be provided.
@Suite struct PageContextTests {
    @Test func contextsUseExactlyTheDocumentedNames() throws {
        var files = minimalSite
        files["content/site.yml"] = """
            title: Cổng học thử
            audiences:
              nguoi-dan: {name: Người dân, target_percent: 60, targets: {2025: 70, 2026: 90}}
            competencies:
              an-toan: {name: An toàn}
            operator: {name: Sở Khoa học và Công nghệ, url: "https://example.gov.vn/"}
            contact: {email: hotro@example.gov.vn, phone: "0200 3800 000", address: Số 1 đường Mẫu}

            """
        files["content/index.md"] = "# Chào bà con\n\nChào mừng.\n"
        files["content/courses/an-toan/course.md"] = """
            ---
            title: An toàn
            summary: Tóm tắt.
            audiences: [nguoi-dan]
            level: co-ban
            competencies: [an-toan]
            outcomes: [Biết nhận diện lừa đảo.]
            prerequisites: [khac]
            updated: 2025-05-01
            ---
            x

            """
        files["content/courses/khac/course.md"] = "---\ntitle: Khác\nsummary: S.\naudiences: [nguoi-dan]\n---\nx\n"
        files["content/pages/gioi-thieu.md"] = "---\ntitle: Giới thiệu\nsummary: S.\nmenu: true\n---\nx\n"
        files["content/news/2025-04-16-tin.md"] = "---\ntitle: Tin\nsummary: S.\n---\nx\n"
        // A course whose lessons run over two pages: the pagination names.
        files["content/courses/dai/course.md"] = "---\ntitle: Dài\nsummary: S.\naudiences: [nguoi-dan]\n---\nx\n"
        for l in 1...(Pagination.Size.lessons + 1) { files["content/courses/dai/\(l)-bai-\(l).md"] = "---\ntitle: Bài \(l)\n---\nx\n" }
        let site = try TempSite(files)
        defer { site.remove() }

        var diagnostics = DiagnosticList()
        let content = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        let pages = PageParser(index: SiteIndex(content), options: MarkdownOptions(), contentRoot: site.content).parseAll()
        let theme = try #require(ThemeLoader(siteRoot: site.root, name: "default", language: "vi").load(diagnostics: &diagnostics))
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
        let builder = PageContextBuilder(site: content.site, pages: pages, strings: theme.strings, version: "test")
        let course = try #require(content.site.courses.first { $0.slug == "an-toan" })
        let contexts: [[String: Any]] = [
            builder.home(), builder.catalog(), builder.course(course), builder.lesson(0, of: course), builder.lesson(1, of: course),
            builder.page(content.site.pages[0]), builder.newsList(), builder.newsItem(content.site.news[0]),
            builder.notFound(), builder.search(), builder.catalog(.level("co-ban")), builder.coverage(),
            builder.learningPath(content.site.config.audiences[0]), builder.offline(),
            builder.course(try #require(content.site.courses.first { $0.slug == "dai" }), page: 2),
        ]
        var used: Set<String> = []
        for context in contexts { collectKeys(context, into: &used) }
        #expect(used.subtracting(ThemeVocabulary.names).isEmpty, "undocumented: \(used.subtracting(ThemeVocabulary.names))")
        #expect(ThemeVocabulary.names.subtracting(used).isEmpty, "never provided: \(ThemeVocabulary.names.subtracting(used))")
    }

    /// Keys at every depth, except the interface strings under `t`.
    private func collectKeys(_ value: Any, into keys: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, child) in dictionary {
                keys.insert(key)
                if key != "t" { collectKeys(child, into: &keys) }
            }
        } else if let array = value as? [Any] {
            for child in array { collectKeys(child, into: &keys) }
        }
    }
}
