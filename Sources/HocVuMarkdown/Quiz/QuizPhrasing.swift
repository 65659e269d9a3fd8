/// A choice's HTML inside a `<label>` (or `<dt>`): HTML allows only phrasing
/// content there, and a `<pre>` or `<p>` inside makes browsers break the
/// label apart (vnu: "pre not allowed as child of span"). Block elements are
/// turned into `<span class="quiz-block quiz-TAG">`, which the theme displays
/// as blocks again (a code block scrolls inside its own box).
///
/// Safe as plain text scanning because the input is only ever cmark's own
/// rendering of a quiz (raw HTML is dropped there): text has `<` escaped and
/// attribute values have `>` escaped.
enum QuizPhrasing {
    /// Flow elements cmark writes (tables by the table pass) that are not phrasing content.
    static let blockTags: Set<String> = [
        "p", "pre", "ul", "ol", "li", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "div", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "dl", "dt", "dd",
    ]

    static func html(_ html: String) -> String {
        guard html.contains("<") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { $0.isLetter || $0.isNumber }.lowercased()
            if blockTags.contains(name) {
                if name == "hr" {
                    out += "<span class=\"quiz-block quiz-hr\"></span>"
                } else {
                    // A code block scrolls in its own box: keyboard users must reach it.
                    let focus = name == "pre" ? " tabindex=\"0\"" : ""
                    out += closing ? "</span>" : "<span class=\"quiz-block quiz-\(name)\"\(focus)>"
                }
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
