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
    private var reusedCount = 0
    private var weightCheck: PageWeightCheck?
    private var copiedCount = 0

    /// The page budget check; set before pages are added, read by every worker.
    var weight: PageWeightCheck? {
        get {
            mutex.lock()
            defer { mutex.unlock() }
            return weightCheck
        }
        set {
            mutex.lock()
            weightCheck = newValue
            mutex.unlock()
        }
    }

    /// Files copied as they are (theme assets, course files, static/), as
    /// opposed to the pages and the files the build makes (search, catalogs).
    var copiedFiles: Int {
        get {
            mutex.lock()
            defer { mutex.unlock() }
            return copiedCount
        }
        set {
            mutex.lock()
            copiedCount = newValue
            mutex.unlock()
        }
    }

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
        _ = put(file)
    }

    /// Adds a file and says its fingerprint.
    private func put(_ file: OutputFile) -> UInt64 {
        let size = file.byteCount
        var fingerprint = Self.fnv(file.path.utf8)
        switch file.content {
        case .bytes(let data): data.withUnsafeBytes { fingerprint = Self.fnv($0, seed: fingerprint) }
        case .copy: fingerprint = Self.fnv(String(size).utf8, seed: fingerprint)
        }
        let isPage = file.path.hasSuffix(".html")
        var finding: Diagnostic?
        if isPage, case .bytes(let data) = file.content { finding = weight?.weigh(file.path, data) }
        var keptData: Data?
        if keep.contains(file.path), case .bytes(let data) = file.content { keptData = data }
        // The second file of a path is never written (it would fail on O_EXCL).
        if record(file.path, Entry(byteCount: size, fingerprint: fingerprint, isPage: isPage), finding, keptData) {
            staging?.write(file)
        }
        return fingerprint
    }

    /// Notes a file; false when its path was taken already.
    private func record(_ path: String, _ entry: Entry, _ finding: Diagnostic?, _ keptData: Data?) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        let first = entries.updateValue(entry, forKey: path) == nil
        if !first { duplicates.insert(path) }
        if let keptData { kept[path] = keptData }
        if let finding { weightFindings[path] = finding }
        return first
    }

    /// A rendered page: linked from the previous site when `memo` knows it
    /// was made from the same `key` and the old file's bytes check out,
    /// else `render`ed and remembered for the next build.
    func add(page path: String, key: CacheKey?, memo: RenderMemo?, render: () -> Data) {
        guard let key, let memo, !keep.contains(path) else {
            add(OutputFile(path: path, content: .bytes(render())))
            return
        }
        if let entry = memo.entry(path, key: key), let staging,
           staging.linkPrevious(path, size: entry.size, digest: entry.digest, hash: memo.cache.hash) {
            let isPage = path.hasSuffix(".html")
            let finding = isPage ? weight?.weigh(path, size: entry.size, loads: entry.loads) : nil
            if record(path, Entry(byteCount: entry.size, fingerprint: entry.fingerprint, isPage: isPage), finding, nil) {
                memo.record(path, entry)
                mutex.lock()
                reusedCount += 1
                mutex.unlock()
            }
            return
        }
        let data = render()
        let fingerprint = put(OutputFile(path: path, content: .bytes(data)))
        let digest = data.withUnsafeBytes { memo.cache.hash($0) }
        memo.record(path, RenderMemo.Entry(key: key, size: data.count, digest: digest, fingerprint: fingerprint,
                                           loads: PageWeightCheck.loads(in: data)))
    }

    /// Pages linked from the previous site without rendering.
    var reused: Int {
        mutex.lock()
        defer { mutex.unlock() }
        return reusedCount
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
