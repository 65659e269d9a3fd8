import Foundation
import HocVuCore

/// One course as the pages and files of an LMS package: the course overview
/// and its lessons as standalone HTML documents, laid out as in the site
/// (`courses/<c>/<l>/index.html`) so links between them and to the course's
/// pictures keep working; the files those pages link to; and the quizzes.
struct CoursePackage {
    struct PageFile {
        /// Site-relative path, also its path in the package.
        var path: String
        var title: String
        /// The rendered Markdown, links rewritten for the package.
        var bodyHTML: String
        /// nil for the course overview.
        var lesson: Lesson?
        var quizzes: [Quiz]
        /// The page's Markdown file, for diagnostics.
        var source: MarkdownSource
    }

    let course: Course
    let site: Site
    var pages: [PageFile] = []
    /// Package path → the content file to copy there.
    var files: [String: URL] = [:]
    /// Package paths of the theme's files the pages use (SCORM only).
    var extraFiles: Set<String> = []
    /// Links that leave the course and cannot be made absolute, by page source.
    var outside: [(source: MarkdownSource, target: String)] = []

    /// - Parameter extraFiles: files the caller will add (theme CSS, scripts),
    ///   so links to them are kept.
    init(course: Course, site: Site, index: SiteIndex, pages parsed: [String: ParsedPage], contentRoot: URL,
         extraFiles: Set<String> = []) {
        self.course = course
        self.site = site
        self.extraFiles = extraFiles
        var raw: [PageFile] = []
        let sources = [(course.body, course.outputPath, course.title, nil as Lesson?)]
            + course.lessons.map { ($0.body, $0.outputPath, $0.title, $0 as Lesson?) }
        for (source, path, title, lesson) in sources {
            let markdown = parsed[source.contentPath]?.markdown
            for file in markdown?.linkedFiles ?? [] {
                let output = index.files[file] ?? file
                files[output] = contentRoot.appendingPathComponent(file)
            }
            raw.append(PageFile(path: path, title: title, bodyHTML: markdown?.html ?? "", lesson: lesson,
                                quizzes: markdown?.quizzes ?? [], source: source))
        }
        let links = ExportLinks(packageFiles: Set(raw.map(\.path)).union(files.keys).union(extraFiles), base: site.config.baseURL)
        for var page in raw {
            let result = links.rewrite(page.bodyHTML, page: page.path, location: page.path)
            page.bodyHTML = result.html
            outside += result.outside.map { (page.source, $0) }
            pages.append(page)
        }
    }

    /// Ids for a manifest, one namespace per kind: the overview is
    /// `course`, a lesson `lesson_<slug>`. Slugs never hold `_`, so no lesson
    /// (not even one named "course") can take another's id.
    static func key(_ page: PageFile) -> String {
        page.lesson.map { "lesson_" + $0.slug } ?? "course"
    }

    /// A package path as a manifest's `href` (xs:anyURI): each segment
    /// percent-encoded, as a static file may have any name.
    static func href(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { SitePath.percentEncode(String($0)) }
            .joined(separator: "/")
    }

    var links: ExportLinks {
        ExportLinks(packageFiles: Set(pages.map(\.path)).union(files.keys).union(extraFiles), base: site.config.baseURL)
    }

    /// A page as a whole HTML document: its title, the course's name, the
    /// body; the theme's stylesheet and the given scripts when present.
    /// `data-no-sw` keeps the quiz script from registering the site's service
    /// worker inside an LMS; progress is kept per course (`data-site`).
    func document(_ page: PageFile, stylesheet: Bool, scripts: [String]) -> Data {
        let root = SitePath.root(from: page.path)
        let title = XMLText.escape(page.title)
        var html = """
            <!doctype html>
            <html lang="\(XMLText.escape(site.config.language))" data-site="\(XMLText.escape(course.slug))" data-no-sw>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <link rel="icon" href="data:,">

            """
        if stylesheet { html += "<link rel=\"stylesheet\" href=\"\(root)assets/style.css\">\n" }
        html += "</head>\n<body>\n<main id=\"main\" class=\"wrap\">\n"
        if let lesson = page.lesson {
            html += "<article class=\"lesson\" data-lesson=\"\(XMLText.escape(lesson.courseSlug))/\(XMLText.escape(lesson.slug))\">\n"
            html += "<p class=\"eyebrow\">\(XMLText.escape(course.title))</p>\n<h1>\(title)</h1>\n"
        } else {
            html += "<article class=\"course\">\n<h1>\(title)</h1>\n<p class=\"lead\">\(XMLText.escape(course.summary))</p>\n"
        }
        html += page.bodyHTML
        html += "</article>\n</main>\n"
        for script in scripts { html += "<script src=\"\(root)\(script)\"></script>\n" }
        html += "</body>\n</html>\n"
        return Data(html.utf8)
    }
}
