/// The readable text of HTML that hocvu itself rendered (so well-formed):
/// tags dropped, the few entities cmark writes decoded, white space collapsed.
/// Quizzes are left out: their prompts are indexed from the quiz model, and
/// their answers should not turn up in search results.
enum PlainText {
    static let inlineTags: Set<String> = ["a", "em", "strong", "code", "span", "mark", "sup", "sub", "del", "s", "i", "b", "abbr", "kbd"]

    static func from(html: String) -> String {
        // Over UTF-8 bytes (tags are ASCII): a large site has megabytes of it.
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var skipQuizDepth = 0
        var i = 0
        let quizOpen = Array("form class=\"quiz\"".utf8), formClose = Array("/form".utf8)
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "<") else {
                if skipQuizDepth == 0 {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                        // White space collapses to one space.
                        if let last = out.last, last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
                    } else if byte == UInt8(ascii: "&"), let (value, length) = Self.entity(bytes, at: i) {
                        out.append(contentsOf: value)
                        i += length
                        continue
                    } else {
                        out.append(byte)
                    }
                }
                i += 1
                continue
            }
            var end = i + 1
            while end < bytes.count && bytes[end] != UInt8(ascii: ">") { end += 1 }
            let tag = bytes[(i + 1)..<min(end, bytes.count)]
            if tag.starts(with: quizOpen) { skipQuizDepth += 1 }
            if tag.elementsEqual(formClose), skipQuizDepth > 0 { skipQuizDepth -= 1 }
            // Inline tags join their text to the words around; block tags separate.
            let name = String(decoding: tag.drop { $0 == UInt8(ascii: "/") }.prefix { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }, as: UTF8.self).lowercased()
            if !Self.inlineTags.contains(name), let last = out.last, last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
            i = end + 1
        }
        while out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// The entities cmark and hocvu write, as bytes, and their length.
    private static let entities: [([UInt8], [UInt8])] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func entity(_ bytes: [UInt8], at i: Int) -> ([UInt8], Int)? {
        for (written, value) in entities where bytes[i...].starts(with: written) {
            return (value, written.count)
        }
        return nil
    }
}
