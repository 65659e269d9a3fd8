import Foundation
import HocVuMarkdown
import Mustache

/// A loaded, checked theme: templates, interface strings and asset files.
public struct Theme: Sendable {
    public struct Asset: Sendable {
        /// The built-in theme's bytes, or a file of a theme folder to copy.
        public var content: OutputFile.Content
        /// Site-relative output path, e.g. `assets/style.css`.
        public var output: String

        func data() -> Data {
            ThemeFile(display: output, content: content).data()
        }
    }

    let library: MustacheLibrary
    public let templateNames: Set<String>
    public let strings: [String: String]
    public let assets: [Asset]
    /// The theme's folders: its assets may be copied from there and nowhere else.
    public var roots: [URL] = []
    /// A hash of the templates and strings (`ThemeLoader`).
    public var digest: (UInt64, UInt64) = (0, 0)

    /// The words hocvu writes into the Markdown's HTML (callout titles, table
    /// label, quiz interface), from the theme's strings so one file translates
    /// the whole interface. `ThemeLoader.requiredStrings` guarantees the keys.
    func apply(to options: inout MarkdownOptions) {
        for (key, value) in strings {
            if key.hasPrefix("quiz_") { options.quizStrings[String(key.dropFirst(5))] = value }
            if key.hasPrefix("callout_") { options.calloutTitles[String(key.dropFirst(8))] = value }
        }
        if let label = strings["table_label"] { options.tableLabel = label }
    }

    /// Renders a template; `nil` only when the template is missing, which the
    /// theme check has already reported.
    func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }
}
