/// Everything the loader found in a content folder, as plain values.
public struct Site: Sendable {
    public var config: SiteConfig
    /// `index.md`: the home page's introduction, if any.
    public var home: Page?
    public var courses: [Course]
    public var pages: [Page]
    public var news: [NewsItem]
    /// Content-relative paths of files under `static/`, copied to the site root.
    public var staticFiles: [String]
    /// Content-relative paths of course files that are not Markdown (images, PDFs…).
    public var courseAssets: [String]
    /// Courses with a draft left out of this build (the course or a lesson):
    /// what their drafts link to is unknown, so their files are not called unused.
    public var coursesWithDrafts: Set<String> = []

    public init(
        config: SiteConfig, home: Page? = nil, courses: [Course] = [], pages: [Page] = [],
        news: [NewsItem] = [], staticFiles: [String] = [], courseAssets: [String] = []
    ) {
        self.config = config
        self.home = home
        self.courses = courses
        self.pages = pages
        self.news = news
        self.staticFiles = staticFiles
        self.courseAssets = courseAssets
    }
}
