import HocVuCore

/// CONTENT-FORMAT.md §4: a course file that no page links to (and that is not
/// a course's `cover`) is reported, so forgotten or misnamed images surface.
/// Files under `static/` are exempt: they are published at fixed URLs for
/// others to link to (robots files, documents announced elsewhere).
struct UnusedFileCheck {
    /// Where diagnostics name the content folder (`content`).
    let contentDisplay: String

    func run(_ pages: [String: ParsedPage], site: Site, diagnostics: inout DiagnosticList) {
        var used = Set(pages.values.flatMap(\.markdown.linkedFiles))
        for course in site.courses {
            if let cover = course.cover { used.insert(cover) }
        }
        for path in site.courseAssets.sorted() where !used.contains(path) {
            let course = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            if site.coursesWithDrafts.contains(course) { continue }
            diagnostics.warning(
                "file.unused", "no page links to this file; link it from a lesson or delete it",
                at: SourceLocation(file: "\(contentDisplay)/\(path)"))
        }
    }
}
