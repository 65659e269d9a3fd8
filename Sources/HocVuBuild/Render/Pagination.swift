import HocVuCore

/// A listing split into static pages, so that every page stays within the
/// page budget (`PageWeightCheck`) however many courses, lessons or news items
/// a site has, and works without JavaScript. Page 1 keeps the listing's own
/// path; page n is `<folder>/page/n/index.html`, as Hugo names them.
struct Pagination {
    /// Page 1's output path (`courses/index.html`).
    let path: String
    let itemCount: Int
    let pageSize: Int

    /// Items per page, chosen so that a page of long titles and summaries,
    /// with the theme's CSS and scripts, stays under 50 KB.
    enum Size {
        static let courses = 20
        static let lessons = 20
        static let news = 20
        /// Featured courses on the home page (those marked `featured: true`).
        static let featured = 8
        /// Featured courses when none is marked: the first by `order`.
        static let featuredDefault = 4
        /// Up to this many courses, the home page's progress box lists them
        /// all in its HTML; past it, the script reads `catalog-data.js`.
        static let progressInPage = 24
    }

    /// The folder later pages go in; no course, lesson or news item may have this name.
    static let folder = "page"

    init(path: String, itemCount: Int, pageSize: Int) {
        self.path = path
        self.itemCount = itemCount
        self.pageSize = max(1, pageSize)
    }

    var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    /// The output path of page `number` (1-based).
    func path(ofPage number: Int) -> String {
        guard number > 1 else { return path }
        return SitePath.folder(of: path) + "/\(Self.folder)/\(number)/index.html"
    }

    /// The items page `number` shows.
    func range(ofPage number: Int) -> Range<Int> {
        let start = min(itemCount, (number - 1) * pageSize)
        return start..<min(itemCount, start + pageSize)
    }

    /// Page numbers the navigation names: the first, the last, and two on
    /// either side of the current one; nil stands for the gap between them, so
    /// the navigation stays short whatever the number of pages.
    func window(around number: Int) -> [Int?] {
        var numbers: [Int?] = []
        var last = 0
        for n in 1...pageCount where n == 1 || n == pageCount || abs(n - number) <= 2 {
            if n > last + 1 { numbers.append(nil) }
            numbers.append(n)
            last = n
        }
        return numbers
    }

    /// The `pagination` context of page `number` (docs/THEME.md), or `false`
    /// when everything fits on one page (no navigation then).
    func context(page number: Int) -> Any {
        guard pageCount > 1 else { return false }
        let from = path(ofPage: number)
        func url(_ n: Int) -> String { SitePath.relative(from: from, to: path(ofPage: n)) }
        return [
            "number": number,
            "page_count": pageCount,
            "prev_url": number > 1 ? url(number - 1) : false,
            "next_url": number < pageCount ? url(number + 1) : false,
            "page_links": window(around: number).map { n -> [String: Any] in
                guard let n else { return ["gap": true, "number": false, "url": false, "current": false] }
                return ["gap": false, "number": n, "url": url(n), "current": n == number]
            },
        ] as [String: Any]
    }
}
