import Foundation
@testable import HocVuBuild
import HocVuCore
import HocVuMarkdown

/// A small fixed content folder, written once per process into a scratch
/// folder, and what the fuzz targets need from it: its index and a link
/// resolver for any of its pages. Internal types are reached with
/// `@testable import` (debug builds of the main package enable testing).
public enum FuzzSite {
    /// A scratch folder of this process (`/dev/shm` when there is one, so the
    /// front-matter target's file writes stay in memory). Removed at exit.
    public static let scratch: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: base).appendingPathComponent("hocvu-fuzz-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FuzzSite.scratch) }
        return url
    }()

    /// Writes `files` (content path → bytes) below `root`, creating folders.
    public static func write(_ files: [String: Data], below root: URL) {
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! data.write(to: url)
        }
    }

    /// The fixed site: a course with two lessons (one a draft), assets with
    /// real image headers, a page, a news item, static files with spaces and
    /// Vietnamese letters in their names.
    public static let root: URL = {
        let root = scratch.appendingPathComponent("site")
        let text = { (s: String) in Data(s.utf8) }
        // A 1×1 PNG header (IHDR 40×30): enough for ImageSize.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png.append(contentsOf: [0, 0, 0, 40, 0, 0, 0, 30, 8, 6, 0, 0, 0])
        write([
            "site.yml": text("""
                title: "Cổng thử"
                base_url: "https://example.gov.vn/hoc/"
                audiences:
                  nguoi-dan: { name: "Người dân" }
                competencies:
                  an-toan: { name: "An toàn" }

                """),
            "index.md": text("---\ntitle: Trang chủ\n---\n# Xin chào\n\n[Khoá](courses/an-toan/course.md)\n"),
            "courses/an-toan/course.md": text("""
                ---
                title: An toàn trên mạng
                summary: Học cách giữ an toàn.
                audiences: [nguoi-dan]
                competencies: [an-toan]
                cover: assets/bia.png
                ---
                ## Mở đầu {#mo-dau}

                Xem [bài 1](01-nhan-dien.md).

                """),
            "courses/an-toan/01-nhan-dien.md": text("""
                ---
                title: Nhận diện lừa đảo
                ---
                ## Dấu hiệu lừa đảo

                ## Câu hỏi ôn tập

                ![Ảnh](assets/bia.png)

                """),
            "courses/an-toan/02-nhap.md": text("---\ntitle: Bản nháp\ndraft: true\n---\nNháp.\n"),
            "courses/an-toan/assets/bia.png": png,
            "courses/an-toan/assets/so-do.svg": text("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"></svg>"),
            "courses/an-toan/assets/tai-lieu.pdf": text("%PDF-1.4\n"),
            "pages/gioi-thieu.md": text("---\ntitle: Giới thiệu\nmenu: true\n---\n## Liên hệ\n"),
            "news/2025-01-02-khai-giang.md": text("---\ntitle: Khai giảng\n---\nTin.\n"),
            "static/logo.svg": text("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>"),
            "static/Tài Liệu/Bản đồ 1.txt": text("bản đồ\n"),
            "static/tai-lieu/the-ghi-nho.txt": text("thẻ\n"),
        ], below: root)
        return root
    }()

    public static let content: LoadedContent = {
        var diagnostics = DiagnosticList()
        let content = ContentLoader(root: root, displayRoot: "content").load(diagnostics: &diagnostics)
        precondition(!diagnostics.hasErrors, "the fixed fuzz site has errors: \(diagnostics.items.map(\.formatted))")
        return content
    }()

    public static let index = SiteIndex(content)

    /// Content paths of the site's pages, sorted (pages whose links are resolved).
    public static let pagePaths: [String] = index.pages.keys.sorted()

    /// The production resolver for the links of the page at `pagePath`.
    public static func resolver(for pagePath: String) -> @Sendable (LinkRequest) -> LinkResolution {
        let entry = index.pages[pagePath]!
        let resolver = LinkResolver(index: index, pagePath: pagePath, outputPath: entry.outputPath, contentRoot: root)
        return { request in resolver.resolve(request) }
    }

    /// The quiz prefix the build uses for a page.
    public static func quizPrefix(for pagePath: String) -> String {
        PageParser.quizPrefix(for: pagePath)
    }
}

/// The fuzzer's bytes as a buffer; nil for an empty input.
public func fuzzBytes(_ start: UnsafeRawPointer?, _ count: Int) -> UnsafeRawBufferPointer {
    guard let start, count > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: start, count: count)
}

/// A property that must hold whatever the input: a failure aborts, and
/// libFuzzer keeps the input as a crash.
public func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

/// A property worth knowing about but not worth stopping the run for (a
/// position that is off, say): printed once per `key` per process, as
/// `NOTE <key>: …`, which scripts/fuzz.sh collects into its summary.
public func note(_ condition: @autoclosure () -> Bool, key: String, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    notes.withLock { seen in
        guard seen.insert(key).inserted else { return }
        FileHandle.standardError.write(Data("NOTE \(key): \(message())\n".utf8))
    }
}

private let notes = NoteLock()

private final class NoteLock: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<String> = []
    func withLock(_ body: (inout Set<String>) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&seen)
    }
}
