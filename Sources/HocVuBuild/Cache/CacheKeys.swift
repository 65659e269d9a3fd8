import HocVuCore
import HocVuMarkdown

/// What each kind of cache entry is keyed by, in one place: everything its
/// result is made from. A part left out here is a stale page on a rebuild,
/// which `IncrementalBuildTests` exists to catch.
extension BuildCache {
    /// What every page's parse shares: the Markdown options (theme strings
    /// included), the site's paths that links resolve against, and the
    /// sizes of its images.
    func parseEnvironment(options: MarkdownOptions, index: SiteIndex, images: ImageSizeCache) -> CacheKey {
        key { key in
            key.add("parse")
            key.add(options.allowRawHTML)
            key.add(options.tableAlignment == .cssClass)
            key.add(options.wrapTables)
            key.add(options.focusableCode)
            key.add(options.tableLabel)
            key.add(map: options.calloutTitles)
            key.add(map: options.quizStrings)
            key.add(options.quizPassPercent)
            key.add(options.quizForms)
            key.add(options.alsoWithoutQuizForms)
            let pages = index.pages.keys.sorted()
            key.mark(1, pages.count)
            for path in pages {
                key.add(path)
                key.add(index.pages[path]?.outputPath ?? "")
            }
            key.add(map: index.files)
            let files = index.allFiles.sorted()
            key.mark(2, files.count)
            for path in files {
                key.add(path)
                key.add(index.caseMismatch(for: path) ?? "")
                if index.files[path] != nil, let size = images.size(of: path) {
                    key.add(size.width)
                    key.add(size.height)
                } else {
                    key.mark(3, 0)
                }
            }
        }
    }

    /// One page's parse: the environment, the page's place and its text.
    func parseKey(environment: CacheKey, path: String, outputPath: String, source: MarkdownSource, quizPrefix: String) -> CacheKey {
        key { key in
            key.add(environment)
            key.add(path)
            key.add(outputPath)
            key.add(source.path)
            key.add(source.contentPath)
            key.add(source.firstLine)
            key.add(quizPrefix)
            key.add(source.text)
        }
    }
}

extension KeyBuilder {
    mutating func add(map: [String: String]) {
        mark(4, map.count)
        for name in map.keys.sorted() {
            add(name)
            add(map[name] ?? "")
        }
    }
}

extension BuildCache {
    /// A page's search entry: the format, and what the entry reads of the page.
    func searchKey(_ source: SearchIndex.Source, version: Int, buckets: Int) -> CacheKey {
        key { key in
            key.add("search")
            key.add(version)
            key.add(buckets)
            key.add(source.kind)
            key.add(source.title)
            key.add(source.url)
            key.add(source.course)
            key.add(source.summary)
            guard let parsed = source.parsed else { return key.mark(5, 0) }
            key.mark(6, parsed.headings.count)
            for heading in parsed.headings {
                key.add(heading.level)
                key.add(heading.text)
            }
            let questions = parsed.quizzes.flatMap(\.questions)
            key.mark(7, questions.count)
            for question in questions { key.add(question.promptHTML) }
            key.add(parsed.html)
        }
    }
}

extension BuildCache {
    /// A rendered page: the theme's templates and strings, the template,
    /// where the page goes and its whole context; nil when the context holds
    /// a value `add(context:)` does not know.
    func renderKey(theme: (UInt64, UInt64), template: String, path: String, context: [String: Any], shared: SharedMap? = nil) -> CacheKey? {
        var known = true
        let made = key { key in
            key.add("render")
            key.add(CacheKey(theme))
            key.add(template)
            key.add(path)
            known = key.add(context: context, shared: shared)
        }
        return known ? made : nil
    }
}
