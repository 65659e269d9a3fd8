import HocVuCore
import Mustache

/// How templates escape `{{value}}`: the same five characters as
/// swift-mustache's own HTML type, found by their bytes. The library's
/// escaper looks every character cluster up in a dictionary and was a
/// fifteenth of a 5,000-lesson build; most values need no escaping at all
/// and are returned as they are. (A `<` followed by a combining mark is
/// escaped too, which the cluster lookup missed.) Every template the theme
/// loader registers starts with the pragma that selects it.
struct HTMLContentType: MustacheContentType {
    static let name = "HOCVU_HTML"
    /// Put on a line of its own before each template: a standalone tag, so
    /// it adds nothing to the output.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    static func register() {
        MustacheContentTypes.register(HTMLContentType(), named: name)
    }

    func escapeText(_ text: String) -> String {
        ByteReplace.replacing(Self.escapes, in: text)
    }

    private static let escapes: [([UInt8], [UInt8])] = [
        ("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ("\"", "&quot;"), ("'", "&#39;"),
    ].map { (Array($0.utf8), Array($1.utf8)) }
}
