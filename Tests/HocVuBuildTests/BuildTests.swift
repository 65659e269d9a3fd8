import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct URLMappingTests {
    @Test func pagesGoToPrettyURLsAndLinksAreRelative() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .success, "\(report.places)")
        let lesson = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(lesson.contains("href=\"../mat-khau/index.html#tao-mat-khau\""))
        #expect(lesson.contains("src=\"../assets/dt.svg\""))
        #expect(lesson.contains("href=\"../../../assets/style.css\""))
        let second = try #require(site.read("site/courses/an-toan/mat-khau/index.html"))
        // The forge-style Unicode fragment is rewritten to the canonical id.
        #expect(second.contains("href=\"../lua-dao/index.html#dau-hieu\""))
        let course = try #require(site.read("site/courses/an-toan/index.html"))
        #expect(course.contains("href=\"lua-dao/index.html\""))
        for page in ["index.html", "courses/index.html", "404.html", "courses/an-toan/assets/dt.svg", "assets/style.css", ".hocvu-site"] {
            #expect(site.read("site/\(page)") != nil, "\(page)")
        }
        // No absolute URL to this site and nothing from other hosts.
        for (path, data) in site.snapshot("site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path)")
            #expect(!html.contains("src=\"/"), "\(path)")
            #expect(!html.contains("src=\"http"), "\(path)")
        }
    }

    @Test func everyBrokenLinkIsReportedInOneRun() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"] = """
            ---
            title: Mật khẩu
            ---
            ## Tạo mật khẩu

            [a](01-lua-dao.md#khong-co) [b](01-lua-da.md) [c](01-Lua-Dao.md)
            [d](../../../ngoai.md) [e](/tai-lieu/khong-co.pdf) [f](mailto:khong-hop-le)
            [g](tel:abc) [h](#tao-mat-khau) [i](https://) [k](#khong-co)

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .contentErrors)
        let file = "content/courses/an-toan/02-mat-khau.md"
        #expect(report.places == [
            "\(file):6:1 link.missing-fragment",
            "\(file):6:29 link.missing-file",
            "\(file):6:47 link.case-mismatch",
            "\(file):7:1 link.outside-content",
            "\(file):7:24 link.missing-file",
            "\(file):7:52 link.malformed-url",
            "\(file):8:1 link.malformed-url",
            "\(file):8:33 link.malformed-url",
            "\(file):8:47 link.missing-fragment",
        ])
        let missing = report.diagnostics.items.first { $0.location.column == 29 }
        #expect(missing?.message == "'01-lua-da.md' does not exist (did you mean '01-lua-dao.md'?)")
        #expect(site.read("site/index.html") == nil)
    }
}

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

    @Test func checkWritesNothing() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.status == .success)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
    }
}

@Suite struct ThemeTests {
    @Test func aSiteThemeOverridesTemplatesAndIsChecked() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "theme: rieng\n"
        files["themes/rieng/templates/page.mustache"] = "{{> head}}\n<h1>{{page.title}}</h1> {{pgae.body_html}}\n{{> chan-trang}}{{t.khong_co}}\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .contentErrors)
        #expect(report.diagnostics.sorted.map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
            "2:25 theme.unknown-variable",
            "3:1 theme.missing-partial",
            "3:17 theme.missing-string",
        ])
        #expect(report.diagnostics.items.allSatisfy { $0.location.file.hasSuffix("themes/rieng/templates/page.mustache") })
    }

    @Test func aValidOverrideIsUsed() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "theme: rieng\nlanguage: en\n"
        files["themes/rieng/templates/catalog.mustache"] = "<p>{{course_count}} {{t.courses}}</p>{{#courses}}<a href=\"{{url}}\">{{title}}</a>{{/courses}}"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        #expect(site.read("site/courses/index.html") == "<p>1 Courses</p><a href=\"an-toan/index.html\">An toàn trên mạng</a>")
        // Other templates still come from the default theme, in English.
        #expect(site.read("site/index.html")?.contains("<html lang=\"en\">") == true)
    }

    @Test func missingThemeIsAnError() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "theme: khong-co\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == ["content/site.yml:0:0 theme.missing"])
    }

    @Test func theDefaultThemePassesItsOwnCheck() {
        var diagnostics = DiagnosticList()
        let theme = ThemeLoader(siteRoot: URL(fileURLWithPath: "/nonexistent"), name: "default", language: "vi")
            .load(diagnostics: &diagnostics)
        #expect(theme != nil)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
    }
}

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
