import HocVuCore

/// The name of a cache entry: a 128-bit keyed hash (`SipHash`) of
/// everything the entry was made from.
struct CacheKey: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(_ tag: (UInt64, UInt64)) {
        high = tag.0
        low = tag.1
    }

    /// 32 lower-case hex digits: the entry's file name.
    var hex: String { Self.hex(high) + Self.hex(low) }

    private static func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    var bytes: [UInt8] {
        withUnsafeBytes(of: high.littleEndian) { Array($0) } + withUnsafeBytes(of: low.littleEndian) { Array($0) }
    }
}

/// Feeds the parts of a cache key to the hash, each with its kind and
/// length, so that no two different lists of parts run together into the
/// same bytes ("ab" + "c" is not "a" + "bc").
struct KeyBuilder {
    private var hasher: SipHash

    init(secret: (UInt64, UInt64)) {
        hasher = SipHash(key: secret)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            word(1, UInt64(bytes.count))
            hasher.update(UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func add(_ number: Int) {
        word(2, UInt64(bitPattern: Int64(number)))
    }

    mutating func add(_ flag: Bool) {
        word(3, flag ? 1 : 0)
    }

    mutating func add(_ key: CacheKey) {
        word(4, key.high)
        word(4, key.low)
    }

    mutating func add(bytes: UnsafeRawBufferPointer) {
        word(5, UInt64(bytes.count))
        hasher.update(bytes)
    }

    /// A marker for a structure (a list of n, a map of n, nothing).
    mutating func mark(_ kind: UInt8, _ count: Int) {
        word(UInt64(kind) << 8, UInt64(count))
    }

    private mutating func word(_ kind: UInt64, _ value: UInt64) {
        withUnsafeBytes(of: (kind.littleEndian, value.littleEndian)) { hasher.update($0) }
    }

    consuming func finish() -> CacheKey {
        CacheKey(hasher.finalize())
    }
}
