import Foundation
import HocVuCore

/// Load stage: reads a content folder (CONTENT-FORMAT.md §1–2) into a `Site`.
/// Every problem is a diagnostic; loading goes on past it so that one run
/// reports them all.
public struct ContentLoader: Sendable {
    public let root: URL
    /// How paths are shown in diagnostics: the content folder as the user named it.
    public let displayRoot: String
    public var includeDrafts = false
    /// From site.yml's `limits:`, once it is read.
    var markdownFileLimit = SiteConfig.defaultMarkdownFileLimit

    public init(root: URL, displayRoot: String, includeDrafts: Bool = false) {
        self.root = root
        self.displayRoot = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
        self.includeDrafts = includeDrafts
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    public func load(diagnostics: inout DiagnosticList) -> LoadedContent {
        var loader = self
        return loader.loadAll(diagnostics: &diagnostics)
    }

    private mutating func loadAll(diagnostics: inout DiagnosticList) -> LoadedContent {
        let files = listFiles(diagnostics: &diagnostics)
        var config = SiteConfig(title: "")
        if files.contains("site.yml") {
            config = loadConfig(diagnostics: &diagnostics)
            markdownFileLimit = config.markdownFileLimit
        } else {
            diagnostics.error(
                "site.missing", "site.yml is missing: every content folder needs one with at least 'title:'",
                at: SourceLocation(file: display("site.yml")))
        }
        var site = Site(config: config)
        var lessonsByCourse: [String: [Lesson]] = [:]
        var courses: [String: Course] = [:]
        var references: [String: CourseReferences] = [:]
        var badFolders: Set<String> = []
        let read = readMarkdownFiles(files)

        for path in files {
            let parts = path.split(separator: "/").map(String.init)
            let name = parts.last ?? ""
            let location = SourceLocation(file: display(path))
            if parts.first == "static" {
                site.staticFiles.append(path)
                continue
            }
            if path == "site.yml" { continue }
            if path == "index.md" {
                if let file = read[path], case .home(let page) = file.kind {
                    diagnostics.append(contentsOf: file.diagnostics.items)
                    site.home = page
                }
                continue
            }
            // Names become URLs: check every folder and file name below the top.
            // A bad folder is reported once, at the folder, not for each file in it.
            for (i, part) in parts.enumerated() where i > 0 || parts.count == 1 {
                let isFile = i == parts.count - 1
                let stem = isFile ? Self.stem(of: part) : part
                if !Slug.isValidName(stem) {
                    let place = isFile ? path : parts[...i].joined(separator: "/")
                    if !isFile && !badFolders.insert(place).inserted { break }
                    let fixed = Slug.make(stem)
                    diagnostics.error(
                        "name.invalid",
                        "'\(part)' is not a valid name: use lowercase letters a-z, digits and '-' (rename it to '\(fixed)\(isFile ? Self.extensionPart(of: part) : "")')",
                        at: SourceLocation(file: display(place)))
                    break
                }
            }
            let file = read[path]
            diagnostics.append(contentsOf: file?.diagnostics.items ?? [])
            switch parts.first {
            case "courses" where parts.count >= 3:
                let courseSlug = parts[1]
                if parts.count == 3 && name == "course.md" {
                    if case .course(let course, let refs) = file?.kind {
                        courses[courseSlug] = course
                        references[courseSlug] = refs
                    }
                } else if parts.count == 3, name.hasSuffix(".md") {
                    if case .lesson(let lesson) = file?.kind {
                        if lesson.draft && !includeDrafts {
                            site.coursesWithDrafts.insert(courseSlug)
                        } else {
                            lessonsByCourse[courseSlug, default: []].append(lesson)
                        }
                    }
                } else if name.hasSuffix(".md") {
                    diagnostics.warning(
                        "content.stray-markdown",
                        "Markdown in a course's subfolder is not a lesson; lessons are 'NN-name.md' next to course.md",
                        at: location)
                } else {
                    site.courseAssets.append(path)
                }
            case "pages" where parts.count == 2 && name.hasSuffix(".md"):
                if case .page(let page) = file?.kind { site.pages.append(page) }
            case "news" where parts.count == 2 && name.hasSuffix(".md"):
                if case .news(let item) = file?.kind { site.news.append(item) }
            default:
                diagnostics.warning(
                    "content.unknown-file",
                    "hocvu does not know what to do with this file; see the content folder layout in the README",
                    at: location)
            }
        }

        for slug in lessonsByCourse.keys.sorted() where courses[slug] == nil {
            diagnostics.error(
                "course.missing-course-md",
                "course folder 'courses/\(slug)' has lessons but no course.md",
                at: SourceLocation(file: display("courses/\(slug)")))
        }
        for slug in courses.keys.sorted() {
            guard var course = courses[slug] else { continue }
            course.lessons = orderedLessons(lessonsByCourse[slug] ?? [], diagnostics: &diagnostics)
            if course.draft && !includeDrafts {
                site.coursesWithDrafts.insert(slug)
                continue
            }
            site.courses.append(course)
        }
        site.courses.sort { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }
        reportReservedNames(site, diagnostics: &diagnostics)
        site.pages.sort { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }
        site.news.sort { ($0.date, $0.slug) > ($1.date, $1.slug) }
        // Ids are checked against site.yml only when site.yml itself could be
        // read: otherwise every id would be reported again, for nothing.
        let siteFile = display("site.yml")
        let unreadable: Set<String> = [
            "site.missing", "site.empty", "file.not-utf8", "file.unreadable", "file.empty", "yaml.invalid", "yaml.not-a-map",
            "yaml.duplicate-key", "yaml.alias", "frontmatter.type", "frontmatter.missing-key", "frontmatter.too-large",
            "frontmatter.control-character",
        ]
        let siteTrusted = !diagnostics.items.contains { $0.location.file == siteFile && unreadable.contains($0.code) }
        if !siteTrusted && references.values.contains(where: { !$0.audiences.isEmpty || !$0.competencies.isEmpty || $0.level != nil }) {
            // One note instead of an error for every id the courses use.
            diagnostics.warning(
                "site.checks-skipped",
                "audience, competency and level ids in courses are not checked until site.yml can be read",
                at: SourceLocation(file: siteFile))
        }
        checkReferences(site, references, vocabularies: siteTrusted, diagnostics: &diagnostics)
        checkPrerequisiteCycles(references, diagnostics: &diagnostics)
        return LoadedContent(site: site, files: files)
    }

    // MARK: Files

    /// Every file below the content folder, as sorted relative paths. Hidden
    /// files and folders (`.git`, `.DS_Store`) are skipped. Entries are
    /// looked at with `lstat`: a symbolic link to a file inside the folder is
    /// read as that file; one that leads outside it is an error and is never
    /// read, copied or quoted (content may come from strangers' pull
    /// requests); links to folders are not followed (they can loop), and
    /// links that lead nowhere are reported.
    func listFiles(diagnostics: inout DiagnosticList) -> [String] {
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        let contained = ContainedPath(roots: [root])
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                let full = root.appendingPathComponent(relative).path
                let here = SourceLocation(file: display(relative))
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(relative)
                    continue
                case S_IFREG:
                    result.append(relative)
                    continue
                case S_IFLNK:
                    break
                default:
                    diagnostics.warning("file.special", "this is not a regular file (a device, socket or pipe); it is skipped", at: here)
                    continue
                }
                guard let real = ContainedPath.realPath(full) else {
                    diagnostics.warning(
                        "file.broken-link", "this symbolic link leads nowhere (a missing target or a loop); it is skipped",
                        at: here)
                    continue
                }
                guard contained.resolve(URL(fileURLWithPath: full)) != nil else {
                    diagnostics.error(
                        "file.outside-link",
                        "this symbolic link leads outside the content folder; hocvu never reads or publishes such a file: copy the file into the content folder instead",
                        at: here)
                    continue
                }
                var target = stat()
                guard stat(real, &target) == 0 else { continue }
                if target.st_mode & S_IFMT == S_IFDIR {
                    diagnostics.warning(
                        "file.linked-folder", "a symbolic link to a folder is not followed (it could loop); copy or move the folder here",
                        at: here)
                } else if target.st_mode & S_IFMT == S_IFREG {
                    result.append(relative)
                } else {
                    diagnostics.warning("file.special", "this link leads to something that is not a regular file; it is skipped", at: here)
                }
            }
        }
        return result.sorted()
    }

    /// `page` is where the later pages of a listing go (`courses/page/2/`,
    /// `courses/<course>/page/2/`, `news/page/2/`): no course, lesson or news
    /// item may be published there (§6).
    private func reportReservedNames(_ site: Site, diagnostics: inout DiagnosticList) {
        var places: [(String, String)] = []
        for course in site.courses {
            if course.slug == Pagination.folder { places.append(("course folder 'courses/page'", "courses/page")) }
            for lesson in course.lessons where lesson.slug == Pagination.folder {
                places.append(("lesson 'page'", lesson.body.contentPath))
            }
        }
        for item in site.news where item.slug == Pagination.folder {
            places.append(("news item 'page'", item.body.contentPath))
        }
        for (what, path) in places {
            diagnostics.error(
                "name.reserved",
                "the \(what) would be published where the later pages of a list go ('page/2/'); choose another name",
                at: SourceLocation(file: display(path)))
        }
    }

    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func extensionPart(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[dot...]).lowercased()
    }
}
