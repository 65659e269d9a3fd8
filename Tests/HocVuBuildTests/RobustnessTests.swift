import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// No input crashes or hangs hocvu: each gets a diagnostic or builds.
@Suite struct RobustnessTests {
    @Test func aTenMegabyteLessonBuilds() throws {
        var files = minimalSite
        let block = "## Phần\n\nBà con cần **dừng lại, kiểm tra** trước khi chuyển tiền, xem [bài sau](02-mat-khau.md).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        let copies = 10_000_000 / block.utf8.count + 1
        files["content/courses/an-toan/03-rat-dai.md"] = "---\ntitle: Rất dài\n---\n" + String(repeating: block, count: copies)
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/courses/an-toan/03-rat-dai.md:0:0 page.weight"], "only: too heavy for a phone")
        #expect(report.exitCode == 0)
        let page = try #require(site.read("site/courses/an-toan/rat-dai/index.html"))
        #expect(page.utf8.count > 10_000_000)
    }

    @Test func deepNestingDoesNotOverflowTheStack() throws {
        var files = minimalSite
        files["content/courses/an-toan/03-long.md"] = "---\ntitle: Lồng\n---\n"
            + String(repeating: "> ", count: 50_000) + "trích dẫn\n\n" + String(repeating: "- ", count: 50_000) + "mục\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.exitCode == 0)
        #expect(site.read("site/courses/an-toan/long/index.html")?.contains("trích dẫn") == true)
    }

    @Test func symbolicLinkLoopsAreReportedNotFollowed() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let fm = FileManager.default
        try fm.createDirectory(at: site.content.appendingPathComponent("courses/an-toan/vong"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: site.content.appendingPathComponent("courses/an-toan/vong/len").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: site.content.appendingPathComponent("courses/an-toan/vong/tu-chi").path, withDestinationPath: "tu-chi")
        let report = site.build(write: false)
        #expect(report.places == [
            "content/courses/an-toan/vong/len:0:0 file.linked-folder",
            "content/courses/an-toan/vong/tu-chi:0:0 file.broken-link",
        ])
        #expect(report.exitCode == 0)
    }
}
