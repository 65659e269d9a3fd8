import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct CalloutTests {
    @Test(arguments: [("NOTE", "note", "Lưu ý"), ("TIP", "tip", "Mẹo"), ("IMPORTANT", "important", "Quan trọng"),
                      ("WARNING", "warning", "Cảnh báo"), ("CAUTION", "caution", "Thận trọng")])
    func everyKind(marker: String, kind: String, title: String) {
        let html = render("> [!\(marker)]\n> Nội dung **đậm**.\n").html
        #expect(html == """
            <div class="callout callout-\(kind)" role="note">
            <p class="callout-title">\(title)</p>
            <p>Nội dung <strong>đậm</strong>.</p>
            </div>

            """)
    }

    @Test func titlesAreEscaped() {
        var options = MarkdownOptions()
        options.calloutTitles["note"] = "<Note & co>"
        let html = render("> [!NOTE]\n> x\n", options: options).html
        #expect(html.contains("<p class=\"callout-title\">&lt;Note &amp; co&gt;</p>"))
    }

    @Test func unknownKindStaysAQuoteWithAWarning() {
        let result = render("\n> [!DANGER]\n> x\n")
        #expect(result.html.hasPrefix("<blockquote>"))
        #expect(result.places == ["2:3 markdown.unknown-callout"])
    }

    @Test func plainQuotesAreUntouched() {
        #expect(render("> [!NOTE] inline text\n").html.hasPrefix("<blockquote>"))
    }
}
