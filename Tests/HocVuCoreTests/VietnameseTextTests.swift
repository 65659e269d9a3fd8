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

@Suite struct VietnameseCollationTests {
    @Test func theAlphabetOrder() {
        let letters = ["y", "x", "v", "ư", "u", "t", "s", "r", "q", "p", "ơ", "ô", "o", "n", "m", "l", "k", "i", "h", "g", "ê", "e", "đ", "d", "c", "b", "â", "ă", "a"]
        #expect(VietnameseCollation.sorted(letters, by: { $0 }) == letters.reversed())
    }

    @Test func tonesAfterLettersInDictionaryOrder() {
        #expect(VietnameseCollation.sorted(["ạ", "á", "ã", "ả", "à", "a"], by: { $0 }) == ["a", "à", "ả", "ã", "á", "ạ"])
        // The letter decides before the tone: "bà" < "bác" even though à > a.
        #expect(VietnameseCollation.sorted(["bác", "bà", "ba"], by: { $0 }) == ["ba", "bà", "bác"])
    }

    @Test func titlesSortAsInADictionary() {
        let titles = ["Văn bản điện tử", "Ứng dụng AI", "Đại sứ số", "An toàn", "Dịch vụ công", "Ăn uống", "Zalo", "Ô tô", "Gia đình số"]
        #expect(VietnameseCollation.sorted(titles, by: { $0 }) == [
            "An toàn", "Ăn uống", "Dịch vụ công", "Đại sứ số", "Gia đình số", "Ô tô", "Ứng dụng AI", "Văn bản điện tử", "Zalo",
        ])
        #expect(VietnameseCollation.precedes("an", "Ấn"))
        #expect(VietnameseCollation.precedes("An toàn", "Ann"))
        #expect(!VietnameseCollation.precedes("Đ", "D"))
    }
}
