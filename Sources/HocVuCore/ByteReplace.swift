/// Replacing text by its UTF-8 bytes. Foundation's `replacingOccurrences` on
/// Linux compares character clusters through CFString and was a tenth of a
/// 5,000-lesson build (the profile in bench/README.md); hocvu only ever
/// replaces fixed ASCII-delimited markup and escapes, for which bytes are exact.
public enum ByteReplace {
    /// Every `pattern` in `text` replaced, scanning left to right without overlaps.
    public static func replacing(_ pattern: String, with replacement: String, in text: String) -> String {
        replacing([(Array(pattern.utf8), Array(replacement.utf8))], in: text)
    }

    /// Several patterns in one pass; at a position, the first pattern that matches wins.
    public static func replacing(_ pairs: [([UInt8], [UInt8])], in text: String) -> String {
        var contiguous = text
        let replaced = contiguous.withUTF8 { replacingIfFound(pairs, in: $0) }
        return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    public static func replacing<C: RandomAccessCollection>(_ pairs: [([UInt8], [UInt8])], in bytes: C) -> [UInt8]
    where C.Element == UInt8, C.Index == Int {
        replacingIfFound(pairs, in: bytes) ?? Array(bytes)
    }

    /// The replaced bytes, or nil when no pattern occurs (nothing is copied
    /// then). Bytes between matches are copied as runs; a table of first
    /// bytes (not a hashed set) says where a match may start.
    static func replacingIfFound<C: RandomAccessCollection>(_ pairs: [([UInt8], [UInt8])], in bytes: C) -> [UInt8]?
    where C.Element == UInt8, C.Index == Int {
        var starts = [Bool](repeating: false, count: 256)
        for (pattern, _) in pairs { if let first = pattern.first { starts[Int(first)] = true } }
        var out: [UInt8] = []
        var runStart = bytes.startIndex
        var i = bytes.startIndex
        outer: while i < bytes.endIndex {
            guard starts[Int(bytes[i])] else {
                i += 1
                continue
            }
            for (pattern, replacement) in pairs where !pattern.isEmpty && i + pattern.count <= bytes.endIndex {
                var j = 0
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count {
                    if out.isEmpty { out.reserveCapacity(bytes.count + bytes.count / 64) }
                    out.append(contentsOf: bytes[runStart..<i])
                    out.append(contentsOf: replacement)
                    i += pattern.count
                    runStart = i
                    continue outer
                }
            }
            i += 1
        }
        guard runStart != bytes.startIndex else { return nil }
        out.append(contentsOf: bytes[runStart..<bytes.endIndex])
        return out
    }
}
