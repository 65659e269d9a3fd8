import Foundation
import HocVuCore

/// `catalog-data.js`: every course in a few short fields, for the scripts of
/// a site whose listings run over several pages (docs/THEME.md): the catalog
/// filters combine across all pages, and the home page's progress box names
/// the courses a learner started. A script file that sets a global, so a
/// `<script>` element loads it from file:// too (fetch cannot).
struct CatalogData {
    static let path = "catalog-data.js"
    static let format = 1

    let site: Site
    /// The courses in the catalog's order (titles in dictionary order).
    let coursesByTitle: [Course]

    private struct File: Encodable {
        let format: Int
        /// `[id, name]` in site.yml order (a level's place is its rank).
        let audiences: [[String]]
        let levels: [[String]]
        let competencies: [[String]]
        let courses: [Entry]
        /// Per audience, its learning path as indexes into `courses`.
        let paths: [String: [Int]]
    }

    /// `[slug, title, audience ids, level id, competency ids, minutes or null,
    /// duration as shown, lesson count]`; ids separated by spaces.
    private struct Entry: Encodable {
        let course: Course
        let durationText: String

        func encode(to encoder: Encoder) throws {
            var row = encoder.unkeyedContainer()
            try row.encode(course.slug)
            try row.encode(course.title)
            try row.encode(course.audiences.joined(separator: " "))
            try row.encode(course.level ?? "")
            try row.encode(course.competencies.joined(separator: " "))
            if let minutes = course.totalMinutes { try row.encode(minutes) } else { try row.encodeNil() }
            try row.encode(durationText)
            try row.encode(course.lessons.count)
        }
    }

    func javascript() -> Data {
        let language = site.config.language
        let index = Dictionary(coursesByTitle.enumerated().map { ($1.slug, $0) }) { first, _ in first }
        var paths: [String: [Int]] = [:]
        for audience in site.config.audiences {
            let own = coursesByTitle.filter { $0.audiences.contains(audience.id) }
            paths[audience.id] = PageContextBuilder.prerequisiteOrder(own).compactMap { index[$0.slug] }
        }
        let file = File(
            format: Self.format,
            audiences: site.config.audiences.map { [$0.id, $0.name] },
            levels: site.config.levels.map { [$0.id, $0.name] },
            competencies: site.config.competencies.map { [$0.id, $0.name] },
            courses: coursesByTitle.map {
                Entry(course: $0, durationText: $0.totalMinutes.map { DurationText.display($0, language: language) } ?? "")
            },
            paths: paths)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(file)) ?? Data("{}".utf8)
        // U+2028 and U+2029 end a line in JavaScript before ES2019.
        let safe = json.withUnsafeBytes { raw in
            ByteReplace.replacing([
                (Array("\u{2028}".utf8), Array("\\u2028".utf8)),
                (Array("\u{2029}".utf8), Array("\\u2029".utf8)),
            ], in: Array(raw.bindMemory(to: UInt8.self)))
        }
        return Data("window.HOCVU_CATALOG = ".utf8) + Data(safe) + Data(";\n".utf8)
    }
}
