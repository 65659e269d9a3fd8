import Foundation

/// The bytes of a cache entry's payload: numbers as LEB128, texts as a
/// length and UTF-8. Written and read only by hocvu, and read only after the
/// entry's tag is checked; still, a reader never traps on short or odd
/// bytes: it says nil and the entry is made again.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        repeat {
            let low = UInt8(rest & 0x7f)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func bytes(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func data(_ value: Data) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func list<T>(_ values: [T], _ each: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { each(&self, value) }
    }
}

struct CacheReader {
    private let storage: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.storage = bytes
    }

    var isAtEnd: Bool { position == storage.count }

    mutating func int() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < storage.count, shift < 64 {
            let byte = storage[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        return nil
    }

    mutating func bool() -> Bool? {
        byte().flatMap { $0 <= 1 ? $0 == 1 : nil }
    }

    mutating func byte() -> UInt8? {
        guard position < storage.count else { return nil }
        defer { position += 1 }
        return storage[position]
    }

    /// A length that fits in what is left.
    private mutating func length() -> Int? {
        guard let count = int(), count >= 0, count <= storage.count - position else { return nil }
        return count
    }

    mutating func string() -> String? {
        guard let count = length() else { return nil }
        defer { position += count }
        return storage.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
    }

    mutating func optional() -> String?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = string() else { return nil }
        return .some(value)
    }

    mutating func bytes() -> [UInt8]? {
        guard let count = length() else { return nil }
        defer { position += count }
        return Array(storage[position..<position + count])
    }

    mutating func data() -> Data? {
        guard let count = length() else { return nil }
        defer { position += count }
        return Data(storage[position..<position + count])
    }

    /// A list whose every element reads; nil if one does not.
    mutating func list<T>(_ each: (inout CacheReader) -> T?) -> [T]? {
        guard let count = length() else { return nil }  // each element takes a byte at least
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = each(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}
