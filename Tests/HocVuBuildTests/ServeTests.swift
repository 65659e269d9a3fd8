import Foundation
import HocVuServe
import Testing

/// `hocvu serve` as an author uses it: the real binary on a free port, pages
/// fetched over a plain socket (so raw `..` paths reach the server as sent).
@Suite(.serialized) struct ServeTests {
    @Test func requestPathsThatLeaveTheSiteAreRefused() {
        for raw in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/a/.%2E/b", "/a/%2E/b", "/a/..", "/a\\..\\b", "/a%00.html", "a/b", "/%zz"] {
            #expect(RequestPath(raw: raw) == nil, "\(raw)")
        }
        let path = RequestPath(raw: "/hoc-vu-so/courses/an%20toan/")
        #expect(path?.decoded == "/hoc-vu-so/courses/an toan/")
        #expect(path?.relative(to: "/hoc-vu-so/") == "courses/an toan/")
        #expect(RequestPath(raw: "/hoc-vu-so")?.relative(to: "/hoc-vu-so/") == "")
        #expect(RequestPath(raw: "/khac/")?.relative(to: "/hoc-vu-so/") == nil)
        // Double encoding is a name, not a dot segment: it is looked up as it is.
        #expect(RequestPath(raw: "/%252e%252e/x")?.decoded == "/%2e%2e/x")
    }

    @Test func mediaTypesCarryACharsetForText() {
        #expect(MediaType.of("site.webmanifest") == "application/manifest+json; charset=utf-8")
        #expect(MediaType.of("a/b.vtt") == "text/vtt; charset=utf-8")
        #expect(MediaType.of("x.SVG") == "image/svg+xml; charset=utf-8")
        #expect(MediaType.of("index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("noextension") == "application/octet-stream")
    }

    @Test func editsShowUpErrorsBecomeAPageAndTheSiteFolderIsUntouched() throws {
        var files = minimalSite
        files["content/site.yml"] = (files["content/site.yml"] ?? "") + "base_url: https://example.gov.vn/hoc-vu-so/\n"
        files["site/index.html"] = "<p>the author's own build</p>\n"
        let site = try TempSite(files)
        defer { site.remove() }
        let before = site.snapshot("site")
        let out = site.root.appendingPathComponent("serve.out")
        let err = site.root.appendingPathComponent("serve.err")
        let serve = try HocvuProcess(["serve", "--port", "0"], in: site.root, shell: "exec >'\(out.path)' 2>'\(err.path)'")
        defer { if serve.process.isRunning { kill(serve.process.processIdentifier, SIGKILL) } }
        func read(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }

        #expect(Hold.await { read(out).contains("\n") })
        let line = read(out)
        let address = try #require(line.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(address.hasPrefix("http://127.0.0.1:") && address.hasSuffix("/hoc-vu-so/"), "served under base_url's path: \(line)")
        let port = try #require(Int(address.dropFirst("http://127.0.0.1:".count).prefix { $0.isNumber }))
        let client = RawHTTP(port: port)
        let lesson = "/hoc-vu-so/courses/an-toan/lua-dao/"

        #expect(client.get("/hoc-vu-so/").status == 200)
        let page = client.get(lesson)
        #expect(page.status == 200 && page.body.contains("Lừa đảo qua điện thoại"))
        #expect(page.headers.contains("content-type: text/html; charset=utf-8"))
        #expect(page.body.contains("<script src=\"/__hocvu/reload.js\" defer></script>"))
        #expect(client.get("/").headers.contains("location: /hoc-vu-so/"))
        for raw in ["/../../etc/passwd", "/hoc-vu-so/../../etc/passwd", "/hoc-vu-so/%2e%2e/%2e%2e/etc/passwd", "/hoc-vu-so/.%2e/.%2e/etc/passwd"] {
            let answer = client.get(raw)
            #expect(answer.status == 400 && !answer.body.contains("root:"), "\(raw): \(answer.status)")
        }
        #expect(client.get("/hoc-vu-so/sw.js").body.contains("unregister()"), "no service worker in the preview")

        // An edit shows up.
        let started = Date()
        try site.write("content/courses/an-toan/01-lua-dao.md", """
            ---
            title: Tiêu đề đã sửa
            duration: 20m
            ---
            ## Dấu hiệu

            Xem [bài sau](02-mat-khau.md#tao-mat-khau) và ![Điện thoại](assets/dt.svg).

            """)
        #expect(Hold.await(seconds: 10) { client.get(lesson).body.contains("Tiêu đề đã sửa") })
        print("serve: an edited title showed after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")

        // A broken link turns pages into the error page, naming file:line:column.
        try site.write("content/courses/an-toan/02-mat-khau.md", "---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\nXem [bài hỏng](khong-co.md).\n")
        #expect(Hold.await(seconds: 10) { client.get(lesson).status == 500 })
        let failure = client.get(lesson)
        #expect(failure.body.contains("content/courses/an-toan/02-mat-khau.md:6:5: error[link.missing-file]"))
        #expect(failure.body.contains("<script src=\"/__hocvu/reload.js\" defer></script>"))
        #expect(read(err).contains("02-mat-khau.md:6:5: error[link.missing-file]"), "the terminal says the same")

        // Fixed: the lesson is back.
        try site.write("content/courses/an-toan/02-mat-khau.md", "---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\nĐã sửa.\n")
        #expect(Hold.await(seconds: 10) { client.get(lesson).status == 200 })
        #expect(client.get(lesson).body.contains("Tiêu đề đã sửa"))

        // Ctrl-C stops it and removes its private folder; the author's site/ never changed.
        let folder = read(err).components(separatedBy: "built in ").dropFirst().first?.components(separatedBy: " (removed").first ?? ""
        #expect(folder.contains("hocvu-serve-") && FileManager.default.fileExists(atPath: folder))
        kill(serve.process.processIdentifier, SIGINT)
        let result = serve.wait()
        #expect(result.status == 0)
        #expect(!folder.isEmpty && !FileManager.default.fileExists(atPath: folder))
        #expect(site.snapshot("site") == before)
        // The reload script is serve's alone: a build never carries it.
        #expect(try HocvuProcess.run(["build", "--out", "built"], in: site.root).status == 0)
        #expect(site.read("built/index.html")?.contains("__hocvu") == false)
    }

    @Test func sessionsShareOneCacheFolder() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        for session in 1...2 {
            let out = site.root.appendingPathComponent("serve-\(session).out")
            let serve = try HocvuProcess(["serve", "--port", "0"], in: site.root, shell: "exec >'\(out.path)' 2>/dev/null")
            #expect(Hold.await { ((try? String(contentsOf: out, encoding: .utf8)) ?? "").contains("\n") })
            kill(serve.process.processIdentifier, SIGINT)
            #expect(serve.wait().status == 0)
        }
        let sites = site.root.appendingPathComponent(".test-cache/hocvu/sites")
        let folders = try FileManager.default.contentsOfDirectory(atPath: sites.path)
        #expect(folders.count == 1, "one cache for every session, not one per temporary folder: \(folders)")
    }

    @Test func aPortInUseIsAClearMessage() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let out = site.root.appendingPathComponent("first.out")
        let first = try HocvuProcess(["serve", "--port", "0"], in: site.root, shell: "exec >'\(out.path)' 2>/dev/null")
        defer { if first.process.isRunning { kill(first.process.processIdentifier, SIGKILL) } }
        #expect(Hold.await { ((try? String(contentsOf: out, encoding: .utf8)) ?? "").contains("\n") })
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let port = try #require(text.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) })
        let second = try HocvuProcess.run(["serve", "--port", "\(port)"], in: site.root)
        #expect(second.status == 2)
        #expect(second.stderr.contains("port \(port) on 127.0.0.1 is already in use"))
        kill(first.process.processIdentifier, SIGINT)
        #expect(first.wait().status == 0)
    }
}

/// HTTP/1.1 over a plain socket: the path goes out exactly as written.
struct RawHTTP {
    let port: Int

    struct Answer {
        var status = 0
        /// Header lines, lowercased.
        var headers = ""
        var body = ""
    }

    func get(_ path: String) -> Answer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return Answer() }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return Answer() }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        var answer = Answer()
        answer.status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        answer.headers = head.lowercased()
        answer.body = parts.dropFirst().joined(separator: "\r\n\r\n")
        return answer
    }
}
