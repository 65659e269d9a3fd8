import Foundation
import HocVuBuild
import HocVuCore
import Testing

@Suite struct UnusedFileTests {
    @Test func courseFilesNoPageLinksToAreReported() throws {
        var files = minimalSite
        files["content/courses/an-toan/assets/dung.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"
        files["content/courses/an-toan/assets/thua.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"
        files["content/courses/an-toan/tai-lieu.pdf"] = "%PDF"
        files["content/courses/an-toan/assets/bia.png"] = "png"
        files["content/static/robots.txt"] = "User-agent: *\n"
        files["content/courses/an-toan/01-lua-dao.md"]? += "\n![Hình](assets/dung.svg)\n"
        files["content/courses/an-toan/course.md"] = files["content/courses/an-toan/course.md"]?
            .replacingOccurrences(of: "level: co-ban\n", with: "level: co-ban\ncover: assets/bia.png\n")
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.places == [
            "content/courses/an-toan/assets/thua.svg:0:0 file.unused",
            "content/courses/an-toan/tai-lieu.pdf:0:0 file.unused",
        ])
        #expect(report.exitCode == 0)
        #expect(site.build(strict: true, write: false).exitCode == 1)
    }

    @Test func aCoverMustBeAFileOfTheCourse() throws {
        var files = minimalSite
        files["content/courses/an-toan/course.md"] = files["content/courses/an-toan/course.md"]?
            .replacingOccurrences(of: "level: co-ban\n", with: "level: co-ban\ncover: assets/khong-co.png\n")
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build(write: false).places == ["content/courses/an-toan/course.md:6:8 frontmatter.missing-file"])
    }

    @Test func filesOfACourseWithDraftsAreNotCalledUnused() throws {
        var files = minimalSite
        files["content/courses/an-toan/assets/nhap.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"
        files["content/courses/an-toan/03-nhap.md"] = "---\ntitle: Nháp\ndraft: true\n---\n![Hình nháp](assets/nhap.svg)\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build(strict: true, write: false).places == [])
    }
}
