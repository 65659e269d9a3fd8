import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HocVuBuild
import Testing

/// catalog.json, course.json, catalog.csv, feed.xml and the catalog's ItemList,
/// from a small site with a quiz of every kind.
@Suite struct CatalogDataTests {
    static var files: [String: String] {
        var files = minimalSite
        files["content/site.yml"]? += """
            base_url: https://hoc.vi-du.gov.vn/xa
            framework: Khung năng lực số
            quiz_pass_percent: 60

            """
        files["content/courses/an-toan/course.md"] = files["content/courses/an-toan/course.md"]?
            .replacingOccurrences(of: "level: co-ban\n", with: "level: co-ban\ncompetencies: [an-toan]\ntags: [\"=lừa đảo\", OTP]\nupdated: 2025-05-01\n")
        files["content/courses/an-toan/02-mat-khau.md"]? += """

            ```quiz id=mat-khau pass=80
            1. Chọn một
               - [x] Đúng
               - [ ] Sai
               > Vì thế.
            2. Chọn nhiều
               - [x] A
               - [x] B
               - [ ] C
               > Hai đáp án.
            3. Gõ "113"
               - [=] 113
               > Số khẩn cấp.
            ```

            """
        files["content/news/2025-06-01-ra-mat.md"] = "---\ntitle: Ra mắt\nsummary: Cổng mở.\n---\nXin chào.\n"
        return files
    }

    @Test func catalogJSONDescribesEveryCourseLessonAndQuiz() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let data = try #require(site.read("site/catalog.json")?.data(using: .utf8))
        let catalog = try CatalogDocument.decoder().decode(CatalogDocument.self, from: data)
        #expect(catalog.schemaVersion == CatalogDocument.schemaVersion)
        #expect(catalog.site.url == "https://hoc.vi-du.gov.vn/xa/")
        #expect(catalog.competencyFramework.name == "Khung năng lực số")
        #expect(catalog.audiences.map(\.id) == ["nguoi-dan"])
        let course = try #require(catalog.courses.first)
        #expect(course.id == "an-toan" && course.path == "courses/an-toan/")
        #expect(course.url == "https://hoc.vi-du.gov.vn/xa/courses/an-toan/")
        #expect(course.level == "co-ban" && course.competencies == ["an-toan"] && course.updated == "2025-05-01")
        #expect(course.durationMinutes == 20 && course.questions == 3)
        #expect(course.lessons.map(\.id) == ["lua-dao", "mat-khau"])
        #expect(course.lessons[0].quizzes.isEmpty && course.lessons[0].durationMinutes == 20)
        let quiz = try #require(course.lessons[1].quizzes.first)
        #expect(quiz.id == "mat-khau" && quiz.passPercent == 80 && quiz.questions == 3)
        #expect(quiz.questionsByKind == ["single": 1, "multiple": 1, "short_answer": 1])
        // Snake case on the wire, as the schema names the fields.
        let text = try #require(site.read("site/catalog.json"))
        #expect(text.contains("\"questions_by_kind\"") && text.contains("\"schema_version\" : \"1.0\""))

        // course.json: the same entry, with the site.
        let one = try CatalogDocument.decoder().decode(
            CatalogDocument.CourseDocument.self, from: try #require(site.read("site/courses/an-toan/course.json")?.data(using: .utf8)))
        #expect(one.course == course && one.site == catalog.site)
        // The schema is published beside the data and is JSON.
        let schema = try #require(site.read("site/catalog.schema.json")?.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: schema) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func aQuizOnTheCoursePageCountsWithTheCourse() throws {
        var files = Self.files
        files["content/courses/an-toan/course.md"]? += "\n```quiz id=khoi-dong\n1. Sẵn sàng?\n   - [x] Rồi\n   - [ ] Chưa\n   > Bắt đầu.\n```\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let catalog = try CatalogDocument.decoder().decode(
            CatalogDocument.self, from: try #require(site.read("site/catalog.json")?.data(using: .utf8)))
        let course = try #require(catalog.courses.first)
        #expect(course.quizzes.map(\.id) == ["khoi-dong"] && course.questions == 4)
    }

