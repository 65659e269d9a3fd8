import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// The catalog's static filter pages, learning paths and coverage table.
@Suite struct CatalogPagesTests {
    static func site() throws -> TempSite {
        var files = minimalSite
        files["content/site.yml"] = """
            title: Cổng học thử
            audiences:
              nguoi-dan: {name: Người dân}
              hoc-sinh: {name: Học sinh}
            competencies:
              an-toan: {name: An toàn}
              ung-dung-ai: {name: Ứng dụng AI}

            """
        func course(_ slug: String, _ title: String, prerequisites: String = "[]", level: String = "co-ban") -> String {
            "---\ntitle: \(title)\nsummary: S.\naudiences: [nguoi-dan]\nlevel: \(level)\ncompetencies: [an-toan]\nprerequisites: \(prerequisites)\n---\nx\n"
        }
        files["content/courses/dai-su/course.md"] = course("dai-su", "Đại sứ số", prerequisites: "[an-toan, ung-dung]", level: "trung-cap")
        files["content/courses/ung-dung/course.md"] = course("ung-dung", "Ứng dụng số")
        files["content/courses/bai-toan/course.md"] = course("bai-toan", "Bài toán")
        let site = try TempSite(files)
        #expect(site.build().places == [])
        return site
    }

    /// The text of each link right after `marker` (a card title, a path step).
    static func titles(_ html: String, marker: String) -> [String] {
        html.components(separatedBy: marker).dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    @Test func theCatalogIsInVietnameseDictionaryOrder() throws {
        let site = try Self.site()
        defer { site.remove() }
        let html = try #require(site.read("site/courses/index.html"))
        let titles = Self.titles(html, marker: "<h3 class=\"card-title\"><a href=")
        #expect(titles == ["An toàn trên mạng", "Bài toán", "Đại sứ số", "Ứng dụng số"], "\(titles)")
    }

    @Test func anAudienceHasItsLearningPathPrerequisitesFirst() throws {
        let site = try Self.site()
        defer { site.remove() }
        let html = try #require(site.read("site/courses/doi-tuong/nguoi-dan/index.html"))
        let steps = Self.titles(html, marker: "<h2><a href=")
        // Dictionary order, except that Đại sứ số waits for both its prerequisites.
        #expect(steps == ["An toàn trên mạng", "Bài toán", "Ứng dụng số", "Đại sứ số"], "\(steps)")
        #expect(html.contains("<h1>Lộ trình học: Người dân</h1>"))
        #expect(html.contains("aria-current=\"page\">Người dân</a>"))
        let empty = try #require(site.read("site/courses/doi-tuong/hoc-sinh/index.html"))
        #expect(empty.contains("Chưa có khóa học nào."))
    }

    @Test func levelAndCompetencyPagesFilter() throws {
        let site = try Self.site()
        defer { site.remove() }
        let level = try #require(site.read("site/courses/trinh-do/trung-cap/index.html"))
        #expect(Self.titles(level, marker: "<h3 class=\"card-title\"><a href=") == ["Đại sứ số"])
        #expect(site.read("site/courses/trinh-do/nang-cao/index.html") == nil, "no page for a level without courses")
        let ai = try #require(site.read("site/courses/nang-luc/ung-dung-ai/index.html"))
        #expect(ai.contains("Chưa có khóa học nào."))
    }

    @Test func theCoverageTableCountsCoursesAndQuestions() throws {
        let site = try Self.site()
        defer { site.remove() }
        let html = try #require(site.read("site/courses/bao-phu/index.html"))
        #expect(html.contains("<td>Khóa học: 3<br>Câu hỏi: 0</td>"), "\(html)")
        #expect(html.contains("<td class=\"coverage-empty\">Chưa có</td>"))
    }
}
