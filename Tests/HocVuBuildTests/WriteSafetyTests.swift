import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// The write stage under what CI and shared machines do to it: two builds at
/// once, a build killed at any moment, a symlinked or wrong `--out`, a strange
/// umask, `--zip` failing. Each runs the real `hocvu` binary in a process.
@Suite(.serialized) struct WriteSafetyTests {
    /// Two contents that build to different sites, each built alone once.
    struct TwoSites {
        let site: TempSite
        let a: [String: Data]
        let b: [String: Data]

        init() throws {
            var files = minimalSite
            for (path, text) in minimalSite where path.hasPrefix("content/") {
                files["content-b/" + path.dropFirst("content/".count)] = text
            }
            files["content-b/site.yml"] = minimalSite["content/site.yml"]?.replacingOccurrences(of: "Cổng học thử", with: "Cổng B")
            site = try TempSite(files)
            #expect(try HocvuProcess.run(["build", "--out", "solo-a"], in: site.root).status == 0)
            #expect(try HocvuProcess.run(["build", "--content", "content-b", "--out", "solo-b"], in: site.root).status == 0)
            a = site.snapshot("solo-a")
            b = site.snapshot("solo-b")
            #expect(!a.isEmpty && a != b)
        }

        /// Hidden files beside the output (temporary folders, old sites),
        /// the lock file aside.
        func leftovers() -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
            // .test-cache and .test-config: the build cache HocvuProcess gives each test;
            // .site.hocvu-spare: the site before last, which the next build starts from.
            return names.filter {
                $0.hasPrefix(".") && !$0.hasSuffix(".hocvu-lock") && !$0.hasPrefix(".test-") && !$0.hasSuffix(".hocvu-spare")
            }.sorted()
        }
    }

    @Test func twoBuildsAtOnceBothCompleteAndTheSiteIsExactlyOneOfThem() throws {
        let two = try TwoSites()
        defer { two.site.remove() }
        // The first holds the lock with its site written until released; the
        // second must say it waits. Handed over on files, never on sleeps.
        let hold = Hold(in: two.site.root)
        let first = try HocvuProcess(["build"], in: two.site.root, environment: hold.environment)
        #expect(hold.awaitHeld())
        let log = two.site.root.appendingPathComponent("second.log")
        let second = try HocvuProcess(
            ["build", "--content", "content-b"], in: two.site.root, shell: "exec 2>'\(log.path)'")
        #expect(Hold.await { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("waiting") })
        hold.release()
        var secondResult = second.wait()
        secondResult.stderr = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let firstResult = first.wait()
        #expect(firstResult.status == 0)
        #expect(secondResult.status == 0)
        #expect(secondResult.stderr.contains("another build is writing site; waiting"))
        #expect(firstResult.stderr.contains("built ") && secondResult.stderr.contains("built "))
        #expect(two.site.snapshot("site") == two.b)
        #expect(two.leftovers() == [])
    }

    @Test func noWaitExitsTwoAndLeavesTheOtherBuildsSite() throws {
        let two = try TwoSites()
        defer { two.site.remove() }
        let hold = Hold(in: two.site.root)
        let first = try HocvuProcess(["build"], in: two.site.root, environment: hold.environment)
        #expect(hold.awaitHeld())
        let second = try HocvuProcess.run(["build", "--content", "content-b", "--no-wait"], in: two.site.root)
        hold.release()
        #expect(first.wait().status == 0)
        #expect(second.status == 2)
        #expect(second.stderr.contains("error[output.busy]"))
        #expect(second.stderr.contains("nothing was written; site is as before"))
        #expect(two.site.snapshot("site") == two.a)
    }

    @Test(arguments: ["exchange", "renames"], ["written", "between-renames", "swapped"])
    func aBuildKilledAnywhereLeavesTheOldSiteOrTheNewOne(swap: String, point: String) throws {
        if swap == "exchange" && point == "between-renames" { return }  // one step: no such moment
        let two = try TwoSites()
        defer { two.site.remove() }
        #expect(try HocvuProcess.run(["build"], in: two.site.root).status == 0)
        let killed = try HocvuProcess.run(
            ["build", "--content", "content-b"], in: two.site.root,
            environment: [CrashPoint.crash: point, "HOCVU_TEST_SWAP": swap])
        #expect(killed.killed)
        let after = two.site.snapshot("site")
        if point == "between-renames" {
            // The one moment the folder is missing; the next start puts it back.
            #expect(after.isEmpty)
        } else {
            #expect(after == (point == "swapped" ? two.b : two.a))
        }
        // The next build, even one with a content error, first mends what was left.
        try two.site.write("content/pages/hong.md", "---\ntitle: x\n---\n[hỏng](khong-co.md)\n")
        let failed = try HocvuProcess.run(["build"], in: two.site.root)
        #expect(failed.status == 1)
        #expect(try HocvuProcess.run(["check"], in: two.site.root).status == 1)
        let state = two.site.snapshot("site")
        #expect(state == (point == "swapped" ? two.b : two.a))
        try FileManager.default.removeItem(at: two.site.content.appendingPathComponent("pages/hong.md"))
        #expect(try HocvuProcess.run(["build"], in: two.site.root).status == 0)
        #expect(two.site.snapshot("site") == two.a)
        #expect(two.leftovers() == [])
    }

    @Test func aBuildKilledBetweenTheRenamesIsMendedByTheNextBuildEvenAFailedOne() throws {
        let two = try TwoSites()
        defer { two.site.remove() }
        #expect(try HocvuProcess.run(["build"], in: two.site.root).status == 0)
        _ = try HocvuProcess.run(
            ["build", "--content", "content-b"], in: two.site.root,
            environment: [CrashPoint.crash: "between-renames", "HOCVU_TEST_SWAP": "renames"])
        #expect(two.site.snapshot("site").isEmpty)
        // A build that fails on content does not write, but it does put the old site back.
        try two.site.write("content/pages/hong.md", "---\ntitle: x\n---\n[hỏng](khong-co.md)\n")
        let failed = try HocvuProcess.run(["build"], in: two.site.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("nothing was written; site is as before"))
        #expect(two.site.snapshot("site") == two.a)
    }

    @Test func aSymlinkedOutKeepsItsLinkAndReplacesTheFolderItPointsTo() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("www/real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("out").path, withDestinationPath: "www/real")
        #expect(try HocvuProcess.run(["build", "--out", "out"], in: site.root).status == 0)
        #expect(try HocvuProcess.run(["build", "--out", "out"], in: site.root).status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: site.root.appendingPathComponent("out").path)
        #expect(link == "www/real")
        #expect(site.read("www/real/index.html")?.contains("Cổng học thử") == true)
        // The lock and temporary folders sit beside the real folder.
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("www/.real.hocvu-lock").path))
    }

    @Test func outOrContentThatIsAFileIsSaidPlainly() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("site", "một tệp")
        let out = try HocvuProcess.run(["build"], in: site.root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("'\(site.root.path)/site' is a file, not a folder"))
        let content = try HocvuProcess.run(["build", "--content", "content/site.yml", "--out", "x"], in: site.root)
        #expect(content.status == 2)
        #expect(content.stderr.contains("'content/site.yml' is a file; --content takes the content folder"))
    }

    @Test func filesAre0644AndFolders0755WhateverTheUmaskAndSourceModes() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        try site.write("content/static/tai-lieu.txt", "riêng")
        chmod(site.content.appendingPathComponent("static/tai-lieu.txt").path, 0o600)
        chmod(site.content.appendingPathComponent("courses/an-toan/assets/dt.svg").path, 0o755)
        #expect(try HocvuProcess.run(["build", "--zip"], in: site.root, shell: "umask 077").status == 0)
        var modes: Set<String> = []
        let base = site.root.appendingPathComponent("site")
        for case let path as String in FileManager.default.enumerator(atPath: base.path) ?? FileManager.DirectoryEnumerator() {
            var info = stat()
            lstat(base.appendingPathComponent(path).path, &info)
            let kind = info.st_mode & S_IFMT == S_IFDIR ? "folder" : info.st_mode & S_IFMT == S_IFREG ? "file" : "other"
            modes.insert("\(kind) \(String(info.st_mode & 0o777, radix: 8))")
        }
        #expect(modes == ["folder 755", "file 644"])
        var info = stat()
        lstat(base.path, &info)
        #expect(info.st_mode & 0o777 == 0o755)
        lstat(site.root.appendingPathComponent("site.zip").path, &info)
        #expect(info.st_mode & 0o777 == 0o644)
        // Exports too.
        #expect(try HocvuProcess.run(["export"], in: site.root, shell: "umask 077").status == 0)
        let exports = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("exports").path)
        #expect(exports.sorted() == ["an-toan.imscc", "an-toan.scorm.zip"])
        for name in exports {
            lstat(site.root.appendingPathComponent("exports/\(name)").path, &info)
            #expect(info.st_mode & 0o777 == 0o644, "\(name)")
        }
    }

    @Test func aZipThatCannotBeReplacedIsReportedTruly() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(try HocvuProcess.run(["build"], in: site.root).status == 0)
        // A folder where the zip should go: the rename over it fails.
        try site.write("site.zip/ghi-chu.txt", "của tôi")
        try site.write("content/pages/moi.md", "---\ntitle: Trang mới\n---\nChữ.\n")
        let result = try HocvuProcess.run(["build", "--zip"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the site was published, but"))
        #expect(result.stderr.contains("site was replaced by the new site"))
        #expect(site.read("site/pages/moi/index.html") != nil)
        #expect(site.read("site.zip/ghi-chu.txt") == "của tôi")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
        #expect(names.filter { $0.contains("hocvu-tmp") } == [])
    }

    @Test func zipAndSiteAreTheSameBuild() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(try HocvuProcess.run(["build", "--zip"], in: site.root).status == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
        #expect(names.contains("site.zip"))
        #expect(names.filter { $0.contains("hocvu-tmp") } == [])
    }
}

/// The write stage's test hooks (environment variables read by the binary).
enum CrashPoint {
    static let crash = "HOCVU_TEST_CRASH_AT"
    static let pause = "HOCVU_TEST_PAUSE_AT"
    static let release = "HOCVU_TEST_PAUSE_RELEASE"
}

/// A build held at `written` (with the lock held) until the test releases it:
/// the binary creates `<file>.held` when it stops there and goes on once
/// `<file>` exists.
struct Hold {
    let file: URL

    init(in folder: URL) {
        file = folder.appendingPathComponent("release")
    }

    /// At most ten minutes, a bound for a hung build rather than a timing.
    var environment: [String: String] {
        [CrashPoint.pause: "written:600000", CrashPoint.release: file.path]
    }

    func awaitHeld() -> Bool {
        Self.await { FileManager.default.fileExists(atPath: file.path + ".held") }
    }

    func release() {
        FileManager.default.createFile(atPath: file.path, contents: nil)
    }

    /// Polls until `condition` holds; false after `seconds` (ten minutes:
    /// a bound for a hung process, not a timing).
    static func await(seconds: Double = 600, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if condition() { return true }
            usleep(10_000)
        } while Date() < deadline
        return condition()
    }
}
