import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct RawHTMLTests {
    @Test func droppedWithAWarningAtItsPosition() {
        let result = render("Chữ <b>đậm</b>\n\n<div>khối</div>\n", firstLine: 3)
        #expect(result.html == "<p>Chữ đậm</p>\n")
        #expect(result.places == ["3:5 markdown.raw-html", "3:11 markdown.raw-html", "5:1 markdown.raw-html"])
    }

    @Test func commentsAreDroppedSilently() {
        let result = render("<!-- ghi chú của tác giả -->\n\nVăn bản\n")
        #expect(result.html == "<p>Văn bản</p>\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func keptWhenAllowed() {
        var options = MarkdownOptions()
        options.allowRawHTML = true
        let result = render("<div>khối</div>\n", options: options)
        #expect(result.html == "<div>khối</div>\n")
        #expect(result.diagnostics.isEmpty)
    }
}
