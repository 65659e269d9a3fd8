import HocVuCore

/// Facts that span files: lesson order and ids that name other things.
extension ContentLoader {
    /// Lessons in `NN` order; duplicate numbers or slugs are errors.
    func orderedLessons(_ lessons: [Lesson], diagnostics: inout DiagnosticList) -> [Lesson] {
        let sorted = lessons.sorted { ($0.number, $0.slug) < ($1.number, $1.slug) }
        var numbers: [Int: Lesson] = [:], slugs: [String: Lesson] = [:]
        for lesson in sorted {
            if let other = numbers[lesson.number] {
                diagnostics.error(
                    "lesson.duplicate-number",
                    "lesson number \(lesson.number) is also used by '\(other.body.path)'; give each lesson its own number",
                    at: SourceLocation(file: lesson.body.path))
            }
            if let other = slugs[lesson.slug] {
                diagnostics.error(
                    "lesson.duplicate-slug",
                    "lesson name '\(lesson.slug)' is also used by '\(other.body.path)'; lesson URLs must differ",
                    at: SourceLocation(file: lesson.body.path))
            }
            numbers[lesson.number] = lesson
            slugs[lesson.slug] = lesson
        }
        return sorted
    }

    /// Ids in course front matter must be declared in site.yml; prerequisites must be courses.
    func checkReferences(
        _ site: Site, _ references: [String: CourseReferences], vocabularies: Bool, diagnostics: inout DiagnosticList
    ) {
        let courseSlugs = Set(site.courses.map(\.slug))
        for course in site.courses {
            guard let refs = references[course.slug] else { continue }
            let checkIDs = vocabularies
            let vocabularies: [([(String, SourceLocation)], [Term], String)] = [
                (refs.audiences, site.config.audiences, "audience"),
                (refs.competencies, site.config.competencies, "competency"),
                (refs.level.map { [$0] } ?? [], site.config.levels, "level"),
            ]
            for (used, terms, what) in vocabularies where checkIDs {
                let ids = terms.map(\.id)
                for (id, location) in used where !ids.contains(id) {
                    diagnostics.error(
                        "frontmatter.unknown-id",
                        "\(what) '\(id)' is not declared in site.yml\(Suggestion.hint(for: id, in: ids))", at: location)
                }
            }
            if let (written, location) = refs.cover, !site.courseAssets.contains(course.cover ?? "") {
                diagnostics.error(
                    "frontmatter.missing-file",
                    "cover '\(written)' is not a file of this course; give a path relative to course.md, like 'assets/bia.png'",
                    at: location)
            }
            for (slug, location) in refs.prerequisites where slug == course.slug {
                diagnostics.error("frontmatter.self-prerequisite", "a course cannot be its own prerequisite", at: location)
            }
            for (slug, location) in refs.prerequisites where !courseSlugs.contains(slug) {
                diagnostics.error(
                    "frontmatter.unknown-course",
                    "prerequisite '\(slug)' is not a course\(Suggestion.hint(for: slug, in: courseSlugs))", at: location)
            }
        }
    }
}
