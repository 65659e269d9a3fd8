import Foundation
import HocVuBuild
import HocVuCore

/// A small site written to a fresh temporary folder from `path: text` pairs,
/// in the manner of Hugo's inline test fixtures. Content lives in `content/`.
struct TempSite {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("hocvu-test-\(UUID().uuidString)")
        for (path, text) in files {
            try write(path, text)
        }
    }

    /// A folder that already exists (made by the code under test).
    init(root: URL) {
        self.root = root
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    var content: URL { root.appendingPathComponent("content") }

    func build(out: String = "site", strict: Bool = false, write: Bool = true) -> BuildReport {
        var options = BuildOptions(
            content: content, contentDisplay: "content", output: root.appendingPathComponent(out), strict: strict)
        options.write = write
        return BuildPipeline(options: options).run()
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder` with its bytes, for byte-for-byte comparisons.
    func snapshot(_ folder: String) -> [String: Data] {
        Self.files(in: root.appendingPathComponent(folder))
    }

    static func files(in base: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [:] }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension BuildReport {
    /// `file:line:column code` of each diagnostic, sorted.
    var places: [String] {
        diagnostics.sorted.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
    }
}

/// A minimal valid site to start fixtures from.
let minimalSite: [String: String] = [
    "content/site.yml": """
        title: Cổng học thử
        audiences:
          nguoi-dan: {name: Người dân}
        competencies:
          an-toan: {name: An toàn}

        """,
    "content/courses/an-toan/course.md": """
        ---
        title: An toàn trên mạng
        summary: Nhận diện lừa đảo.
        audiences: [nguoi-dan]
        level: co-ban
        ---
        Giới thiệu khóa học. Bắt đầu với [bài 1](01-lua-dao.md).

        """,
    "content/courses/an-toan/01-lua-dao.md": """
        ---
        title: Lừa đảo qua điện thoại
        duration: 20m
        ---
        ## Dấu hiệu

        Xem [bài sau](02-mat-khau.md#tao-mat-khau) và ![Điện thoại](assets/dt.svg).

        """,
    "content/courses/an-toan/02-mat-khau.md": """
        ---
        title: Mật khẩu mạnh
        ---
        ## Tạo mật khẩu

        Quay lại [phần dấu hiệu](01-lua-dao.md#dấu-hiệu).

        """,
    "content/courses/an-toan/assets/dt.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>",
]
