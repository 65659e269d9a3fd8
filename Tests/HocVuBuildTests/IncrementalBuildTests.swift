import Foundation
import HocVuBuild
import HocVuCore
import Testing

/// The build cache can never make a site other than a cold build's: a fixed
/// seed drives a bounded run of edits, additions, renames and deletions of
/// lessons, courses, assets and theme files, and after each step the
/// incremental build (cache on) and a cold build (no cache, fresh folder)
/// must agree on the outcome, the diagnostics and every byte of the site.
@Suite(.serialized) struct IncrementalBuildTests {
    /// SplitMix64: the same steps on every machine.
    struct Steps: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    static let words = ["mật", "khẩu", "đăng", "nhập", "dịch", "vụ", "công", "trực", "tuyến", "an", "toàn", "lừa", "đảo", "số", "VNeID"]

    static func sentence(_ random: inout Steps, _ count: Int = 8) -> String {
        let text = (0..<count).map { _ in words.randomElement(using: &random) ?? "số" }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// A PNG header of the given size: enough for the image size check.
    static func png(_ width: Int, _ height: Int) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [0, 0, UInt8(value >> 8), UInt8(value & 0xff)] }
        return bytes + [8, 6, 0, 0, 0, 0, 0, 0, 0]
    }

    static func lesson(_ title: String, _ random: inout Steps, next: String?) -> String {
        var text = "---\ntitle: \"\(title)\"\nsummary: \"\(sentence(&random, 5))\"\nduration: \(Int.random(in: 5...30, using: &random))m\n---\n\n"
        text += sentence(&random) + "\n\n## " + sentence(&random, 3).dropLast() + "\n\n" + sentence(&random, 12) + "\n\n"
        text += "![Hình minh họa](assets/hinh.png)\n\n"
        if let next { text += "Liên quan: [bài sau](\(next)).\n\n" }
        text += "Về [trang khóa học](course.md#gioi-thieu).\n\n"
        if Bool.random(using: &random) {
            text += "```quiz\n1. \(sentence(&random, 5).dropLast())?\n   - [x] \(sentence(&random, 3))\n   - [ ] \(sentence(&random, 3))\n   > \(sentence(&random, 4))\n```\n"
        }
        return text
    }

    /// The starting site: two courses of three lessons, a picture each, a
    /// static file, and a copy of the default theme to edit. Each step may
    /// edit, retitle, add, rename or delete a lesson, add or delete a course,
    /// redraw a picture, edit a template or the theme's strings, retitle the
    /// site in site.yml, write a static file, or link one lesson to another.
    static func makeSite(_ random: inout Steps) throws -> TempSite {
        var files = [
            "content/site.yml": "title: Cổng thử bộ nhớ đệm\nbase_url: https://example.org/\naudiences:\n  nguoi-dan: {name: Người dân}\n",
            "content/static/gioi-thieu.txt": "Giới thiệu.\n",
        ]
        for course in ["k1", "k2"] {
            files["content/courses/\(course)/course.md"] = "---\ntitle: \"Khóa \(course)\"\nsummary: \"\(sentence(&random, 4))\"\naudiences: [nguoi-dan]\n---\n\n## Giới thiệu\n\n\(sentence(&random))\n"
            for n in 1...3 {
                files["content/courses/\(course)/0\(n)-bai-\(n).md"] = lesson("Bài \(n) của \(course)", &random, next: n < 3 ? "0\(n + 1)-bai-\(n + 1).md" : nil)
            }
        }
        let site = try TempSite(files)
        for course in ["k1", "k2"] { try site.writeBytes("content/courses/\(course)/assets/hinh.png", png(320, 200)) }
        let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes/default").standardizedFileURL
        try FileManager.default.copyItem(at: theme, to: site.root.appendingPathComponent("themes/default"))
        return site
    }

    /// Markdown files under `folder` of the content, by content path.
    static func lessons(_ site: TempSite) -> [String] {
        TempSite.files(in: site.content).keys.filter { $0.hasPrefix("courses/") && $0.hasSuffix(".md") && !$0.hasSuffix("course.md") }.sorted()
    }

    static func courses(_ site: TempSite) -> [String] {
        Set(TempSite.files(in: site.content).keys.filter { $0.hasPrefix("courses/") }.map { $0.split(separator: "/")[1] }).map(String.init).sorted()
    }

    /// After a failed build: the links a rename or deletion broke are taken
    /// out (every "Liên quan" line), so the run goes on building.
    static func repair(_ site: TempSite) throws -> String {
        for path in lessons(site) {
            let text = site.read("content/" + path) ?? ""
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Liên quan:") }
            try site.write("content/" + path, kept.joined(separator: "\n"))
        }
        return "take out the related links"
    }

    /// One random change; says what it did.
    static func change(_ site: TempSite, _ random: inout Steps, step: Int) throws -> String {
        let fm = FileManager.default
        let lessons = lessons(site), courses = courses(site)
        switch Int.random(in: 0..<13, using: &random) {
        case 11:
            let path = "content/site.yml"
            try site.write(path, (site.read(path) ?? "").replacingOccurrences(of: "title: Cổng thử", with: "title: Cổng \(step) thử"))
            return "retitle the site"
        case 12:
            let path = "content/static/tep-\(Int.random(in: 1...3, using: &random)).txt"
            try site.write(path, sentence(&random) + "\n")
            return "write \(path)"
        case 10:
            guard let path = lessons.randomElement(using: &random), let other = lessons.randomElement(using: &random) else { return "nothing" }
            let link = SitePath.relative(from: path, to: other)
            try site.write("content/" + path, (site.read("content/" + path) ?? "") + "\nLiên quan: [bài khác](\(link)).\n")
            return "link \(path) to \(other)"
        case 0, 1:
            guard let path = lessons.randomElement(using: &random) else { return "nothing" }
            try site.write("content/" + path, (site.read("content/" + path) ?? "") + "\n" + sentence(&random) + "\n")
            return "edit the text of \(path)"
        case 2:
            guard let path = lessons.randomElement(using: &random), let text = site.read("content/" + path) else { return "nothing" }
            try site.write("content/" + path, text.replacingOccurrences(of: "title: \"", with: "title: \"Mới \(step) "))
            return "retitle \(path)"
        case 3:
            guard let course = courses.randomElement(using: &random) else { return "nothing" }
            let path = "courses/\(course)/\(10 + step)-bai-moi-\(step).md"
            try site.write("content/" + path, lesson("Bài mới \(step)", &random, next: nil))
            return "add \(path)"
        case 4:
            guard let path = lessons.randomElement(using: &random) else { return "nothing" }
            let renamed = SitePath.folder(of: path) + "/\(10 + step)-doi-ten-\(step).md"
            try fm.moveItem(at: site.content.appendingPathComponent(path), to: site.content.appendingPathComponent(renamed))
            return "rename \(path) to \(renamed)"
        case 5:
            guard let path = lessons.randomElement(using: &random) else { return "nothing" }
            try fm.removeItem(at: site.content.appendingPathComponent(path))
            return "delete \(path)"
        case 6:
            if courses.count > 1, Bool.random(using: &random), let course = courses.randomElement(using: &random) {
                try fm.removeItem(at: site.content.appendingPathComponent("courses/" + course))
                return "delete course \(course)"
            }
            let course = "k\(step + 10)"
            try site.write("content/courses/\(course)/course.md", "---\ntitle: \"Khóa mới \(step)\"\nsummary: \"\(sentence(&random, 4))\"\naudiences: [nguoi-dan]\n---\n\n## Giới thiệu\n\n\(sentence(&random))\n")
            try site.write("content/courses/\(course)/01-bai-1.md", lesson("Mở đầu \(step)", &random, next: nil).replacingOccurrences(of: "![Hình minh họa](assets/hinh.png)\n\n", with: ""))
            try site.writeBytes("content/courses/\(course)/assets/hinh.png", png(64, 48))
            return "add course \(course)"
        case 7:
            guard let course = courses.randomElement(using: &random) else { return "nothing" }
            let path = "content/courses/\(course)/assets/hinh.png"
            try site.writeBytes(path, png(Int.random(in: 100...900, using: &random), Int.random(in: 100...900, using: &random)))
            return "redraw \(path)"
        case 8:
            let template = ["lesson", "course", "head", "foot", "home"].randomElement(using: &random) ?? "lesson"
            let path = "themes/default/templates/\(template).mustache"
            try site.write(path, (site.read(path) ?? "") + "<!-- bước \(step) -->\n")
            return "edit the theme's \(template) template"
        default:
            let path = "themes/default/strings/vi.yml"
            let text = site.read(path) ?? ""
            try site.write(path, text.replacingOccurrences(of: "\nhome: ", with: "\nhome: Về \(step) "))
            return "edit the theme's strings"
        }
    }

    func build(_ site: TempSite, out: String, cache: Bool) -> BuildReport {
        var options = BuildOptions(content: site.content, contentDisplay: "content", output: site.root.appendingPathComponent(out))
        if cache {
            options.cache = CacheOptions(folder: site.root.appendingPathComponent("cache"), keyFile: site.root.appendingPathComponent("key"))
        }
        return BuildPipeline(options: options).run()
    }

    @Test func incrementalBuildsEqualColdBuilds() throws {
        var random = Steps(state: 14)
        let site = try Self.makeSite(&random)
        defer { site.remove() }
        var reused = 0, failed = 0, failedBefore = false
        for step in 0..<30 {
            let what = step == 0 ? "first build" : failedBefore ? try Self.repair(site) : try Self.change(site, &random, step: step)
            let warm = build(site, out: "site", cache: true)
            try? FileManager.default.removeItem(at: site.root.appendingPathComponent("cold"))
            let cold = build(site, out: "cold", cache: false)
            #expect(warm.status == cold.status, "step \(step): \(what)")
            #expect(warm.diagnostics.items.map(\.formatted) == cold.diagnostics.items.map(\.formatted), "step \(step): \(what)")
            #expect(warm.notes.isEmpty, "step \(step): \(warm.notes)")
            if cold.status == .success {
                let (a, b) = (site.snapshot("site"), site.snapshot("cold"))
                let differ = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
                #expect(differ.isEmpty, "step \(step): \(what): \(differ.prefix(5))")
            } else {
                failed += 1
            }
            failedBefore = cold.status != .success
            if ProcessInfo.processInfo.environment["HOCVU_TEST_VERBOSE"] != nil { print("step \(step): \(what): \(cold.status) \(cold.diagnostics.items.map(\.formatted).prefix(2)) reused \(warm.reused)") }
            reused += warm.reused
        }
        #expect(reused > 100, "the cache was used: \(reused) pages reused")
        #expect(failed > 0 && failed < 12, "most steps build, some fail: \(failed) failed")
    }

    /// A damaged entry, or a cache made with another key, is not used: the
    /// build says so and makes what it held again.
    @Test func aTamperedOrForeignCacheIsIgnoredWithANote() throws {
        var random = Steps(state: 7)
        let site = try Self.makeSite(&random)
        defer { site.remove() }
        #expect(build(site, out: "site", cache: true).status == .success)
        let second = build(site, out: "site", cache: true)
        #expect(second.reused > 0 && second.notes.isEmpty)

        // Flip one byte in the middle of every entry (not the folder's stamp).
        let cache = site.root.appendingPathComponent("cache")
        let entries = TempSite.files(in: cache).filter { !$0.key.hasSuffix("/stamp") }
        #expect(entries.count > 10)
        for (path, data) in entries {
            var bytes = data
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: cache.appendingPathComponent(path))
        }
        let lesson = "content/courses/k1/01-bai-1.md"
        try site.write(lesson, (site.read(lesson) ?? "") + "\nThêm một câu.\n")
        let tampered = build(site, out: "site", cache: true)
        #expect(tampered.status == .success)
        #expect(tampered.reused == 0)
        #expect(tampered.notes.count == 1)
        #expect(tampered.notes.first?.contains("cache entries") == true, "\(tampered.notes)")
        #expect(tampered.notes.first?.contains("failed their check") == true, "\(tampered.notes)")
        #expect(build(site, out: "cold", cache: false).status == .success)
        #expect(site.snapshot("site") == site.snapshot("cold"))

        // Another key: every entry is foreign.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("key"))
        let foreign = build(site, out: "site", cache: true)
        #expect(foreign.status == .success && foreign.reused == 0)
        #expect(foreign.notes == ["the cache in \(site.root.path)/cache/sites/\(try #require(try FileManager.default.contentsOfDirectory(atPath: site.root.path + "/cache/sites").first)) was made with another key (or changed); it was emptied and its pages made again"], "\(foreign.notes)")
        #expect(site.snapshot("site") == site.snapshot("cold"))
        // And the cache is whole again for the next build.
        let again = build(site, out: "site", cache: true)
        #expect(again.reused > 0 && again.notes.isEmpty)
    }

    /// The cache is not a way in: not inside the content or the output, and
    /// its key only in a private file.
    @Test func theCacheStaysOutOfTheWay() throws {
        var random = Steps(state: 3)
        let site = try Self.makeSite(&random)
        defer { site.remove() }
        var options = BuildOptions(content: site.content, contentDisplay: "content", output: site.root.appendingPathComponent("site"))
        options.cache = CacheOptions(folder: site.content.appendingPathComponent(".cache"), keyFile: site.root.appendingPathComponent("key"))
        let inside = BuildPipeline(options: options).run()
        #expect(inside.status == .usageError)
        #expect(inside.diagnostics.items.map(\.code) == ["usage.cache-dir"])
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent(".cache").path))

        // Folders of sites no build used for 30 days go; others stay.
        let sites = site.root.appendingPathComponent("cache/sites")
        for (name, days) in [("old", 40.0), ("recent", 3.0)] {
            try site.write("cache/sites/\(name)/stamp", "x")
            let date = Date().addingTimeInterval(-days * 24 * 3600)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: sites.appendingPathComponent("\(name)/stamp").path)
        }
        #expect(build(site, out: "site", cache: true).status == .success)
        let kept = try FileManager.default.contentsOfDirectory(atPath: sites.path)
        #expect(!kept.contains("old") && kept.contains("recent") && kept.count == 2, "\(kept)")
        let key = site.root.appendingPathComponent("key")
        let mode = try FileManager.default.attributesOfItem(atPath: key.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key.path)
        let exposed = build(site, out: "site", cache: true)
        #expect(exposed.status == .success && exposed.reused == 0)
        #expect(exposed.notes.first?.contains("only you can read") == true, "\(exposed.notes)")
    }
}
