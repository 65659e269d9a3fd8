import Foundation
import HocVuCore
import HocVuMarkdown

/// Builds the Mustache context of every page (docs/THEME.md) from the site
/// model and the parsed pages. Plain dictionaries, built inside the task that
/// renders the page. Unchecked Sendable: its one `Any` value (`siteContext`)
/// is made in `init` of strings, booleans and dictionaries, never changed.
struct PageContextBuilder: @unchecked Sendable {
    let site: Site
    let pages: [String: ParsedPage]
    let strings: [String: String]
    let version: String
    /// `feed.xml` exists: Atom needs base_url, and an entry with a date.
    let hasFeed: Bool
    /// Bytes per output path, known once every page but the course pages is
    /// made: a course page tells how much its offline download weighs.
    var outputSizes: [String: Int] = [:]
    /// `site` of every page's context: the same for all, so made once.
    private var siteContext: [String: Any] = [:]
    /// The courses in title order, sorted once: every catalog page slices it.
    let titleOrder: [Course]

    init(site: Site, pages: [String: ParsedPage], strings: [String: String], version: String) {
        self.site = site
        self.pages = pages
        self.strings = strings
        self.version = version
        self.hasFeed = site.config.baseURL != nil && !AtomFeed(site: site).entries.isEmpty
        self.titleOrder = VietnameseCollation.sorted(site.courses, by: \.title)
        siteContext = ["title": site.config.title, "description": opt(site.config.description), "key": storageKey,
                       "operator": publisher, "contact": contact]
    }

    var language: String { site.config.language }

    /// An interface string; the theme check guarantees `ThemeLoader.requiredStrings`.
    func label(_ key: String) -> String {
        strings[key] ?? key
    }

    /// The parent pages a breadcrumb trail can name.
    enum Parent {
        case home, catalog, news
        case page(title: String, path: String)
    }

    func trail(_ parents: [Parent], from path: String) -> [[String: Any]] {
        parents.map { parent in
            let (title, target): (String, String)
            switch parent {
            case .home: (title, target) = (label("home"), "index.html")
            case .catalog: (title, target) = (label("courses"), "courses/index.html")
            case .news: (title, target) = (label("news"), "news/index.html")
            case .page(let t, let p): (title, target) = (t, p)
            }
            return ["title": title, "url": SitePath.relative(from: path, to: target)]
        }
    }

    // MARK: Shared parts

    func common(kind: String, outputPath: String, title: String?, description: String?) -> [String: Any] {
        let root = SitePath.root(from: outputPath)
        var nav: [[String: Any]] = [
            navItem(label("home"), "index.html", from: outputPath, current: kind == "home"),
            navItem(label("courses"), "courses/index.html", from: outputPath,
                    current: outputPath.hasPrefix("courses/")),
        ]
        if !site.news.isEmpty {
            nav.append(navItem(label("news"), "news/index.html", from: outputPath,
                               current: outputPath.hasPrefix("news/")))
        }
        for page in site.pages where page.menu {
            nav.append(navItem(page.title, page.outputPath, from: outputPath, current: outputPath == page.outputPath))
        }
        nav.append(navItem(label("search"), "search/index.html", from: outputPath, current: kind == "search"))
        let pageTitle = title.map { "\($0) – \(site.config.title)" } ?? site.config.title
        var context: [String: Any] = [
            "lang": language,
            "root": root,
            "page_title": pageTitle,
            "site": siteContext,
            "nav": nav,
            "t": strings,
            "kind": kind,
            "breadcrumbs": [[String: Any]](),
            "generator": "hocvu \(version)",
            // The offline page is for the service worker, not for search engines.
            "noindex": kind == "offline",
        ]
        if let description = description ?? site.config.description, !description.isEmpty {
            context["description"] = description
        }
        // OpenGraph: a shared link shows the page's title and summary.
        context["og"] = [
            "title": title ?? site.config.title,
            "type": kind == "home" ? "website" : "article",
            "url": opt(site.config.baseURL.map { BaseURL.absolute(outputPath, base: $0) }),
            "locale": ["vi": "vi_VN", "en": "en_US"][language] ?? language.replacingOccurrences(of: "-", with: "_"),
            "site_name": site.config.title,
        ] as [String: Any]
        context["json_ld"] = false
        context["feed_url"] = hasFeed ? root + "feed.xml" : false
        context["pagination"] = false
        context["later_page"] = false
        return context
    }

