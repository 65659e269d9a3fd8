import Foundation
import HocVuCore
import Testing

@testable import HocVuBuild

/// Listings stay within the page budget however many courses, lessons and
/// news items a site has: they run over static pages (Pagination).
@Suite struct ListingPagesTests {
    /// A site of `courses` courses (two levels, two audiences), the first with
    /// `lessons` lessons, and `news` news items.
    static func bigSite(courses: Int, lessons: Int = 1, news: Int = 0, featured: Set<Int> = []) -> [String: String] {
        var files: [String: String] = [
            "content/site.yml": """
                title: Cổng lớn
                base_url: https://hoc.vi-du.gov.vn/
                audiences:
                  nguoi-dan: {name: Người dân}
                  hoc-sinh: {name: Học sinh}
                competencies:
                  an-toan: {name: An toàn}
                levels:
                  co-ban: {name: Cơ bản}
                  nang-cao: {name: Nâng cao}

                """,
        ]
        for c in 0..<courses {
            let slug = String(format: "khoa-%03d", c)
            files["content/courses/\(slug)/course.md"] = """
                ---
                title: Khóa học số \(String(format: "%03d", c)) về kỹ năng số cho bà con
                summary: Một khóa học mẫu để danh mục chạy qua nhiều trang, với một câu tóm tắt vừa phải.
                audiences: [\(c % 3 == 0 ? "hoc-sinh" : "nguoi-dan, hoc-sinh")]
                level: \(c % 2 == 0 ? "co-ban" : "nang-cao")
                competencies: [an-toan]
                order: \(c + 1)\(featured.contains(c) ? "\nfeatured: true" : "")
                ---
                Giới thiệu.

                """
            for l in 1...(c == 0 ? lessons : 1) {
                files["content/courses/\(slug)/\(String(format: "%02d", l))-bai-\(l).md"] =
                    "---\ntitle: Bài \(l) của khóa \(c)\nsummary: Tóm tắt ngắn của bài học.\nduration: 10m\n---\nNội dung.\n"
            }
        }
        for n in 0..<news {
            files["content/news/2025-01-\(String(format: "%02d", n % 28 + 1))-tin-\(n).md"] =
                "---\ntitle: Tin số \(n)\nsummary: Bản tin ngắn.\n---\nNội dung.\n"
        }
        return files
    }

    static func cards(_ html: String) -> [String] {
        html.components(separatedBy: "<h3 class=\"card-title\"><a href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func theCatalogRunsOverStaticPagesWithPrevNextLinksAndEveryCourseOnce() throws {
        let site = try TempSite(Self.bigSite(courses: 45))
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == [])
        let size = Pagination.Size.courses
        let paths = ["site/courses/index.html", "site/courses/page/2/index.html", "site/courses/page/3/index.html"]
        let pages = paths.map { site.read($0) ?? "" }
        #expect(site.read("site/courses/page/4/index.html") == nil)
        #expect(pages.map { Self.cards($0).count } == [size, size, 45 - 2 * size])
        let all = [Self.cards(pages[0]), Self.cards(pages[1]).map { "../../" + $0 }, Self.cards(pages[2]).map { "../../" + $0 }].flatMap { $0 }
        #expect(Set(all).count == 45, "every course on exactly one page")
        #expect(pages[0].contains("<link rel=\"next\" href=\"page/2/index.html\">"))
        #expect(!pages[0].contains("rel=\"prev\""))
        #expect(pages[1].contains("<link rel=\"prev\" href=\"../../index.html\">"))
        #expect(pages[1].contains("<link rel=\"next\" href=\"../3/index.html\">"))
        #expect(pages[2].contains("rel=\"prev\"") && !pages[2].contains("rel=\"next\""))
        #expect(pages[1].contains("<nav class=\"pagination\" aria-label=\"Các trang\">"))
        #expect(pages[1].contains("<a href=\"index.html\" aria-current=\"page\"><span class=\"visually-hidden\">Trang </span>2</a>"))
        #expect(pages[1].contains("<title>Khóa học – Trang 2 – Cổng lớn</title>"))
        // The filter pages and learning paths run over pages too.
        #expect(site.read("site/courses/trinh-do/co-ban/page/2/index.html") != nil)
        #expect(site.read("site/courses/doi-tuong/hoc-sinh/page/3/index.html") != nil)
        // The catalog script combines filters over every page from the data file.
        #expect(pages[1].contains("data-source=\"../../../catalog-data.js\""))
        let data = try #require(site.read("site/catalog-data.js"))
        #expect(data.hasPrefix("window.HOCVU_CATALOG = {"))
        #expect(data.contains("[\"khoa-044\",\"Khóa học số 044 về kỹ năng số cho bà con\",\"nguoi-dan hoc-sinh\",\"co-ban\",\"an-toan\",10,\"10 phút\",1]"))
    }

    @Test func listingPagesStayBoundedHoweverManyCourses() throws {
        var largest: [String: Int] = [:]
        for count in [30, 90] {
            let site = try TempSite(Self.bigSite(courses: count, lessons: 65, news: 45, featured: [7, 3]))
            defer { site.remove() }
            let report = site.build()
            #expect(!report.places.contains { $0.hasSuffix("page.weight") }, "\(report.places)")
            for (path, data) in site.snapshot("site") where path.hasSuffix(".html") {
                let kind = path == "index.html" ? "home" : path.hasPrefix("news/") ? "news" : path.hasPrefix("courses/khoa-000/") ? "course" : "catalog"
                if path.hasPrefix("courses/khoa-000/bai") || (path.hasPrefix("courses/khoa-") && kind == "catalog") { continue }
                largest["\(kind) \(count)", default: 0] = max(largest["\(kind) \(count)", default: 0], data.count)
            }
        }
        // Three times the courses: no listing page grows by more than a few hundred bytes (the page links).
        for kind in ["home", "catalog", "news", "course"] {
            let small = try #require(largest["\(kind) 30"]), big = try #require(largest["\(kind) 90"])
            #expect(big - small < 1_000, "\(kind): \(small) → \(big) bytes")
            #expect(big < 40_000, "\(kind): \(big) bytes")
        }
    }

