import Foundation
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
        #expect(html.contains("<form class=\"quiz\" id=\"quiz-mat-khau-manh\" data-quiz=\"mat-khau-manh\" data-pass=\"80\" data-strings=\"{&quot;"))
        #expect(html.contains("<p class=\"quiz-info\">3 câu hỏi · cần đúng 80% để đạt</p>"))
        #expect(html.contains("<fieldset class=\"quiz-question\" data-kind=\"single\" data-answer=\"2\">"))
        #expect(html.contains("<fieldset class=\"quiz-question\" data-kind=\"multiple\" data-answer=\"0 1\">"))
        #expect(html.contains("<fieldset class=\"quiz-question\" data-kind=\"short-answer\" data-accept=\"[&quot;113&quot;,&quot;một một ba&quot;]\">"))
        #expect(html.contains("<input type=\"radio\" name=\"mat-khau-manh-q1\" value=\"2\">"))
        #expect(html.contains("<input type=\"checkbox\" name=\"mat-khau-manh-q2\" value=\"0\">"))
        #expect(html.contains("<label for=\"mat-khau-manh-q3\">Nhập câu trả lời</label> <input type=\"text\" id=\"mat-khau-manh-q3\""))
        #expect(html.contains("<legend><span class=\"quiz-number\">Câu 1.</span> Mật khẩu nào an toàn nhất?</legend>"))
        // Buttons only appear when the script runs; its feedback goes to a live region.
        #expect(html.contains("<div class=\"quiz-actions\" hidden><button type=\"submit\" class=\"quiz-check\">Kiểm tra</button>"))
        #expect(html.contains("<div class=\"quiz-status\" role=\"status\"></div>"))
        // Answers, per-choice notes and explanations sit in a closed <details>.
        #expect(html.contains("<details class=\"quiz-answers\">"))
        #expect(!html.contains("<details class=\"quiz-answers\" open"))
        #expect(html.contains("<dt>Hoa-Sen!2025#vn</dt>\n<dd data-choice=\"2\"><p>Dài, có chữ hoa, chữ số và ký hiệu.</p>"))
        #expect(html.contains("<div class=\"quiz-explanation\">\n<p>Mật khẩu mạnh có ít nhất 12 ký tự"))
        #expect(html.contains("<div class=\"quiz-correct\"><strong>Đáp án đúng:</strong> Bật xác thực hai lớp; Không chia sẻ mã OTP</div>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("style="))
        #expect(!html.contains("```"))
    }

    @Test func scriptStringsAreJSONWithTheirPlaceholders() throws {
        let html = render(Self.example).html
        let start = try #require(html.range(of: "data-strings=\""))
        let end = try #require(html[start.upperBound...].firstIndex(of: "\""))
        let attribute = String(html[start.upperBound..<end]).replacingOccurrences(of: "&quot;", with: "\"")
        let strings = try JSONDecoder().decode([String: String].self, from: Data(attribute.utf8))
        #expect(Set(strings.keys) == Set(MarkdownOptions.quizScriptStrings))
        #expect(strings["score"] == "Bạn trả lời đúng {correct}/{total} câu ({percent}%).")
    }

    @Test func promptsKeepTheirInlineMarkdown() {
        let html = render("```quiz\n1. Lệnh `ls` có *an toàn*?\n   - [x] **Có**\n   - [ ] Không\n   > Vì [thế](https://example.org).\n```\n").html
        #expect(html.contains("Lệnh <code>ls</code> có <em>an toàn</em>?</legend>"))
        #expect(html.contains("<span class=\"quiz-choice\"><strong>Có</strong></span>"))
        #expect(html.contains("<p>Vì <a href=\"https://example.org\">thế</a>.</p>"))
    }

    @Test func shuffleIsAnAttributeForTheScript() {
        let html = render("```quiz shuffle\n1. Câu?\n   - [x] Có\n   - [ ] Không\n   > Vì thế.\n```\n").html
        #expect(html.contains("data-pass=\"70\" data-shuffle=\"\" data-strings="))
    }

    @Test func interfaceWordsComeFromTheOptions() {
        var options = MarkdownOptions()
        options.quizStrings["check"] = "Check"
        options.quizStrings["info"] = "{count} question(s), {pass}% to pass"
        let source = MarkdownSource(path: "b.md", text: "```quiz\n1. Q?\n   - [x] A\n   - [ ] B\n   > Why.\n```\n", firstLine: 1)
        let html = MarkdownRenderer(options: options).render(source).html
        #expect(html.contains(">Check</button>"))
        #expect(html.contains("<p class=\"quiz-info\">1 question(s), 70% to pass</p>"))
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

    @Test func strayBlocksAreWarnedNotDroppedSilently() {
        let text = """
            ```quiz
            1. Câu?
               - [x] Có
               - [ ] Chưa
               > Vì thế.

               Thêm một đoạn.

            Đoạn sau danh sách.
            ```

            """
        #expect(render(text).places.sorted() == ["7:4 quiz.stray-block", "9:1 quiz.stray-block"])
    }

    // MARK: Advice for authors (warnings)

    @Test func aMuchLongerCorrectAnswerGivesItAway() {
        let text = """
            ```quiz
            1. Nên làm gì?
               - [ ] Chuyển tiền
               - [x] Gọi lại cho người thân bằng số điện thoại đã lưu từ trước
               - [ ] Chờ
               > Vì thế.
            2. Nên làm gì?
               - [ ] Chuyển tiền cho người lạ
               - [x] Gọi lại cho người thân
               - [ ] Chờ vài ngày rồi tính
               > Vì thế.
            ```

            """
        #expect(render(text).places == ["4:4 quiz.give-away"])
    }

    @Test func choicesThatDifferOnlyInCaseOrAccentsAreWarned() {
        let text = """
            ```quiz
            1. Chọn đúng?
               - [x] Mật khẩu
               - [ ] mat  khau
               > Vì thế.
            2. Gõ số?
               - [=] một một ba
               - [=] Mot mot ba
               - [=] 113
               > Vì thế.
            ```

            """
        let result = render(text)
        #expect(result.places == ["4:4 quiz.similar-choices", "8:4 quiz.similar-choices"])
        #expect(result.diagnostics[1].message.contains("already accepted"))
    }

    @Test(arguments: [
        ("Việc nào không nên làm?", "không"),
        ("Việc nào KHÔNG nên làm?", "KHÔNG"),
        ("Which is NOT safe?", "NOT"),
        ("Chọn tất cả, except one?", "except"),
    ])
    func negativePromptsWithoutEmphasisAreWarned(prompt: String, word: String) {
        let result = render("```quiz\n1. \(prompt)\n   - [x] A\n   - [ ] B\n   > Vì thế.\n```\n")
        #expect(result.places == ["2:4 quiz.negative-prompt"])
        #expect(result.diagnostics.first?.message.contains("'\(word)'") == true)
    }

    @Test(arguments: [
        "Việc nào **không** nên làm?",
        "Việc nào *KHÔNG* nên làm?",
        "Chia sẻ mã OTP có an toàn không?",
        "Có nên bấm link lạ không ?",
        "Mật khẩu nào mạnh nhất?",
    ])
    func emphasisedNegativesAndYesNoQuestionsAreFine(prompt: String) {
        #expect(render("```quiz\n1. \(prompt)\n   - [x] A\n   - [ ] B\n   > Vì thế.\n```\n").places == [])
    }

    @Test func theContractExampleGetsNoAdvice() {
        let codes = render(Self.example).diagnostics.map(\.code)
        #expect(!codes.contains { ["quiz.give-away", "quiz.similar-choices", "quiz.negative-prompt"].contains($0) })
    }
}

extension QuizPassTests {
    /// One parse gives the page with its quiz forms and, for exports, the
    /// same page without them: exactly what a parse with `quizForms` off gives.
    @Test func thePageWithoutQuizFormsIsThePageParsedWithoutThem() {
        let text = "Trước\n\n```quiz\n1. Câu hỏi `mã`?\n   - [x] Đúng\n   - [ ] Sai\n   > Vì vậy.\n```\n\n```\ncode\n```\n\nSau [x](#truoc)\n"
        var options = MarkdownOptions()
        options.focusableCode = true
        options.alsoWithoutQuizForms = true
        let both = MarkdownRenderer(options: options).render(MarkdownSource(path: "a.md", text: text, firstLine: 1))
        options.alsoWithoutQuizForms = false
        options.quizForms = false
        let plain = MarkdownRenderer(options: options).render(MarkdownSource(path: "a.md", text: text, firstLine: 1))
        #expect(both.html.contains("<form class=\"quiz\""))
        #expect(both.htmlWithoutQuizForms == plain.html)
        #expect(plain.html.contains("<pre tabindex=\"0\"><code>code"))
        #expect(!plain.html.contains("<form"))
    }
}
