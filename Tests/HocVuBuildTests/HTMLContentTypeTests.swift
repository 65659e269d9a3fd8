import Testing

@testable import HocVuBuild

/// Templates escape values by bytes: the five characters swift-mustache's
/// own HTML type escapes, and also a `<` that a combining mark follows
/// (one character cluster, which the library's lookup let through).
@Suite struct HTMLContentTypeTests {
    @Test func escapesTheFiveCharactersByBytes() {
        let html = HTMLContentType()
        #expect(html.escapeText(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(html.escapeText("Mật khẩu mạnh") == "Mật khẩu mạnh")
        #expect(html.escapeText("<\u{0338}script>") == "&lt;\u{0338}script&gt;")
    }
}
