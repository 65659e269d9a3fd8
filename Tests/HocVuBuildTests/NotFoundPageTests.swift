import Foundation
import HocVuBuild
import Testing

/// 404.html is served at any depth, so everything it links to is absolute
/// from base_url's path (a relative link would resolve under the missing URL).
@Suite struct NotFoundPageTests {
    @Test func everyLinkOfThe404PageStartsAtTheSitePath() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "base_url: https://hoc.example.gov.vn/hoc-vu-so/\n"
        files["content/news/2025-04-16-tin.md"] = "---\ntitle: Tin\n---\nChữ.\n"  // so there is a feed
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let page = try #require(site.read("site/404.html"))
        #expect(page.contains("href=\"/hoc-vu-so/feed.xml\""))
        #expect(page.contains("href=\"/hoc-vu-so/assets/style.css\""))
        // No other relative href or src (absolute URLs and fragments aside).
        let relative = try Regex(#"(href|src)="(?!/|https?:|#|mailto:)[^"]*""#)
        #expect(page.matches(of: relative).map { String(page[$0.range]) } == [])
    }
}
