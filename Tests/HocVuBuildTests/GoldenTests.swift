import Foundation
import HocVuBuild
import Testing

/// The fixture site in Fixtures/golden/content must build to exactly the HTML
/// in Fixtures/golden/expected. After an intended change, regenerate with
/// `HOCVU_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    @Test func fixtureSiteMatchesTheGoldenFiles() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hocvu-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = BuildPipeline(options: BuildOptions(
            content: Self.fixture.appendingPathComponent("content"), contentDisplay: "content", output: out)).run()
        #expect(report.status == .success, "\(report.places)")
        #expect(report.diagnostics.items.isEmpty, "\(report.places)")

        let built = TempSite.files(in: out)
        let expectedFolder = Self.fixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["HOCVU_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in built where Self.compared(path) {
                let target = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            }
        }
        let expected = TempSite.files(in: expectedFolder)
        #expect(!expected.isEmpty)
        let builtCompared = built.filter { Self.compared($0.key) }
        #expect(Set(builtCompared.keys) == Set(expected.keys))
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(builtCompared[path] == data, "\(path) differs from the golden file")
        }
        // Copied files are there too (compared by presence only).
        for path in ["assets/style.css", "courses/mat-khau/assets/o-khoa.svg", "tai-lieu.txt"] {
            #expect(built[path] != nil, "\(path)")
        }
    }

    /// Generated pages and data (catalogs, feed, sitemap) are compared byte
    /// for byte; the theme's own assets are not.
    static func compared(_ path: String) -> Bool {
        [".html", ".json", ".csv", ".xml"].contains { path.hasSuffix($0) }
    }
}
