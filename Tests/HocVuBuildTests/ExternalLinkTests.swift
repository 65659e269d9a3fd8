import Foundation
import HocVuBuild
import HocVuCore
import HocVuMarkdown
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `hocvu check --external` against a web server on 127.0.0.1 that the test
/// starts (Fixtures/link-server/server.py): no test leaves this machine.
@Suite(.serialized) struct ExternalLinkTests {
    final class Server {
        let process = Process()
        let lifeline = Pipe()
        let port: Int

        init() throws {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/link-server/server.py")
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path]
            process.standardOutput = output
            // The server's stdin stays open while this object lives; it exits at
            // EOF, so no server outlives the tests. No inherited stderr either:
            // `swift test` waits for every holder of its output to close it.
            process.standardInput = lifeline
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
                line.append(byte)
            }
            port = Int(String(decoding: line, as: UTF8.self)) ?? 0
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        func stats() async throws -> (hits: [String: Int], maxBusy: Int) {
            let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: url("/stats"))))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["hits"] as? [String: Int] ?? [:], object?["max_busy"] as? Int ?? -1)
        }

        deinit {
            try? lifeline.fileHandleForWriting.close()
            kill(process.processIdentifier, SIGKILL)
        }
    }

    static func checker() -> ExternalLinkChecker {
        var checker = ExternalLinkChecker()
        // Generous: CI runs this beside sanitized builds on two cores; /slow answers after 30 s.
        checker.timeout = 6
        checker.retries = 1
        checker.backoff = 0.05
        checker.maxRedirects = 3
        return checker
    }

    static func references(_ server: Server, _ paths: [String]) -> [ExternalReference] {
        paths.enumerated().map { i, path in
            ExternalReference(url: server.url(path), location: HocVuCore.SourceLocation(file: "bai.md", line: i + 1, column: 3))
        }
    }

    @Test func eachKindOfAnswerGetsItsDiagnostic() async throws {
        let server = try Server()
        let paths = ["/ok", "/missing", "/gone", "/moved", "/temp", "/loop", "/flaky", "/slow", "/no-head", "/forbidden", "/ok#phan-2"]
        let diagnostics = await Self.checker().check(Self.references(server, paths))
        let found = diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue) \($0.code)" }
        #expect(found == [
            "2:3 error external.broken",
            "3:3 error external.broken",
            "4:3 warning external.redirect",
            "5:3 warning external.redirect",
            "6:3 warning external.unreachable",
            "8:3 warning external.unreachable",
            "10:3 warning external.unreachable",
        ])
        let messages = diagnostics.map(\.message)
        #expect(messages[0].contains("answers 404"))
        #expect(messages[2] == "'\(server.url("/moved"))' redirects (301 \(server.url("/ok"))); link to '\(server.url("/ok"))' directly")
        #expect(messages[3].contains("302 \(server.url("/moved")) → 301 \(server.url("/ok"))"))
        #expect(messages[4].contains("more than 3 redirects"))
        #expect(messages[5].contains("no answer within 6 s"))
        #expect(messages[6].contains("refused the check (403)"))
        let hits = try await server.stats().hits
        #expect(hits["/flaky"] == 2, "a 503 is retried")
        // /ok itself, after /moved and after /temp → /moved; not again for /ok#phan-2.
        #expect(hits["/ok"] == 3, "the same URL with another #fragment is fetched once")
        #expect(hits["/no-head"] == 2, "HEAD refused, then GET")
    }

    @Test func noMoreThanTwoRequestsPerHostAtOnce() async throws {
        let server = try Server()
        var checker = Self.checker()
        checker.maxConcurrent = 8
        checker.perHost = 2
        _ = await checker.check(Self.references(server, (1...6).map { "/busy/\($0)" }))
        let stats = try await server.stats()
        #expect(stats.maxBusy == 2)
        #expect((1...6).allSatisfy { stats.hits["/busy/\($0)"] == 1 })
    }

    @Test func goodAnswersAreCachedForADay() async throws {
        let server = try Server()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvu-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var checker = Self.checker()
        checker.cacheFile = folder.appendingPathComponent("links.json")
        let references = Self.references(server, ["/ok", "/missing", "/moved"])
        let start = Date(timeIntervalSince1970: 1_800_000_000)

        let first = await checker.check(references, now: start)
        let second = await checker.check(references, now: start.addingTimeInterval(3600))
        #expect(first.map(\.code) == ["external.broken", "external.redirect"])
        #expect(second.map(\.code) == first.map(\.code), "a cached redirect is still reported")
        var hits = try await server.stats().hits
        // /ok directly and at the end of /moved, in the first run only.
        #expect(hits["/ok"] == 2 && hits["/moved"] == 1, "good answers come from the cache within a day")
        #expect(hits["/missing"] == 2, "failures are checked again")

        _ = await checker.check(references, now: start.addingTimeInterval(2 * 24 * 3600))
        hits = try await server.stats().hits
        #expect(hits["/ok"] == 4 && hits["/moved"] == 2, "after a day the cache is stale")
    }

    @Test func theBuildCollectsEveryHTTPLinkWithItsPlace() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"]? += "Xem <https://dichvucong.gov.vn> và [VNeID](http://vneid.gov.vn/#tai), [thư](mailto:a@b.vn).\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.externalLinks.map { "\($0.url)@\($0.location.line):\($0.location.column)" } == [
            "https://dichvucong.gov.vn@7:5", "http://vneid.gov.vn/#tai@7:36",
        ])
    }
}
