import HocVuCore

/// A listing that may run over several static pages (`Pagination`): the
/// catalog and its filter pages, a learning path, the news list, a course's
/// lessons. Page 1 is rendered as the listing's own page; this names the rest.
enum Listing: Sendable {
    case catalog(CatalogFilter?)
    case learningPath(Int)
    case news
    case course(Int)

    /// Every page after the first of every listing of the site, in a fixed order.
    static func laterPages(of site: Site) -> [(Listing, Int)] {
        var listings: [(Listing, Int)] = []
        func add(_ listing: Listing, _ count: Int, _ size: Int) {
            let pages = Pagination(path: "", itemCount: count, pageSize: size).pageCount
            if pages > 1 { listings += (2...pages).map { (listing, $0) } }
        }
        add(.catalog(nil), site.courses.count, Pagination.Size.courses)
        for (a, audience) in site.config.audiences.enumerated() {
            add(.learningPath(a), site.courses.filter { $0.audiences.contains(audience.id) }.count, Pagination.Size.courses)
        }
        for level in site.config.levels {
            add(.catalog(.level(level.id)), site.courses.filter { $0.level == level.id }.count, Pagination.Size.courses)
        }
        for competency in site.config.competencies {
            add(.catalog(.competency(competency.id)), site.courses.filter { $0.competencies.contains(competency.id) }.count,
                Pagination.Size.courses)
        }
        add(.news, site.news.count, Pagination.Size.news)
        for (c, course) in site.courses.enumerated() { add(.course(c), course.lessons.count, Pagination.Size.lessons) }
        return listings
    }
}

extension PageContextBuilder {
    /// Template, output path and context of page `page` of a listing.
    func listingPage(_ listing: Listing, _ page: Int) -> (String, String, [String: Any]) {
        switch listing {
        case .catalog(let filter):
            let pagination = Pagination(path: CatalogFilter.path(of: filter), itemCount: courses(of: filter).count,
                                        pageSize: Pagination.Size.courses)
            return ("catalog", pagination.path(ofPage: page), catalog(filter, page: page))
        case .learningPath(let a):
            let audience = site.config.audiences[a]
            let pagination = Pagination(path: CatalogFilter.path(of: .audience(audience.id)),
                                        itemCount: site.courses.filter { $0.audiences.contains(audience.id) }.count,
                                        pageSize: Pagination.Size.courses)
            return ("learning-path", pagination.path(ofPage: page), learningPath(audience, page: page))
        case .news:
            let pagination = Pagination(path: "news/index.html", itemCount: site.news.count, pageSize: Pagination.Size.news)
            return ("news-list", pagination.path(ofPage: page), newsList(page: page))
        case .course(let c):
            let course = site.courses[c]
            let pagination = Pagination(path: course.outputPath, itemCount: course.lessons.count, pageSize: Pagination.Size.lessons)
            return ("course", pagination.path(ofPage: page), self.course(course, page: page))
        }
    }

    /// Adds `pagination` (the navigation, `false` on a listing of one page)
    /// and `later_page` (a page after the first, which leaves out what page 1
    /// says about the listing as a whole) to a listing page's context.
    func paginate(_ context: inout [String: Any], _ pagination: Pagination, page: Int) {
        context["pagination"] = pagination.context(page: page)
        context["later_page"] = page > 1
        // Once the catalog runs over several pages, the catalog script combines
        // filters over every course from the data file, on every catalog page
        // (a filter page alone holds only its own slice).
        if context["filters"] != nil {
            context["catalog_data_url"] = site.courses.count > Pagination.Size.courses
                ? SitePath.relative(from: pagination.path(ofPage: page), to: CatalogData.path) : false
        }
    }

    /// A later page's title says which page it is ("Khóa học – Trang 2").
    func pageTitle(_ title: String, _ page: Int) -> String {
        page > 1 ? title + " – " + label("page_number").replacingOccurrences(of: "{number}", with: String(page)) : title
    }

    /// Output paths of a course's pages after the first (for its offline download).
    func laterPagePaths(_ course: Course) -> [String] {
        let pagination = Pagination(path: course.outputPath, itemCount: course.lessons.count, pageSize: Pagination.Size.lessons)
        return pagination.pageCount > 1 ? (2...pagination.pageCount).map { pagination.path(ofPage: $0) } : []
    }
}
