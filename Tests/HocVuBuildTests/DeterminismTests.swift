import Foundation
import HocVuBuild
import Testing

/// The sample portal builds to the same bytes whatever the machine's
/// language, time zone, umask and number of cores; and its pages need
/// nothing a strict Content-Security-Policy forbids.
@Suite(.serialized) struct DeterminismTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    @Test func theSampleIsByteIdenticalAcrossLanguageTimeZoneUmaskAndCores() throws {
        let folder = try TempSite([:])
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.root, withIntermediateDirectories: true)
        let runs: [(String, [String: String], String?)] = [
            ("a", ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"], "umask 022"),
            ("b", ["LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "Asia/Ho_Chi_Minh"], "umask 077"),
            ("c", ["LANG": "en_US.UTF-8", "TZ": "Pacific/Kiritimati"], "umask 027; exec taskset -c 0 \"$0\" \"$@\""),
        ]
        var snapshots: [String: [String: Data]] = [:]
        for (name, environment, shell) in runs {
            let result: HocvuProcess.Result
            if let shell, shell.contains("taskset") {
                // One core: `sh -c '…; exec taskset -c 0 "$0" "$@"' hocvu build …`.
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", shell, HocvuProcess.executable.path, "build", "--content", Self.sample.path,
                                     "--out", folder.root.appendingPathComponent(name).path, "--zip"]
                var env = ProcessInfo.processInfo.environment
                env.merge(environment) { _, new in new }
                process.environment = env
                process.standardError = FileHandle.nullDevice
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                result = HocvuProcess.Result(status: process.terminationStatus, stdout: "", stderr: "", killed: false)
            } else {
                result = try HocvuProcess.run(
                    ["build", "--content", Self.sample.path, "--out", folder.root.appendingPathComponent(name).path, "--zip"],
                    in: folder.root, environment: environment, shell: shell)
            }
            #expect(result.status == 0, "\(name): \(result.stderr)")
            snapshots[name] = folder.snapshot(name)
            snapshots[name + ".zip"] = ["zip": folder.root.appendingPathComponent(name + ".zip")].compactMapValues {
                FileManager.default.contents(atPath: $0.path)
            }
        }
        #expect((snapshots["a"]?.count ?? 0) > 100)
        #expect(snapshots["a"] == snapshots["b"])
        #expect(snapshots["a"] == snapshots["c"])
        // The zips name the folder after --out: compare their sizes, the entries are the site above.
        #expect(snapshots["a.zip"]?["zip"]?.count == snapshots["b.zip"]?["zip"]?.count)
    }

    /// No inline script (JSON-LD is data), no style attribute, no event
    /// handler, no `javascript:` URL in any page of the sample: the
    /// Content-Security-Policy of `_headers` holds. The 404 page alone has an
    /// inline `<style>` and `<script>`, allowed by their hashes
    /// (`NotFoundPageTests`), and no attribute or handler either.
    @Test func theSamplePagesNeedNothingAStrictCSPForbids() throws {
        let folder = try TempSite([:])
        defer { folder.remove() }
        var options = BuildOptions(
            content: Self.sample, contentDisplay: "content", output: folder.root.appendingPathComponent("site"))
        options.strict = true
        #expect(BuildPipeline(options: options).run().status == .success)
        let pages = folder.snapshot("site").filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 50)
        let forbidden: [(String, String)] = [
            ("inline script", #"<script(?![^>]*\bsrc=)(?![^>]*type="application/ld\+json")[^>]*>"#),
            ("style attribute", #"<[a-zA-Z][^>]*\sstyle="#),
            ("event handler", #"<[a-zA-Z][^>]*\son[a-z]+\s*="#),
            ("javascript: URL", #"(href|src)="\s*javascript:"#),
            ("inline <style>", #"<style[\s>]"#),
        ]
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: data, as: UTF8.self)
            for (what, pattern) in forbidden where path != "404.html" || !what.hasPrefix("inline") {
                #expect(html.range(of: pattern, options: .regularExpression) == nil, "\(what) in \(path)")
            }
        }
        let headers = try #require(folder.read("site/_headers"))
        #expect(headers.contains("Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-"))
        #expect(headers.contains(" img-src 'self' data:; object-src 'none';"))
        #expect(headers.contains("X-Content-Type-Options: nosniff"))
    }

    /// An author's own `static/_headers` wins, as robots.txt does.
    @Test func anAuthorsOwnHeadersFileWins() throws {
        var files = minimalSite
        files["content/static/_headers"] = "/*\n  X-Frame-Options: DENY\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().status == .success)
        #expect(site.read("site/_headers") == "/*\n  X-Frame-Options: DENY\n")
    }
}
