import Foundation

/// What the last build rendered, page by page: the key of each page's
/// template and context, and the hash, size and weight of the bytes it made.
/// A page whose key is the same again is not rendered: the previous site's
/// file is linked, once its bytes are checked against the hash.
final class RenderMemo: @unchecked Sendable {
    struct Entry: Sendable {
        var key: CacheKey
        var size: Int
        /// Keyed hash of the bytes (`BuildCache.hash`).
        var digest: CacheKey
        /// `SiteOutput`'s FNV fingerprint of the file.
        var fingerprint: UInt64
        /// The stylesheets and scripts the page loads (`PageWeightCheck.loads`).
        var loads: [String]
    }

    let cache: BuildCache
    private let previous: [String: Entry]
    private var current: [String: Entry] = [:]
    private let mutex = NSLock()
    private let name: CacheKey

    init(cache: BuildCache) {
        self.cache = cache
        name = cache.key { $0.add("render memo") }
        var entries: [String: Entry] = [:]
        if let bytes = cache.read("memo", name) {
            var reader = CacheReader(bytes)
            let read = reader.list { input -> (String, Entry)? in
                guard let path = input.string(), let key = input.key(), let size = input.int(), let digest = input.key(),
                      let fingerprint = input.int(), let loads = input.list({ $0.string() })
                else { return nil }
                return (path, Entry(key: key, size: size, digest: digest, fingerprint: UInt64(bitPattern: Int64(fingerprint)), loads: loads))
            }
            for (path, entry) in read ?? [] { entries[path] = entry }
        }
        previous = entries
    }

    /// The last build's entry for `path`, if it was made from `key`.
    func entry(_ path: String, key: CacheKey) -> Entry? {
        guard let entry = previous[path], entry.key == key else { return nil }
        return entry
    }

    func record(_ path: String, _ entry: Entry) {
        mutex.lock()
        current[path] = entry
        mutex.unlock()
    }

    /// Keeps this build's entries for the next one.
    func save() {
        mutex.lock()
        let entries = current
        mutex.unlock()
        var writer = CacheWriter(capacity: entries.count * 128)
        writer.list(entries.keys.sorted()) { out, path in
            guard let entry = entries[path] else { return }
            out.string(path)
            out.key(entry.key)
            out.int(entry.size)
            out.key(entry.digest)
            out.int(Int(Int64(bitPattern: entry.fingerprint)))
            out.list(entry.loads) { $0.string($1) }
        }
        cache.write("memo", name, writer.bytes)
    }
}

extension CacheWriter {
    mutating func key(_ key: CacheKey) {
        int(Int(Int64(bitPattern: key.high)))
        int(Int(Int64(bitPattern: key.low)))
    }
}

extension CacheReader {
    mutating func key() -> CacheKey? {
        guard let high = int(), let low = int() else { return nil }
        return CacheKey((UInt64(bitPattern: Int64(high)), UInt64(bitPattern: Int64(low))))
    }
}
