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

    /// Prerequisites must be a graph a learner can follow: a cycle (a needs b,
    /// b needs a) is an error, reported once, at the course that comes first in
    /// the cycle, naming every course in it.
    func checkPrerequisiteCycles(_ references: [String: CourseReferences], diagnostics: inout DiagnosticList) {
        let graph = references.mapValues { refs in refs.prerequisites.map(\.0).filter { references[$0] != nil } }
        var reported: Set<String> = []
        for start in graph.keys.sorted() {
            // Iterative depth-first search for a path back to `start`.
            var stack: [(node: String, path: [String])] = [(start, [start])]
            var seen: Set<String> = []
            while let (node, path) = stack.popLast() {
                for next in graph[node] ?? [] {
                    if next == start, path.count > 1 {
                        let cycle = path + [start]
                        let members = Set(path)
                        guard reported.isDisjoint(with: members), start == path.min() else { continue }
                        reported.formUnion(members)
                        let location = references[start]?.prerequisites.first { $0.0 == path[1] }?.1
                            ?? SourceLocation(file: display("courses/\(start)/course.md"))
                        diagnostics.error(
                            "frontmatter.prerequisite-cycle",
                            "prerequisites go round in a circle: \(cycle.joined(separator: " → ")); remove one of them",
                            at: location)
                    } else if next != start, !seen.contains(next) {
                        seen.insert(next)
                        stack.append((next, path + [next]))
                    }
                }
            }
        }
    }
}