    /// Who runs the portal, for the footer (`false` when site.yml does not say).
    private var publisher: Any {
        guard let name = site.config.operatorName else { return false }
        return ["name": name, "url": opt(site.config.operatorURL)] as [String: Any]
    }

    private var contact: Any {
        let config = site.config
        guard config.contactEmail != nil || config.contactPhone != nil || config.contactAddress != nil else { return false }
        // tel: keeps what a phone dials: a leading +, then ASCII digits, up to the
        // first character that is not part of a number ("0200 3800 000 (máy lẻ 12)").
        var dial = ""
        for character in (config.contactPhone ?? "").trimmingSpaces() {
            if character.isASCII, character.isNumber { dial.append(character) }
            else if character == "+", dial.isEmpty { dial.append(character) }
            else if !" -.()/".contains(character) { break }
        }
        if dial == "+" { dial = "" }
        return ["email": opt(config.contactEmail), "phone": opt(config.contactPhone), "phone_link": opt(dial),
                "address": opt(config.contactAddress)] as [String: Any]
    }

    /// Names this site's progress in the learner's `localStorage`: pages opened
    /// from disk share one storage, so each site keeps to its own key.
    private var storageKey: String {
        if let base = site.config.baseURL, let url = URL(string: base), let host = url.host {
            return Slug.make(host + url.path)
        }
        return Slug.make(site.config.title)
    }

    func quizzes(_ source: MarkdownSource) -> [Quiz] {
        pages[source.contentPath]?.markdown.quizzes ?? []
    }

    func questionCount(_ lesson: Lesson) -> Int {
        quizzes(lesson.body).reduce(0) { $0 + $1.questions.count }
    }

    func questionCount(_ course: Course) -> Int {
        course.lessons.reduce(0) { $0 + questionCount($1) }
    }

    /// A count for a `{{#x}}` guard: zero is "nothing to show".
    func count(_ value: Int) -> Any {
        value > 0 ? value : false
    }

    /// Everything a course needs to be read offline, relative to its page: the
    /// course and lesson pages, the files they link to, the theme's CSS and scripts.
    func offlineURLs(_ course: Course, from path: String) -> [String] {
        offlineTargets(course).map { SitePath.relative(from: path, to: $0) }
    }

    /// The site paths of `offlineURLs`.
    func offlineTargets(_ course: Course) -> [String] {
        var targets = [course.outputPath] + laterPagePaths(course) + course.lessons.map(\.outputPath)
        for source in [course.body] + course.lessons.map(\.body) {
            for file in pages[source.contentPath]?.markdown.linkedFiles ?? [] {
                targets.append(file.hasPrefix("static/") ? String(file.dropFirst("static/".count)) : file)
            }
        }
        targets += ["assets/style.css", "assets/quiz.js", "assets/favicon.svg"]
        targets += SearchIndex.offlinePaths
        var seen: Set<String> = []
        return targets.filter { seen.insert($0).inserted }
    }

    /// What the quiz script files a lesson's progress under.
    func lessonKey(_ lesson: Lesson) -> String {
        "\(lesson.courseSlug)/\(lesson.slug)"
    }

    /// An audience's targets as sentences a learner reads ("Đến năm 2025: 80% …"),
    /// every year given, oldest first; never compared with today's date.
    func targets(_ term: Term) -> [[String: Any]] {
        var items = term.targets.map { target -> [String: Any] in
            ["year": target.year, "percent": target.percent,
             "text": label("target_by_year").replacingOccurrences(of: "{year}", with: String(target.year))
                .replacingOccurrences(of: "{percent}", with: String(target.percent))]
        }
        if let percent = term.targetPercent {
            items.insert(["year": false, "percent": percent,
                          "text": label("target_any").replacingOccurrences(of: "{percent}", with: String(percent))], at: 0)
        }
        return items
    }

