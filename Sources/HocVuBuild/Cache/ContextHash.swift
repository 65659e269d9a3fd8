/// A page's Mustache context into a cache key: every value, maps in key
/// order. Only the plain values `PageContextBuilder` makes are known; any
/// other value makes the page uncacheable (rendered every time) rather than
/// keyed by a guess.
extension KeyBuilder {
    mutating func add(context value: Any) -> Bool {
        switch value {
        case let text as String:
            add(text)
        case let flag as Bool:
            add(flag)
        case let number as Int:
            add(number)
        // The concrete types first: casting [String: String] to [String: Any]
        // or [[String: Any]] to [Any] builds a new collection each time.
        case let map as [String: String]:
            mark(8, map.count)
            for name in map.keys.sorted() {
                add(name)
                add(map[name] ?? "")
            }
        case let list as [[String: Any]]:
            mark(9, list.count)
            for inner in list {
                guard add(context: inner) else { return false }
            }
        case let list as [String]:
            mark(9, list.count)
            for inner in list { add(inner) }
        case let map as [String: Any]:
            mark(8, map.count)
            for name in map.keys.sorted() {
                add(name)
                guard let inner = map[name], add(context: inner) else { return false }
            }
        case let list as [Any]:
            mark(9, list.count)
            for inner in list {
                guard add(context: inner) else { return false }
            }
        default:
            return false
        }
        return true
    }
}

/// A map that every page's context holds (the theme's strings, `t`),
/// hashed once per build: a context whose value is the very same storage
/// (so the same contents) adds this key instead of 110 strings again.
struct SharedMap: @unchecked Sendable {
    let name: String
    /// Kept, so that its storage cannot be freed and its address reused.
    let value: [String: String]
    let key: CacheKey

    init(name: String, value: [String: String], cache: BuildCache) {
        self.name = name
        self.value = value
        key = cache.key { key in
            key.add("shared map")
            _ = key.add(context: value)
        }
    }

    /// Whether `other` is this very map (same storage), not just an equal one.
    func isSame(_ other: Any?) -> Bool {
        guard MemoryLayout<[String: String]>.size == MemoryLayout<UInt>.size, let map = other as? [String: String] else {
            return false
        }
        return unsafeBitCast(map, to: UInt.self) == unsafeBitCast(value, to: UInt.self)
    }
}

extension KeyBuilder {
    /// A page's context, with `shared` added by its key when the context holds it.
    mutating func add(context: [String: Any], shared: SharedMap?) -> Bool {
        guard let shared, shared.isSame(context[shared.name]) else { return add(context: context) }
        mark(10, context.count)
        for name in context.keys.sorted() {
            add(name)
            if name == shared.name {
                add(shared.key)
            } else {
                guard let inner = context[name], add(context: inner) else { return false }
            }
        }
        return true
    }
}
