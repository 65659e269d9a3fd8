import Foundation
import HocVuCore

/// The incremental build's memory: entries made by earlier builds of the
/// same content into the same output, each named by a keyed hash of all it
/// was made from (the hocvu binary's own bytes included) and signed with the
/// secret key. An entry that fails its check (damaged, changed, or made with
/// another key) is ignored, counted, and made again; the build never trusts
/// it. Entries are written whole or not at all (a temporary file renamed),
/// and after a successful build the ones it did not use are removed, so the
/// cache holds one build's worth.
final class BuildCache: @unchecked Sendable {
    /// An entry: "HVC1", its key (16 bytes), the payload, the tag (16 bytes)
    /// over all before it.
    private static let magic = Array("HVC1".utf8)
    /// This site's folder in the cache.
    let folder: URL
    private let secret: (UInt64, UInt64)
    /// The running binary's hash: the start of every key, so another build
    /// of hocvu never uses this one's entries.
    let binary: CacheKey
    private let mutex = NSLock()
    private var used: [String: Set<String>] = [:]
    private var rejectedCount = 0
    private var hitCount = 0
    private var written: [String: Int] = [:]

    private init(folder: URL, secret: (UInt64, UInt64), binary: CacheKey) {
        self.folder = folder
        self.secret = secret
        self.binary = binary
    }

    enum Opening {
        case ready(BuildCache)
        /// Built without the cache, with this note.
        case skipped(String)
        /// `--cache-dir` names a folder the build must not use.
        case refused(String)
    }