    func navItem(_ title: String, _ target: String, from: String, current: Bool) -> [String: Any] {
        ["title": title, "url": SitePath.relative(from: from, to: target), "current": current]
    }

    func html(_ source: MarkdownSource) -> String {
        pages[source.contentPath]?.markdown.html ?? ""
    }

    /// Optional text for a `{{#x}}` guard: an empty string is truthy in Mustache,
    /// and a missing key would be looked up in the enclosing context instead,
    /// so "no value" is `false`.
    func opt(_ text: String?) -> Any {
        if let text, !text.isEmpty { return text }
        return false
    }

    func duration(_ minutes: Int?) -> String {
        minutes.map { DurationText.display($0, language: language) } ?? ""
    }

    func termNames(_ ids: [String], in terms: [Term]) -> [[String: Any]] {
        ids.compactMap { id in terms.first { $0.id == id }.map { ["id": $0.id, "name": $0.name] } }
    }

    func courseCard(_ course: Course, from: String) -> [String: Any] {
        [
            "title": course.title,
            "slug": course.slug,
            "url": SitePath.relative(from: from, to: course.outputPath),
            "summary": course.summary,
            "level_name": opt(site.config.levels.first { $0.id == course.level }?.name),
            "duration_display": opt(duration(course.totalMinutes)),
            "lesson_count": course.lessons.count,
            "audiences": termNames(course.audiences, in: site.config.audiences),
            // For the progress script: what the learner did in this course, and where to go on.
            "keys": course.lessons.map(lessonKey).joined(separator: " "),
            "quiz_ids": course.lessons.flatMap { quizzes($0.body).map(\.id) }.joined(separator: " "),
            "first_lesson_url": course.lessons.first.map { SitePath.relative(from: from, to: $0.outputPath) } ?? false,
            // For the catalog script, which combines filters in place.
            "filter_data": "\(course.audiences.joined(separator: " ")) | \(course.level ?? "") | \(course.competencies.joined(separator: " "))",
            // Sort keys for the catalog script: minutes, and the level's rank in site.yml.
            "sort_data": "\(course.totalMinutes ?? 99_999) \(site.config.levels.firstIndex { $0.id == course.level } ?? 99)",
        ]
    }

    func newsCard(_ item: NewsItem, from: String) -> [String: Any] {
        [
            "title": item.title,
            "url": SitePath.relative(from: from, to: item.outputPath),
            "date": item.date,
            "date_display": DateText.display(item.date, language: language),
            "summary": opt(item.summary),
        ]
    }

    // MARK: Page kinds

    func home() -> [String: Any] {
        let path = "index.html"
        var context = common(kind: "home", outputPath: path, title: nil, description: nil)
        // The intro's own first heading is the page's h1 (the header already
        // names the site); without one, the site's title is.
        let intro = HomeHeading(introHTML: site.home.map { html($0.body) } ?? "")
        context["intro_html"] = opt(intro.body)
        context["heading_html"] = intro.headingHTML ?? HTMLEscape.text(site.config.title)
        context["heading_id"] = opt(intro.headingID)
        context["json_ld"] = StructuredData(site: site).website() ?? false
        context["audiences"] = site.config.audiences.map { term -> [String: Any] in
            ["id": term.id, "name": term.name, "description": opt(term.description),
             "url": SitePath.relative(from: path, to: CatalogFilter.path(of: .audience(term.id))),
             "target_percent": term.targetPercent.map { $0 as Any } ?? false,
             "targets": targets(term)]
        }
        context["featured"] = featuredCourses.map { courseCard($0, from: path) }
        // Every course, for the learner's progress box (shown by quiz.js),
        // while they are few; past that the script reads them from the
        // catalog data file, so the home page stays light.
        let inPage = site.courses.count <= Pagination.Size.progressInPage
        context["catalog_data_url"] = inPage ? false : SitePath.relative(from: path, to: CatalogData.path)
        context["progress_courses"] = !inPage ? [] : site.courses.map { course -> [String: Any] in
            [
                "title": course.title, "url": SitePath.relative(from: path, to: course.outputPath),
                "lesson_count": course.lessons.count,
                "keys": course.lessons.map(lessonKey).joined(separator: " "),
                "quiz_ids": course.lessons.flatMap { quizzes($0.body).map(\.id) }.joined(separator: " "),
            ]
        }
        context["news"] = site.news.prefix(3).map { newsCard($0, from: path) }
        context["has_news"] = !site.news.isEmpty
        return context
    }

