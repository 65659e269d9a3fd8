import Foundation
import HocVuCore

/// Where the render stage puts each file as soon as it is made, from any
/// thread: written into the staging folder (when the build writes), and
/// remembered only by what later steps need — its size (course pages tell
/// their size offline), a fingerprint of its bytes (the service worker's
/// cache name), its weight as a page (`PageWeightCheck`) and the bytes of
/// the few files read again (`404.html` for `_headers`). So memory does not
/// grow with the site's output.
final class SiteOutput: @unchecked Sendable {
    private let staging: SiteStaging?
    private let keep: Set<String>
    private let mutex = NSLock()
    private var entries: [String: Entry] = [:]
    private var kept: [String: Data] = [:]
    private var duplicates: Set<String> = []
    private var weightFindings: [String: Diagnostic] = [:]
    var weight: PageWeightCheck?

    struct Entry {
        var byteCount: Int
        /// FNV-1a of the bytes; of the size for a copied file.
        var fingerprint: UInt64
        var isPage: Bool
    }

    init(staging: SiteStaging?, keep: Set<String> = []) {
        self.staging = staging
        self.keep = keep
    }

    func add(_ file: OutputFile) {
        let size = file.byteCount
        var fingerprint = Self.fnv(file.path.utf8)
        switch file.content {
        case .bytes(let data): data.withUnsafeBytes { fingerprint = Self.fnv($0, seed: fingerprint) }
        case .copy: fingerprint = Self.fnv(String(size).utf8, seed: fingerprint)
        }
        let isPage = file.path.hasSuffix(".html")
        var finding: Diagnostic?
        if isPage, case .bytes(let data) = file.content { finding = weight?.weigh(file.path, data) }
        mutex.lock()
        let first = entries.updateValue(Entry(byteCount: size, fingerprint: fingerprint, isPage: isPage), forKey: file.path) == nil
        if !first { duplicates.insert(file.path) }
        if keep.contains(file.path), case .bytes(let data) = file.content { kept[file.path] = data }
        if let finding { weightFindings[file.path] = finding }
        mutex.unlock()
        // The second file of a path is never written (it would fail on O_EXCL).
        if first { staging?.write(file) }
    }

    func add(_ files: [OutputFile]) {
        DispatchQueue.concurrentPerform(iterations: files.count) { add(files[$0]) }
    }

    /// The bytes of a file named in `keep`.
    func bytes(of path: String) -> Data? {
        mutex.lock()
        defer { mutex.unlock() }
        return kept[path]
    }

    /// Bytes per path so far.
    var sizes: [String: Int] {
        mutex.lock()
        defer { mutex.unlock() }
        return entries.mapValues(\.byteCount)
    }

    var pageCount: Int {
        mutex.lock()
        defer { mutex.unlock() }
        return entries.values.count(where: \.isPage)
    }

    var fileCount: Int {
        mutex.lock()
        defer { mutex.unlock() }
        return entries.count
    }

    /// Paths made twice (a static file over a generated one), sorted.
    var conflicts: [String] {
        mutex.lock()
        defer { mutex.unlock() }
        return duplicates.sorted()
    }

    /// Pages over the weight budget, in path order.
    var weightDiagnostics: [Diagnostic] {
        mutex.lock()
        defer { mutex.unlock() }
        return weightFindings.keys.sorted().compactMap { weightFindings[$0] }
    }

    /// One hash of every file so far, by path order: changes when any file does.
    var fingerprint: UInt64 {
        mutex.lock()
        defer { mutex.unlock() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            withUnsafeBytes(of: entry.fingerprint.littleEndian) { hash = Self.fnv($0, seed: hash) }
        }
        return hash
    }

    static func fnv<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where S.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func fnv(_ buffer: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
