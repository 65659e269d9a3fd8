/// The lines of a Markdown body as UTF-8 bytes: cmark counts columns in bytes,
/// authors count characters, and the table pass needs a paragraph's raw lines.
struct LineIndex {
    let lines: [ArraySlice<UInt8>]

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
        let prefix = bytes.prefix(byteColumn - 1)
        return String(decoding: prefix, as: UTF8.self).count + 1
    }
}
