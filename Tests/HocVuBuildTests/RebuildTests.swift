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
}
