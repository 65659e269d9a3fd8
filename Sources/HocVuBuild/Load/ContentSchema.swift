/// The front-matter keys each kind of file accepts (CONTENT-FORMAT.md §2).
enum ContentSchema {
    static let courseKeys = [
        "title", "summary", "audiences", "level", "competencies", "tags", "duration",
        "prerequisites", "outcomes", "updated", "cover", "draft", "order", "featured",
    ]
    static let lessonKeys = ["title", "summary", "duration", "updated", "draft"]
    static let pageKeys = ["title", "summary", "menu", "order"]
    static let homeKeys = ["title", "summary"]
    static let newsKeys = ["title", "summary"]
}
