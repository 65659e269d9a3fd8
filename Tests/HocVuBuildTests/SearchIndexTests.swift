import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct SearchIndexTests {
    /// The index the build writes, parsed back.
    static func index(of site: TempSite) throws -> [[String: Any]] {
        let script = try #require(site.read("site/search/index.js"))
        #expect(script.hasPrefix("window.HOCVU_SEARCH = {"))
        let json = script.dropFirst("window.HOCVU_SEARCH = ".count).dropLast(2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["v"] as? Int == 1)
        return try #require(object["docs"] as? [[String: Any]])
    }

    @Test func everyPageIsIndexedWithItsParts() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"]? += """

            Dùng **mật khẩu** dài &amp; khó đoán, như `Meo-vang`.

            | Loại | Ví dụ |
            |---|---|
            | Yếu | 123456 |

            ```quiz
            1. Mật khẩu nào mạnh nhất?
               - [ ] 123456
               - [x] Hoa-Sen!2025#vn
               > Câu giải thích bí mật.
            ```

            """
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let docs = try Self.index(of: site)
        #expect(docs.map { $0["u"] as? String } == [
            "courses/an-toan/index.html", "courses/an-toan/lua-dao/index.html", "courses/an-toan/mat-khau/index.html",
        ])
        let lesson = docs[2]
        #expect(lesson["t"] as? String == "Mật khẩu mạnh")
        #expect(lesson["k"] as? String == "Bài học")
        #expect(lesson["c"] as? String == "An toàn trên mạng")
        #expect(lesson["h"] as? [String] == ["Tạo mật khẩu"])
        let body = try #require(lesson["b"] as? String)
        #expect(body.contains("Dùng mật khẩu dài & khó đoán, như Meo-vang."))
        #expect(body.contains("Quay lại phần dấu hiệu."))
        #expect(body.contains("Yếu 123456"))
        #expect(!body.contains("<"))
        #expect(!body.contains("giải thích bí mật"), "quiz answers stay out of the index")
        #expect(lesson["q"] as? String == "Mật khẩu nào mạnh nhất?")
        #expect(docs[0]["k"] as? String == "Khóa học")
    }

    @Test func theSearchPageIsInTheNavigationAndWorksWithoutScriptToo() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().places == [])
        let page = try #require(site.read("site/search/index.html"))
        #expect(page.contains("<form class=\"search-form\" role=\"search\" action=\"index.html\" method=\"get\">"))
        #expect(page.contains("<script src=\"index.js\" defer></script>"))
        #expect(page.contains("<script src=\"../assets/search.js\" defer></script>"))
        #expect(page.contains("<noscript>"))
        #expect(page.contains("<a href=\"index.html\" aria-current=\"page\">Tìm kiếm</a>"))
        #expect(site.read("site/index.html")?.contains("<a href=\"search/index.html\">Tìm kiếm</a>") == true)
        #expect(site.read("site/assets/search.js")?.contains("HOCVU_SEARCH") == true)
    }
}
