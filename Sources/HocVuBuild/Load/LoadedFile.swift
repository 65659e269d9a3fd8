import Foundation
import HocVuCore

/// One Markdown file read and checked on its own, before the files are put
/// together: reading is the costly part of loading, and it needs nothing
/// from other files, so every file is read in parallel and the results are
/// used in file order (the same diagnostics, in the same order, as one by one).
struct LoadedFile: Sendable {
    enum Kind: Sendable {
        case home(Page?)
        case course(Course, CourseReferences)
        case lesson(Lesson)
        case page(Page)
        case news(NewsItem)
        /// Read, but nothing came of it (its errors are in `diagnostics`).
        case failed
    }

    var kind: Kind
    var diagnostics: DiagnosticList
}

extension ContentLoader {
    /// Reads every Markdown file that `loadAll` will use, on all cores.
    func readMarkdownFiles(_ files: [String]) -> [String: LoadedFile] {
        let paths = files.filter { Self.markdownRole(of: $0) != nil }
        let slots = ResultSlots<LoadedFile>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            slots.set(i, readMarkdownFile(paths[i]))
        }
        return Dictionary(zip(paths, slots.values), uniquingKeysWith: { first, _ in first })
    }

    enum MarkdownRole { case home, course, lesson, page, news }

    /// What a Markdown path is, by its place in the folder (CONTENT-FORMAT.md §1).
    static func markdownRole(of path: String) -> MarkdownRole? {
        guard path.hasSuffix(".md") else { return nil }
        if path == "index.md" { return .home }
        let parts = path.split(separator: "/")
        switch parts.first {
        case "courses" where parts.count == 3: return parts[2] == "course.md" ? .course : .lesson
        case "pages" where parts.count == 2: return .page
        case "news" where parts.count == 2: return .news
        default: return nil
        }
    }

    private func readMarkdownFile(_ path: String) -> LoadedFile {
        var diagnostics = DiagnosticList()
        let parts = path.split(separator: "/").map(String.init)
        let kind: LoadedFile.Kind
        switch Self.markdownRole(of: path) {
        case .home:
            kind = .home(loadPage(path, slug: "", kind: "home", diagnostics: &diagnostics))
        case .course:
            kind = loadCourse(path, slug: parts[1], diagnostics: &diagnostics).map { .course($0, $1) } ?? .failed
        case .lesson:
            kind = loadLesson(path, courseSlug: parts[1], diagnostics: &diagnostics).map { .lesson($0) } ?? .failed
        case .page:
            kind = loadPage(path, slug: Self.stem(of: parts[1]), kind: "page", diagnostics: &diagnostics).map { .page($0) } ?? .failed
        case .news:
            kind = loadNews(path, diagnostics: &diagnostics).map { .news($0) } ?? .failed
        case nil:
            kind = .failed
        }
        return LoadedFile(kind: kind, diagnostics: diagnostics)
    }
}