    /// The cache for building `content` into `output`.
    static func start(_ options: CacheOptions, content: URL, output: URL) -> Opening {
        guard let root = options.resolvedFolder?.standardizedFileURL else {
            return .skipped("no HOME for the build cache; built without it (give --cache-dir)")
        }
        let real = { (url: URL) in url.resolvingSymlinksInPath().path }
        let rootPath = real(root)
        for (folder, name) in [(content, "content"), (output, "output")] {
            let path = real(folder)
            if rootPath == path || rootPath.hasPrefix(path + "/") {
                return .refused("the cache folder '\(root.path)' is inside the \(name) folder '\(folder.path)'; choose one outside it")
            }
        }
        let secret: (UInt64, UInt64)
        switch CacheSecret.load(options) {
        case .key(let key): secret = key
        case .unusable(let why): return .skipped(why)
        }
        // Named without the secret, so that entries made with another key
        // are found, fail their check and are reported.
        var site = KeyBuilder(secret: (0, 0))
        site.add(real(content))
        site.add(real(output))
        let folder = root.appendingPathComponent("sites").appendingPathComponent(site.finish().hex)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return .skipped("the cache folder '\(root.path)' cannot be made (\(error.localizedDescription)); built without it")
        }
        guard let binary = binaryHash(secret) else {
            return .skipped("hocvu cannot read its own binary to key the cache; built without it")
        }
        let cache = BuildCache(folder: folder, secret: secret, binary: binary)
        cache.checkStamp()
        removeStale(in: root.appendingPathComponent("sites"), keeping: folder.lastPathComponent)
        return .ready(cache)
    }

    /// How long a site's folder stays when no build uses it (a content
    /// folder moved or deleted, a test's temporary site).
    static let staleAfter: TimeInterval = 30 * 24 * 3600

    /// Removes the folders of sites no build has used for `staleAfter`
    /// (each build touches its folder's stamp).
    private static func removeStale(in sites: URL, keeping current: String) {
        let now = Date()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? [] where name != current {
            let folder = sites.appendingPathComponent(name)
            var info = stat()
            let stamp = folder.appendingPathComponent("stamp").path
            let used = lstat(stamp, &info) == 0 ? Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
                : (try? FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date) ?? now
            if now.timeIntervalSince(used) > staleAfter { TreeRemover.remove(folder) }
        }
    }

    /// What the cache says before the build starts (another key found).
    private(set) var startNote: String?

    /// The folder's stamp: a tag of a fixed text under the key. Entries are
    /// named with the key, so another key's entries would never even be
    /// looked at; the stamp tells that they are there, and they go.
    private func checkStamp() {
        let stamp = folder.appendingPathComponent("stamp").path
        let expected = Array("hocvu cache\n".utf8).withUnsafeBytes { hash($0) }.bytes
        if let found = Self.readFile(stamp) {
            // Touched: this site's folder is in use.
            if found == expected {
                utimes(stamp, nil)
                return
            }
            startNote = "the cache in \(folder.path) was made with another key (or changed); it was emptied and its pages made again"
        }
        for kind in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(kind))
        }
        try? Data(expected).write(to: URL(fileURLWithPath: stamp), options: .atomic)
    }

    /// The key of an entry: the binary's hash, then what `parts` adds.
    func key(_ parts: (inout KeyBuilder) -> Void) -> CacheKey {
        var builder = KeyBuilder(secret: secret)
        builder.add(binary)
        parts(&builder)
        return builder.finish()
    }

    /// A keyed hash of bytes (not a key: it does not start with the binary's hash).
    func hash(_ bytes: UnsafeRawBufferPointer) -> CacheKey {
        var hasher = SipHash(key: secret)
        hasher.update(bytes)
        return CacheKey(hasher.finalize())
    }

    /// The payload of entry `key` of `kind`, if it is there and passes its check.
    func read(_ kind: String, _ key: CacheKey) -> [UInt8]? {
        let name = key.hex
        let path = folder.appendingPathComponent(kind).appendingPathComponent(name).path
        guard let bytes = Self.readFile(path) else { return nil }
        let header = Self.magic + key.bytes
        let tagAt = bytes.count - 16
        let good = tagAt >= header.count && bytes[0..<header.count].elementsEqual(header)
            && bytes.withUnsafeBytes { all in
                hash(UnsafeRawBufferPointer(rebasing: all[0..<tagAt])).bytes.elementsEqual(all[tagAt...])
            }
        mutex.lock()
        defer { mutex.unlock() }
        guard good else {
            rejectedCount += 1
            return nil
        }
        hitCount += 1
        used[kind, default: []].insert(name)
        return Array(bytes[header.count..<tagAt])
    }

    /// Stores `payload` as entry `key` of `kind`, atomically.
    func write(_ kind: String, _ key: CacheKey, _ payload: [UInt8]) {
        let name = key.hex
        let directory = folder.appendingPathComponent(kind)
        var bytes = Self.magic + key.bytes
        bytes.reserveCapacity(bytes.count + payload.count + 16)
        bytes += payload
        bytes += bytes.withUnsafeBytes { hash($0).bytes }
        mutex.lock()
        used[kind, default: []].insert(name)
        written[kind, default: 0] += 1
        mutex.unlock()
        let temporary = directory.appendingPathComponent(".tmp-\(name)-\(UInt32.random(in: 0...UInt32.max))").path
        let create = { open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
        var descriptor = create()
        if descriptor < 0 && errno == ENOENT {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            descriptor = create()
        }
        guard descriptor >= 0 else { return }
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        if !complete || rename(temporary, directory.appendingPathComponent(name).path) != 0 { unlink(temporary) }
    }

    /// Entries written this build, by kind (for `HOCVU_TIMINGS`).
    var writes: String {
        mutex.lock()
        defer { mutex.unlock() }
        return written.keys.sorted().map { "\($0) \(written[$0] ?? 0)" }.joined(separator: ", ")
    }

    /// Entries read, and entries that failed their check.
    var counts: (hits: Int, rejected: Int) {
        mutex.lock()
        defer { mutex.unlock() }
        return (hitCount, rejectedCount)
    }

    /// After a successful build: removes the entries of each kind it did not
    /// use (and temporary files a killed build left).
    func sweep() {
        mutex.lock()
        let kept = used
        mutex.unlock()
        let fm = FileManager.default
        for (kind, names) in kept {
            let directory = folder.appendingPathComponent(kind)
            for name in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? [] where !names.contains(name) {
                unlink(directory.appendingPathComponent(name).path)
            }
        }
    }

    /// A regular file's bytes, read without following a link or waiting on a pipe.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 1 << 31 else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress?.advanced(by: offset), size - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }

    /// The running binary's bytes, hashed: a rebuilt hocvu has other keys
    /// even when its version string is the same.
    private static func binaryHash(_ secret: (UInt64, UInt64)) -> CacheKey? {
        let descriptor = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SipHash(key: secret)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return CacheKey(hasher.finalize())
    }
}
