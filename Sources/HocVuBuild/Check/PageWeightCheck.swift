import Foundation
import HocVuCore
import ZIPFoundation

/// Pages must stay light for cheap phones on slow networks: the HTML of a
/// page plus the CSS and scripts it loads, without images, within `budget`.
/// The page's HTML counts as it is (the author's part, and cheap to measure
/// for thousands of pages); the theme's few CSS and script files count as
/// they travel, compressed (every static host and the configurations of
/// docs/HOSTING.md send them gzipped, and they are cached after the first
/// page). The search index is data loaded by the search page only, and is
/// measured by the benchmark instead.
final class PageWeightCheck: @unchecked Sendable {
    static let budget = 50 * 1024

    /// Where a page's diagnostic points: its source file when it has one.
    let sourceOfPage: [String: String]
    /// The stylesheets and scripts pages may load, by path.
    private let assets: [String: OutputFile]
    /// Their compressed sizes, each measured once, when a page first loads it.
    private var sizes: [String: Int] = [:]
    private let mutex = NSLock()

    init(sourceOfPage: [String: String], assets: [OutputFile]) {
        self.sourceOfPage = sourceOfPage
        var byPath: [String: OutputFile] = [:]
        for file in assets where file.path.hasSuffix(".css") || file.path.hasSuffix(".js") { byPath[file.path] = file }
        self.assets = byPath
    }

    /// The warning for one page (any thread), or nil when it is within budget.
    func weigh(_ path: String, _ data: Data) -> Diagnostic? {
        weigh(path, size: data.count, loads: Self.loads(in: data))
    }

    /// The same for a page known by its size and what it loads.
    func weigh(_ path: String, size: Int, loads: [String]) -> Diagnostic? {
        let folder = SitePath.folder(of: path)
        var total = size
        for reference in loads {
            guard let asset = SitePath.normalise(reference, in: folder), asset != "search/index.js" else { continue }
            total += self.size(of: asset)
        }
        guard total > Self.budget else { return nil }
        return Diagnostic(
            .warning, "page.weight",
            "'\(path)' weighs \(total / 1024) KB with its CSS and scripts (compressed), over the \(Self.budget / 1024) KB budget for slow phones; split the page or shorten it",
            at: SourceLocation(file: sourceOfPage[path] ?? path))
    }

    private func size(of path: String) -> Int {
        mutex.lock()
        defer { mutex.unlock() }
        if let known = sizes[path] { return known }
        var bytes = 0
        switch assets[path]?.content {
        case .bytes(let data)?: bytes = Self.compressedSize(data)
        case .copy(let url)?: bytes = (try? Data(contentsOf: url)).map(Self.compressedSize) ?? 0
        case nil: bytes = 0
        }
        sizes[path] = bytes
        return bytes
    }

    /// Deflated size (zlib's default level, as gzip sends it, less its 18-byte frame).
    static func compressedSize(_ data: Data) -> Int {
        var size = 0
        _ = try? Data.compress(size: Int64(data.count), bufferSize: 64 * 1024, provider: { position, chunk in
            data.subdata(in: Int(position)..<Int(position) + chunk)
        }, consumer: { size += $0.count })
        return size == 0 ? data.count : size + 18
    }

    /// The stylesheets and scripts a page loads (`<link rel="stylesheet" href>`,
    /// `<script src>`), found by a scan over the bytes.
    static func loads(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        for (tag, attribute) in [("<script ", "src=\""), ("<link rel=\"stylesheet\" ", "href=\"")] {
            let tagBytes = Array(tag.utf8), attributeBytes = Array(attribute.utf8)
            var i = 0
            while let open = Self.find(tagBytes, in: bytes, from: i) {
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
                if let start = Self.find(attributeBytes, in: bytes, from: open, before: close) {
                    let value = start + attributeBytes.count
                    if let end = bytes[value..<close].firstIndex(of: UInt8(ascii: "\"")) {
                        found.append(String(decoding: bytes[value..<end], as: UTF8.self))
                    }
                }
                i = close + 1
            }
        }
        return found
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before limit: Int? = nil) -> Int? {
        let end = (limit ?? bytes.count) - needle.count
        guard let first = needle.first, from <= end else { return nil }
        var i = from
        while i <= end {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
