import Foundation
import HocVuBuild
import Testing

@Suite struct SitemapTests {
    @Test func withABaseURLTheSitemapListsEveryPageWithItsContentDate() throws {
        var files = minimalSite
        files["content/site.yml"]? += "base_url: https://hoc.vi-du.gov.vn/xa/\n"
        files["content/courses/an-toan/course.md"] = files["content/courses/an-toan/course.md"]?
            .replacingOccurrences(of: "level: co-ban\n", with: "level: co-ban\nupdated: 2025-05-01\n")
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let xml = try #require(site.read("site/sitemap.xml"))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(xml.contains("<url><loc>https://hoc.vi-du.gov.vn/xa/</loc></url>"))
        #expect(xml.contains("<url><loc>https://hoc.vi-du.gov.vn/xa/courses/an-toan/</loc><lastmod>2025-05-01</lastmod></url>"))
        #expect(xml.contains("<loc>https://hoc.vi-du.gov.vn/xa/courses/an-toan/lua-dao/</loc><lastmod>2025-05-01</lastmod>"))
        #expect(site.read("site/robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://hoc.vi-du.gov.vn/xa/sitemap.xml\n")
    }

    @Test func withoutABaseURLThereIsNoSitemap() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().places == [])
        #expect(site.read("site/sitemap.xml") == nil)
        #expect(site.read("site/robots.txt") == "User-agent: *\nAllow: /\n")
    }

    @Test func anAuthorsOwnRobotsFileWins() throws {
        var files = minimalSite
        files["content/static/robots.txt"] = "User-agent: *\nDisallow: /nhap/\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        #expect(site.read("site/robots.txt") == "User-agent: *\nDisallow: /nhap/\n")
    }
}
