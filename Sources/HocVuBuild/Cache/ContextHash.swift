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
