import HocVuCore
import HocVuMarkdown
import Testing

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
