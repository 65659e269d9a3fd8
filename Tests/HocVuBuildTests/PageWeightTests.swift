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

    /// The theme's CSS and scripts count as they travel (gzip), the page's own
    /// HTML as it is: a 39 KB page passes with the whole theme, a 56 KB one not.
    @Test func cssAndScriptsCountCompressedThePageAsItIs() throws {
        let repetitive = Data(String(repeating: ".a { color: red; }\n", count: 5000).utf8)
        #expect(repetitive.count == 95_000)
        #expect(PageWeightCheck.compressedSize(repetitive) < 1_000)
        var noise = [UInt8](repeating: 0, count: 20_000)
        var x: UInt32 = 12345
        for i in noise.indices { x = x &* 1_103_515_245 &+ 12345; noise[i] = UInt8(truncatingIfNeeded: x >> 16) }
        #expect(abs(PageWeightCheck.compressedSize(Data(noise)) - 20_000) < 200, "incompressible data stays its size")

        let paragraph = "Bà con nhớ kiểm tra tên người nhận trước khi bấm chuyển tiền, và không đọc mã OTP cho ai.\n\n"
        for (count, warned) in [(290, false), (480, true)] {
            var files = minimalSite
            files["content/courses/an-toan/03-dai.md"] = "---\ntitle: Dài\n---\n" + String(repeating: paragraph, count: count)
            let site = try TempSite(files)
            defer { site.remove() }
            let report = site.build()
            #expect(report.places.contains("content/courses/an-toan/03-dai.md:0:0 page.weight") == warned, "\(count)")
        }
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
