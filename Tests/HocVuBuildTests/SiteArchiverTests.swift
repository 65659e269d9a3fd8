import Foundation
import HocVuBuild
import Testing
import ZIPFoundation

@Suite struct SiteArchiverTests {
    @Test func theZipHoldsTheSiteUnderItsFolderAndIsTheSameEveryTime() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().places == [])
        let folder = site.root.appendingPathComponent("site")
        let first = site.root.appendingPathComponent("a.zip"), second = site.root.appendingPathComponent("b.zip")
        try SiteArchiver(site: folder, archive: first).write()
        try SiteArchiver(site: folder, archive: second).write()
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))

        let archive = try Archive(url: first, accessMode: .read)
        let names = archive.map(\.path)
        #expect(names == names.sorted())
        #expect(names.contains("site/index.html") && names.contains("site/courses/an-toan/lua-dao/index.html"))
        #expect(!names.contains { $0.hasSuffix(".hocvu-site") })
        let entry = try #require(archive["site/index.html"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        #expect(data == (try Data(contentsOf: folder.appendingPathComponent("index.html"))))
    }
}
