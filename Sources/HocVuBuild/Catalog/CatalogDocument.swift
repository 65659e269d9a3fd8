import Foundation
import HocVuCore

/// `catalog.json`: the site's courses as data, for other portals, LMSs and
/// national platforms. Built from the same model as the pages; its shape is
/// `catalog.schema.json` (`CatalogSchema`), versioned by `schema_version`.
/// Absent optional values are left out rather than written as null.
public struct CatalogDocument: Codable, Sendable, Equatable {
    /// Major.minor. Minor versions only add optional fields; a major version
    /// may remove or change fields (docs/CATALOG.md).
    public static let schemaVersion = "1.0"

    public struct SiteInfo: Codable, Sendable, Equatable {
        public var title: String
        public var description: String?
        public var language: String
        /// The site's absolute URL (`base_url`), when known.
        public var url: String?
    }

    public struct Vocabulary: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var description: String?
        public var targetPercent: Int?
    }

    public struct Framework: Codable, Sendable, Equatable {
        public var name: String?
        public var competencies: [Vocabulary]
    }

    public struct QuizSummary: Codable, Sendable, Equatable {
        public var id: String
        public var passPercent: Int
        public var questions: Int
        /// Questions by kind: `single`, `multiple`, `short_answer`.
        public var questionsByKind: [String: Int]
    }

    public struct LessonEntry: Codable, Sendable, Equatable {
        public var id: String
        public var number: Int
        public var title: String
        public var summary: String?
        /// The page, relative to the site root (`courses/a/b/`).
        public var path: String
        public var url: String?
        public var durationMinutes: Int?
        public var updated: String?
        public var quizzes: [QuizSummary]
    }

    public struct CourseEntry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var summary: String
        public var path: String
        public var url: String?
        /// `courses/<id>/course.json`, relative to the site root.
        public var dataPath: String
        public var audiences: [String]
        public var level: String?
        public var competencies: [String]
        public var tags: [String]
        public var durationMinutes: Int?
        public var prerequisites: [String]
        public var outcomes: [String]
        public var updated: String?
        public var cover: String?
        public var questions: Int
        /// Quizzes on the course page itself.
        public var quizzes: [QuizSummary]
        public var lessons: [LessonEntry]
    }

    public var schemaVersion: String
    public var generator: String
    public var site: SiteInfo
    public var audiences: [Vocabulary]
    public var competencyFramework: Framework
    public var levels: [Vocabulary]
    public var courses: [CourseEntry]

    /// One course with the site it belongs to: `courses/<id>/course.json`.
    public struct CourseDocument: Codable, Sendable, Equatable {
        public var schemaVersion: String
        public var generator: String
        public var site: SiteInfo
        public var course: CourseEntry
    }

    public func document(for course: CourseEntry) -> CourseDocument {
        CourseDocument(schemaVersion: schemaVersion, generator: generator, site: site, course: course)
    }

    /// Snake-case keys, sorted, pretty-printed: byte-identical across builds.
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(value) else { return Data("{}\n".utf8) }
        data.append(0x0A)
        return data
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}

extension CatalogDocument {
    init(site: Site, quizzes: (MarkdownSource) -> [Quiz], version: String) {
        let base = site.config.baseURL
        let folder = BaseURL.serverPath
        func url(_ outputPath: String) -> String? { base.map { BaseURL.absolute(outputPath, base: $0) } }
        func vocabulary(_ terms: [Term]) -> [Vocabulary] {
            terms.map { Vocabulary(id: $0.id, name: $0.name, description: $0.description, targetPercent: $0.targetPercent) }
        }
        func summary(_ quiz: Quiz) -> QuizSummary {
            var kinds: [String: Int] = [:]
            for question in quiz.questions {
                kinds[question.kind.rawValue.replacingOccurrences(of: "-", with: "_"), default: 0] += 1
            }
            return QuizSummary(
                id: quiz.id, passPercent: quiz.passPercent ?? site.config.quizPassPercent,
                questions: quiz.questions.count, questionsByKind: kinds)
        }
        self.schemaVersion = Self.schemaVersion
        self.generator = "hocvu \(version)"
        self.site = SiteInfo(
            title: site.config.title, description: site.config.description, language: site.config.language,
            url: base.map(BaseURL.folder))
        self.audiences = vocabulary(site.config.audiences)
        self.competencyFramework = Framework(name: site.config.framework, competencies: vocabulary(site.config.competencies))
        self.levels = vocabulary(site.config.levels)
        self.courses = site.courses.map { course in
            let lessons = course.lessons.map { lesson in
                LessonEntry(
                    id: lesson.slug, number: lesson.number, title: lesson.title, summary: lesson.summary,
                    path: folder(lesson.outputPath), url: url(lesson.outputPath), durationMinutes: lesson.duration,
                    updated: lesson.updated, quizzes: quizzes(lesson.body).map(summary))
            }
            let own = quizzes(course.body).map(summary)
            return CourseEntry(
                id: course.slug, title: course.title, summary: course.summary, path: folder(course.outputPath),
                url: url(course.outputPath), dataPath: "courses/\(course.slug)/course.json",
                audiences: course.audiences, level: course.level, competencies: course.competencies, tags: course.tags,
                durationMinutes: course.totalMinutes, prerequisites: course.prerequisites, outcomes: course.outcomes,
                updated: course.updated, cover: course.cover,
                questions: (own + lessons.flatMap(\.quizzes)).reduce(0) { $0 + $1.questions }, quizzes: own, lessons: lessons)
        }
    }
}
