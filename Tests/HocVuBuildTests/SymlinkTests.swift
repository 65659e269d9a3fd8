import Foundation
import HocVuBuild
import HocVuCore
import Testing
import ZIPFoundation

/// Content from a stranger's pull request may hold symbolic links: nothing
/// outside the content folder is ever read, published, zipped, exported or
/// quoted in an error.
@Suite struct SymlinkTests {
    static let secret = "root:x:0:0:bi-mat-ngoai-thu-muc"

    /// A site with a secret file beside (outside) its content folder.
    func siteWithSecret() throws -> TempSite {
        let site = try TempSite(minimalSite)
        try site.write("secret.txt", Self.secret + "\n")
        return site
    }

    func link(_ site: TempSite, _ path: String, to target: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func linksLeavingTheContentAreErrorsAtTheirPathAndNothingIsWritten() throws {
        let site = try siteWithSecret()
        defer { site.remove() }
        let secret = site.root.appendingPathComponent("secret.txt").path
        try link(site, "content/static/passwd.txt", to: secret)
        try link(site, "content/courses/an-toan/assets/anh.txt", to: "../../../../secret.txt")
        try link(site, "content/courses/an-toan/03-bi-mat.md", to: secret)
        let report = site.build()
        #expect(report.places == [
            "content/courses/an-toan/03-bi-mat.md:0:0 file.outside-link",
            "content/courses/an-toan/assets/anh.txt:0:0 file.outside-link",
            "content/static/passwd.txt:0:0 file.outside-link",
        ])
        #expect(site.read("site/index.html") == nil)
        #expect(!report.diagnostics.items.contains { $0.message.contains("bi-mat-ngoai") })
    }

    @Test func theTextReportNeverQuotesAFileOutsideTheContent() throws {
        let site = try siteWithSecret()
        defer { site.remove() }
        try link(site, "content/courses/an-toan/03-bi-mat.md", to: site.root.appendingPathComponent("secret.txt").path)
        // A lesson linking to the linked file makes errors that point into it too.
        try site.write("content/pages/p.md", "---\ntitle: P\n---\n[x](../courses/an-toan/03-bi-mat.md#khong-co)\n")
        let result = try HocvuProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[file.outside-link]"))
        #expect(!result.stderr.contains("bi-mat-ngoai"))
    }

    @Test func aLinkToAFileInsideTheContentIsPublishedAsThatFile() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("content/static/goc.txt", "bản gốc")
        try link(site, "content/static/ban-sao.txt", to: "goc.txt")
        #expect(site.build().status == .success)
        var info = stat()
        lstat(site.root.appendingPathComponent("site/ban-sao.txt").path, &info)
        #expect(info.st_mode & S_IFMT == S_IFREG)
        #expect(site.read("site/ban-sao.txt") == "bản gốc")
    }

    @Test func zipAndExportHoldOnlyRealFilesFromInside() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("content/courses/an-toan/assets/goc.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>")
        try link(site, "content/courses/an-toan/assets/hinh.svg", to: "goc.svg")
        try site.write(
            "content/courses/an-toan/02-mat-khau.md",
            "---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\n![Hình](assets/hinh.svg) ![Gốc](assets/goc.svg)\n")
        #expect(try HocvuProcess.run(["build", "--zip"], in: site.root).status == 0)
        let zip = try Archive(url: site.root.appendingPathComponent("site.zip"), accessMode: .read)
        let entry = try #require(zip["site/courses/an-toan/assets/hinh.svg"])
        #expect(entry.type == .file)
        var bytes = Data()
        _ = try zip.extract(entry) { bytes.append($0) }
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<svg"))

        let export = try HocvuProcess.run(["export"], in: site.root)
        #expect(export.status == 0)
        let cartridge = try Archive(url: site.root.appendingPathComponent("exports/an-toan.imscc"), accessMode: .read)
        let linked = cartridge.first { $0.path.hasSuffix("hinh.svg") }
        #expect(linked?.type == .file)
    }

    @Test func aThemeFileLeavingTheThemeIsAnError() throws {
        let site = try siteWithSecret()
        defer { site.remove() }
        try site.write("content/site.yml", (minimalSite["content/site.yml"] ?? "") + "theme: rieng\n")
        try site.write("themes/rieng/assets/rieng.css", "body{}")
        try link(site, "themes/rieng/assets/passwd.css", to: site.root.appendingPathComponent("secret.txt").path)
        let report = site.build()
        #expect(report.places.contains { $0.hasSuffix("themes/rieng/assets/passwd.css:0:0 theme.outside-link") })
        #expect(site.read("site/assets/passwd.css") == nil)
    }
}
