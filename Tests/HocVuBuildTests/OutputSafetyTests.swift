import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct OutputSafetyTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build(out: "a").status == .success)
        #expect(site.build(out: "b").status == .success)
        let a = site.snapshot("a"), b = site.snapshot("b")
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let before = site.snapshot("site")
        try site.write("content/courses/an-toan/01-lua-dao.md", "---\ntitle: x\n---\n[hỏng](khong-co.md)\n")
        let report = site.build()
        #expect(report.status == .contentErrors)
        #expect(site.snapshot("site") == before)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".site.hocvu-tmp").path))
    }

    @Test func aFolderHocvuDidNotMakeIsRefused() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("site/ghi-chu.txt", "của tôi")
        let report = site.build()
        #expect(report.status == .usageError)
        #expect(report.places == ["\(site.root.appendingPathComponent("site").path):0:0 usage.output"])
        #expect(site.read("site/ghi-chu.txt") == "của tôi")
    }

    @Test func outputInsideTheContentFolderIsRefused() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build(out: "content/site").status == .usageError)
        #expect(site.build(out: "content").status == .usageError)
        #expect(site.build(out: ".").status == .usageError)
    }

    @Test func strictTurnsWarningsIntoErrorsAndWritesNothing() throws {
        var files = minimalSite
        files["content/pages/p.md"] = "---\ntitle: P\n---\nChữ <b>đậm</b>\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build(strict: true).status == .contentErrors)
        #expect(site.read("site/index.html") == nil)
        #expect(site.build().status == .success)
    }

    @Test func aStaticFileMayNotReplaceAGeneratedPage() throws {
        var files = minimalSite
        files["content/static/index.html"] = "<p>của tôi</p>"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/static/index.html:0:0 output.conflict"])
        #expect(site.read("site/index.html") == nil)
    }

    /// Pages are written as they are rendered; a problem found only then
    /// (a static file over a page, a page over budget with --strict) still
    /// publishes nothing: the previous site stays whole, and the unfinished
    /// one is removed.
    @Test func aBuildThatFailsWhileRenderingKeepsThePreviousSite() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let before = site.snapshot("site")
        #expect(before["index.html"] != nil)

        try site.write("content/static/index.html", "<p>của tôi</p>")
        #expect(site.build().places == ["content/static/index.html:0:0 output.conflict"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/static"))
        let paragraph = "Bà con nhớ kiểm tra tên người nhận trước khi bấm chuyển tiền.\n\n"
        try site.write("content/courses/an-toan/03-dai.md", "---\ntitle: Dài\n---\n" + String(repeating: paragraph, count: 900))
        #expect(site.build(strict: true).places == ["content/courses/an-toan/03-dai.md:0:0 page.weight"])

        #expect(site.snapshot("site") == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(names.filter { $0.contains("hocvu-tmp") || $0.contains("hocvu-old") }.isEmpty, "\(names)")
    }

    @Test func checkWritesNothing() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.status == .success)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
    }
}
