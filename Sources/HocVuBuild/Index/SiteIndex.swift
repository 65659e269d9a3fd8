import HocVuCore

/// Index stage: the output path of every page and file, known before any
/// page is parsed, so that each page can resolve its links on its own.
public struct SiteIndex: Sendable {
    /// A Markdown file that becomes a page.
    public struct PageEntry: Sendable {
        public var source: MarkdownSource
        public var outputPath: String
        public var title: String
    }

    /// Content-relative `.md` path → page.
    public private(set) var pages: [String: PageEntry] = [:]
    /// Content-relative path of a copied file → its site-relative output path.
    public private(set) var files: [String: String] = [:]
    /// Lowercased content path → real path, to name case mismatches.
    private(set) var lowercased: [String: String] = [:]
    /// Every content file, pages or not (for "did you mean" and unused-file checks).
    public private(set) var allFiles: Set<String> = []

    public init(_ content: LoadedContent) {
        let site = content.site
        if let home = site.home {
            add(home.body, output: "index.html", title: site.config.title)
        }
        for course in site.courses {
            add(course.body, output: course.outputPath, title: course.title)
            for lesson in course.lessons {
                add(lesson.body, output: lesson.outputPath, title: lesson.title)
            }
        }
        for page in site.pages {
            add(page.body, output: page.outputPath, title: page.title)
        }
        for item in site.news {
            add(item.body, output: item.outputPath, title: item.title)
        }
        for path in site.courseAssets {
            files[path] = path
        }
        for path in site.staticFiles {
            files[path] = String(path.dropFirst("static/".count))
        }
        allFiles = Set(content.files)
        for path in content.files {
            lowercased[path.lowercased()] = path
        }
    }

    private mutating func add(_ source: MarkdownSource, output: String, title: String) {
        pages[source.contentPath] = PageEntry(source: source, outputPath: output, title: title)
    }

    /// The real path when `path` matches a file only if case is ignored.
    public func caseMismatch(for path: String) -> String? {
        guard let real = lowercased[path.lowercased()], real != path else { return nil }
        return real
    }
}
