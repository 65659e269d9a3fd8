import HocVuCore
import HocVuMarkdown
import Testing

@Suite struct HeadingIDTests {
    @Test func idsAreSlugsMadeUnique() {
        let result = render("# Câu hỏi ôn tập\n\n## Câu hỏi ôn tập\n\n## Câu hỏi ôn tập\n")
        #expect(result.headings.map(\.id) == ["cau-hoi-on-tap", "cau-hoi-on-tap-2", "cau-hoi-on-tap-3"])
        #expect(result.html.contains("<h2 id=\"cau-hoi-on-tap-2\">Câu hỏi ôn tập</h2>"))
    }

    @Test func customIDIsUsedAndRemovedFromTheText() {
        let result = render("## Mật khẩu *mạnh* {#mat-khau}\n")
        #expect(result.headings.first?.id == "mat-khau")
        #expect(result.headings.first?.text == "Mật khẩu mạnh")
        #expect(result.html == "<h2 id=\"mat-khau\">Mật khẩu <em>mạnh</em></h2>\n")
    }

    @Test func headingsKnowTheirFileLine() {
        let result = render("Đoạn văn.\n\n## Mục\n", firstLine: 6)
        #expect(result.headings.first?.location.line == 8)
    }
}

@Suite struct CalloutTests {
    @Test(arguments: [("NOTE", "note", "Lưu ý"), ("TIP", "tip", "Mẹo"), ("IMPORTANT", "important", "Quan trọng"),
                      ("WARNING", "warning", "Cảnh báo"), ("CAUTION", "caution", "Thận trọng")])
    func everyKind(marker: String, kind: String, title: String) {
        let html = render("> [!\(marker)]\n> Nội dung **đậm**.\n").html
        #expect(html == """
            <div class="callout callout-\(kind)" role="note">
            <p class="callout-title">\(title)</p>
            <p>Nội dung <strong>đậm</strong>.</p>
            </div>

            """)
    }

    @Test func titlesAreEscaped() {
        var options = MarkdownOptions()
        options.calloutTitles["note"] = "<Note & co>"
        let html = render("> [!NOTE]\n> x\n", options: options).html
        #expect(html.contains("<p class=\"callout-title\">&lt;Note &amp; co&gt;</p>"))
    }

    @Test func unknownKindStaysAQuoteWithAWarning() {
        let result = render("\n> [!DANGER]\n> x\n")
        #expect(result.html.hasPrefix("<blockquote>"))
        #expect(result.places == ["2:3 markdown.unknown-callout"])
    }

    @Test func plainQuotesAreUntouched() {
        #expect(render("> [!NOTE] inline text\n").html.hasPrefix("<blockquote>"))
    }
}

@Suite struct RawHTMLTests {
    @Test func droppedWithAWarningAtItsPosition() {
        let result = render("Chữ <b>đậm</b>\n\n<div>khối</div>\n", firstLine: 3)
        #expect(result.html == "<p>Chữ đậm</p>\n")
        #expect(result.places == ["3:5 markdown.raw-html", "3:11 markdown.raw-html", "5:1 markdown.raw-html"])
    }

    @Test func commentsAreDroppedSilently() {
        let result = render("<!-- ghi chú của tác giả -->\n\nVăn bản\n")
        #expect(result.html == "<p>Văn bản</p>\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func keptWhenAllowed() {
        var options = MarkdownOptions()
        options.allowRawHTML = true
        let result = render("<div>khối</div>\n", options: options)
        #expect(result.html == "<div>khối</div>\n")
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct LinkPassTests {
    @Test func resolverRewritesDestinations() {
        let result = render("[bài sau](02-b.md) và ![hình](assets/a.svg)\n") { request in
            LinkResolution(url: request.isImage ? "../assets/a.svg" : "../b/index.html")
        }
        #expect(result.html == "<p><a href=\"../b/index.html\">bài sau</a> và <img src=\"../assets/a.svg\" alt=\"hình\" /></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,x"])
    func unsafeSchemesAreErrors(url: String) {
        var asked = false
        let result = render("xem [đây](\(url))\n", firstLine: 4) { _ in
            asked = true
            return .keep
        }
        #expect(result.places == ["4:5 link.unsafe-scheme"])
        #expect(!asked)
        #expect(!result.html.lowercased().contains("script:"))
    }

    @Test func imageDataURLsAreAllowed() {
        #expect(render("![chấm](data:image/png;base64,AAAA)\n").diagnostics.isEmpty)
    }

    @Test func imagesNeedAltText() {
        #expect(render("![](a.png)\n").places == ["1:1 image.missing-alt"])
    }

    @Test func diagnosticsFromTheResolverAreKept() {
        let result = render("[x](thieu.md)\n") { request in
            LinkResolution(diagnostics: [Diagnostic(.error, "link.missing-file", "missing", at: request.location)])
        }
        #expect(result.places == ["1:1 link.missing-file"])
    }
}

@Suite struct DocumentTests {
    @Test func commonMarkModeIsPlainCmark() {
        #expect(MarkdownRenderer.commonMark("# A\n\n<div>x</div>\n\n| a |\n|---|\n") ==
            "<h1>A</h1>\n<div>x</div>\n<p>| a |\n|---|</p>\n")
    }

    /// cmark's iterator walks deep trees without recursion; so do the passes.
    @Test func fiftyThousandNestedQuotesDoNotOverflowTheStack() {
        let deep = String(repeating: ">", count: 50_000) + " sâu\n"
        let result = render(deep)
        #expect(result.html.hasSuffix("</blockquote>\n"))
        let list = String(repeating: "- ", count: 20_000) + "x\n"
        #expect(render(list).html.contains("<li>x</li>"))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Đường " is 6 characters and 11 bytes; the link starts at character 7.
        let result = render("Đường [x](javascript:x)\n")
        #expect(result.places == ["1:7 link.unsafe-scheme"])
    }
}
