/// The lines of a Markdown body as UTF-8 bytes: cmark counts columns in bytes,
/// authors count characters, and the table pass needs a paragraph's raw lines.
///
/// Byte → character columns stay linear however many positions one long line
/// has (a paragraph of 130,000 links is one line): a column near the start is
/// counted directly; past `directLimit` bytes, the line's character starts
/// are counted once and then looked up. A class, so the counts are kept; a
/// page is parsed inside one task, so it is never shared.
final class LineIndex {
    let lines: [ArraySlice<UInt8>]
    /// Per long line: the byte offset of each character's start.
    private var characterStarts: [Int: [Int32]] = [:]
    /// Bytes decoded so far, to hold the work linear in tests.
    private(set) var bytesDecoded = 0

    /// Columns up to here are counted directly, at most this many bytes each.
    static let directLimit = 256

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            var end = i
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            lines.append(bytes[start..<end])
            start = i + 1
        }
        lines.append(bytes[start..<bytes.count])
        self.lines = lines
    }

    /// Bytes of 1-based line `number`, or empty when out of range.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    /// Converts cmark's 1-based byte column on a line to a 1-based character column.
    func characterColumn(line number: Int, byteColumn: Int) -> Int {
        let bytes = line(number)
        guard byteColumn > 1, !bytes.isEmpty else { return max(byteColumn, 1) }
        let offset = min(byteColumn - 1, bytes.count)
        if offset <= Self.directLimit {
            bytesDecoded += offset
            return String(decoding: bytes.prefix(offset), as: UTF8.self).count + 1
        }
        let starts = characterStarts[number] ?? indexCharacters(of: number, bytes)
        // Characters that start before the byte offset.
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }

    private func indexCharacters(of number: Int, _ bytes: ArraySlice<UInt8>) -> [Int32] {
        let text = String(decoding: bytes, as: UTF8.self)
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count)
        var offset = 0
        for character in text {
            starts.append(Int32(truncatingIfNeeded: offset))
            offset += character.utf8.count
        }
        bytesDecoded += bytes.count
        characterStarts[number] = starts
        return starts
    }
}
