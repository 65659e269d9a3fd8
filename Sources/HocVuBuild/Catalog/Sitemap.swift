import Foundation
import HocVuCore

/// `sitemap.xml` (sitemaps.org 0.9). A sitemap needs absolute
/// URLs, so it is written only when site.yml has `base_url`; `lastmod` comes
/// from the content (`updated`, a news item's date), never from the clock.
struct Sitemap {
    let site: Site

    func xml(base: String) -> Data {
        var entries: [(String, String?)] = [("index.html", nil), ("courses/index.html", nil)]
        for course in site.courses {
            entries.append((course.outputPath, course.updated))
            entries += course.lessons.map { ($0.outputPath, $0.updated ?? course.updated) }
        }
        entries += site.pages.map { ($0.outputPath, nil) }
        if !site.news.isEmpty { entries.append(("news/index.html", site.news.first?.date)) }
        entries += site.news.map { ($0.outputPath, $0.date) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastmod) in entries {
            out += "  <url><loc>\(XMLText.escape(BaseURL.absolute(path, base: base)))</loc>"
            if let lastmod { out += "<lastmod>\(lastmod)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return Data(out.utf8)
    }
}
