import Foundation
import HocVuCore
import Testing

/// The Swift versions of text operations that replaced Foundation's on the
/// hot path (issue 14) give exactly what Foundation gives.
@Suite struct SwiftTextTests {
    static let samples = [
        "", " ", "\t\n", "  Mật khẩu  ", "\u{00A0}Tiếng Việt\u{3000}", "\n\ncâu hỏi\r\n", "a", " \u{2028}x\u{2029} ",
        "\u{200B}zero width\u{200B}", "e\u{0301} ", " \u{1680}ogham",
    ]

    @Test func trimmingIsFoundationsTrimming() {
        for text in Self.samples {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
        }
    }

    /// Folding by table gives what decomposition gives, for every Latin and
    /// Vietnamese letter, alone and among others; text outside the table
    /// (Greek, combining marks of other blocks) takes the slow way, still right.
    @Test func foldingByTableIsFoldingByDecomposition() {
        func slow(_ text: String) -> String {
            var out = String.UnicodeScalarView()
            for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.value {
                case 0x0300...0x036F: continue
                case 0x0111: out.append("d")
                case 0x0110: out.append("D")
                default: out.append(scalar)
                }
            }
            return String(out)
        }
        var all = ""
        for v in Array(0x00A0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let letter = String(Character(scalar))
            #expect(VietnameseText.foldDiacritics(letter) == slow(letter), "U+\(String(v, radix: 16))")
            all += letter + "a "
        }
        #expect(VietnameseText.foldDiacritics(all) == slow(all))
        for text in ["Đường đến trường", "Câu hỏi ôn tập", "ά έ", "a\u{1DC0}b", "e\u{0301}\u{0323}", "mật khẩu 123"] {
            #expect(VietnameseText.foldDiacritics(text) == slow(text), "\(text)")
        }
    }

    @Test func nfcIsSkippedOnlyWhereItChangesNothing() {
        for text in ["Tiếng Việt", "e\u{0301}", "\u{212B}", "한국어", "ａｂｃ", "\u{1E9B}\u{0323}", "A\u{030A}"] {
            #expect(VietnameseText.nfc(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars), "\(text)")
        }
    }

    @Test func absoluteURLsEncodeWhatIsNotPlain() {
        #expect(BaseURL.absolute("courses/a-1/index.html", base: "https://hoc.gov.vn") == "https://hoc.gov.vn/courses/a-1/")
        #expect(BaseURL.absolute("static/tài liệu.pdf", base: "https://hoc.gov.vn/x/")
                == "https://hoc.gov.vn/x/static/t%C3%A0i%20li%E1%BB%87u.pdf")
        #expect(SitePath.relative(from: "courses/a/b/index.html", to: "static/tài liệu.pdf") == "../../../static/t%C3%A0i%20li%E1%BB%87u.pdf")
        #expect(SitePath.relative(from: "courses/a/b/index.html", to: "courses/a/c_1.png") == "../c_1.png")
    }
}

extension SwiftTextTests {
    /// The byte scan says "may change" for every text NFC changes: each
    /// character from U+0000 to U+FFFF alone and after a letter.
    @Test func theNFCScanMissesNothing() {
        for v in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in [String(Character(scalar)), "a" + String(scalar)] where text.precomposedStringWithCanonicalMapping != text
                || !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) {
                #expect(VietnameseText.mayChangeUnderNFC(text), "U+\(String(v, radix: 16))")
            }
        }
        #expect(!VietnameseText.mayChangeUnderNFC("Mật khẩu – “an toàn” … Tiếng Việt"))
        #expect(VietnameseText.mayChangeUnderNFC("e\u{0301}"))
    }
}
