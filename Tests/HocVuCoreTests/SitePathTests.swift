import HocVuCore
import Testing

@Suite struct SitePathTests {
    @Test(arguments: [
        ("index.html", "courses/a/index.html", "courses/a/index.html"),
        ("courses/a/b/index.html", "courses/a/c/index.html", "../c/index.html"),
        ("courses/a/b/index.html", "courses/a/index.html", "../index.html"),
        ("courses/a/b/index.html", "index.html", "../../../index.html"),
        ("courses/a/b/index.html", "courses/a/assets/x.svg", "../assets/x.svg"),
        ("pages/p/index.html", "tai-lieu/so tay.pdf", "../../tai-lieu/so%20tay.pdf"),
        ("courses/a/index.html", "courses/a/b/index.html", "b/index.html"),
    ])
    func relativeURLs(from: String, to: String, expected: String) {
        #expect(SitePath.relative(from: from, to: to) == expected)
    }

    @Test func rootPrefix() {
        #expect(SitePath.root(from: "index.html") == "")
        #expect(SitePath.root(from: "courses/a/b/index.html") == "../../../")
    }

    @Test func normalise() {
        #expect(SitePath.normalise("../b/course.md", in: "courses/a") == "courses/b/course.md")
        #expect(SitePath.normalise("./x/../y.png", in: "courses/a") == "courses/a/y.png")
        #expect(SitePath.normalise("../../../x.md", in: "courses/a") == nil)
    }

    @Test func percentEncodingIsUTF8() {
        #expect(SitePath.percentEncode("tài liệu.pdf") == "t%C3%A0i%20li%E1%BB%87u.pdf")
    }
}

@Suite struct TextValueTests {
    @Test func durations() {
        #expect(DurationText.parse("90m") == 90)
        #expect(DurationText.parse("1h30m") == 90)
        #expect(DurationText.parse("2h") == 120)
        #expect(DurationText.parse("90") == nil)
        #expect(DurationText.parse("1h30") == nil)
        #expect(DurationText.parse("abc") == nil)
        #expect(DurationText.display(90, language: "vi") == "1 giờ 30 phút")
        #expect(DurationText.display(45, language: "en") == "45 min")
    }

    @Test func dates() {
        #expect(DateText.isValid("2024-02-29"))
        #expect(!DateText.isValid("2025-02-29"))
        #expect(!DateText.isValid("2025-13-01"))
        #expect(!DateText.isValid("16/04/2025"))
        #expect(DateText.display("2025-04-16", language: "vi") == "16/4/2025")
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "sumary", in: ["title", "summary"]) == "summary")
        #expect(Suggestion.closest(to: "zzz", in: ["title", "summary"]) == nil)
    }

    @Test func diagnosticsFormatAndSortStably() {
        var list = DiagnosticList()
        list.warning("b.code", "second", at: HocVuCore.SourceLocation(file: "a.md", line: 9, column: 1))
        list.error("a.code", "first", at: HocVuCore.SourceLocation(file: "a.md", line: 2, column: 5))
        #expect(list.sorted.map(\.formatted) == [
            "a.md:2:5: error[a.code]: first",
            "a.md:9:1: warning[b.code]: second",
        ])
        list.promoteWarnings()
        #expect(list.errorCount == 2)
    }
}
