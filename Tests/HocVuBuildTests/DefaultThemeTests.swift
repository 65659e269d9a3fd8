import Foundation
import HocVuBuild
import Testing

/// The default theme is compiled into the binary, so a moved or installed
/// hocvu still has it; the copy must match themes/default.
@Suite struct DefaultThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes/default")

    @Test func theBuiltInThemeIsThemesDefaultByteForByte() throws {
        let onDisk = TempSite.files(in: Self.folder).filter { !($0.key as NSString).lastPathComponent.hasPrefix(".") }
        var embedded: [String: Data] = [:]
        for path in DefaultTheme.files.keys { embedded[path] = DefaultTheme.data(path) }
        #expect(Set(embedded.keys) == Set(onDisk.keys), "run scripts/embed-theme.py after changing themes/default")
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs: run scripts/embed-theme.py")
        }
    }

    @Test func aBinaryMovedAwayFromItsCheckoutStillBuildsTheSameSite() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let moved = site.root.appendingPathComponent("bin/hocvu")
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: HocvuProcess.executable, to: moved)
        let process = Process()
        process.executableURL = moved
        process.arguments = ["build", "--out", "moved"]
        process.currentDirectoryURL = site.root
        // Nothing of this checkout in the environment; sanitizer settings pass (scripts/sanitize.sh).
        var environment = ["PATH": "/usr/bin:/bin"]
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "SWIFT_BACKTRACE"] {
            environment[name] = ProcessInfo.processInfo.environment[name]
        }
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(!stderr.contains("theme."))
        // The same site as with the checkout's theme folder.
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("themes"), withDestinationURL: Self.folder.deletingLastPathComponent())
        #expect(site.build(out: "checkout").status == .success)
        #expect(site.snapshot("moved") == site.snapshot("checkout"))
    }

    @Test func aDefaultThemeOverrideThatIsNoThemeIsOneClearError() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let result = try HocvuProcess.run(["build"], in: site.root, environment: ["HOCVU_DEFAULT_THEME": "/khong-co"])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "error[").count == 2)
        #expect(result.stderr.contains("error[theme.missing]: HOCVU_DEFAULT_THEME names '/khong-co'"))
    }
}
