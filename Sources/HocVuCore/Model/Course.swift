/// A course folder: course.md's front matter and overview, and its lessons in order.
public struct Course: Sendable {
    public var slug: String
    public var title: String
    public var summary: String
    public var audiences: [String]
    public var level: String?
    public var competencies: [String]
    public var tags: [String]
    /// Minutes, from `duration`; nil means "sum of the lessons".
    public var duration: Int?
    public var prerequisites: [String]
    public var outcomes: [String]
    public var updated: String?
    public var cover: String?
    public var draft: Bool
    public var order: Int?
    /// `featured: true`: shown on the home page.
    public var featured: Bool
    public var body: MarkdownSource
    public var lessons: [Lesson]

    public init(slug: String, title: String, summary: String, body: MarkdownSource) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.audiences = []
        self.level = nil
        self.competencies = []
        self.tags = []
        self.duration = nil
        self.prerequisites = []
        self.outcomes = []
        self.updated = nil
        self.cover = nil
        self.draft = false
        self.order = nil
        self.featured = false
        self.body = body
        self.lessons = []
    }

    public var outputPath: String { "courses/\(slug)/index.html" }

    /// The declared duration, or the sum of the lessons' durations.
    public var totalMinutes: Int? {
        if let duration { return duration }
        let known = lessons.compactMap(\.duration)
        return known.isEmpty ? nil : known.reduce(0, +)
    }
}
