import Foundation
import HocVuBuild
import HocVuCore
import Testing

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
        #expect(site.read("site/index.html")?.contains("<html lang=\"en\"") == true)
    }

    @Test func missingThemeIsAnError() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + "theme: khong-co\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == ["content/site.yml:6:8 theme.missing"])
    }

    @Test func theDefaultThemePassesItsOwnCheck() {
        var diagnostics = DiagnosticList()
        let theme = ThemeLoader(siteRoot: URL(fileURLWithPath: "/nonexistent"), name: "default", language: "vi")
            .load(diagnostics: &diagnostics)
        #expect(theme != nil)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
    }
}
