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

    /// Where the default theme comes from: `HOCVU_DEFAULT_THEME`, a copy
    /// installed next to the binary (`share/hocvu/themes/default`), else the
    /// copy compiled into the binary (`DefaultTheme`), which is always there.
    public static var defaultThemeDirectory: URL? {
        if let override = ProcessInfo.processInfo.environment["HOCVU_DEFAULT_THEME"] {
            return URL(fileURLWithPath: override)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent()
            .appendingPathComponent("../share/hocvu/themes/default").standardizedFileURL
        return FileManager.default.fileExists(atPath: installed.appendingPathComponent("templates").path) ? installed : nil
    }

    public func load(diagnostics: inout DiagnosticList) -> Theme? {
        let fm = FileManager.default
        var layers: [ThemeLayer] = []
        if let folder = Self.defaultThemeDirectory {
            guard fm.fileExists(atPath: folder.appendingPathComponent("templates").path) else {
                diagnostics.error(
                    "theme.missing",
                    "HOCVU_DEFAULT_THEME names '\(folder.path)', which is not a theme folder (no templates/ in it); unset it to use the theme built into hocvu",
                    at: SourceLocation(file: "HOCVU_DEFAULT_THEME"))
                return nil
            }
            layers.append(ThemeLayer(folder: folder, display: displayPath(folder), diagnostics: &diagnostics))
        } else {
            layers.append(ThemeLayer.embedded)
        }
        let own = siteRoot.appendingPathComponent("themes/\(name)")
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: own.path, isDirectory: &isDirectory), isDirectory.boolValue {
            if own.standardizedFileURL.path != layers[0].root?.standardizedFileURL.path {
                layers.append(ThemeLayer(folder: own, display: displayPath(own), diagnostics: &diagnostics))
            }
        } else if name != "default" {
            diagnostics.error(
                "theme.missing", "theme '\(name)' not found: expected a folder 'themes/\(name)/' next to the content folder",
                at: configLocation ?? SourceLocation(file: configFile))
            return nil
        }

        // Later layers override earlier ones, file by file.
        var templateFiles: [String: ThemeFile] = [:]
        var assetFiles: [String: ThemeFile] = [:]
        var strings: [String: String] = [:]
        for layer in layers {
            for (relative, file) in layer.files {
                if relative.hasPrefix("templates/"), relative.hasSuffix(".mustache") {
                    templateFiles[String(relative.dropFirst("templates/".count).dropLast(".mustache".count))] = file
                } else if relative.hasPrefix("assets/") {
                    assetFiles[relative] = file
                }
            }
            strings.merge(loadStrings(in: layer, diagnostics: &diagnostics)) { _, new in new }
        }

        var library = MustacheLibrary()
        HTMLContentType.register()
        var texts: [String: (String, String)] = [:]  // name → (display path, text)
        for name in templateFiles.keys.sorted() {
            guard let file = templateFiles[name] else { continue }
            let display = file.display
            // Read as content is: UTF-8 with the bad byte's position, CRLF → LF.
            var problems = DiagnosticList()
            guard let text = SourceText.decode(file.data(), path: display, diagnostics: &problems) else {
                for problem in problems.items {
                    diagnostics.error("theme.unreadable", "this template is not UTF-8 text; save it as UTF-8", at: problem.location)
                }
                continue
            }
            do {
                // Parsed as written first, so syntax errors point at the author's lines.
                _ = try MustacheTemplate(string: text)
                library.register(try MustacheTemplate(string: HTMLContentType.pragma + text), named: name)
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
        let assets = assetFiles.keys.sorted().compactMap { key in assetFiles[key].map { Theme.Asset(content: $0.content, output: key) } }
        var theme = Theme(library: library, templateNames: Set(templateFiles.keys), strings: strings, assets: assets)
        theme.roots = layers.compactMap(\.root)
        // What the rendered pages depend on besides their contexts, for the cache's keys.
        var digest = SipHash(key: (0, 0))
        for name in texts.keys.sorted() {
            digest.update(Array("\(name.utf8.count):\(name)\((texts[name]?.1 ?? "").utf8.count):".utf8))
            digest.update((texts[name]?.1 ?? "").utf8)
        }
        for key in strings.keys.sorted() {
            digest.update(Array("\(key.utf8.count):\(key)\((strings[key] ?? "").utf8.count):".utf8))
            digest.update((strings[key] ?? "").utf8)
        }
        theme.digest = digest.finalize()
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

    func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    /// `strings/<language>.yml`, falling back to the language's primary tag, then Vietnamese.
    private func loadStrings(in layer: ThemeLayer, diagnostics: inout DiagnosticList) -> [String: String] {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        for candidate in [language, primary, "vi"] {
            guard let file = layer.files["strings/\(candidate).yml"],
                  let text = SourceText.decode(file.data(), path: file.display, diagnostics: &diagnostics)
            else { continue }
            // Parsed like front matter: YAML errors and repeated keys at their line and column.
            let map = FrontMatter(yaml: text, path: file.display, lineOffset: 0, diagnostics: &diagnostics)
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
}
