import Foundation
import HocVuCore

/// `sitemap.xml` (sitemaps.org 0.9). A sitemap needs absolute
/// URLs, so it is written only when site.yml has `base_url`; `lastmod` comes
/// from the content (`updated`, a news item's date), never from the clock.
/// A sitemap file may hold at most 50,000 URLs and 50 MB: past that,
/// `sitemap.xml` becomes a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`…
/// (so robots.txt still names `sitemap.xml`).
struct Sitemap {
    let site: Site
    /// The sitemaps.org limits per file; lowered by tests only.
    var maxURLs = 50_000
    var maxBytes = 50 * 1024 * 1024

    /// `sitemap.xml`, and the files it points to when it is an index.
    func files(base: String) -> [(path: String, data: Data)] {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let footer = "</urlset>\n"
        var parts: [(text: String, count: Int, lastmod: String?)] = []
        var text = "", count = 0, latest: String? = nil
        for (path, lastmod) in entries {
            var line = "  <url><loc>\(XMLText.escape(BaseURL.absolute(path, base: base)))</loc>"
            if let lastmod { line += "<lastmod>\(lastmod)</lastmod>" }
            line += "</url>\n"
            if count > 0, count == maxURLs || header.utf8.count + text.utf8.count + line.utf8.count + footer.utf8.count > maxBytes {
                parts.append((text, count, latest))
                (text, count, latest) = ("", 0, nil)
            }
            text += line
            count += 1
            if let lastmod, lastmod > (latest ?? "") { latest = lastmod }
        }
        parts.append((text, count, latest))
        if parts.count == 1 { return [("sitemap.xml", Data((header + text + footer).utf8))] }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var files: [(path: String, data: Data)] = []
        for (i, part) in parts.enumerated() {
            let path = "sitemap-\(i + 1).xml"
            index += "  <sitemap><loc>\(XMLText.escape(BaseURL.absolute(path, base: base)))</loc>"
            if let lastmod = part.lastmod { index += "<lastmod>\(lastmod)</lastmod>" }
            index += "</sitemap>\n"
            files.append((path, Data((header + part.text + footer).utf8)))
        }
        index += "</sitemapindex>\n"
        return [("sitemap.xml", Data(index.utf8))] + files
    }

    /// Every page a search engine should know, with its content date.
    var entries: [(String, String?)] {
        var entries: [(String, String?)] = [("index.html", nil), ("courses/index.html", nil)]
        for course in site.courses {
            entries.append((course.outputPath, course.updated))
            entries += course.lessons.map { ($0.outputPath, $0.updated ?? course.updated) }
        }
        entries += site.pages.map { ($0.outputPath, nil) }
        if !site.news.isEmpty { entries.append(("news/index.html", site.news.first?.date)) }
        entries += site.news.map { ($0.outputPath, $0.date) }
        return entries
    }
}
