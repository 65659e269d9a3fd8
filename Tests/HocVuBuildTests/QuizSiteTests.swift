import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct QuizSiteTests {
    @Test func quizIDsAreUniqueAcrossTheSite() throws {
        var files = minimalSite
        let quiz = "```quiz id=chung\n1. Câu?\n   - [x] Có\n   > Vì thế.\n```\n"
        files["content/courses/an-toan/01-lua-dao.md"] = "---\ntitle: A\n---\n" + quiz
        files["content/courses/an-toan/02-mat-khau.md"] = "---\ntitle: B\n---\n\n" + quiz
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/courses/an-toan/02-mat-khau.md:5:1 quiz.duplicate-id"])
        #expect(report.diagnostics.items.first?.message
            == "quiz id 'chung' is already used at content/courses/an-toan/01-lua-dao.md:4; give this quiz its own id=")
    }
}
