import HocVuCore
import Testing

/// The byte-level replacement gives what Foundation's `replacingOccurrences`
/// gives for the markup and escapes hocvu replaces.
@Suite struct ByteReplaceTests {
    @Test func likeReplacingOccurrences() {
        let text = "<pre><code>x</code></pre> Tiếng Việt <pre><code class=\"a\">ệ</code></pre><pre><cod"
        #expect(ByteReplace.replacing("<pre><code", with: "<pre tabindex=\"0\"><code", in: text)
                == "<pre tabindex=\"0\"><code>x</code></pre> Tiếng Việt <pre tabindex=\"0\"><code class=\"a\">ệ</code></pre><pre><cod")
        #expect(ByteReplace.replacing("aa", with: "b", in: "aaa") == "ba")
        #expect(ByteReplace.replacing("x", with: "y", in: "") == "")
        #expect(ByteReplace.replacing("đ", with: "d", in: "đường đi") == "dường di")
    }

    @Test func severalPatternsInOnePass() {
        let pairs: [([UInt8], [UInt8])] = [
            (Array("</".utf8), Array("<\\/".utf8)),
            (Array("\u{2028}".utf8), Array("\\u2028".utf8)),
            (Array("\u{2029}".utf8), Array("\\u2029".utf8)),
        ]
        #expect(ByteReplace.replacing(pairs, in: "a</script>\u{2028}b\u{2029}</") == "a<\\/script>\\u2028b\\u2029<\\/")
        // A replacement is not scanned again.
        #expect(ByteReplace.replacing([(Array("a".utf8), Array("aa".utf8))], in: "aba") == "aabaa")
    }
}

extension ByteReplaceTests {
    /// Text with nothing to replace comes back as it is, and a match at the
    /// very start or end is replaced (runs are copied around matches).
    @Test func untouchedTextAndMatchesAtTheEdges() {
        #expect(ByteReplace.replacing("<", with: "&lt;", in: "không có gì") == "không có gì")
        #expect(ByteReplace.replacing("<", with: "&lt;", in: "<a<") == "&lt;a&lt;")
        #expect(ByteReplace.replacing([(Array("ab".utf8), Array("x".utf8))], in: Array("aab".utf8)) == Array("ax".utf8))
    }
}
