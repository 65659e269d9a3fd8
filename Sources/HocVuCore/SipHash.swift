/// SipHash-2-4 with a 128-bit output (Aumasson and Bernstein): a keyed hash
/// that is a message authentication code. The build cache names its entries
/// and signs them with it under a secret key, so nobody without the key can
/// make an entry hocvu accepts or two inputs that share a name. Written
/// here because it is 80 lines, and SHA-256 in Swift (`SHA256`) is several
/// times slower over the hundred megabytes a rebuild checks.
public struct SipHash: Sendable {
    private var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64
    /// Bytes of the message not yet in a full 8-byte word.
    private var tail: UInt64 = 0
    private var tailCount = 0
    private var length = 0

    /// The 16-byte key as two little-endian words.
    public init(key: (UInt64, UInt64)) {
        v0 = 0x736f_6d65_7073_6575 ^ key.0
        v1 = 0x646f_7261_6e64_6f6d ^ key.1 ^ 0xee
        v2 = 0x6c79_6765_6e65_7261 ^ key.0
        v3 = 0x7465_6462_7974_6573 ^ key.1
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }

    @inline(__always) private mutating func round() {
        v0 = v0 &+ v1; v1 = Self.rotl(v1, 13); v1 ^= v0; v0 = Self.rotl(v0, 32)
        v2 = v2 &+ v3; v3 = Self.rotl(v3, 16); v3 ^= v2
        v0 = v0 &+ v3; v3 = Self.rotl(v3, 21); v3 ^= v0
        v2 = v2 &+ v1; v1 = Self.rotl(v1, 17); v1 ^= v2; v2 = Self.rotl(v2, 32)
    }

    @inline(__always) private mutating func compress(_ m: UInt64) {
        v3 ^= m
        round(); round()
        v0 ^= m
    }

    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        var i = 0
        let count = buffer.count
        length &+= count
        // Finish a word begun by the last call.
        while tailCount > 0, tailCount < 8, i < count {
            tail |= UInt64(buffer[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
        }
        if tailCount == 8 {
            compress(tail)
            tail = 0
            tailCount = 0
        }
        while i + 8 <= count {
            compress(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        while i < count {
            tail |= UInt64(buffer[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
        }
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) {
            return done
        }
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }

    /// The 128-bit tag as two words (the first is the tag's first 8 bytes, little-endian).
    public consuming func finalize() -> (UInt64, UInt64) {
        compress(tail | UInt64(truncatingIfNeeded: length) << 56)
        v2 ^= 0xee
        round(); round(); round(); round()
        let first = v0 ^ v1 ^ v2 ^ v3
        v1 ^= 0xdd
        round(); round(); round(); round()
        return (first, v0 ^ v1 ^ v2 ^ v3)
    }

    /// The tag of `bytes` under `key`.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes, key: (UInt64, UInt64)) -> (UInt64, UInt64)
    where Bytes.Element == UInt8 {
        var hasher = SipHash(key: key)
        hasher.update(bytes)
        return hasher.finalize()
    }
}
