import Foundation
import HocVuCore
import Testing

@Suite struct VietnameseTextTests {
    /// Every vowel with every tone folds to its base letter.
    @Test func everyVowelWithEveryToneFolds() {
        let table: [(String, String)] = [
            ("aàáảãạăằắẳẵặâầấẩẫậ", "a"), ("eèéẻẽẹêềếểễệ", "e"), ("iìíỉĩị", "i"),
            ("oòóỏõọôồốổỗộơờớởỡợ", "o"), ("uùúủũụưừứửữự", "u"), ("yỳýỷỹỵ", "y"),
        ]
        for (letters, base) in table {
            for letter in letters {
                #expect(VietnameseText.foldDiacritics(String(letter)) == base, "\(letter)")
                #expect(VietnameseText.foldDiacritics(String(letter).uppercased()) == base.uppercased(), "\(letter)")
            }
        }
    }

    @Test func dStrokeFolds() {
        #expect(VietnameseText.foldDiacritics("đĐ") == "dD")
    }

    @Test func nfcComposes() {
        let nfd = "Việt".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > 4)
        #expect(VietnameseText.nfc(nfd).unicodeScalars.count == 4)
    }

    /// Typed quiz answers are compared in this form (and so is quiz.js).
    @Test func comparisonKeyFoldsCaseAccentsAndSpacing() {
        #expect(VietnameseText.comparisonKey("  Một  MỘT\tba ") == "mot mot ba")
        #expect(VietnameseText.comparisonKey("Đăng nhập") == VietnameseText.comparisonKey("dang NHAP"))
        #expect(VietnameseText.comparisonKey("Vie\u{0302}\u{0323}t") == "viet")
        #expect(VietnameseText.comparisonKey("113") != VietnameseText.comparisonKey("114"))
    }
}
