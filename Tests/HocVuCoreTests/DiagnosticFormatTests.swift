import Foundation
import HocVuCore
import Testing

@Suite struct DiagnosticFormatTests {
    static let summary = DiagnosticSummary(
        diagnostics: [
            Diagnostic(.error, "link.missing-file", "'03-otp.md' does not exist", at: HocVuCore.SourceLocation(file: "content/a b/bài.md", line: 2, column: 6)),
            Diagnostic(.warning, "image.missing-alt", "100%, sure: yes\nnext", at: HocVuCore.SourceLocation(file: "content/x.md", line: 1, column: 1)),
            Diagnostic(.error, "site.missing", "no site.yml", at: HocVuCore.SourceLocation(file: "content/site.yml")),
        ],
        files: 3, exitCode: 1, toolVersion: "9.9")

    static let files: [String: [Substring]] = [
        "content/a b/bài.md": ["# Đầu", "\tXem [x](03-otp.md)"],
        "content/x.md": ["![](a.png)"],
    ]

    @Test func textHasTheSourceLineAndACaretUnderTheColumn() {
        let text = DiagnosticFormat.text.render(Self.summary, color: false, sourceLines: { Self.files[$0] })
        #expect(text == """
            content/a b/bài.md:2:6: error[link.missing-file]: '03-otp.md' does not exist
             2 | \tXem [x](03-otp.md)
               | \t    ^
            content/x.md:1:1: warning[image.missing-alt]: 100%, sure: yes next
             1 | ![](a.png)
               | ^
            content/site.yml: error[site.missing]: no site.yml

            """)
    }

    @Test func textIsColouredOnlyWhenAsked() {
        let plain = DiagnosticFormat.text.render(Self.summary, color: false, sourceLines: { Self.files[$0] })
        let coloured = DiagnosticFormat.text.render(Self.summary, color: true, sourceLines: { Self.files[$0] })
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m[link.missing-file]"))
    }

    @Test func messagesAreOneLine() {
        #expect(Diagnostic(.error, "x.y", "a\nb\r\nc", at: HocVuCore.SourceLocation(file: "f")).message == "a b c")
    }

    @Test func countsLine() {
        #expect(Self.summary.countsLine == "2 errors, 1 warning, 3 files")
    }

    @Test func jsonFollowsTheDocumentedShape() throws {
        let json = DiagnosticFormat.json.render(Self.summary)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect(object["exit_code"] as? Int == 1)
        #expect((object["summary"] as? [String: Int]) == ["errors": 2, "warnings": 1, "files": 3])
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.count == 3)
        #expect(items[0]["file"] as? String == "content/a b/bài.md")
        #expect(items[0]["line"] as? Int == 2 && items[0]["column"] as? Int == 6)
        #expect(items[0]["code"] as? String == "link.missing-file" && items[0]["severity"] as? String == "error")
        #expect(items[2]["line"] == nil)
        #expect(json == DiagnosticFormat.json.render(Self.summary))
    }

    @Test func githubAnnotationsEscapeTheirParts() {
        let lines = DiagnosticFormat.github.render(Self.summary).split(separator: "\n")
        #expect(lines == [
            "::error file=content/a b/bài.md,line=2,col=6,title=hocvu link.missing-file::'03-otp.md' does not exist",
            "::warning file=content/x.md,line=1,col=1,title=hocvu image.missing-alt::100%25, sure: yes next",
            "::error file=content/site.yml,title=hocvu site.missing::no site.yml",
        ])
        #expect(GitHubReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
        #expect(GitHubReporter.escapeData("a\r\nb%") == "a%0D%0Ab%25")
    }

    @Test func sarifHasOneRulePerCodeAndARegionPerResult() throws {
        let sarif = DiagnosticFormat.sarif.render(Self.summary)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "hocvu")
        let rules = try #require(driver["rules"] as? [[String: String]])
        #expect(rules.map { $0["id"] } == ["image.missing-alt", "link.missing-file", "site.missing"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleIndex"] as? Int } == [1, 0, 2])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "error"])
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "content/a%20b/b%C3%A0i.md")
        #expect((location["region"] as? [String: Int]) == ["startLine": 2, "startColumn": 6])
        let last = try #require((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(last["region"] == nil)
    }
}

@Suite struct TextWindowTests {
    @Test func longLinesAreCutAroundTheColumn() {
        let line = Substring(String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 200))
        let (text, column) = TextReporter.window(line, column: 201)
        #expect(text.count == 102)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(Array(text)[column - 1] == "X")
        #expect(TextReporter.window("ngắn", column: 2) == ("ngắn", 2))
    }

    /// 10,000 diagnostics on one 1 MB line: the line is copied once, then
    /// each excerpt is a window; at most 200 of one code are printed.
    @Test func excerptsOfOneLongLineCopyItOnce() {
        let line = String(repeating: "[á](#a) ", count: 130_000)
        let diagnostics = (0..<10_000).map { i in
            Diagnostic(.error, "link.missing-fragment", "không có", at: SourceLocation(file: "a.md", line: 1, column: 1 + i * 8))
        } + (0..<3).map { i in Diagnostic(.warning, "image.missing-alt", "x", at: SourceLocation(file: "a.md", line: 1, column: 9 + i)) }
        let summary = DiagnosticSummary(diagnostics: diagnostics, files: 1, exitCode: 1, toolVersion: "t")
        var reporter = TextReporter(color: false, sourceLines: { _ in [Substring(line)] })
        let text = reporter.render(summary)
        #expect(reporter.charactersCopied <= line.count + 210 * (TextReporter.width + 2))
        #expect(text.components(separatedBy: "error[link.missing-fragment]").count - 1 == DiagnosticSummary.printLimit)
        #expect(text.components(separatedBy: "warning[image.missing-alt]").count - 1 == 3)
        #expect(text.contains("… and 9800 more [link.missing-fragment] not shown"))
        #expect(text.utf8.count < 100_000)
        // Machine formats keep every one.
        #expect(DiagnosticFormat.json.render(summary).components(separatedBy: "link.missing-fragment").count - 1 >= 10_000)
        let github = DiagnosticFormat.github.render(summary)
        #expect(github.components(separatedBy: "::error ").count - 1 == DiagnosticSummary.printLimit)
    }
}
