import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// `hocvu init` and `hocvu new`: what they write builds cleanly with
/// `--strict`, and nothing is ever overwritten.
@Suite struct ScaffoldTests {
    static func strictProblems(_ site: TempSite) -> [String] {
        let report = site.build(strict: true)
        return report.diagnostics.sorted.map(\.formatted)
    }

    @Test(arguments: PortalTemplate.languages)
    func aNewPortalBuildsWithoutAWarning(language: String) throws {
        let site = try TempSite([:])
        defer { site.remove() }
        let template = PortalTemplate(language: language, today: "2026-12-07")
        try ScaffoldFile.write(template.files, under: site.root)
        #expect(Self.strictProblems(site) == [])
        #expect(site.read("content/site.yml")?.contains("language: \(language)") == true)
        #expect(site.read(".gitignore")?.contains("/site/") == true)
        let workflow = try #require(site.read(".github/workflows/hocvu.yml"))
        #expect(workflow.contains("libcmark-dev") && workflow.contains("--format github") && workflow.contains("path: site/"))
        #expect(workflow.contains("--branch \"$HOCVU_VERSION\""), "hocvu is built at a pinned tag")
        let news = try #require(try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("news").path).first)
        #expect(news.hasPrefix("2026-12-07-"))
        // One lesson has a quiz.
        #expect(template.files.contains { $0.path.contains("/0") && $0.text.contains("```quiz") })
    }

    @Test func newWritesEachKindAndTheSiteStaysClean() throws {
        let site = try TempSite([:])
        defer { site.remove() }
        try ScaffoldFile.write(PortalTemplate(language: "vi", today: "2026-12-07").files, under: site.root)
        func make(_ kind: NewItem.Kind, _ title: String, course: String? = nil) throws -> String {
            let file = try NewItem(kind: kind, title: title, course: course, today: "2026-12-07").file(content: site.content)
            try ScaffoldFile.write([file], under: site.content)
            return file.path
        }
        #expect(try make(.course, "Mật khẩu an toàn") == "courses/mat-khau-an-toan/course.md")
        // Two courses now: a lesson must say which.
        #expect(throws: NewItem.Failure.noCourse(available: ["dung-dien-thoai-an-toan", "mat-khau-an-toan"])) {
            try NewItem(kind: .lesson, title: "Bài", today: "2026-12-07").file(content: site.content)
        }
        #expect(try make(.lesson, "Đặt mật khẩu: dài, dễ nhớ!", course: "mat-khau-an-toan") == "courses/mat-khau-an-toan/01-dat-mat-khau-dai-de-nho.md")
        #expect(try make(.lesson, "Bài tiếp", course: "dung-dien-thoai-an-toan") == "courses/dung-dien-thoai-an-toan/03-bai-tiep.md")
        try site.write("content/courses/mat-khau-an-toan/07-bai-bay.md", "---\ntitle: Bảy\n---\nBài bảy.\n")
        #expect(try make(.lesson, "Sau bài bảy", course: "mat-khau-an-toan") == "courses/mat-khau-an-toan/08-sau-bai-bay.md")
        #expect(try make(.page, "Hỏi \"đáp\"") == "pages/hoi-dap.md")
        #expect(try make(.news, "Ngày hội học tập số") == "news/2026-12-07-ngay-hoi-hoc-tap-so.md")
        #expect(site.read("content/pages/hoi-dap.md")?.contains("title: \"Hỏi \\\"đáp\\\"\"") == true)
        #expect(Self.strictProblems(site) == [])

        // Never over an existing file, and nothing written then.
        let before = site.read("content/pages/hoi-dap.md")
        #expect(throws: ScaffoldFile.Failure.exists("pages/hoi-dap.md")) { try make(.page, "Hỏi đáp") }
        #expect(site.read("content/pages/hoi-dap.md") == before)
        #expect(throws: NewItem.Failure.noSlug("!!!")) { try make(.page, "!!!") }
        #expect(throws: NewItem.Failure.unknownCourse("khong-co", available: ["dung-dien-thoai-an-toan", "mat-khau-an-toan"])) {
            try make(.lesson, "Bài", course: "khong-co")
        }
    }

    @Test func aCourseAloneBuildsClean() throws {
        let site = try TempSite([:])
        defer { site.remove() }
        try ScaffoldFile.write(PortalTemplate(language: "en", today: "2026-12-07").files, under: site.root)
        let file = try NewItem(kind: .course, title: "Paying online", today: "2026-12-07").file(content: site.content)
        try ScaffoldFile.write([file], under: site.content)
        #expect(Self.strictProblems(site) == [])
    }

    @Test func initRefusesAFolderThatIsNotEmptyAndWorksAwayFromTheCheckout() throws {
        let site = try TempSite(["keep.txt": "mine\n"])
        defer { site.remove() }
        let refused = try HocvuProcess.run(["init", "."], in: site.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not empty"))
        #expect(site.read("keep.txt") == "mine\n" && site.read("content/site.yml") == nil)

        // A copy of the binary elsewhere, with no checkout near it.
        let bin = site.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("hocvu")
        try FileManager.default.copyItem(at: HocvuProcess.executable, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["init", "moi", "--language", "en"]
        process.currentDirectoryURL = site.root
        process.environment = ["PATH": bin.path, "HOME": site.root.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let made = TempSite(root: site.root.appendingPathComponent("moi"))
        #expect(made.read("content/site.yml")?.contains("language: en") == true)
        #expect(Self.strictProblems(made) == [])
    }
}
