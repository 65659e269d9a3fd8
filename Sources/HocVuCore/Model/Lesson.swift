/// A lesson file `NN-<slug>.md` of a course.
public struct Lesson: Sendable {
    public var courseSlug: String
    public var slug: String
    /// The `NN` prefix; lessons are ordered by it.
    public var number: Int
    public var title: String
    public var summary: String?
    public var duration: Int?
    public var updated: String?
    public var draft: Bool
    public var body: MarkdownSource

    public init(courseSlug: String, slug: String, number: Int, title: String, body: MarkdownSource) {
        self.courseSlug = courseSlug
        self.slug = slug
        self.number = number
        self.title = title
        self.summary = nil
        self.duration = nil
        self.updated = nil
        self.draft = false
        self.body = body
    }

    public var outputPath: String { "courses/\(courseSlug)/\(slug)/index.html" }
}
