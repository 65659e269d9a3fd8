import Foundation
import HocVuCore
import Testing

@testable import HocVuBuild

/// What issue 13 changed in the pages a learner reads: forge-style heading
/// links, the home page's h1 and audience cards, targets by year, the footer's
/// operator and contact, quiz choices that are code, the offline size, filters
/// on a learning path.
@Suite struct LearnerPagesTests {
    private func codes(_ report: BuildReport) -> [String] {
        report.diagnostics.sorted.map { "\($0.location.line):\($0.location.column) \($0.code)" }
    }

    @Test func aLinkWrittenWithGitHubsHeadingIDPointsAtHocvusID() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"] = """
            ---
            title: Mật khẩu mạnh
            ---
            ## The + operator

            ## macro_rules

            ## `Rc<T>`

            ## Ví dụ

            ## Ví dụ

            Xem [toán tử](#the--operator), [macro](#macro_rules), [Rc](01-lua-dao.md#dấu-hiệu),
            [con trỏ](#rct), [ví dụ hai](#ví-dụ-1) và [bài trước](01-lua-dao.md#dau-hieu).

            Sai: [không có](#the-plus-operator).

            ## Tạo mật khẩu

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        // Only the fragment no heading has (by either id) is an error.
        #expect(codes(report) == ["17:6 link.missing-fragment"])
        files["content/courses/an-toan/02-mat-khau.md"] = files["content/courses/an-toan/02-mat-khau.md"]?
            .replacingOccurrences(of: "Sai: [không có](#the-plus-operator).", with: "")
        let fixed = try TempSite(files)
        defer { fixed.remove() }
        #expect(fixed.build().status == .success)
        let page = try #require(fixed.read("site/courses/an-toan/mat-khau/index.html"))
        for (id, text) in [("the-operator", "toán tử"), ("macro-rules", "macro"), ("rc-t", "con trỏ"), ("vi-du-2", "ví dụ hai")] {
            #expect(page.contains("<a href=\"#\(id)\">\(text)</a>"), "\(id)")
            #expect(page.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(!page.contains("href=\"#the--operator\""))
    }

    /// GitHub numbers repeats -1, -2 where hocvu says -2, -3: a fragment with
    /// marks is the forge's; an ASCII one that names two headings is hocvu's,
    /// with a warning; an explicit {#id} is text on the forge.
    @Test func forgeAndHocvuIDsThatCollideAreResolvedAndReported() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"] = """
            ---
            title: Mật khẩu mạnh
            ---
            ## Ví dụ

            ## Ví dụ

            ## Ví dụ

            ## The + operator

            ## The operator

            ## Mục tiêu {#muc-tieu}

            [a](#ví-dụ-2) [b](#the-operator) [c](#mục-tiêu-muc-tieu)

            ## Tạo mật khẩu

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(codes(report) == ["16:15 link.ambiguous-fragment"])
        let page = try #require(site.read("site/courses/an-toan/mat-khau/index.html"))
        #expect(page.contains("<a href=\"#vi-du-3\">a</a>"))
        #expect(page.contains("<a href=\"#the-operator\">b</a>"))
        #expect(page.contains("<a href=\"#muc-tieu\">c</a>"))
    }

    @Test func homeTakesItsHeadingFromTheIntroAndLinksEachAudienceToItsPath() throws {
        var files = minimalSite
        files["content/site.yml"] = """
            title: Cổng học thử
            audiences:
              nguoi-dan: {name: Người dân, targets: {2026: 100, 2025: 80}}
              can-bo: {name: Cán bộ, target_percent: 90}
            competencies:
              an-toan: {name: An toàn}

            """
        files["content/index.md"] = "# Chào *bà con*\n\nHọc từng bước.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let home = try #require(site.read("site/index.html"))
        #expect(home.components(separatedBy: "<h1").count == 2)
        #expect(home.contains("<h1 id=\"chao-ba-con\">Chào <em>bà con</em></h1>"))
        #expect(!home.contains("<h1>Cổng học thử</h1>"))
        #expect(home.contains("<h3><a href=\"courses/doi-tuong/nguoi-dan/index.html\">Người dân</a></h3>"))
        // Every year, oldest first, as a sentence; the single value without a year.
        let sentences = home.matches(of: /<p class="target">([^<]*)<\/p>/).map { String($0.output.1) }
        #expect(sentences == [
            "Đến năm 2025: 80% số người trong nhóm này có kỹ năng số cơ bản",
            "Đến năm 2026: 100% số người trong nhóm này có kỹ năng số cơ bản",
            "90% số người trong nhóm này có kỹ năng số cơ bản",
        ])
        // The theme's strings never name a year themselves.
        for language in ["vi", "en"] {
            let strings = try String(contentsOfFile: DefaultThemeTests.folder.path + "/strings/\(language).yml", encoding: .utf8)
            #expect(strings.firstMatch(of: /20\d\d/) == nil, "\(language)")
        }
    }

    @Test func theFooterNamesTheOperatorAndHowToReachThem() throws {
        var files = minimalSite
        files["content/site.yml"] = (minimalSite["content/site.yml"] ?? "") + """
            base_url: https://hoc.example.gov.vn/
            operator: {name: Sở Khoa học và Công nghệ, url: "https://example.gov.vn/"}
            contact: {email: hotro@example.gov.vn, phone: "0200 3800 000 (máy lẻ 12)", address: Số 1 đường Mẫu}

            """
        files["content/news/2025-04-16-tin.md"] = "---\ntitle: Tin\n---\nChữ.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let lesson = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(lesson.contains("<a href=\"https://example.gov.vn/\">Sở Khoa học và Công nghệ</a>"))
        #expect(lesson.contains("<a href=\"mailto:hotro@example.gov.vn\">hotro@example.gov.vn</a>"))
        // The extension is not dialled as part of the number.
        #expect(lesson.contains("<a href=\"tel:02003800000\">0200 3800 000 (máy lẻ 12)</a>"))
        #expect(lesson.contains("Số 1 đường Mẫu"))
        #expect(lesson.contains("<a href=\"../../../feed.xml\">"))
    }

    @Test func badOperatorContactAndTargetsAreReportedWhereTheyAre() throws {
        var files = minimalSite
        files["content/site.yml"] = """
            title: Cổng học thử
            audiences:
              nguoi-dan: {name: Người dân, targets: {25: 80, 2026: 140}}
            competencies:
              an-toan: {name: An toàn}
            operator: {url: "example.gov.vn", nam: X}
            contact: {email: "hotro at example", fax: "1"}

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(codes(report) == [
            "0:0 site.checks-skipped", "3:42 frontmatter.type", "3:56 frontmatter.range", "6:1 frontmatter.missing-key",
            "6:17 frontmatter.type", "6:35 frontmatter.unknown-key", "7:18 frontmatter.type", "7:38 frontmatter.unknown-key",
        ])
    }

    @Test func aChoiceThatIsCodeStaysInsideItsLabelAsValidHTML() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"] = """
            ---
            title: Mật khẩu mạnh
            ---
            ~~~~quiz
            1. Dòng lệnh nào **đúng**?

               ```sh
               echo "một dòng rất dài để xem nó có cuộn trong hộp của chính nó không, không làm rộng trang"
               ```

               - [x]
                 ```sh
                 passwd
                 ```
                 > Đúng: đổi mật khẩu.
               - [ ] `rm -rf /`

                 Không bao giờ.
               - [ ] Một danh sách:
                 - một
                 - hai

               > Giải thích.
            ~~~~

            ## Tạo mật khẩu

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.status == .success, "\(codes(report))")
        let page = try #require(site.read("site/courses/an-toan/mat-khau/index.html"))
        let labels = page.matches(of: /<label>(.*?)<\/label>/.dotMatchesNewlines()).map { String($0.output.1) }
        #expect(labels.count == 3)
        for label in labels {
            // Phrasing content only: no block element inside a label.
            #expect(label.firstMatch(of: /<(p|pre|ul|ol|li|div|table|blockquote|h\d)[ >]/) == nil, "\(label)")
        }
        #expect(labels[0].contains("<span class=\"quiz-block quiz-pre\" tabindex=\"0\"><code class=\"language-sh\">passwd\n</code></span>"))
        #expect(labels[1].contains("<span class=\"quiz-block quiz-p\">Không bao giờ.</span>"))
        #expect(labels[2].contains("<span class=\"quiz-block quiz-ul\">"))
        // The prompt's code block follows the legend as a real <pre>.
        #expect(page.contains("</legend>\n<pre tabindex=\"0\"><code class=\"language-sh\">echo"))
        // The answers without script: a div, which may hold the code.
        #expect(page.contains("<div class=\"quiz-correct\"><strong>"))
        #expect(!page.contains("<p class=\"quiz-correct\">"))
    }

    @Test func theCoursePageTellsTheSizeOfItsOfflineDownload() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        var diagnostics = DiagnosticList()
        let content = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        let pages = PageParser(index: SiteIndex(content), options: .init(), contentRoot: site.content).parseAll()
        var builder = PageContextBuilder(site: content.site, pages: pages, strings: [:], version: "t")
        let course = try #require(content.site.courses.first)
        let targets = builder.offlineTargets(course)
        builder.outputSizes = Dictionary(uniqueKeysWithValues: targets.enumerated().map { ($0.element, 1000 * ($0.offset + 1)) })
        let entry = try #require(builder.course(course)["course"] as? [String: Any])
        let expected = (1...targets.count).reduce(0) { $0 + 1000 * $1 }
        #expect(entry["offline_size"] as? Int == expected)
        #expect(entry["offline_size_display"] as? String == ByteSize.display(expected, language: "vi"))
        // The built page shows the real figure: its files on disk add up to it.
        #expect(site.build().status == .success)
        let page = try #require(site.read("site/courses/an-toan/index.html"))
        let real = targets.reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: site.root.appendingPathComponent("site/" + $1).path)[.size] as? Int) ?? 0)
        }
        let shown = try #require(page.firstMatch(of: /data-size="(\d+)"/)).output.1
        // Its own page included, which it can only know to a few bytes.
        #expect(abs((Int(shown) ?? 0) - real) <= 8, "\(shown) vs \(real)")
    }

    @Test func levelFiltersOnALearningPathWaitForTheScript() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let path = try #require(site.read("site/courses/doi-tuong/nguoi-dan/index.html"))
        let groups = path.matches(of: /<div class="filter-group"( data-scripted hidden)?>/).map { $0.output.1 != nil }
        #expect(groups == [false, true, true])
        #expect(path.contains("<li data-filter=\"nguoi-dan | co-ban | \">"))
        let catalog = try #require(site.read("site/courses/index.html"))
        #expect(!catalog.contains("data-scripted"))
    }

    /// `hocvu --help` is read in an 80-column terminal: no example may wrap.
    @Test func helpTextFitsEightyColumns() throws {
        for command in [[], ["build"], ["check"], ["export"], ["render"]] {
            let result = try HocvuProcess.run(command + ["--help"], in: FileManager.default.temporaryDirectory,
                                              environment: ["COLUMNS": "80"])
            let text = result.stdout.components(separatedBy: "\nUSAGE:")[0]
            var inExamples = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= 80, "\(command): \(line)")
                if line == "Examples:" { inExamples = true; continue }
                if line.isEmpty { inExamples = false }
                if inExamples { #expect(line.hasPrefix("  "), "\(command) wraps an example: \(line)") }
            }
        }
    }
}
