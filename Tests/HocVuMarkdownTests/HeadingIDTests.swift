import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct HeadingIDTests {
    @Test func idsAreSlugsMadeUnique() {
        let result = render("# Câu hỏi ôn tập\n\n## Câu hỏi ôn tập\n\n## Câu hỏi ôn tập\n")
        #expect(result.headings.map(\.id) == ["cau-hoi-on-tap", "cau-hoi-on-tap-2", "cau-hoi-on-tap-3"])
        #expect(result.html.contains("<h2 id=\"cau-hoi-on-tap-2\">Câu hỏi ôn tập</h2>"))
    }

    @Test func customIDIsUsedAndRemovedFromTheText() {
        let result = render("## Mật khẩu *mạnh* {#mat-khau}\n")
        #expect(result.headings.first?.id == "mat-khau")
        #expect(result.headings.first?.text == "Mật khẩu mạnh")
        #expect(result.html == "<h2 id=\"mat-khau\">Mật khẩu <em>mạnh</em></h2>\n")
    }

    @Test func headingsKnowTheirFileLine() {
        let result = render("Đoạn văn.\n\n## Mục\n", firstLine: 6)
        #expect(result.headings.first?.location.line == 8)
    }
}
