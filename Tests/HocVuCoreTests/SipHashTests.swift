import HocVuCore
import Testing

/// SipHash-2-4-128 against the reference vectors (key 00…0f, message 00…(n-1)).
@Suite struct SipHashTests {
    static let key: (UInt64, UInt64) = (0x0706_0504_0302_0100, 0x0f0e_0d0c_0b0a_0908)

    static func bytes(_ tag: (UInt64, UInt64)) -> [UInt8] {
        withUnsafeBytes(of: tag.0.littleEndian) { Array($0) } + withUnsafeBytes(of: tag.1.littleEndian) { Array($0) }
    }

    @Test func referenceVectors() {
        let vectors: [Int: [UInt8]] = [
            0: [0xa3, 0x81, 0x7f, 0x04, 0xba, 0x25, 0xa8, 0xe6, 0x6d, 0xf6, 0x72, 0x14, 0xc7, 0x55, 0x02, 0x93],
            1: [0xda, 0x87, 0xc1, 0xd8, 0x6b, 0x99, 0xaf, 0x44, 0x34, 0x76, 0x59, 0x11, 0x9b, 0x22, 0xfc, 0x45],
            2: [0x81, 0x77, 0x22, 0x8d, 0xa4, 0xa4, 0x5d, 0xc7, 0xfc, 0xa3, 0x8b, 0xde, 0xf6, 0x0a, 0xff, 0xe4],
            3: [0x9c, 0x70, 0xb6, 0x0c, 0x52, 0x67, 0xa9, 0x4e, 0x5f, 0x33, 0xb6, 0xb0, 0x29, 0x85, 0xed, 0x51],
            5: [0x13, 0x68, 0x87, 0x59, 0x80, 0x77, 0x6f, 0x88, 0x54, 0x52, 0x7a, 0x07, 0x69, 0x0e, 0x96, 0x27],
            15: [0x54, 0x93, 0xe9, 0x99, 0x33, 0xb0, 0xa8, 0x11, 0x7e, 0x08, 0xec, 0x0f, 0x97, 0xcf, 0xc3, 0xd9],
        ]
        for (length, expected) in vectors {
            let message = (0..<length).map { UInt8($0) }
            #expect(Self.bytes(SipHash.hash(message, key: Self.key)) == expected, "length \(length)")
        }
    }

    /// Fed in pieces of any size, the hash is the one-shot hash.
    @Test func piecesMakeTheSameHash() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let whole = SipHash.hash(message, key: Self.key)
        for piece in [1, 3, 7, 8, 9, 64] {
            var hasher = SipHash(key: Self.key)
            for start in stride(from: 0, to: message.count, by: piece) {
                hasher.update(message[start..<min(start + piece, message.count)])
            }
            let tag = hasher.finalize()
            #expect(tag.0 == whole.0 && tag.1 == whole.1, "pieces of \(piece)")
        }
        let other = SipHash.hash(message, key: (Self.key.0 ^ 1, Self.key.1))
        #expect(other.0 != whole.0, "another key, another tag")
    }
}
