import Foundation
import HocVuBuild
import Testing

/// A rebuild over a published site links every file whose bytes did not
/// change (same inode, same date) and writes only what did; the result is
/// always exactly a cold build's, whatever was done to the old site.
@Suite struct RebuildTests {
    func inodes(_ site: TempSite, _ folder: String) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        // The marker is written anew by each build.
        for path in site.snapshot(folder).keys where path != ".hocvu-site" {
            var info = stat()
            if lstat(site.root.appendingPathComponent(folder + "/" + path).path, &info) == 0 { result[path] = UInt64(info.st_ino) }
        }
        return result
    }

    @Test func unchangedFilesAreLinkedAndChangedOnesWritten() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let first = inodes(site, "site")
        #expect(site.build().status == .success)
        #expect(inodes(site, "site") == first, "nothing changed: every file is the same inode")

        let lesson = "content/courses/an-toan/02-mat-khau.md"
        try site.write(lesson, (site.read(lesson) ?? "") + "\nMột câu mới.\n")
        #expect(site.build().status == .success)
        let second = inodes(site, "site")
        let changed = Set(second.keys.filter { second[$0] != first[$0] })
        #expect(changed.contains("courses/an-toan/mat-khau/index.html"))
        #expect(!changed.contains("assets/style.css"))
        #expect(changed.count < second.count / 2, "\(changed.sorted())")
        #expect(site.build(out: "cold").status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))
    }

    /// A file of the old site that is not as hocvu wrote it (another mode, a
    /// link to somewhere else, other bytes of the same length) is never
    /// linked: the new site gets its own file.
    @Test func aTamperedOldSiteIsNotLinkedFrom() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        let fm = FileManager.default
        let old = site.root.appendingPathComponent("site")
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: old.appendingPathComponent("index.html").path)
        try site.write("outside.css", String(repeating: "x", count: 10))
        try fm.removeItem(at: old.appendingPathComponent("assets/style.css"))
        try fm.createSymbolicLink(atPath: old.appendingPathComponent("assets/style.css").path,
                                  withDestinationPath: site.root.appendingPathComponent("outside.css").path)
        let catalog = old.appendingPathComponent("courses/index.html")
        var bytes = try Data(contentsOf: catalog)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: catalog)

        #expect(site.build().status == .success)
        #expect(site.build(out: "cold").status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))
        let index = try fm.attributesOfItem(atPath: old.appendingPathComponent("index.html").path)
        #expect((index[.posixPermissions] as? Int) == 0o644)
        let style = try fm.attributesOfItem(atPath: old.appendingPathComponent("assets/style.css").path)
        #expect((style[.type] as? FileAttributeType) == .typeRegular)
    }

    /// The site before last is kept beside the output and the next build
    /// starts from it. Whatever was done to it (bytes changed in place, a
    /// link to a folder outside, a file where a folder was, a hard link to a
    /// file outside, an extra file), the build is a cold build's, and
    /// nothing outside is touched.
    @Test func aTamperedSpareIsNeverTrusted() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        #expect(site.build().status == .success)
        let spare = site.root.appendingPathComponent(".site.hocvu-spare")
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: spare.appendingPathComponent(SiteWriter.marker).path))

        try site.write("outside/secret.txt", "bí mật")
        try fm.createDirectory(at: site.root.appendingPathComponent("outside/folder"), withIntermediateDirectories: true)
        // Same inode as the current site's file: its bytes change in both.
        // (The current site is checked by its bytes, so it is not linked.)
        let catalog = spare.appendingPathComponent("courses/index.html")
        var bytes = try Data(contentsOf: catalog)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: catalog)
        try fm.removeItem(at: spare.appendingPathComponent("courses/an-toan"))
        try fm.createSymbolicLink(atPath: spare.appendingPathComponent("courses/an-toan").path,
                                  withDestinationPath: site.root.appendingPathComponent("outside/folder").path)
        try fm.removeItem(at: spare.appendingPathComponent("assets"))
        try site.write(".site.hocvu-spare/assets", "not a folder")
        try fm.removeItem(at: spare.appendingPathComponent("index.html"))
        try fm.linkItem(at: site.root.appendingPathComponent("outside/secret.txt"), to: spare.appendingPathComponent("index.html"))
        try site.write(".site.hocvu-spare/extra/page.html", "<p>thêm</p>")

        #expect(site.build().status == .success)
        #expect(site.build(out: "cold").status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))
        #expect(site.read("outside/secret.txt") == "bí mật")
        #expect(try fm.contentsOfDirectory(atPath: site.root.appendingPathComponent("outside/folder").path).isEmpty)
        // Once more from the spare the last build left: still the same.
        #expect(site.build().status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))
    }

    /// A spare hocvu did not make (no marker) is removed, not used.
    @Test func aSpareWithoutTheMarkerIsRemoved() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().status == .success)
        try site.write(".site.hocvu-spare/index.html", "<p>lạ</p>")
        #expect(site.build().status == .success)
        #expect(site.build(out: "cold").status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))
        #expect(site.read(".site.hocvu-spare/index.html") != "<p>lạ</p>")
    }
}
