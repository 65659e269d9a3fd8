import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct TablePassTests {
    @Test func simpleTable() {
        let html = render("| a | b |\n|---|:-:|\n| *x* | `y` |\n").html
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th align="center">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td><em>x</em></td>
            <td align="center"><code>y</code></td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func siteOptionsUseClassesAndAScrollableWrapper() {
        var options = MarkdownOptions()
        options.tableAlignment = .cssClass
        options.wrapTables = true
        let html = render("a | b\n--: | ---\n1 | 2\n", options: options).html
        #expect(html.hasPrefix("<div class=\"table-wrap\""))
        #expect(html.contains("<th class=\"align-right\">a</th>"))
        #expect(!html.contains("align=\""))
        #expect(!html.contains("style="))
    }

    @Test func eachScrollableTableHasItsOwnName() {
        var options = MarkdownOptions()
        options.wrapTables = true
        let html = render("a | b\n--- | ---\n1 | 2\n\nc | d\n--- | ---\n3 | 4\n", options: options).html
        #expect(html.contains("aria-label=\"Bảng 1\""))
        #expect(html.contains("aria-label=\"Bảng 2\""))
    }

    @Test func textBeforeTheHeaderStaysAParagraph() {
        let html = render("Bảng sau:\n| a | b |\n| - | - |\n| 1 | 2 |\n").html
        #expect(html.hasPrefix("<p>Bảng sau:</p>\n<table>"))
    }

    @Test func cellsThatLookLikeBlocksStayInline() {
        let html = render("| h |\n|---|\n| # not a heading |\n| - not a list |\n").html
        #expect(html.contains("<td># not a heading</td>"))
        #expect(html.contains("<td>- not a list</td>"))
    }

    @Test func tablesInsideListsAndQuotes() {
        let html = render("> | a | b |\n> |---|---|\n> | 1 | 2 |\n").html
        #expect(html.contains("<blockquote>\n<table>"))
        #expect(html.contains("<td>2</td>"))
    }

    @Test func mismatchedDelimiterRowIsNotATable() {
        let html = render("| a | b |\n| --- |\n").html
        #expect(html.hasPrefix("<p>"))
    }

    @Test func linksInCellsAreResolvedAndKeepTheirFilePosition() {
        var seen: [HocVuCore.SourceLocation] = []
        let result = render("| a | b |\n|---|---|\n| x | [bài 2](02-b.md) |\n", firstLine: 5) { request in
            seen.append(request.location)
            return LinkResolution(url: "../b/index.html")
        }
        #expect(result.html.contains("<td><a href=\"../b/index.html\">bài 2</a></td>"))
        // Body line 3 is file line 7; "[" is the 7th character.
        #expect(seen.map { "\($0.line):\($0.column)" } == ["7:7"])
    }
}
