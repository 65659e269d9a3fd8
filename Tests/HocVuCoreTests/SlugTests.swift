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

/// The ids a forge gives headings, which authors copy into links (§4.2).
@Suite struct ForgeIDTests {
    @Test func likeGitHubAndMdBook() {
        #expect(Slug.forgeIDs(["the + operator", "macro_rules", "Rc<T>", "Hello, World!", "Câu hỏi ôn tập", "C++ là gì?"])
                == ["the--operator", "macro_rules", "rct", "hello-world", "câu-hỏi-ôn-tập", "c-là-gì"])
    }

    @Test func repeatsAreNumberedFromOne() {
        #expect(Slug.forgeIDs(["Ví dụ", "Ví dụ", "Ví dụ-1", "Ví dụ"]) == ["ví-dụ", "ví-dụ-1", "ví-dụ-1-1", "ví-dụ-2"])
    }
}

@Suite struct ByteSizeDisplayTests {
    @Test func learnersReadSizesInTheirLanguage() {
        #expect(ByteSize.display(1_258_291, language: "vi") == "1,2 MB")
        #expect(ByteSize.display(1_258_291, language: "en") == "1.2 MB")
        #expect(ByteSize.display(2 * 1_048_576, language: "vi") == "2 MB")
        #expect(ByteSize.display(350 * 1024 + 100, language: "vi") == "350 KB")
        #expect(ByteSize.display(10, language: "en") == "1 KB")
    }
}
