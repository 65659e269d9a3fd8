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
        var text = text
        return text.withUTF8 { bytes in
            String(decoding: replacing(pairs, in: bytes), as: UTF8.self)
        }
    }

    public static func replacing<C: RandomAccessCollection>(_ pairs: [([UInt8], [UInt8])], in bytes: C) -> [UInt8]
    where C.Element == UInt8, C.Index == Int {
        let firsts = Set(pairs.compactMap(\.0.first))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 64)
        var i = bytes.startIndex
        outer: while i < bytes.endIndex {
            let byte = bytes[i]
            if firsts.contains(byte) {
                for (pattern, replacement) in pairs where !pattern.isEmpty && i + pattern.count <= bytes.endIndex {
                    var j = 0
                    while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count {
                        out.append(contentsOf: replacement)
                        i += pattern.count
                        continue outer
                    }
                }
            }
            out.append(byte)
            i += 1
        }
        return out
    }
}
