import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// One small content folder per diagnostic class (Fixtures/errors/<case>/):
/// files laid over `_base/` (a valid site), optional `remove.txt` and
/// `options.txt` (`--strict`), and `expected.txt`: `exit N`, then each
/// diagnostic as `path:line:column severity[code]`, in the order hocvu prints them.
@Suite struct ErrorFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/errors")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereIsAFixtureForEveryClass() {
        #expect(Self.cases.count >= 90)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let fm = FileManager.default
        let source = Self.folder.appendingPathComponent(name)
        let root = fm.temporaryDirectory.appendingPathComponent("hocvu-fixture-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        try fm.copyItem(at: Self.folder.appendingPathComponent("_base/content"), to: root.appendingPathComponent("content"))
        for layer in ["content", "themes"] {
            let from = source.appendingPathComponent(layer)
            guard let files = fm.enumerator(atPath: from.path) else { continue }
            for case let path as String in files {
                var isDirectory: ObjCBool = false
                let file = from.appendingPathComponent(path)
                guard fm.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let target = root.appendingPathComponent(layer).appendingPathComponent(path)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? fm.removeItem(at: target)
                try fm.copyItem(at: file, to: target)
            }
        }
        let text = { (file: String) in try? String(contentsOf: source.appendingPathComponent(file), encoding: .utf8) }
        for path in (text("remove.txt") ?? "").split(separator: "\n") where !path.isEmpty {
            try fm.removeItem(at: root.appendingPathComponent(String(path)))
        }
        let strict = text("options.txt")?.contains("--strict") ?? false

        var options = BuildOptions(
            content: root.appendingPathComponent("content"), contentDisplay: "content",
            output: root.appendingPathComponent("site"), strict: strict)
        options.write = false
        let report = BuildPipeline(options: options).run()
        // Theme files are named from the working directory; make them relative to the fixture.
        let prefix = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        let found = ["exit \(report.exitCode)"] + report.diagnostics.sorted.map { diagnostic in
            var place = diagnostic.place
            for candidate in [prefix, root.path + "/"] where place.hasPrefix(candidate) {
                place = String(place.dropFirst(candidate.count))
            }
            return "\(place) \(diagnostic.severity.rawValue)[\(diagnostic.code)]"
        }
        let expected = (text("expected.txt") ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(found == expected, "\(name)")
    }
}
