import Foundation
import HocVuCore

/// Load stage: reads a content folder (CONTENT-FORMAT.md §1–2) into a `Site`.
/// Every problem is a diagnostic; loading goes on past it so that one run
/// reports them all.
public struct ContentLoader {
    public let root: URL
    /// How paths are shown in diagnostics: the content folder as the user named it.
    public let displayRoot: String
    public var includeDrafts = false

    public init(root: URL, displayRoot: String, includeDrafts: Bool = false) {
        self.root = root
        self.displayRoot = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
        self.includeDrafts = includeDrafts
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    public func load(diagnostics: inout DiagnosticList) -> LoadedContent {
        let files = listFiles()
        var config = SiteConfig(title: "")
        if files.contains("site.yml") {
            config = loadConfig(diagnostics: &diagnostics)
        } else {
            diagnostics.error(
                "site.missing", "site.yml is missing: every content folder needs one with at least 'title:'",
                at: SourceLocation(file: display("site.yml")))
        }
        var site = Site(config: config)
        var lessonsByCourse: [String: [Lesson]] = [:]
        var courses: [String: Course] = [:]
        var references: [String: CourseReferences] = [:]

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
                site.home = loadPage(path, slug: "", kind: "home", diagnostics: &diagnostics)
                continue
            }
            // Names become URLs: check every folder and file name below the top.
            for (i, part) in parts.enumerated() where i > 0 || parts.count == 1 {
                let stem = i == parts.count - 1 ? Self.stem(of: part) : part
                if !Slug.isValidName(stem) {
                    let fixed = Slug.make(stem)
                    diagnostics.error(
                        "name.invalid",
                        "'\(part)' is not a valid name: use lowercase letters a-z, digits and '-' (rename it to '\(fixed)\(i == parts.count - 1 ? Self.extensionPart(of: part) : "")')",
                        at: location)
                    break
                }
            }
            switch parts.first {
            case "courses" where parts.count >= 3:
                let courseSlug = parts[1]
                if parts.count == 3 && name == "course.md" {
                    if let (course, refs) = loadCourse(path, slug: courseSlug, diagnostics: &diagnostics) {
                        courses[courseSlug] = course
                        references[courseSlug] = refs
                    }
                } else if parts.count == 3, name.hasSuffix(".md") {
                    if let lesson = loadLesson(path, courseSlug: courseSlug, diagnostics: &diagnostics) {
                        lessonsByCourse[courseSlug, default: []].append(lesson)
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
                if let page = loadPage(path, slug: Self.stem(of: name), kind: "page", diagnostics: &diagnostics) {
                    site.pages.append(page)
                }
            case "news" where parts.count == 2 && name.hasSuffix(".md"):
                if let item = loadNews(path, diagnostics: &diagnostics) {
                    site.news.append(item)
                }
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
            if course.draft && !includeDrafts { continue }
            site.courses.append(course)
        }
        site.courses.sort { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }
        site.pages.sort { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }
        site.news.sort { ($0.date, $0.slug) > ($1.date, $1.slug) }
        checkReferences(site, references, diagnostics: &diagnostics)
        return LoadedContent(site: site, files: files)
    }

    // MARK: Files

    /// Every regular file below the root, as sorted relative paths. Hidden
    /// files and folders (`.git`, `.DS_Store`) are skipped; symbolic links to
    /// folders are not followed, so a link loop cannot hang the build.
    func listFiles() -> [String] {
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                let full = root.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                let attributes = try? fm.attributesOfItem(atPath: full)
                let isLink = attributes?[.type] as? FileAttributeType == .typeSymbolicLink
                guard fm.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if !isLink { pending.append(relative) }
                } else {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
    }

    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func extensionPart(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[dot...]).lowercased()
    }

    private func readMarkdown(_ path: String, diagnostics: inout DiagnosticList) -> (FrontMatter?, MarkdownSource)? {
        guard let text = SourceText.read(root.appendingPathComponent(path), path: display(path), diagnostics: &diagnostics)
        else { return nil }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            diagnostics.error("file.empty", "this file is empty", at: SourceLocation(file: display(path), line: 1, column: 1))
            return nil
        }
        let (yaml, body) = SourceText.splitFrontMatter(text, path: display(path), contentPath: path, diagnostics: &diagnostics)
        let frontMatter = yaml.map { FrontMatter(yaml: $0, path: display(path), lineOffset: 1, diagnostics: &diagnostics) }
        return (frontMatter, body)
    }

