/// The readable text of HTML that hocvu itself rendered (so well-formed):
/// tags dropped, the few entities cmark writes decoded, white space collapsed.
/// Quizzes are left out: their prompts are indexed from the quiz model, and
/// their answers should not turn up in search results.
enum PlainText {
    static let inlineTags: Set<String> = ["a", "em", "strong", "code", "span", "mark", "sup", "sub", "del", "s", "i", "b", "abbr", "kbd"]

    static func from(html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var skipQuizDepth = 0
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                if tag.hasPrefix("form class=\"quiz\"") { skipQuizDepth += 1 }
                if tag == "/form", skipQuizDepth > 0 { skipQuizDepth -= 1 }
                // Inline tags join their text to the words around; block tags separate.
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if !Self.inlineTags.contains(name) { out.append(" ") }
                index = html.index(after: close)
                continue
            }
            if skipQuizDepth == 0 { out.append(character) }
            index = html.index(after: index)
        }
        return collapse(decode(out))
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: value)
        }
        return result
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