    @Test func aLongCourseListsItsLessonsOverPagesNumberedOn() throws {
        let site = try TempSite(Self.bigSite(courses: 2, lessons: 45))
        defer { site.remove() }
        #expect(site.build().places == [])
        let first = try #require(site.read("site/courses/khoa-000/index.html"))
        let third = try #require(site.read("site/courses/khoa-000/page/3/index.html"))
        #expect(first.contains("<span class=\"lesson-num\" aria-hidden=\"true\">20</span>"))
        #expect(!first.contains("<span class=\"lesson-num\" aria-hidden=\"true\">21</span>"))
        #expect(third.contains("<span class=\"lesson-num\" aria-hidden=\"true\">41</span>"))
        #expect(third.contains("<a href=\"../../bai-41/index.html\">Bài 41 của khóa 0</a>"))
        // Page 1 keeps the overview and names every lesson for its progress box; later pages only list.
        #expect(first.contains("data-course=\"khoa-000\" data-lessons=\"bai-1 bai-2 "))
        #expect(!third.contains("data-progress") && !third.contains("data-offline"))
        #expect(third.contains("<li><a href=\"../../index.html\">Khóa học số 000"), "the trail leads back to the course")
        // The course's offline download keeps its later pages too.
        #expect(first.contains("page/2/index.html page/3/index.html bai-1/index.html"))
        #expect(site.read("site/courses/khoa-001/page/2/index.html") == nil)
    }

    @Test func theHomePageShowsTheFeaturedCoursesOrTheFirstByOrder() throws {
        let marked = try TempSite(Self.bigSite(courses: 30, featured: [12, 5]))
        defer { marked.remove() }
        #expect(marked.build().places == [])
        let home = try #require(marked.read("site/index.html"))
        #expect(Self.cards(home) == ["courses/khoa-005/index.html", "courses/khoa-012/index.html"])
        // Many courses: the progress box reads them from the data file, not from the page.
        #expect(home.contains("data-source=\"catalog-data.js\""))
        #expect(!home.contains("data-lessons="))

        let plain = try TempSite(Self.bigSite(courses: 6))
        defer { plain.remove() }
        #expect(plain.build().places == [])
        let small = try #require(plain.read("site/index.html"))
        #expect(Self.cards(small) == (0..<4).map { String(format: "courses/khoa-%03d/index.html", $0) })
        #expect(!small.contains("data-source=") && !small.contains("class=\"pagination\""))
        #expect(small.contains("<li data-lessons=\"khoa-005/bai-1\""))
    }

    @Test func pagesAreByteIdenticalAcrossBuilds() throws {
        let site = try TempSite(Self.bigSite(courses: 45, lessons: 45, news: 25))
        defer { site.remove() }
        #expect(site.build(out: "a").places == [])
        #expect(site.build(out: "b").places == [])
        let a = site.snapshot("a"), b = site.snapshot("b")
        #expect(a.count > 100 && a == b)
    }

    @Test func theNavigationNamesTheEndsAndTheNeighboursOnly() {
        let pagination = Pagination(path: "courses/index.html", itemCount: 200, pageSize: 20)
        #expect(pagination.pageCount == 10)
        #expect(pagination.window(around: 1) == [1, 2, 3, nil, 10])
        #expect(pagination.window(around: 6) == [1, nil, 4, 5, 6, 7, 8, nil, 10])
        #expect(pagination.window(around: 10) == [1, nil, 8, 9, 10])
        #expect(pagination.path(ofPage: 1) == "courses/index.html")
        #expect(pagination.path(ofPage: 7) == "courses/page/7/index.html")
        #expect(pagination.range(ofPage: 10) == 180..<200)
        #expect(Pagination(path: "news/index.html", itemCount: 20, pageSize: 20).context(page: 1) as? Bool == false)
    }

    @Test func pastTheLimitTheSitemapBecomesAnIndexOfSitemaps() throws {
        let site = try TempSite(Self.bigSite(courses: 4))
        defer { site.remove() }
        #expect(site.build().places == [])
        #expect(site.read("site/sitemap.xml")?.contains("<urlset") == true)
        #expect(site.read("site/sitemap-1.xml") == nil)

        var diagnostics = DiagnosticList()
        let loaded = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        var sitemap = Sitemap(site: loaded.site)
        sitemap.maxURLs = 3
        let files = sitemap.files(base: "https://hoc.vi-du.gov.vn/")
        let urls = sitemap.entries.count
        #expect(files.count == 1 + (urls + 2) / 3)
        let index = String(decoding: files[0].data, as: UTF8.self)
        #expect(files[0].path == "sitemap.xml")
        #expect(index.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<sitemap><loc>https://hoc.vi-du.gov.vn/sitemap-1.xml</loc></sitemap>"))
        var listed = 0
        for (i, file) in files.dropFirst().enumerated() {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(file.path == "sitemap-\(i + 1).xml")
            let count = text.components(separatedBy: "<url>").count - 1
            #expect(count <= 3 && count > 0)
            listed += count
        }
        #expect(listed == urls)
        // The byte limit splits too.
        sitemap.maxURLs = 50_000
        sitemap.maxBytes = 400
        #expect(sitemap.files(base: "https://hoc.vi-du.gov.vn/").dropFirst().allSatisfy { $0.data.count <= 400 })
    }
}