    // MARK: Kinds of file

    private func loadConfig(diagnostics: inout DiagnosticList) -> SiteConfig {
        var config = SiteConfig(title: "")
        guard let text = SourceText.read(root.appendingPathComponent("site.yml"), path: display("site.yml"), diagnostics: &diagnostics)
        else { return config }
        let frontMatter = FrontMatter(yaml: text, path: display("site.yml"), lineOffset: 0, diagnostics: &diagnostics)
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: SiteConfigSchema.keys, kind: "site.yml")
        config.title = reader.string("title", required: true) ?? ""
        config.description = reader.string("description")
        config.baseURL = reader.string("base_url")
        config.language = reader.string("language") ?? "vi"
        config.theme = reader.string("theme") ?? "default"
        config.quizPassPercent = reader.int("quiz_pass_percent", range: 0...100) ?? 70
        config.allowRawHTML = reader.bool("allow_raw_html") ?? false
        config.audiences = SiteConfigSchema.terms("audiences", in: frontMatter, reader: &reader)
        config.competencies = SiteConfigSchema.terms("competencies", in: frontMatter, reader: &reader)
        if frontMatter["levels"] != nil {
            config.levels = SiteConfigSchema.terms("levels", in: frontMatter, reader: &reader)
        }
        if let base = config.baseURL, !(base.hasPrefix("https://") || base.hasPrefix("http://")),
           let entry = frontMatter["base_url"] {
            reader.diagnostics.error(
                "site.base-url", "'base_url' must be an absolute http(s) URL, e.g. https://example.gov.vn/",
                at: frontMatter.location(of: entry.value))
            config.baseURL = nil
        }
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return config
    }

    private func loadCourse(_ path: String, slug: String, diagnostics: inout DiagnosticList) -> (Course, CourseReferences)? {
        guard let (frontMatter, body) = readMarkdown(path, diagnostics: &diagnostics) else { return nil }
        guard let frontMatter else {
            diagnostics.error("frontmatter.missing", "course.md needs front matter with at least 'title' and 'summary'",
                              at: SourceLocation(file: display(path), line: 1, column: 1))
            return nil
        }
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: ContentSchema.courseKeys, kind: "course")
        var course = Course(
            slug: slug, title: reader.string("title", required: true) ?? slug,
            summary: reader.string("summary", required: true) ?? "", body: body)
        var refs = CourseReferences()
        refs.audiences = reader.idList("audiences")
        refs.competencies = reader.idList("competencies")
        refs.prerequisites = reader.idList("prerequisites")
        course.audiences = refs.audiences.map(\.0)
        course.competencies = refs.competencies.map(\.0)
        course.prerequisites = refs.prerequisites.map(\.0)
        if frontMatter["audiences"] == nil {
            if !frontMatter.isBroken {
                reader.diagnostics.error("frontmatter.missing-key", "required key 'audiences' is missing", at: frontMatter.start)
            }
        } else if course.audiences.isEmpty, let entry = frontMatter["audiences"] {
            reader.diagnostics.error(
                "frontmatter.empty", "'audiences' needs at least one audience id from site.yml",
                at: frontMatter.location(of: entry.value))
        }
        course.level = reader.string("level")
        if let level = course.level, let entry = frontMatter["level"] {
            refs.level = (level, frontMatter.location(of: entry.value))
        }
        course.tags = reader.stringList("tags")
        course.duration = reader.duration("duration")
        course.outcomes = reader.stringList("outcomes")
        course.updated = reader.date("updated")
        course.cover = reader.string("cover")
        course.draft = reader.bool("draft") ?? false
        course.order = reader.int("order")
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return (course, refs)
    }

    private func loadLesson(_ path: String, courseSlug: String, diagnostics: inout DiagnosticList) -> Lesson? {
        let name = Self.stem(of: String(path.split(separator: "/").last ?? ""))
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits), name.dropFirst(digits.count).first == "-" else {
            diagnostics.error(
                "lesson.name",
                "lesson files are named 'NN-name.md' (e.g. '01-\(Slug.make(name)).md') so that they have an order",
                at: SourceLocation(file: display(path)))
            return nil
        }
        let slug = String(name.dropFirst(digits.count + 1))
        guard let (frontMatter, body) = readMarkdown(path, diagnostics: &diagnostics) else { return nil }
        guard let frontMatter else {
            diagnostics.error("frontmatter.missing", "a lesson needs front matter with at least 'title'",
                              at: SourceLocation(file: display(path), line: 1, column: 1))
            return nil
        }
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: ContentSchema.lessonKeys, kind: "lesson")
        var lesson = Lesson(
            courseSlug: courseSlug, slug: slug, number: number,
            title: reader.string("title", required: true) ?? slug, body: body)
        lesson.summary = reader.string("summary")
        lesson.duration = reader.duration("duration")
        lesson.updated = reader.date("updated")
        lesson.draft = reader.bool("draft") ?? false
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return lesson.draft && !includeDrafts ? nil : lesson
    }

    private func loadPage(_ path: String, slug: String, kind: String, diagnostics: inout DiagnosticList) -> Page? {
        guard let (frontMatter, body) = readMarkdown(path, diagnostics: &diagnostics) else { return nil }
        guard let frontMatter else {
            if kind == "home" { return Page(slug: slug, title: "", body: body) }
            diagnostics.error("frontmatter.missing", "a page needs front matter with at least 'title'",
                              at: SourceLocation(file: display(path), line: 1, column: 1))
            return nil
        }
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: kind == "home" ? ContentSchema.homeKeys : ContentSchema.pageKeys, kind: kind)
        var page = Page(slug: slug, title: reader.string("title", required: kind != "home") ?? slug, body: body)
        page.summary = reader.string("summary")
        if kind != "home" {
            page.menu = reader.bool("menu") ?? false
            page.order = reader.int("order")
        }
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return page
    }

    private func loadNews(_ path: String, diagnostics: inout DiagnosticList) -> NewsItem? {
        let name = Self.stem(of: String(path.split(separator: "/").last ?? ""))
        let date = String(name.prefix(10))
        guard DateText.isValid(date), name.count > 11, name.dropFirst(10).first == "-" else {
            diagnostics.error(
                "news.name", "news files are named 'YYYY-MM-DD-name.md', e.g. '2025-04-16-\(Slug.make(name)).md'",
                at: SourceLocation(file: display(path)))
            return nil
        }
        guard let (frontMatter, body) = readMarkdown(path, diagnostics: &diagnostics) else { return nil }
        guard let frontMatter else {
            diagnostics.error("frontmatter.missing", "a news item needs front matter with at least 'title'",
                              at: SourceLocation(file: display(path), line: 1, column: 1))
            return nil
        }
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: ContentSchema.newsKeys, kind: "news")
        var item = NewsItem(slug: String(name.dropFirst(11)), date: date,
                            title: reader.string("title", required: true) ?? name, body: body)
        item.summary = reader.string("summary")
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return item
    }

    // MARK: Cross-file facts

    /// Lessons in `NN` order; duplicate numbers or slugs are errors.
    private func orderedLessons(_ lessons: [Lesson], diagnostics: inout DiagnosticList) -> [Lesson] {
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
    private func checkReferences(_ site: Site, _ references: [String: CourseReferences], diagnostics: inout DiagnosticList) {
        let courseSlugs = Set(site.courses.map(\.slug))
        for course in site.courses {
            guard let refs = references[course.slug] else { continue }
            let vocabularies: [([(String, SourceLocation)], [Term], String)] = [
                (refs.audiences, site.config.audiences, "audience"),
                (refs.competencies, site.config.competencies, "competency"),
                (refs.level.map { [$0] } ?? [], site.config.levels, "level"),
            ]
            for (used, terms, what) in vocabularies {
                let ids = terms.map(\.id)
                for (id, location) in used where !ids.contains(id) {
                    diagnostics.error(
                        "frontmatter.unknown-id",
                        "\(what) '\(id)' is not declared in site.yml\(Suggestion.hint(for: id, in: ids))", at: location)
                }
            }
            for (slug, location) in refs.prerequisites where !courseSlugs.contains(slug) {
                diagnostics.error(
                    "frontmatter.unknown-course",
                    "prerequisite '\(slug)' is not a course\(Suggestion.hint(for: slug, in: courseSlugs))", at: location)
            }
        }
    }

    /// Where a course's front matter names ids, for the checks above.
    struct CourseReferences {
        var audiences: [(String, SourceLocation)] = []
        var competencies: [(String, SourceLocation)] = []
        var level: (String, SourceLocation)?
        var prerequisites: [(String, SourceLocation)] = []
    }
}
