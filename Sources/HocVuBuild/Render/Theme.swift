import Foundation
import Mustache

/// A loaded, checked theme: templates, interface strings and asset files.
public struct Theme: Sendable {
    public struct Asset: Sendable {
        public var source: URL
        /// Site-relative output path, e.g. `assets/style.css`.
        public var output: String
    }

    let library: MustacheLibrary
    public let templateNames: Set<String>
    public let strings: [String: String]
    public let assets: [Asset]

    /// Renders a template; `nil` only when the template is missing, which the
    /// theme check has already reported.
    func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }
}
