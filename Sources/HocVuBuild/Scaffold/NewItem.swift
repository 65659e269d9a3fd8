import Foundation
import HocVuCore
import Yams

/// `hocvu new course|lesson|page|news "Tiêu đề"`: one file with its front
/// matter filled in, named by the title folded to a slug
/// ("Mật khẩu an toàn" → `mat-khau-an-toan`).
public struct NewItem {
    public enum Kind: String, CaseIterable, Sendable {
        case course, lesson, page, news
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case noSlug(String)
        case noCourse(available: [String])
        case unknownCourse(String, available: [String])

        public var description: String {
            switch self {
            case .noSlug(let title):
                "'\(title)' has no letter or digit to name the file after; give a title with words"
            case .noCourse(let available):
                available.isEmpty
                    ? "there is no course yet; make one first: hocvu new course \"Tên khóa học\""
                    : "say which course the lesson is for: --course \(available.joined(separator: "|"))"
            case .unknownCourse(let id, let available):
                "there is no course '\(id)'" + (available.isEmpty ? "" : "; courses: \(available.joined(separator: ", "))")
            }
        }
    }

    public var kind: Kind
    public var title: String
    /// The course folder, for a lesson.
    public var course: String?
    /// Today, for news (`YYYY-MM-DD`).
    public var today: String

    public init(kind: Kind, title: String, course: String? = nil, today: String) {
        self.kind = kind
        self.title = title
        self.course = course
        self.today = today
    }

    /// Today's date where the author is.
    public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The file to write under the content folder.
    public func file(content: URL) throws -> ScaffoldFile {
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw Failure.noSlug(title) }
        let config = SiteFacts(content: content)
        let words = ScaffoldWords(language: config.language)
        let quotedTitle = Self.quoted(title)
        switch kind {
        case .course:
            var lines = ["---", "title: \(quotedTitle)", "summary: \(Self.quoted(words.courseSummary))"]
            lines.append("audiences: [\(config.audiences.first ?? "nguoi-dan")]" + Self.choices(config.audiences, words))
            if let level = config.levels.first { lines.append("level: \(level)" + Self.choices(config.levels, words)) }
            if let competency = config.competencies.first {
                lines.append("competencies: [\(competency)]" + Self.choices(config.competencies, words))
            }
            lines += ["---", "", words.courseBody, ""]
            return ScaffoldFile("courses/\(slug)/course.md", lines.joined(separator: "\n"))
        case .lesson:
            let courses = config.courses
            guard let course = course ?? (courses.count == 1 ? courses.first : nil) else {
                throw Failure.noCourse(available: courses)
            }
            guard courses.contains(course) else { throw Failure.unknownCourse(course, available: courses) }
            let number = config.lessonNumbers(in: course).max().map { $0 + 1 } ?? 1
            let text = ["---", "title: \(quotedTitle)", "summary: \(Self.quoted(words.lessonSummary))", "duration: 15m", "---", "",
                        words.lessonBody, ""].joined(separator: "\n")
            return ScaffoldFile("courses/\(course)/\(String(format: "%02d", number))-\(slug).md", text)
        case .page:
            let text = ["---", "title: \(quotedTitle)", "summary: \(Self.quoted(words.pageSummary))", "---", "", words.pageBody, ""]
                .joined(separator: "\n")
            return ScaffoldFile("pages/\(slug).md", text)
        case .news:
            let text = ["---", "title: \(quotedTitle)", "summary: \(Self.quoted(words.newsSummary))", "---", "", words.newsBody, ""]
                .joined(separator: "\n")
            return ScaffoldFile("news/\(today)-\(slug).md", text)
        }
    }

    /// A YAML double-quoted string: any title is safe in front matter.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `  # có thể chọn: a, b, c` when there is more than one id.
    static func choices(_ ids: [String], _ words: ScaffoldWords) -> String {
        ids.count > 1 ? "  # \(words.choose): \(ids.joined(separator: ", "))" : ""
    }
}

/// What `new` reads of the portal: site.yml's ids and language, the courses
/// and their lessons' numbers. A site.yml that cannot be read gives none
/// (the build will say why).
struct SiteFacts {
    var language = "vi"
    var audiences: [String] = []
    var levels: [String] = []
    var competencies: [String] = []
    var courses: [String] = []
    let content: URL

    init(content: URL) {
        self.content = content
        // The loader's limits: at most 1 MB, and no anchors or aliases (they
        // can expand without end) before Yams sees the text.
        if let data = try? Data(contentsOf: content.appendingPathComponent("site.yml")), data.count < 1_000_000,
           case let text = String(decoding: data, as: UTF8.self), YAMLGuard.scan(text).isEmpty,
           let yaml = try? Yams.compose(yaml: text), let map = yaml.mapping {
            language = map["language"]?.string ?? "vi"
            func ids(_ key: String) -> [String] { map[Node(key)]?.mapping?.keys.compactMap(\.string) ?? [] }
            audiences = ids("audiences")
            levels = ids("levels")
            competencies = ids("competencies")
        }
        let folder = content.appendingPathComponent("courses")
        courses = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("course.md").path)
        }.sorted()
    }

    func lessonNumbers(in course: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("courses/\(course)").path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.compactMap { Int($0.prefix { $0.isNumber }) }
    }
}
