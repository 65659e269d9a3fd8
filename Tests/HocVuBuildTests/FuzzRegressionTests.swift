import Foundation
import HocVuCore
import Testing

@testable import HocVuBuild
@testable import HocVuMarkdown

/// Inputs the fuzzers (fuzz/, scripts/fuzz.sh) found crashing, kept in
/// Fixtures/fuzz-regressions/<target>-<name>: each must now give a diagnostic.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static func inputs(_ target: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(target + "-") }.sorted()
    }

    /// Foundation's `deletingLastPathComponent` trapped on one-character
    /// targets (`[x](a)`, or the byte 0x1A): every line of each input is
    /// resolved from the home page and from a lesson, as FuzzLinks does.
    @Test(arguments: inputs("FuzzLinks"))
    func linkTargetsResolveWithoutTrapping(_ name: String) throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("content/index.md", "Chào.\n")
        var diagnostics = DiagnosticList()
        let content = ContentLoader(root: site.content, displayRoot: "content").load(diagnostics: &diagnostics)
        let index = SiteIndex(content)
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
        for page in ["index.md", "courses/an-toan/01-lua-dao.md"] {
            let output = try #require(index.pages[page]).outputPath
            let resolver = LinkResolver(index: index, pagePath: page, outputPath: output, images: ImageSizeCache(contentRoot: site.content))
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let request = LinkRequest(destination: String(line), isImage: false, location: SourceLocation(file: page))
                _ = resolver.resolve(request)
            }
        }
    }

    @Test func aOneLetterLinkIsAMissingFileNotACrash() throws {
        var files = minimalSite
        files["content/index.md"] = "Xem [tài liệu](a) và [ảnh](é).\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build(write: false).places == ["content/index.md:1:5 link.missing-file", "content/index.md:1:22 link.missing-file"])
    }
}
