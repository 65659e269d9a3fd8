import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct QuizSiteTests {
    @Test func quizIDsAreUniqueAcrossTheSite() throws {
        var files = minimalSite
        let quiz = "```quiz id=chung\n1. Câu?\n   - [x] Có\n   > Vì thế.\n```\n"
        files["content/courses/an-toan/01-lua-dao.md"]? += "\n" + quiz
        files["content/courses/an-toan/02-mat-khau.md"]? += "\n" + quiz
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/courses/an-toan/02-mat-khau.md:8:1 quiz.duplicate-id"])
        #expect(report.diagnostics.items.first?.message
            == "quiz id 'chung' is already used at content/courses/an-toan/01-lua-dao.md:9; give this quiz its own id=")
    }

    static let twoQuestions = "```quiz id=lua-dao\n1. Câu?\n   - [x] Có\n   - [ ] Chưa\n   > Vì thế.\n2. Gõ số?\n   - [=] 113\n   > Vì thế.\n```\n"

    @Test func courseAndLessonPagesCountTheQuestions() throws {
        var files = minimalSite
        files["content/courses/an-toan/01-lua-dao.md"]? += "\n" + Self.twoQuestions
        files["content/courses/an-toan/02-mat-khau.md"]? += "Không có câu hỏi.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let course = try #require(site.read("site/courses/an-toan/index.html"))
        #expect(course.contains("<div><dt>Câu hỏi ôn tập</dt><dd>2</dd></div>"))
        #expect(course.contains("<li data-lesson=\"an-toan/lua-dao\" data-quizzes=\"lua-dao\">"))
        #expect(course.contains("<li data-lesson=\"an-toan/mat-khau\" data-quizzes=\"\">"))
        #expect(course.contains("<p class=\"lesson-questions\">Câu hỏi ôn tập: 2</p>"))
        #expect(course.contains("<section class=\"box progress-box\" data-progress hidden"))
        let first = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(first.contains("<article class=\"lesson\" data-lesson=\"an-toan/lua-dao\">"))
        #expect(first.contains("<span>Câu hỏi ôn tập: 2 (cả khóa: 2)</span>"))
        #expect(first.contains("<script src=\"../../../assets/quiz.js\" defer></script>"))
        #expect(first.contains("<html lang=\"vi\" data-site=\"cong-hoc-thu\">"))
        let second = try #require(site.read("site/courses/an-toan/mat-khau/index.html"))
        #expect(!second.contains("Câu hỏi ôn tập:"))
        #expect(site.read("site/assets/quiz.js")?.contains("localStorage") == true)
    }

    @Test func quizWordsFollowTheSiteLanguage() throws {
        var files = minimalSite
        files["content/site.yml"]? += "language: en\n"
        files["content/courses/an-toan/01-lua-dao.md"]? += "\n" + Self.twoQuestions
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let lesson = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(lesson.contains("<summary>Show answers and explanations</summary>"))
        #expect(lesson.contains(">Check</button>"))
        // Counts after a label: right for one question as for many.
        #expect(lesson.contains("<p class=\"quiz-info\">Questions: 2 · 70% to pass</p>"))
        #expect(lesson.contains("&quot;score&quot;:&quot;Right answers: {correct} of {total} ({percent}%).&quot;"))
    }

    @Test func choicesThatArePicturesAreKnownByTheirAltText() throws {
        var files = minimalSite
        files["content/courses/an-toan/assets/a.svg"] = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'/>"
        files["content/courses/an-toan/assets/b.svg"] = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'/>"
        files["content/courses/an-toan/01-lua-dao.md"]? += """

            ```quiz
            1. Biểu tượng nào là ổ khóa?
               - [ ] ![Chiếc chìa khóa](assets/a.svg)
               - [x] ![Ổ khóa đóng](assets/b.svg)
               > Ổ khóa đóng nghĩa là kết nối an toàn.
            ```

            """
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let lesson = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(lesson.contains("<img src=\"../assets/b.svg\" alt=\"Ổ khóa đóng\" width=\"40\" height=\"20\" loading=\"lazy\" decoding=\"async\">"))
    }
}
