import Foundation
import HocVuCore

/// How each kind of content file is read (CONTENT-FORMAT.md §1–2).
extension ContentLoader {
    /// Reads a Markdown file: text, front matter and body, and a reader that
    /// checks the front matter against `keys`. `needs` names the required keys
    /// for the message when front matter is missing; nil means it is optional.
    func readFile(
        _ path: String, kind: String, keys: [String], needs: String?, diagnostics: inout DiagnosticList
    ) -> (FieldReader, MarkdownSource)? {
        let start = SourceLocation(file: display(path), line: 1, column: 1)
        var info = stat()
        if stat(root.appendingPathComponent(path).path, &info) == 0, Int(info.st_size) > markdownFileLimit {
            // No line: the report must not read the huge file for an excerpt.
            let start = SourceLocation(file: display(path))
            diagnostics.error(
                "file.too-large",
                "this file is \(ByteSize.text(Int(info.st_size))); Markdown files may be at most \(ByteSize.text(markdownFileLimit)): split it into several lessons, or raise 'limits: {markdown_file: …}' in site.yml",
                at: start)
            // Indexed without its text, so links to it add no errors of their own.
            var reader = FieldReader(FrontMatter(path: display(path), broken: true))
            reader.rejectUnknownKeys(allowed: keys, kind: kind)
            return (reader, MarkdownSource(path: display(path), contentPath: path, text: "", firstLine: 1))
        }
        guard let text = SourceText.read(root.appendingPathComponent(path), path: display(path), diagnostics: &diagnostics)
        else { return nil }
        if SourceText.isBlank(text) {
            diagnostics.error("file.empty", "this file is empty", at: start)
            return nil
        }
        let before = diagnostics.errorCount
        let (yaml, body) = SourceText.splitFrontMatter(text, path: display(path), contentPath: path, diagnostics: &diagnostics)
        let unclosed = diagnostics.errorCount > before
        if yaml == nil, let needs, !unclosed {
            diagnostics.error("frontmatter.missing", "\(kind) needs front matter ('---' lines) with at least \(needs)", at: start)
        }
        // Without usable front matter the page is still indexed (titled by its
        // file name), so links to it do not add errors of their own.
        let frontMatter = yaml.map { FrontMatter(yaml: $0, path: display(path), lineOffset: 1, diagnostics: &diagnostics) }
            ?? FrontMatter(path: display(path), broken: unclosed || needs != nil)
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: keys, kind: kind)
        return (reader, body)
    }

    func loadConfig(diagnostics: inout DiagnosticList) -> SiteConfig {
        var config = SiteConfig(title: "")
        guard let text = SourceText.read(root.appendingPathComponent("site.yml"), path: display("site.yml"), diagnostics: &diagnostics)
        else { return config }
        if SourceText.isBlank(text) {
            diagnostics.error(
                "site.empty", "site.yml is empty: it needs at least 'title:' (the portal's name), and the audiences your courses name",
                at: SourceLocation(file: display("site.yml"), line: 1, column: 1))
            return config
        }
        let frontMatter = FrontMatter(
            yaml: text, path: display("site.yml"), lineOffset: 0, limit: 1024 * 1024, diagnostics: &diagnostics)
        var reader = FieldReader(frontMatter)
        reader.rejectUnknownKeys(allowed: SiteConfigSchema.keys, kind: "site.yml")
        config.title = reader.string("title", required: true) ?? ""
        config.description = reader.string("description")
        config.baseURL = reader.string("base_url")
        config.language = reader.string("language") ?? "vi"
        config.theme = reader.string("theme") ?? "default"
        config.themeLocation = frontMatter["theme"].map { frontMatter.location(of: $0.value) }
        config.quizPassPercent = reader.int("quiz_pass_percent", range: 0...100) ?? 70
        config.allowRawHTML = reader.bool("allow_raw_html") ?? false
        config.audiences = SiteConfigSchema.terms("audiences", in: frontMatter, reader: &reader)
        config.competencies = SiteConfigSchema.terms("competencies", in: frontMatter, reader: &reader)
        config.framework = reader.string("framework").map(VietnameseText.nfc)
        SiteConfigSchema.publisher(in: frontMatter, reader: &reader, into: &config)
        config.markdownFileLimit = SiteConfigSchema.markdownFileLimit(in: frontMatter, reader: &reader)
            ?? SiteConfig.defaultMarkdownFileLimit
        if frontMatter["levels"] != nil {
            config.levels = SiteConfigSchema.terms("levels", in: frontMatter, reader: &reader)
        }
        if let base = config.baseURL, let entry = frontMatter["base_url"], !BaseURL.isValid(base) {
            reader.diagnostics.error(
                "site.base-url", "'base_url' must be an absolute http(s) URL, e.g. https://example.gov.vn/",
                at: frontMatter.location(of: entry.value))
            config.baseURL = nil
        }
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return config
    }

    func loadCourse(_ path: String, slug: String, diagnostics: inout DiagnosticList) -> (Course, CourseReferences)? {
        guard case (var reader, let body)? = readFile(
            path, kind: "course", keys: ContentSchema.courseKeys, needs: "'title', 'summary' and 'audiences'",
            diagnostics: &diagnostics)
        else { return nil }
        let frontMatter = reader.frontMatter
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
        } else if course.audiences.isEmpty, let entry = frontMatter["audiences"], entry.value.sequence != nil {
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
        if let cover = reader.string("cover"), let entry = frontMatter["cover"] {
            // A path relative to the course folder, like a link in course.md.
            course.cover = SitePath.normalise(cover, in: "courses/\(slug)")
            refs.cover = (cover, frontMatter.location(of: entry.value))
        }
        course.draft = reader.bool("draft") ?? false
        course.order = reader.int("order")
        course.featured = reader.bool("featured") ?? false
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return (course, refs)
    }

    func loadLesson(_ path: String, courseSlug: String, diagnostics: inout DiagnosticList) -> Lesson? {
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
        guard case (var reader, let body)? = readFile(
            path, kind: "lesson", keys: ContentSchema.lessonKeys, needs: "'title'", diagnostics: &diagnostics)
        else { return nil }
        var lesson = Lesson(
            courseSlug: courseSlug, slug: slug, number: number,
            title: reader.string("title", required: true) ?? slug, body: body)
        lesson.summary = reader.string("summary")
        lesson.duration = reader.duration("duration")
        lesson.updated = reader.date("updated")
        lesson.draft = reader.bool("draft") ?? false
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return lesson
    }

    func loadPage(_ path: String, slug: String, kind: String, diagnostics: inout DiagnosticList) -> Page? {
        let isHome = kind == "home"
        guard case (var reader, let body)? = readFile(
            path, kind: kind, keys: isHome ? ContentSchema.homeKeys : ContentSchema.pageKeys,
            needs: isHome ? nil : "'title'", diagnostics: &diagnostics)
        else { return nil }
        var page = Page(slug: slug, title: reader.string("title", required: !isHome) ?? slug, body: body)
        page.summary = reader.string("summary")
        if !isHome {
            page.menu = reader.bool("menu") ?? false
            page.order = reader.int("order")
        }
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return page
    }

    func loadNews(_ path: String, diagnostics: inout DiagnosticList) -> NewsItem? {
        let name = Self.stem(of: String(path.split(separator: "/").last ?? ""))
        let date = String(name.prefix(10))
        guard DateText.isValid(date), name.count > 11, name.dropFirst(10).first == "-" else {
            diagnostics.error(
                "news.name", "news files are named 'YYYY-MM-DD-name.md' with a real date, e.g. '2025-04-16-\(Self.newsSlugHint(name))'",
                at: SourceLocation(file: display(path)))
            return nil
        }
        guard case (var reader, let body)? = readFile(
            path, kind: "news", keys: ContentSchema.newsKeys, needs: "'title'", diagnostics: &diagnostics)
        else { return nil }
        var item = NewsItem(slug: String(name.dropFirst(11)), date: date,
                            title: reader.string("title", required: true) ?? name, body: body)
        item.summary = reader.string("summary")
        diagnostics.append(contentsOf: reader.diagnostics.items)
        return item
    }

    /// The name part of a wrongly named news file, for the example in the
    /// message: without any date-like start (`2025-02-30-ngay-hoi` → `ngay-hoi.md`).
    static func newsSlugHint(_ stem: String) -> String {
        var parts = Slug.make(stem).split(separator: "-")
        while let first = parts.first, first.allSatisfy(\.isNumber) { parts.removeFirst() }
        return (parts.isEmpty ? "tin-tuc" : parts.joined(separator: "-")) + ".md"
    }
}
