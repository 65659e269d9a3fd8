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
