import Foundation
import HocVuCore
import HocVuMarkdown
import Mustache

/// Finds and loads a theme: a site's own `themes/<name>/` (next to its content
/// folder) over the default theme that ships with hocvu, file by file. Then
/// checks it, because Mustache renders a missing partial or variable as
/// empty text, silently.
public struct ThemeLoader {
    /// Template each page kind needs.
    public static let requiredTemplates = ["home", "catalog", "course", "lesson", "page", "news-list", "news-item", "404", "search", "learning-path", "coverage"]
    /// Interface strings hocvu itself puts into pages (navigation, breadcrumbs,
    /// titles, and the Markdown's callouts, tables and quizzes).
    public static let requiredStrings = ["home", "courses", "news", "not_found_title", "table_label", "search", "lessons", "search_kind_page"]
        + MarkdownOptions.vietnameseCalloutTitles.keys.sorted().map { "callout_" + $0 }
        + (MarkdownOptions.quizPageStrings + MarkdownOptions.quizScriptStrings).map { "quiz_" + $0 }
        + CatalogCSV.columns.map { "csv_" + $0 }

    public let siteRoot: URL
    public let name: String
    public let language: String
    /// Where diagnostics about the theme's name point (site.yml, as the user names it).
    public var configFile = "site.yml"
    /// Where site.yml names the theme, when it does.
    public var configLocation: SourceLocation?

    public init(siteRoot: URL, name: String, language: String) {
        self.siteRoot = siteRoot
        self.name = name
        self.language = language
    }

    /// The default theme: installed next to the binary (`share/hocvu/themes/default`),
    /// or the source checkout the binary was built from.
    public static var defaultThemeDirectory: URL {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["HOCVU_DEFAULT_THEME"] {
            return URL(fileURLWithPath: override)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent()
            .appendingPathComponent("../share/hocvu/themes/default").standardizedFileURL
        if fm.fileExists(atPath: installed.path) { return installed }
        // Sources/HocVuBuild/Render/ThemeLoader.swift → repository root.
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/default")
    }

    public func load(diagnostics: inout DiagnosticList) -> Theme? {
        let fm = FileManager.default
        var layers = [Self.defaultThemeDirectory]
        let own = siteRoot.appendingPathComponent("themes/\(name)")
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: own.path, isDirectory: &isDirectory), isDirectory.boolValue {
            if own.standardizedFileURL.path != layers[0].standardizedFileURL.path { layers.append(own) }
        } else if name != "default" {
            diagnostics.error(
                "theme.missing", "theme '\(name)' not found: expected a folder 'themes/\(name)/' next to the content folder",
                at: configLocation ?? SourceLocation(file: configFile))
            return nil
        }

        // Later layers override earlier ones, file by file.
        var templateFiles: [String: URL] = [:]
        var assetFiles: [String: URL] = [:]
        var strings: [String: String] = [:]
        for layer in layers {
            for (relative, url) in files(under: layer.appendingPathComponent("templates")) where relative.hasSuffix(".mustache") {
                templateFiles[String(relative.dropLast(".mustache".count))] = url
            }
            for (relative, url) in files(under: layer.appendingPathComponent("assets")) {
                assetFiles["assets/" + relative] = url
            }
            strings.merge(loadStrings(in: layer, diagnostics: &diagnostics)) { _, new in new }
        }

        var library = MustacheLibrary()
        var texts: [String: (String, String)] = [:]  // name → (display path, text)
        for name in templateFiles.keys.sorted() {
            guard let url = templateFiles[name] else { continue }
            let display = displayPath(url)
            // Read as content is: UTF-8 with the bad byte's position, CRLF → LF.
            var problems = DiagnosticList()
            guard let text = SourceText.read(url, path: display, diagnostics: &problems) else {
                for problem in problems.items {
                    diagnostics.error("theme.unreadable", "this template is not UTF-8 text; save it as UTF-8", at: problem.location)
                }
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                texts[name] = (display, text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    "theme.syntax", "Mustache syntax error: \(Self.explain(error.error))",
                    at: SourceLocation(file: display, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                diagnostics.error("theme.syntax", "Mustache syntax error: \(error)", at: SourceLocation(file: display))
            }
        }
        let before = diagnostics.errorCount
        ThemeCheck(templates: texts, strings: strings).run(diagnostics: &diagnostics)
        for key in Self.requiredStrings where strings[key] == nil {
            diagnostics.error(
                "theme.missing-string", "the theme's strings/\(language).yml lacks '\(key)', which hocvu needs",
                at: SourceLocation(file: "themes/\(name)/strings"))
        }
        for required in Self.requiredTemplates where templateFiles[required] == nil {
            diagnostics.error(
                "theme.missing-template", "theme '\(name)' has no template '\(required).mustache'",
                at: SourceLocation(file: "themes/\(name)/templates"))
        }
        guard diagnostics.errorCount == before else { return nil }
        let assets = assetFiles.keys.sorted().compactMap { key in assetFiles[key].map { Theme.Asset(source: $0, output: key) } }
        var theme = Theme(library: library, templateNames: Set(templateFiles.keys), strings: strings, assets: assets)
        theme.roots = layers
        return theme
    }

    private static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not closed with '}}'"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "invalid delimiter change"
        default: "\(error)"
        }
    }

    private func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    /// `strings/<language>.yml`, falling back to the language's primary tag, then Vietnamese.
    private func loadStrings(in layer: URL, diagnostics: inout DiagnosticList) -> [String: String] {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        for candidate in [language, primary, "vi"] {
            let url = layer.appendingPathComponent("strings/\(candidate).yml")
            guard FileManager.default.fileExists(atPath: url.path),
                  let text = SourceText.read(url, path: displayPath(url), diagnostics: &diagnostics)
            else { continue }
            // Parsed like front matter: YAML errors and repeated keys at their line and column.
            let map = FrontMatter(yaml: text, path: displayPath(url), lineOffset: 0, diagnostics: &diagnostics)
            var strings: [String: String] = [:]
            for entry in map.entries {
                if let value = entry.value.scalar?.string {
                    strings[entry.key] = value
                } else {
                    diagnostics.error("theme.strings", "'\(entry.key)' must be a text", at: map.location(of: entry.value))
                }
            }
            return strings
        }
        return [:]
    }

    private func files(under folder: URL) -> [(String, URL)] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder.path) else { return [] }
        var result: [(String, URL)] = []
        for case let relative as String in enumerator {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(relative as NSString).lastPathComponent.hasPrefix(".") {
                result.append((relative, url))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
