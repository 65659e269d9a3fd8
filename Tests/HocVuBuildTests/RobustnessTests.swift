import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// No input crashes or hangs hocvu: each gets a diagnostic or builds.
@Suite struct RobustnessTests {
    @Test func aTenMegabyteLessonBuildsWhenSiteYmlRaisesTheLimit() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "limits: {markdown_file: 12 MB}\n"
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

    @Test func aTwentyMegabyteLessonIsRefusedWithoutBeingRead() throws {
        var files = minimalSite
        files["content/courses/an-toan/03-ngoac.md"] = String(repeating: "[", count: 20 * 1024 * 1024)
        // A link to it adds no error of its own.
        files["content/pages/p.md"] = "---\ntitle: P\n---\n[bài](../courses/an-toan/03-ngoac.md)\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == ["content/courses/an-toan/03-ngoac.md:0:0 file.too-large"])
        #expect(report.diagnostics.items.first?.message.hasPrefix("this file is 20 MB; Markdown files may be at most 2 MB") == true)
        #expect(report.exitCode == 1)
    }

    @Test func aBadLimitIsAnErrorAtItsValue() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "limits:\n  markdown_file: lớn\n  trang: 1 MB\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build(write: false).places == [
            "content/site.yml:0:0 site.checks-skipped",
            "content/site.yml:7:18 frontmatter.type", "content/site.yml:8:3 frontmatter.unknown-key",
        ])
    }

    /// `? *a7 : x` with nested aliases took 13.5 s (×9 per level): refused
    /// before the YAML parser sees it.
    @Test func yamlAnchorsAndAliasesAreRefusedBeforeParsing() throws {
        var yaml = "---\ntitle: Bom\na0: &a0 [x, x]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1)]\n" }
        yaml += "? *a9\n: x\n---\nNội dung.\n"
        var files = minimalSite
        files["content/pages/bom.md"] = yaml
        // Look-alikes that are plain text, not aliases.
        files["content/pages/p.md"] = "---\ntitle: Tom & Jerry *2*\nsummary: \"*quan trọng*\"\nmenu: false # &x *y\n---\nChữ.\n"
        files["content/pages/q.md"] = "---\ntitle: Q\nsummary: |\n  *a dòng\n  &b dòng\n---\nChữ.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let places = site.build(write: false).places
        #expect(places.count == 29)
        #expect(places.allSatisfy { $0.hasPrefix("content/pages/bom.md:") && $0.hasSuffix(" yaml.alias") })
        #expect(places.first == "content/pages/bom.md:3:5 yaml.alias")
        #expect(places.contains("content/pages/bom.md:4:10 yaml.alias") && places.contains("content/pages/bom.md:4:15 yaml.alias"))
        #expect(places.contains("content/pages/bom.md:13:3 yaml.alias"))
    }

    @Test func controlCharactersInFrontMatterAreErrorsAtTheirColumn() throws {
        var files = minimalSite
        files["content/pages/a.md"] = "---\ntitle: \"A\\0B\"\n---\nChữ.\n"
        files["content/pages/b.md"] = "---\ntitle: Bài\u{01}một\n---\nChữ.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.places == [
            "content/pages/a.md:2:8 frontmatter.control-character",
            "content/pages/b.md:2:11 frontmatter.control-character",
        ])
        #expect(site.read("site/index.html") == nil)
    }

    @Test func anEmptySiteYmlIsOneErrorAndOneNote() throws {
        var files = minimalSite
        files["content/site.yml"] = "\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.places == ["content/site.yml:0:0 site.checks-skipped", "content/site.yml:1:1 site.empty"])
    }
}
