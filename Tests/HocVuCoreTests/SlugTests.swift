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
