import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct LoaderTests {
    private func load(_ files: [String: String]) throws -> (LoadedContent, DiagnosticList) {
        let site = try TempSite(files)
        defer { site.remove() }
        var diagnostics = DiagnosticList()
        let loaded = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        return (loaded, diagnostics)
    }

    @Test func readsCoursesLessonsPagesAndNews() throws {
        var files = minimalSite
        files["content/courses/an-toan/10-cuoi.md"] = "---\ntitle: Cuối\n---\nx\n"
        files["content/pages/gioi-thieu.md"] = "---\ntitle: Giới thiệu\nmenu: true\n---\nx\n"
        files["content/news/2025-04-16-phat-dong.md"] = "---\ntitle: Phát động\n---\nx\n"
        files["content/static/tai-lieu/a.pdf"] = "%PDF"
        let (loaded, diagnostics) = try load(files)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
        let course = try #require(loaded.site.courses.first)
        #expect(course.title == "An toàn trên mạng")
        #expect(course.audiences == ["nguoi-dan"])
        // Numeric order: 1, 2, 10 (not 1, 10, 2).
        #expect(course.lessons.map(\.slug) == ["lua-dao", "mat-khau", "cuoi"])
        #expect(course.lessons[0].duration == 20)
        #expect(course.lessons[0].body.firstLine == 5)
        #expect(loaded.site.pages.first?.menu == true)
        #expect(loaded.site.news.first?.date == "2025-04-16")
        #expect(loaded.site.news.first?.slug == "phat-dong")
        #expect(loaded.site.staticFiles == ["static/tai-lieu/a.pdf"])
        #expect(loaded.site.courseAssets == ["courses/an-toan/assets/dt.svg"])
    }

    @Test func nfdFilesAreNormalised() throws {
        var files = minimalSite
        files["content/pages/p.md"] = "---\ntitle: Giới thiệu\n---\nx\n".decomposedStringWithCanonicalMapping
        let (loaded, _) = try load(files)
        #expect(loaded.site.pages.first?.title == "Giới thiệu")
        #expect(loaded.site.pages.first?.title.unicodeScalars.count == "Giới thiệu".unicodeScalars.count)
    }

    @Test func frontMatterErrorsPointAtTheKey() throws {
        var files = minimalSite
        files["content/courses/an-toan/course.md"] = """
            ---
            title: An toàn
            sumary: Sai chính tả.
            audiences: [nguoi-dan, nguoi-dna]
            level: co-bann
            duration: 90
            updated: 2025-02-30
            ---
            x

            """
        let (_, diagnostics) = try load(files)
        let found = diagnostics.sorted.map(\.formatted)
        #expect(found == [
            "content/courses/an-toan/course.md:1:1: error[frontmatter.missing-key]: required key 'summary' is missing",
            "content/courses/an-toan/course.md:3:1: error[frontmatter.unknown-key]: unknown key 'sumary' in course front matter (did you mean 'summary'?)",
            "content/courses/an-toan/course.md:4:24: error[frontmatter.unknown-id]: audience 'nguoi-dna' is not declared in site.yml (did you mean 'nguoi-dan'?)",
            "content/courses/an-toan/course.md:5:8: error[frontmatter.unknown-id]: level 'co-bann' is not declared in site.yml (did you mean 'co-ban'?)",
            "content/courses/an-toan/course.md:6:11: error[frontmatter.duration]: '90' is not a duration; write e.g. 45m, 1h or 1h30m",
            "content/courses/an-toan/course.md:7:10: error[frontmatter.date]: '2025-02-30' is not a date; write YYYY-MM-DD, e.g. 2025-04-16",
        ])
    }

    @Test func invalidYAMLIsReportedAtItsLine() throws {
        var files = minimalSite
        files["content/pages/p.md"] = "---\ntitle: [chưa đóng\n---\nx\n"
        let (_, diagnostics) = try load(files)
        #expect(diagnostics.items.map(\.code) == ["yaml.invalid"])
        #expect(diagnostics.items.first?.location.file == "content/pages/p.md")
        #expect((diagnostics.items.first?.location.line ?? 0) >= 2)
    }

    @Test func badNamesProposeAFix() throws {
        var files = minimalSite
        files["content/pages/Giới Thiệu.md"] = "---\ntitle: x\n---\nx\n"
        let (_, diagnostics) = try load(files)
        #expect(diagnostics.items.map(\.formatted) == [
            "content/pages/Giới Thiệu.md: error[name.invalid]: 'Giới Thiệu.md' is not a valid name: use lowercase letters a-z, digits and '-' (rename it to 'gioi-thieu.md')",
        ])
    }

    @Test func duplicateLessonNumbersAndSlugs() throws {
        var files = minimalSite
        files["content/courses/an-toan/01-khac.md"] = "---\ntitle: x\n---\nx\n"
        files["content/courses/an-toan/03-lua-dao.md"] = "---\ntitle: x\n---\nx\n"
        let (_, diagnostics) = try load(files)
        #expect(Set(diagnostics.items.map(\.code)) == ["lesson.duplicate-number", "lesson.duplicate-slug"])
    }

    @Test func fileThatIsNotUTF8SaysWhere() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.writeBytes("content/pages/cu.md", Array("---\ntitle: x\n---\nab".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        var diagnostics = DiagnosticList()
        _ = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        #expect(diagnostics.items.map(\.formatted) == [
            "content/pages/cu.md:4:3: error[file.not-utf8]: this file is not UTF-8 text; save it as UTF-8 in your editor",
        ])
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        var files = minimalSite
        files["content/courses/an-toan/03-nhap.md"] = "---\ntitle: Nháp\ndraft: true\n---\nx\n"
        let site = try TempSite(files)
        defer { site.remove() }
        var diagnostics = DiagnosticList()
        let without = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        let with = ContentLoader(root: site.content, displayRoot: "content", includeDrafts: true).load(diagnostics: &diagnostics)
        #expect(without.site.courses[0].lessons.count == 2)
        #expect(with.site.courses[0].lessons.count == 3)
    }
}