    func course(_ course: Course, page: Int = 1) -> [String: Any] {
        let pagination = Pagination(path: course.outputPath, itemCount: course.lessons.count, pageSize: Pagination.Size.lessons)
        let path = pagination.path(ofPage: page)
        var context = common(kind: "course", outputPath: path, title: pageTitle(course.title, page), description: course.summary)
        // A later page of lessons leads back to the course's first page.
        context["breadcrumbs"] = trail(page > 1 ? [.home, .catalog, .page(title: course.title, path: course.outputPath)]
                                                : [.home, .catalog], from: path)
        var entry = courseCard(course, from: path)
        entry["body_html"] = html(course.body)
        entry["updated"] = opt(course.updated)
        entry["updated_display"] = opt(course.updated.map { DateText.display($0, language: language) })
        entry["competencies"] = termNames(course.competencies, in: site.config.competencies)
        entry["outcomes"] = course.outcomes
        entry["prerequisites"] = course.prerequisites.compactMap { slug in
            site.courses.first { $0.slug == slug }.map { ["title": $0.title, "url": SitePath.relative(from: path, to: $0.outputPath)] }
        }
        entry["question_count"] = count(questionCount(course))
        // Every lesson of a course over several pages, for its progress box
        // (the keys without their common "<course>/").
        entry["lesson_slugs"] = course.lessons.map(\.slug).joined(separator: " ")
        entry["offline_urls"] = offlineURLs(course, from: path).joined(separator: " ")
        let offlineBytes = offlineTargets(course).reduce(0) { $0 + (outputSizes[$1] ?? 0) }
        entry["offline_size"] = offlineBytes
        entry["offline_size_display"] = ByteSize.display(offlineBytes, language: language)
        entry["lessons"] = course.lessons[pagination.range(ofPage: page)].map { lesson -> [String: Any] in
            [
                "key": lessonKey(lesson),
                "quiz_ids": quizzes(lesson.body).map(\.id).joined(separator: " "),
                "question_count": count(questionCount(lesson)),
                "number": lesson.number,
                "title": lesson.title,
                "url": SitePath.relative(from: path, to: lesson.outputPath),
                "summary": opt(lesson.summary),
                "duration_display": opt(duration(lesson.duration)),
            ]
        }
        context["course"] = entry
        context["json_ld"] = StructuredData(site: site).course(course)
        context["has_outcomes"] = !course.outcomes.isEmpty
        context["has_prerequisites"] = !course.prerequisites.isEmpty
        paginate(&context, pagination, page: page)
        return context
    }

