import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct QuizPassTests {
    /// The example quiz of CONTENT-FORMAT.md §5.
    static let example = """
        # Bài

        ```quiz id=mat-khau-manh pass=80
        1. Mật khẩu nào an toàn nhất?
           - [ ] 123456
           - [ ] ngaysinh1990
           - [x] Hoa-Sen!2025#vn
             > Dài, có chữ hoa, chữ số và ký hiệu.
           > Mật khẩu mạnh có ít nhất 12 ký tự và không chứa thông tin cá nhân.

        2. Những việc nào giúp bảo vệ tài khoản? (chọn nhiều đáp án)
           - [x] Bật xác thực hai lớp
           - [x] Không chia sẻ mã OTP
           - [ ] Dùng một mật khẩu cho mọi tài khoản

        3. Số điện thoại khẩn cấp để báo tin cho công an là số nào?
           - [=] 113
           - [=] một một ba
        ```

        """

    @Test func theContractExample() throws {
        let result = render(Self.example)
        let quiz = try #require(result.quizzes.first)
        #expect(quiz.id == "mat-khau-manh")
        #expect(quiz.passPercent == 80)
        #expect(quiz.questions.map(\.kind) == [.single, .multiple, .shortAnswer])
        let first = quiz.questions[0]
        #expect(first.promptHTML == "Mật khẩu nào an toàn nhất?")
        #expect(first.choices.map(\.text) == ["123456", "ngaysinh1990", "Hoa-Sen!2025#vn"])
        #expect(first.choices.map(\.correct) == [false, false, true])
        #expect(first.choices[2].feedbackHTML == "<p>Dài, có chữ hoa, chữ số và ký hiệu.</p>\n")
        #expect(first.explanationHTML?.contains("ít nhất 12 ký tự") == true)
        #expect(quiz.questions[2].choices.map(\.text) == ["113", "một một ba"])
        #expect(first.location.line == 4)
        // Only the warning for the questions without an explanation.
        #expect(result.places == ["11:1 quiz.no-explanation", "16:1 quiz.no-explanation"])
    }

    @Test func htmlIsAFormThatWorksWithoutScript() {
        let html = render(Self.example).html
        #expect(html.contains("<form class=\"quiz\" id=\"quiz-mat-khau-manh\" data-quiz=\"mat-khau-manh\" data-pass=\"80\">"))
        #expect(html.contains("<input type=\"radio\" name=\"mat-khau-manh-q1\" value=\"2\">"))
        #expect(html.contains("<input type=\"checkbox\" name=\"mat-khau-manh-q2\" value=\"0\">"))
        #expect(html.contains("<input type=\"text\" id=\"mat-khau-manh-q3\""))
        #expect(html.contains("<legend><span class=\"quiz-number\">Câu 1.</span> Mật khẩu nào an toàn nhất?</legend>"))
        #expect(html.contains("<details class=\"quiz-answers\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("style="))
        #expect(!html.contains("```"))
    }

    @Test func defaultIDsUseThePrefix() {
        let text = "```quiz\n1. Câu?\n   - [x] Có\n   > Vì thế.\n```\n\n```quiz\n1. Câu?\n   - [x] Có\n   > Vì thế.\n```\n"
        let ids = MarkdownRenderer().render(MarkdownSource(path: "b.md", text: text, firstLine: 1), quizPrefix: "khoa-bai")
            .quizzes.map(\.id)
        #expect(ids == ["khoa-bai-1", "khoa-bai-2"])
    }

    @Test func everyErrorOfTheContractAtItsLine() {
        let text = """
            ```quiz pass=120 mau=do
            1. Không có đáp án
            2. - [x] Không có đề
            3. Không có đáp án đúng
               - [ ] A
               - [ ] B
            4. Trộn loại
               - [x] A
               - [=] B
            5. Lựa chọn rỗng và trùng
               - [x] A
               - [ ] A
               - [ ]
            ```

            ```quiz
            Không phải danh sách.
            ```

            """
        let result = render(text, firstLine: 10)
        #expect(result.places == [
            "10:1 quiz.pass",
            "10:1 quiz.unknown-attribute",
            "11:1 quiz.no-answers",
            "12:1 quiz.no-prompt",
            "14:4 quiz.no-correct",
            "17:4 quiz.mixed-answers",
            "21:4 quiz.duplicate-choice",
            "22:4 quiz.empty-choice",
            "19:1 quiz.no-explanation",
            "25:1 quiz.no-questions",
        ])
    }

    @Test func allCorrectIsAWarning() {
        let result = render("```quiz\n1. Chọn hết?\n   - [x] A\n   - [x] B\n   > Đúng.\n```\n")
        #expect(result.places == ["3:4 quiz.all-correct"])
    }

    @Test func linksInsideQuizzesAreResolved() {
        var asked: [String] = []
        let result = render("```quiz\n1. Xem [bài](02-b.md)?\n   - [x] Có\n   > Vì [thế](03-c.md).\n```\n") { request in
            asked.append("\(request.destination)@\(request.location.line):\(request.location.column)")
            return LinkResolution(url: "x/index.html")
        }
        #expect(asked == ["02-b.md@2:8", "03-c.md@4:9"])
        #expect(result.html.contains("<a href=\"x/index.html\">bài</a>"))
    }
}
