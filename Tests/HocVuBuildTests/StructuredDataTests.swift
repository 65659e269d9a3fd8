import Foundation
import HocVuBuild
import Testing

@Suite struct StructuredDataTests {
    static func jsonLD(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func coursePagesDescribeTheCourseForSearchEngines() throws {
        var files = minimalSite
        files["content/site.yml"]? += "base_url: https://hoc.vi-du.gov.vn/\nlevels:\n  co-ban: {name: Cơ bản}\n"
        files["content/courses/an-toan/course.md"] = files["content/courses/an-toan/course.md"]?
            .replacingOccurrences(of: "level: co-ban\n", with: "level: co-ban\ncompetencies: [an-toan]\nupdated: 2025-05-01\n")
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let page = try #require(site.read("site/courses/an-toan/index.html"))
        let course = try Self.jsonLD(page)
        #expect(course["@context"] as? String == "https://schema.org")
        #expect(course["@type"] as? String == "Course")
        #expect(course["name"] as? String == "An toàn trên mạng")
        #expect(course["url"] as? String == "https://hoc.vi-du.gov.vn/courses/an-toan/")
        #expect(course["inLanguage"] as? String == "vi")
        #expect(course["educationalLevel"] as? String == "Cơ bản")
        #expect(course["dateModified"] as? String == "2025-05-01")
        #expect((course["provider"] as? [String: Any])?["name"] as? String == "Cổng học thử")
        let instance = try #require(course["hasCourseInstance"] as? [String: Any])
        #expect(instance["courseMode"] as? String == "online")
        #expect(instance["courseWorkload"] as? String == "PT20M")
        #expect((course["offers"] as? [String: Any])?["price"] as? Int == 0)
        let teaches = try #require(course["teaches"] as? [[String: Any]])
        #expect(teaches.first?["@type"] as? String == "DefinedTerm" && teaches.first?["name"] as? String == "An toàn")
        #expect((course["audience"] as? [[String: Any]])?.first?["audienceType"] as? String == "Người dân")
        #expect(page.contains("<meta property=\"og:title\" content=\"An toàn trên mạng\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://hoc.vi-du.gov.vn/courses/an-toan/\">"))
        #expect(page.contains("<meta property=\"og:locale\" content=\"vi_VN\">"))

        let home = try Self.jsonLD(try #require(site.read("site/index.html")))
        #expect(home["@type"] as? String == "WebSite")
        let action = try #require(home["potentialAction"] as? [String: Any])
        #expect(action["target"] as? String == "https://hoc.vi-du.gov.vn/search/index.html?q={query}")
        #expect(site.read("site/courses/an-toan/lua-dao/index.html")?.contains("ld+json") == false)
    }
}