    func lesson(_ index: Int, of course: Course) -> [String: Any] {
        let lesson = course.lessons[index]
        let path = lesson.outputPath
        var context = common(kind: "lesson", outputPath: path, title: lesson.title,
                             description: lesson.summary ?? course.summary)
        context["breadcrumbs"] = trail([.home, .catalog, .page(title: course.title, path: course.outputPath)], from: path)
        context["lesson"] = [
            "key": lessonKey(lesson),
            "question_count": count(questionCount(lesson)),
            "title": lesson.title,
            "summary": opt(lesson.summary),
            "body_html": html(lesson.body),
            "number": index + 1,
            "duration_display": opt(duration(lesson.duration)),
            "updated": opt(lesson.updated),
            "updated_display": opt(lesson.updated.map { DateText.display($0, language: language) }),
        ] as [String: Any]
        context["course"] = [
            "title": course.title,
            "url": SitePath.relative(from: path, to: course.outputPath),
            "lesson_count": course.lessons.count,
            "question_count": count(questionCount(course)),
        ] as [String: Any]
        let toc = (pages[lesson.body.contentPath]?.markdown.headings ?? [])
            .filter { $0.level == 2 || $0.level == 3 }
            .map { ["id": $0.id, "text": $0.text, "level": $0.level] as [String: Any] }
        context["toc"] = toc
        context["has_toc"] = toc.count >= 2
        if index > 0 {
            let previous = course.lessons[index - 1]
            context["prev"] = ["title": previous.title, "url": SitePath.relative(from: path, to: previous.outputPath)]
        }
        if index + 1 < course.lessons.count {
            let next = course.lessons[index + 1]
            context["next"] = ["title": next.title, "url": SitePath.relative(from: path, to: next.outputPath)]
        }
        return context
    }

    func page(_ page: Page) -> [String: Any] {
        let path = page.outputPath
        var context = common(kind: "page", outputPath: path, title: page.title, description: page.summary)
        context["breadcrumbs"] = trail([.home], from: path)
        context["page"] = ["title": page.title, "summary": opt(page.summary), "body_html": html(page.body)] as [String: Any]
        return context
    }

    func newsList(page: Int = 1) -> [String: Any] {
        let pagination = Pagination(path: "news/index.html", itemCount: site.news.count, pageSize: Pagination.Size.news)
        let path = pagination.path(ofPage: page)
        var context = common(kind: "news-list", outputPath: path, title: pageTitle(label("news"), page), description: nil)
        context["breadcrumbs"] = trail(page > 1 ? [.home, .news] : [.home], from: path)
        context["news"] = site.news[pagination.range(ofPage: page)].map { newsCard($0, from: path) }
        context["has_news"] = !site.news.isEmpty
        paginate(&context, pagination, page: page)
        return context
    }

    func newsItem(_ item: NewsItem) -> [String: Any] {
        let path = item.outputPath
        var context = common(kind: "news-item", outputPath: path, title: item.title, description: item.summary)
        context["breadcrumbs"] = trail([.home, .news], from: path)
        var card = newsCard(item, from: path)
        card["body_html"] = html(item.body)
        context["item"] = card
        return context
    }

    func search() -> [String: Any] {
        let path = "search/index.html"
        var context = common(kind: "search", outputPath: path, title: label("search"), description: nil)
        context["breadcrumbs"] = trail([.home], from: path)
        return context
    }

    /// offline.html: what the service worker shows for a page the learner
    /// never opened or saved, at whatever URL was asked; the worker gives it
    /// the site's folder as base, so its links are written from the root.
    func offline() -> [String: Any] {
        common(kind: "offline", outputPath: "offline.html", title: label("offline_title"), description: nil)
    }

    /// 404.html is served for any missing URL, at any depth, so relative links
    /// cannot work there: it uses the path of `base_url` when the site has one.
    func notFound() -> [String: Any] {
        var context = common(kind: "404", outputPath: "404.html", title: label("not_found_title"), description: nil)
        if let base = site.config.baseURL, let url = URL(string: base) {
            let basePath = url.path.hasSuffix("/") ? url.path : url.path + "/"
            context["root"] = basePath
            if context["feed_url"] is String { context["feed_url"] = basePath + "feed.xml" }
            if var nav = context["nav"] as? [[String: Any]] {
                for i in nav.indices {
                    if let url = nav[i]["url"] as? String { nav[i]["url"] = basePath + url }
                }
                context["nav"] = nav
            }
        }
        return context
    }
}
