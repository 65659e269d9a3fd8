import Foundation
import HocVuCore

/// `catalog.csv`: one row per course for people who work in spreadsheets.
/// RFC 4180 (quoted where needed, CRLF), UTF-8 with a byte-order mark so
/// Excel shows Vietnamese right; header words come from the theme's strings
/// (`csv_<column>`), values are names rather than ids.
struct CatalogCSV {
    static let columns = [
        "id", "title", "summary", "url", "audiences", "level", "competencies", "tags", "lessons",
        "duration_minutes", "questions", "prerequisites", "updated",
    ]

    let catalog: CatalogDocument
    let strings: [String: String]

    func data() -> Data {
        func names(_ ids: [String], _ terms: [CatalogDocument.Vocabulary]) -> String {
            ids.map { id in terms.first { $0.id == id }?.name ?? id }.joined(separator: "; ")
        }
        var rows = [Self.columns.map { strings["csv_" + $0] ?? $0 }]
        for course in catalog.courses {
            rows.append([
                course.id, course.title, course.summary, course.url ?? course.path,
                names(course.audiences, catalog.audiences), course.level.map { names([$0], catalog.levels) } ?? "",
                names(course.competencies, catalog.competencyFramework.competencies), course.tags.joined(separator: "; "),
                String(course.lessons.count), course.durationMinutes.map(String.init) ?? "", String(course.questions),
                course.prerequisites.map { id in catalog.courses.first { $0.id == id }?.title ?? id }.joined(separator: "; "),
                course.updated ?? "",
            ])
        }
        let text = rows.map { $0.map(CatalogCSVField.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }
}
