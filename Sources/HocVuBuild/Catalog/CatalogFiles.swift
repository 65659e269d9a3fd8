import Foundation
import HocVuCore

/// The site's files for machines: `catalog.json` with its schema, one
/// `course.json` per course, `catalog.csv`, `feed.xml`, `sitemap.xml`,
/// `robots.txt` (`_headers` for static hosts is the render stage's: it depends
/// on the 404 page). The feed and sitemap need absolute URLs; an author's own
/// `static/robots.txt`, `sitemap.xml` or `feed.xml` wins over hocvu's (the
/// catalog files are hocvu's data: a static file of that name is a conflict).
struct CatalogFiles {
    let site: Site
    let pages: [String: ParsedPage]
    let strings: [String: String]
    let version: String
    /// Output paths the author's static files already take.
    let taken: Set<String>

    var catalog: CatalogDocument {
        CatalogDocument(site: site, quizzes: { pages[$0.contentPath]?.markdown.quizzes ?? [] }, version: version)
    }

    func files() -> [OutputFile] {
        let catalog = self.catalog
        var files = [
            OutputFile(path: "catalog.json", content: .bytes(CatalogDocument.encode(catalog))),
            OutputFile(path: "catalog.schema.json", content: .bytes(Data(CatalogSchema.json.utf8))),
            OutputFile(path: "catalog.csv", content: .bytes(CatalogCSV(catalog: catalog, strings: strings).data())),
        ]
        files.append(OutputFile(path: CatalogData.path, content: .bytes(
            CatalogData(site: site, coursesByTitle: VietnameseCollation.sorted(site.courses, by: \.title)).javascript())))
        files += catalog.courses.map {
            OutputFile(path: $0.dataPath, content: .bytes(CatalogDocument.encode(catalog.document(for: $0))))
        }
        if let base = site.config.baseURL {
            if !taken.contains("sitemap.xml") {
                files += Sitemap(site: site).files(base: base).map { OutputFile(path: $0.path, content: .bytes($0.data)) }
            }
            if !taken.contains("feed.xml"), let feed = AtomFeed(site: site).xml(base: base) {
                files.append(OutputFile(path: "feed.xml", content: .bytes(feed)))
            }
        }
        if !taken.contains("robots.txt") {
            files.append(OutputFile(path: "robots.txt", content: .bytes(RobotsFile.data(base: site.config.baseURL))))
        }
        return files
    }
}
