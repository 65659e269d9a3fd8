import Testing
@testable import HocVuMarkdown

/// Byte → character columns stay linear on one very long line: a paragraph
/// of 130,000 links used to decode the line again for every link.
@Suite struct LineIndexTests {
    @Test func columnsOnOneLongLineDecodeItOnce() {
        let unit = "[á](#a) "  // 9 bytes, 8 characters
        let count = 130_000
        let index = LineIndex("# Tiêu đề\n" + String(repeating: unit, count: count))
        var wrong = 0
        for i in 0..<count where index.characterColumn(line: 2, byteColumn: 1 + i * 9) != 1 + i * 8 {
            wrong += 1
        }
        #expect(wrong == 0)
        // The line once, plus the few columns short enough to count directly.
        let lineBytes = unit.utf8.count * count
        let direct = LineIndex.directLimit / unit.utf8.count + 1
        #expect(index.bytesDecoded <= lineBytes + direct * LineIndex.directLimit)
    }

    @Test func shortColumnsAreCountedDirectly() {
        let index = LineIndex("ắ b\nxyz")
        #expect(index.characterColumn(line: 1, byteColumn: 5) == 3)
        #expect(index.characterColumn(line: 2, byteColumn: 3) == 3)
        #expect(index.characterColumn(line: 9, byteColumn: 4) == 4)
    }
}
