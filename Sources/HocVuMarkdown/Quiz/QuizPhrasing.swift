/// A choice's HTML inside a `<label>` (or `<dt>`): HTML allows only phrasing
/// content there, and a `<pre>` or `<p>` inside makes browsers break the
/// label apart (vnu: "pre not allowed as child of span"). Every element that
/// is not plain phrasing content is turned into `<span class="quiz-block
/// quiz-TAG">`, which the theme displays as a block again (a code block
/// scrolls inside its own box); a numbered list keeps its numbers as text.
///
/// Scanning text is safe here because the input is HTML hocvu rendered: cmark
/// escapes `<` in text and `>` in attribute values, and raw HTML (kept only
/// with `allow_raw_html`) is made of tags all the same.
enum QuizPhrasing {
    /// Phrasing elements that may stay inside a label (no interactive or
    /// labelable ones besides links, which a label may hold).
    static let phrasing: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]
    /// Elements without an end tag: one that may not stay is dropped.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    static func html(_ html: String) -> String {
        guard html.contains("<") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        // The next number of each open list; nil for a bulleted one.
        var lists: [Int?] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
            rest = rest[rest.index(after: close)...]
            if name.isEmpty || phrasing.contains(name) {
                out += "<" + tag + ">"
                continue
            }
            if void.contains(name) {
                if name == "hr" { out += "<span class=\"quiz-block quiz-hr\"></span>" }
                continue
            }
            if closing {
                if name == "ul" || name == "ol" { _ = lists.popLast() }
                out += "</span>"
                continue
            }
            switch name {
            case "ol": lists.append(Self.start(of: tag))
            case "ul": lists.append(nil)
            default: break
            }
            // A code block scrolls in its own box: keyboard users must reach it.
            let focus = name == "pre" ? " tabindex=\"0\"" : ""
            out += "<span class=\"quiz-block quiz-\(name)\"\(focus)>"
            if name == "li", let next = lists.last, let number = next {
                out += "<span class=\"quiz-num\">\(number).</span> "
                lists[lists.count - 1] = number + 1
            }
        }
        out += rest
        return out
    }

    /// `<ol start="3">`'s first number (1 without one).
    private static func start(of tag: Substring) -> Int {
        guard let range = tag.range(of: "start=\"") else { return 1 }
        return Int(tag[range.upperBound...].prefix { $0.isNumber }) ?? 1
    }
}
