import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// `hocvu check --fix`: names, the links to them, fragments and NFC fixed so
/// that the site equals one built from content fixed by hand.
@Suite(.serialized) struct FixTests {
    /// NFD: every mark a combining character, as some editors save it.
    static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    static let site = """
        title: Cổng học thử
        audiences:
          nguoi-dan: {name: Người dân}

        """

    /// Content with every kind of mistake `--fix` mends.
    static let broken: [String: String] = [
        "content/site.yml": site,
        "content/courses/an-toan/course.md": "---\ntitle: An toàn\nsummary: Nhận diện lừa đảo.\naudiences: [nguoi-dan]\n---\nBắt đầu với [bài 1](01-lua-dao.md).\n",
        "content/courses/an-toan/01-lua-dao.md": """
            ---
            title: Lừa đảo
            ---
            ## Dấu hiệu

            Xem [giới thiệu](../../pages/Gi%E1%BB%9Bi%20Thi%E1%BB%87u.md), [lần nữa](<../../pages/Giới Thiệu.md#muc-dich>),
            ![Sơ đồ](assets/does_not_compile.svg), [thẻ ghi nhớ](/Tai_Lieu/ghi-nho.txt),
            [mật khẩu](02-mat-khau.md#tao-mat-khua) và [như GitHub](02-mat-khau.md#tạo-mật-khẩu).

            ![Sơ đồ 2](assets/Hinh%20Anh/so-do.svg)

            """,
        "content/courses/an-toan/02-mat-khau.md": nfd("---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\nQuay lại [dấu hiệu](01-lua-dao.md#dau-hieu).\n"),
        "content/courses/an-toan/assets/does_not_compile.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>",
        "content/courses/an-toan/assets/Hinh Anh/so-do.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"/>",
        "content/pages/Giới Thiệu.md": "---\ntitle: Giới thiệu\n---\n## Mục đích\n\nCổng học thử.\n",
        "content/static/Tai_Lieu/ghi-nho.txt": "Ghi nhớ.\n",
        // Published as it is: not normalised, not renamed.
        "content/static/Tai_Lieu/Ghi Chu.md": nfd("Ghi chú.\n"),
    ]

    /// The same content fixed by hand.
    static let byHand: [String: String] = [
        "content/site.yml": site,
        "content/courses/an-toan/course.md": broken["content/courses/an-toan/course.md"] ?? "",
        "content/courses/an-toan/01-lua-dao.md": """
            ---
            title: Lừa đảo
            ---
            ## Dấu hiệu

            Xem [giới thiệu](../../pages/gioi-thieu.md), [lần nữa](<../../pages/gioi-thieu.md#muc-dich>),
            ![Sơ đồ](assets/does-not-compile.svg), [thẻ ghi nhớ](/Tai_Lieu/ghi-nho.txt),
            [mật khẩu](02-mat-khau.md#tao-mat-khau) và [như GitHub](02-mat-khau.md#tạo-mật-khẩu).

            ![Sơ đồ 2](assets/hinh-anh/so-do.svg)

            """,
        "content/courses/an-toan/02-mat-khau.md": "---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\nQuay lại [dấu hiệu](01-lua-dao.md#dau-hieu).\n",
        "content/courses/an-toan/assets/does-not-compile.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>",
        "content/courses/an-toan/assets/hinh-anh/so-do.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"/>",
        "content/pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n## Mục đích\n\nCổng học thử.\n",
        "content/static/Tai_Lieu/ghi-nho.txt": "Ghi nhớ.\n",
        "content/static/Tai_Lieu/Ghi Chu.md": nfd("Ghi chú.\n"),
    ]

    @Test func aDryRunPrintsTheChangesAndWritesNothing() throws {
        let site = try TempSite(Self.broken)
        defer { site.remove() }
        let before = site.snapshot("content")
        let result = try HocvuProcess.run(["check", "--fix", "--dry-run"], in: site.root)
        #expect(site.snapshot("content") == before)
        #expect(result.stdout.contains("rename content/pages/Giới Thiệu.md → content/pages/gioi-thieu.md"))
        #expect(result.stdout.contains("rename content/courses/an-toan/assets/Hinh Anh → content/courses/an-toan/assets/hinh-anh"))
        #expect(result.stdout.contains("rename content/courses/an-toan/assets/does_not_compile.svg → content/courses/an-toan/assets/does-not-compile.svg"))
        #expect(!result.stdout.contains("rename content/static/"), "static/ keeps its names (§1.2)")
        #expect(result.stdout.contains("--- a/content/courses/an-toan/01-lua-dao.md\n+++ b/content/courses/an-toan/01-lua-dao.md\n@@ -3,"))
        #expect(result.stdout.contains("\n-![Sơ đồ](assets/does_not_compile.svg), [thẻ ghi nhớ](/Tai_Lieu/ghi-nho.txt),\n"))
        #expect(result.stdout.contains("\n+![Sơ đồ](assets/does-not-compile.svg), [thẻ ghi nhớ](/Tai_Lieu/ghi-nho.txt),\n"))
        #expect(result.stdout.contains("\n-![Sơ đồ 2](assets/Hinh%20Anh/so-do.svg)\n+![Sơ đồ 2](assets/hinh-anh/so-do.svg)\n"))
        #expect(result.stdout.contains("+++ b/content/courses/an-toan/02-mat-khau.md"), "NFD text is shown as a change")
        #expect(result.stderr.contains("(dry run: nothing written)"))
        #expect(result.status == 1, "the content still has its errors")
    }

    @Test func theFixedContentBuildsTheSiteOfContentFixedByHand() throws {
        let fixed = try TempSite(Self.broken)
        let hand = try TempSite(Self.byHand)
        defer { fixed.remove(); hand.remove() }
        #expect(try HocvuProcess.run(["build"], in: fixed.root).status == 1)
        let result = try HocvuProcess.run(["check", "--fix"], in: fixed.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("renamed content/pages/Giới Thiệu.md → content/pages/gioi-thieu.md"))
        #expect(result.stderr.contains("fixed content/courses/an-toan/02-mat-khau.md (NFC)"))
        #expect(fixed.snapshot("content") == hand.snapshot("content"), "the same files, byte for byte")
        #expect(try HocvuProcess.run(["build"], in: fixed.root).status == 0)
        #expect(try HocvuProcess.run(["build"], in: hand.root).status == 0)
        let (a, b) = (fixed.snapshot("site"), hand.snapshot("site"))
        #expect(!a.isEmpty && a == b, "the same site")
        // A second run finds nothing left to do.
        let again = try HocvuProcess.run(["check", "--fix", "--dry-run"], in: fixed.root)
        #expect(again.stdout.isEmpty && again.stderr.contains("nothing to fix"))
    }

    @Test func nothingIsRenamedOntoAnExistingNameAndAnAmbiguousFragmentIsLeft() throws {
        var files = Self.byHand
        files["content/pages/Gioi Thieu.md"] = "---\ntitle: Trùng\n---\nTrùng tên.\n"
        files["content/courses/an-toan/02-mat-khau.md"] = "---\ntitle: Mật khẩu\n---\n## Mục ab\n\n## Mục ac\n\nXem [mục](#muc-ad).\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let fixer = ContentFixer(content: site.content, display: "content")
        let report = site.build(write: false)
        let plan = fixer.plan(fragmentFixes: report.fragmentFixes)
        #expect(plan.renames == [])
        #expect(plan.skipped == ["content/pages/Gioi Thieu.md: 'gioi-thieu.md' is taken; rename it by hand"])
        #expect(report.fragmentFixes == [], "#muc-ad is as close to #muc-ab as to #muc-ac")
    }
}
