import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct URLMappingTests {
    @Test func pagesGoToPrettyURLsAndLinksAreRelative() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .success, "\(report.places)")
        let lesson = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(lesson.contains("href=\"../mat-khau/index.html#tao-mat-khau\""))
        #expect(lesson.contains("src=\"../assets/dt.svg\""))
        #expect(lesson.contains("href=\"../../../assets/style.css\""))
        let second = try #require(site.read("site/courses/an-toan/mat-khau/index.html"))
        // The forge-style Unicode fragment is rewritten to the canonical id.
        #expect(second.contains("href=\"../lua-dao/index.html#dau-hieu\""))
        let course = try #require(site.read("site/courses/an-toan/index.html"))
        #expect(course.contains("href=\"lua-dao/index.html\""))
        for page in ["index.html", "courses/index.html", "404.html", "courses/an-toan/assets/dt.svg", "assets/style.css", ".hocvu-site"] {
            #expect(site.read("site/\(page)") != nil, "\(page)")
        }
        // No absolute URL to this site and nothing from other hosts.
        for (path, data) in site.snapshot("site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path)")
            #expect(!html.contains("src=\"/"), "\(path)")
            #expect(!html.contains("src=\"http"), "\(path)")
        }
    }

    @Test func everyBrokenLinkIsReportedInOneRun() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"] = """
            ---
            title: Mật khẩu
            ---
            ## Tạo mật khẩu

            [a](01-lua-dao.md#khong-co) [b](01-lua-da.md) [c](01-Lua-Dao.md)
            [d](../../../ngoai.md) [e](/tai-lieu/khong-co.pdf) [f](mailto:khong-hop-le)
            [g](tel:abc) [h](#tao-mat-khau) [i](https://) [k](#khong-co)

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .contentErrors)
        let file = "content/courses/an-toan/02-mat-khau.md"
        #expect(report.places == [
            "\(file):6:1 link.missing-fragment",
            "\(file):6:29 link.missing-file",
            "\(file):6:47 link.case-mismatch",
            "\(file):7:1 link.outside-content",
            "\(file):7:24 link.missing-file",
            "\(file):7:52 link.malformed-url",
            "\(file):8:1 link.malformed-url",
            "\(file):8:33 link.malformed-url",
            "\(file):8:47 link.missing-fragment",
        ])
        let missing = report.diagnostics.items.first { $0.location.column == 29 }
        #expect(missing?.message == "'01-lua-da.md' does not exist (did you mean '01-lua-dao.md'?)")
        #expect(site.read("site/index.html") == nil)
    }
}
