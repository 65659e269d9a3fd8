import Foundation
import HocVuCore
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Câu hỏi ôn tập", "cau-hoi-on-tap"),
        ("Đăng nhập VNeID mức 2", "dang-nhap-vneid-muc-2"),
        ("  Mật khẩu: dài & khó đoán!  ", "mat-khau-dai-kho-doan"),
        ("Bước 1 — Tải ứng dụng", "buoc-1-tai-ung-dung"),
        ("***", ""),
    ])
    func headingSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func nfdInputGivesTheSameSlugAsNFC() {
        let nfd = "Câu hỏi ôn tập".decomposedStringWithCanonicalMapping
        #expect(Slug.make(nfd) == "cau-hoi-on-tap")
    }

    @Test func validNames() {
        #expect(Slug.isValidName("an-toan-2"))
        #expect(!Slug.isValidName("An-toan"))
        #expect(!Slug.isValidName("an toan"))
        #expect(!Slug.isValidName("an_toan"))
        #expect(!Slug.isValidName(""))
    }
}

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
}
