import Foundation
import HocVuBuild
import HocVuCore
import Testing

@testable import HocVuBuild

@Suite struct PageWeightTests {
    @Test func aPageOverTheBudgetIsWarnedAtItsSource() throws {
        var files = minimalSite
        let paragraph = "Bà con nhớ kiểm tra tên người nhận trước khi bấm chuyển tiền, và không đọc mã OTP cho ai.\n\n"
        files["content/courses/an-toan/03-dai.md"] = "---\ntitle: Dài\n---\n" + String(repeating: paragraph, count: 600)
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/courses/an-toan/03-dai.md:0:0 page.weight"])
        #expect(report.diagnostics.items.first?.message.contains("over the 50 KB budget") == true)
    }

    @Test func onlyWholeCommentLinesAndIndentationAreDropped() {
        let script = """
            /* A comment
               over two lines. */
            (function () {
              // a line comment
              var url = "http://example.org/*not a comment*/"; // kept: not a whole line
              return url;
            })();

            """
        #expect(AssetCompactor.compact(script, script: true) == """
            (function () {
            var url = "http://example.org/*not a comment*/"; // kept: not a whole line
            return url;
            })();

            """)
        #expect(AssetCompactor.compact("a {\n  color: red; /* x */\n}\n/* end */\n", script: false) == "a {\ncolor: red; /* x */\n}\n")
    }
}