    @Test func aQuizWithoutPassUsesTheSiteDefault() throws {
        var files = Self.files
        files["content/courses/an-toan/02-mat-khau.md"] = files["content/courses/an-toan/02-mat-khau.md"]?
            .replacingOccurrences(of: "id=mat-khau pass=80", with: "id=mat-khau")
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let catalog = try CatalogDocument.decoder().decode(
            CatalogDocument.self, from: try #require(site.read("site/catalog.json")?.data(using: .utf8)))
        #expect(catalog.courses.first?.lessons.last?.quizzes.first?.passPercent == 60)
    }

    @Test func catalogCSVOpensInSpreadsheets() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let bytes = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent("site/catalog.csv").path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0].hasPrefix("Mã khóa học,Tên khóa học,Tóm tắt,Địa chỉ,Đối tượng"))
        // Names, not ids; a tag that looks like a formula is defused by the quoting rule.
        #expect(lines[1] == "an-toan,An toàn trên mạng,Nhận diện lừa đảo.,https://hoc.vi-du.gov.vn/xa/courses/an-toan/,Người dân,Cơ bản,An toàn,'=lừa đảo; OTP,2,20,3,,2025-05-01")
    }

    @Test func csvFieldsAreQuotedAndFormulasDefused() {
        #expect(CatalogCSVField.quote("a, b") == "\"a, b\"")
        #expect(CatalogCSVField.quote("nói \"không\"") == "\"nói \"\"không\"\"\"")
        #expect(CatalogCSVField.quote("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CatalogCSVField.quote("-5") == "'-5")
        #expect(CatalogCSVField.quote("dòng 1\ndòng 2") == "\"dòng 1\ndòng 2\"")
        #expect(CatalogCSVField.quote("Cơ bản") == "Cơ bản")
    }

    @Test func theFeedListsDatedCoursesAndNewsNewestFirst() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let feed = try #require(site.read("site/feed.xml"))
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">"))
        #expect(feed.contains("<updated>2025-06-01T00:00:00Z</updated>\n  <author>"))
        let ids = feed.components(separatedBy: "<entry>\n    <id>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ids == ["https://hoc.vi-du.gov.vn/xa/news/ra-mat/", "https://hoc.vi-du.gov.vn/xa/courses/an-toan/"])
        // Well-formed XML.
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse())
        // Every page points feed readers at it.
        #expect(site.read("site/courses/an-toan/index.html")?.contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\"") == true)
    }

    @Test func withoutBaseURLOrDatesThereIsNoFeed() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().places == [])
        #expect(site.read("site/feed.xml") == nil)
        #expect(site.read("site/index.html")?.contains("application/atom+xml") == false)
        // The catalog is written either way, with paths only.
        let catalog = try CatalogDocument.decoder().decode(
            CatalogDocument.self, from: try #require(site.read("site/catalog.json")?.data(using: .utf8)))
        #expect(catalog.site.url == nil && catalog.courses.first?.url == nil)
    }

    @Test func theCatalogPageCarriesAnItemList() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let list = try StructuredDataTests.jsonLD(try #require(site.read("site/courses/index.html")))
        #expect(list["@type"] as? String == "ItemList")
        #expect(list["numberOfItems"] as? Int == 1)
        let item = try #require((list["itemListElement"] as? [[String: Any]])?.first)
        #expect(item["position"] as? Int == 1 && item["url"] as? String == "https://hoc.vi-du.gov.vn/xa/courses/an-toan/")
        let course = try StructuredDataTests.jsonLD(try #require(site.read("site/courses/an-toan/index.html")))
        #expect((course["teaches"] as? [[String: Any]])?.first?["inDefinedTermSet"] as? String == "Khung năng lực số")
    }
}
