import Foundation
@testable import HocVuBuild
import Testing

/// 404.html is served at any depth and under any mount, so it stands alone:
/// its links start at base_url's path (a relative link would resolve under
/// the missing URL), its style and script are inline and allowed by hash.
@Suite struct NotFoundPageTests {
    @Test func everyLinkOfThe404PageStartsAtTheSitePath() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "base_url: https://hoc.example.gov.vn/hoc-vu-so/\n"
        files["content/news/2025-04-16-tin.md"] = "---\ntitle: Tin\n---\nChữ.\n"  // so there is a feed
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let page = try #require(site.read("site/404.html"))
        #expect(page.contains("href=\"/hoc-vu-so/index.html\""))
        // Nothing loaded from the site: under another mount it would be missing.
        #expect(!page.contains("<link rel=\"stylesheet\""))
        #expect(!page.contains("<script src"))
        // No other relative href or src (absolute URLs and fragments aside).
        let relative = try Regex(#"\s(href|src)="(?!/|https?:|#|mailto:|data:)[^"]*""#)
        #expect(page.matches(of: relative).map { String(page[$0.range]) } == [])
    }

    /// The inline blocks are allowed by their SHA-256 in the CSP of `_headers`
    /// (the vector below is Python's hashlib for the same text), and no page
    /// but 404.html carries an inline script or style.
    @Test func inlineBlocksOfThe404PageAreInTheContentSecurityPolicy() throws {
        #expect(HostingHeaders.hash("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let page = try #require(site.read("site/404.html"))
        let headers = try #require(site.read("site/_headers"))
        let scripts = HostingHeaders.blocks("script", in: page), styles = HostingHeaders.blocks("style", in: page)
        try #require(scripts.count == 1 && styles.count == 1)
        let policy = try #require(headers.split(separator: "\n").first { $0.contains("Content-Security-Policy:") })
        #expect(policy.contains("script-src 'self' \(HostingHeaders.hash(scripts[0]))"))
        #expect(policy.contains("style-src 'self' \(HostingHeaders.hash(styles[0]))"))
        #expect(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"))
        for (path, data) in site.snapshot("site") where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            #expect(HostingHeaders.blocks("script", in: html).isEmpty && HostingHeaders.blocks("style", in: html).isEmpty, "\(path)")
        }
    }
}
