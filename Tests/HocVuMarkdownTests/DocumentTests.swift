import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct DocumentTests {
    @Test func commonMarkModeIsPlainCmark() {
        #expect(MarkdownRenderer.commonMark("# A\n\n<div>x</div>\n\n| a |\n|---|\n") ==
            "<h1>A</h1>\n<div>x</div>\n<p>| a |\n|---|</p>\n")
    }

    /// cmark's iterator walks deep trees without recursion; so do the passes.
    @Test func fiftyThousandNestedQuotesDoNotOverflowTheStack() {
        let deep = String(repeating: ">", count: 50_000) + " sâu\n"
        let result = render(deep)
        #expect(result.html.hasSuffix("</blockquote>\n"))
        let list = String(repeating: "- ", count: 20_000) + "x\n"
        #expect(render(list).html.contains("<li>x</li>"))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Đường " is 6 characters and 11 bytes; the link starts at character 7.
        let result = render("Đường [x](javascript:x)\n")
        #expect(result.places == ["1:7 link.unsafe-scheme"])
    }
}
