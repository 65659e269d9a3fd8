import Foundation
@testable import HocVuBuild
import HocVuCore
import Testing

@Suite struct SearchIndexTests {
    /// The object a search file passes to `HOCVU_SEARCH.add(name, …)`.
    static func added(_ script: String, _ name: String) throws -> [String: Any] {
        let prefix = "HOCVU_SEARCH.add(\"\(name)\","
        #expect(script.hasPrefix(prefix) && script.hasSuffix(");\n"))
        let json = script.dropFirst(prefix.count).dropLast(3)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func manifest(of site: TempSite) throws -> [String: Any] {
        let script = try #require(site.read("site/search/index.js"))
        #expect(script.hasPrefix("window.HOCVU_SEARCH = {"))
        let json = script.dropFirst("window.HOCVU_SEARCH = ".count).dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Every page's file (`search/d/<n / 1000>/<n>.js`), in page order.
    static func index(of site: TempSite) throws -> [[String: Any]] {
        let manifest = try manifest(of: site)
        #expect(manifest["v"] as? Int == 2)
        let count = try #require(manifest["n"] as? Int)
        return try (0 ..< count).map { n in
            try added(try #require(site.read("site/search/d/\(n / 1000)/\(n).js")), "d/\(n)")
        }
    }

    static func shard(_ site: TempSite, _ name: String) throws -> [String: Any] {
        try added(try #require(site.read("site/search/\(name).js"), "no \(name)"), name)
    }

    /// `[count, score, "gaps", …]` read back: (count, [(doc, score)]).
    static func top(_ list: [Any]) -> (count: Int, hits: [(doc: Int, score: Int)]) {
        var hits: [(Int, Int)] = []
        var i = 1
        while i + 1 < list.count {
            let score = list[i] as? Int ?? 0
            for doc in numbers(list[i + 1] as? String ?? "") { hits.append((doc, score)) }
            i += 2
        }
        return (list.first as? Int ?? 0, hits)
    }

    /// Gaps read back as the search script does.
    static func numbers(_ text: String) -> [Int] {
        let alphabet = Array(SearchCoding.alphabet)
        var out: [Int] = []
        var value = 0
        for byte in text.utf8 {
            let digit = alphabet.firstIndex(of: byte) ?? 0
            value = value * 32 + digit % 32
            if digit < 32 {
                out.append((out.last ?? 0) + value)
                value = 0
            }
        }
        return out
    }

    static func docList(_ text: String) -> [Int] {
        guard text.hasPrefix("b") else { return numbers(String(text.dropFirst())) }
        let alphabet = Array(SearchCoding.alphabet)
        var out: [Int] = []
        for (i, byte) in text.utf8.dropFirst().enumerated() {
            let bits = alphabet.firstIndex(of: byte) ?? 0
            for b in 0 ..< 6 where bits & (1 << b) != 0 { out.append(i * 6 + b) }
        }
        return out
    }

    @Test func everyPageIsIndexedWithItsParts() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"]? += """

            Dùng **mật khẩu** dài &amp; khó đoán, như `Meo-vang`.

            | Loại | Ví dụ |
            |---|---|
            | Yếu | 123456 |

            ```quiz
            1. Mật khẩu nào mạnh nhất?
               - [ ] 123456
               - [x] Hoa-Sen!2025#vn
               > Câu giải thích bí mật.
            ```

            """
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let docs = try Self.index(of: site)
        #expect(docs.map { $0["u"] as? String } == [
            "courses/an-toan/index.html", "courses/an-toan/lua-dao/index.html", "courses/an-toan/mat-khau/index.html",
        ])
        let lesson = docs[2]
        #expect(lesson["t"] as? String == "Mật khẩu mạnh")
        #expect(lesson["k"] as? String == "Bài học")
        #expect(lesson["c"] as? String == "An toàn trên mạng")
        #expect(lesson["h"] as? [String] == ["Tạo mật khẩu"])
        let body = try #require(lesson["b"] as? String)
        #expect(body.contains("Dùng mật khẩu dài & khó đoán, như Meo-vang."))
        #expect(body.contains("Quay lại phần dấu hiệu."))
        #expect(body.contains("Yếu 123456"))
        #expect(!body.contains("<"))
        #expect(!body.contains("giải thích bí mật"), "quiz answers stay out of the index")
        #expect(lesson["q"] as? String == "Mật khẩu nào mạnh nhất?")
        #expect(docs[0]["k"] as? String == "Khóa học")
    }

    @Test func theSearchPageIsInTheNavigationAndWorksWithoutScriptToo() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build().places == [])
        let page = try #require(site.read("site/search/index.html"))
        #expect(page.contains("<form class=\"search-form\" role=\"search\" action=\"index.html\" method=\"get\">"))
        #expect(page.contains("<script src=\"index.js\" defer></script>"))
        #expect(page.contains("data-t-more=\"Xem thêm kết quả\""))
        #expect(page.contains("<script src=\"../assets/search.js\" defer></script>"))
        #expect(page.contains("<noscript>"))
        #expect(page.contains("<a href=\"index.html\" aria-current=\"page\">Tìm kiếm</a>"))
        #expect(site.read("site/index.html")?.contains("<a href=\"search/index.html\">Tìm kiếm</a>") == true)
        #expect(site.read("site/assets/search.js")?.contains("HOCVU_SEARCH") == true)
    }

    @Test func wordsAndTheirPairsAreShardedByTheirFirstLetters() throws {
        var files = minimalSite
        files["content/courses/an-toan/02-mat-khau.md"]? += "\nĐăng nhập bằng mật khẩu. Đang nhập, dạng nhập sai; đăng, nhập.\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let manifest = try Self.manifest(of: site)
        #expect(manifest["n"] as? Int == 3 && manifest["k"] as? Int == SearchIndex.topLimit && manifest["d"] as? Int == 1000)
        let shards = try #require(manifest["w"] as? [String])
        #expect(shards.contains("ma") && shards.contains("kh") && shards.contains("da") && shards == shards.sorted())
        let ma = try Self.shard(site, "w/ma")
        let mat = try #require(ma["mat"] as? [String: Any])
        // "Mật khẩu mạnh" (title) and "mật khẩu" in its text: the lesson, doc 2.
        let spellings = try #require(mat["v"] as? [String: Any])
        #expect(Set(spellings.keys) == ["mật"])
        let hits = Self.top(try #require(spellings["mật"] as? [Any]))
        #expect(hits.count == 1 && hits.hits.map(\.doc) == [2] && hits.hits.map(\.score) == [10])
        #expect(mat["n"] as? Int == 1 && mat["f"] == nil, "every page listed: no doc list needed")
        // Every word of a shard starts with its letters.
        for shard in shards {
            let words = try Self.shard(site, "w/\(SearchCoding.fileName(shard))")
            #expect(words.keys.allSatisfy { $0.hasPrefix(shard) })
        }
        // Pairs: "đăng nhập" twice as a phrase; "đang nhập" and "dạng nhập"
        // each once; "đăng, nhập" (a comma between) is no phrase.
        let dang = try #require(try Self.shard(site, "w/da")["dang"] as? [String: Any])
        let pairs = try Self.shard(site, dang["p"] as? Int == 1 ? "p/da" : "p/da-n")
        let dangNhap = try #require(pairs["dang nhap"] as? [String: Any])
        let variants = try #require(dangNhap["v"] as? [String: Any])
        #expect(Set(variants.keys) == ["đăng nhập", "đang nhập", "dạng nhập"])
        #expect(Self.top(try #require(variants["đăng nhập"] as? [Any])).hits.map(\.doc) == [2])
        #expect(pairs.keys.allSatisfy { $0.hasPrefix("da") })
        let mk = try #require(try Self.shard(site, (mat["p"] as? Int == 1) ? "p/ma" : "p/ma-k")["mat khau"] as? [String: Any])
        let best = Self.top(try #require((mk["v"] as? [String: Any])?["mật khẩu"] as? [Any]))
        #expect(best.hits.map(\.score) == [10], "the phrase in the title counts as the title")
    }

    @Test func aCommonWordKeepsItsBestPagesAndAListOfAll() throws {
        var files = minimalSite
        // 40 lessons with "phổ biến" in their text, the last 3 in their title.
        for i in 1 ... 40 {
            let title = i > 37 ? "Phổ biến \(i)" : "Bài \(i)"
            files["content/courses/an-toan/\(String(format: "%02d", i + 2))-bai-\(i).md"] =
                "---\ntitle: \(title)\n---\nMột điều phổ biến.\n"
        }
        let site = try TempSite(files)
        defer { site.remove() }
        _ = site.build()  // warnings (no summaries) are not this test's business
        let docs = try Self.index(of: site)
        let entry = try #require(try Self.shard(site, "w/ph")["pho"] as? [String: Any])
        let spelling = Self.top(try #require((entry["v"] as? [String: Any])?["phổ"] as? [Any]))
        #expect(spelling.count == 40 && spelling.hits.count == SearchIndex.topLimit)
        let titled = docs.indices.filter { (docs[$0]["t"] as? String ?? "").hasPrefix("Phổ biến") }
        #expect(Array(spelling.hits.prefix(3)).map(\.doc) == titled && spelling.hits.prefix(3).allSatisfy { $0.score == 10 },
                "the titles first")
        #expect(spelling.hits.dropFirst(3).map(\.doc) == spelling.hits.dropFirst(3).map(\.doc).sorted(), "then page order")
        let number = try #require(entry["f"] as? Int)
        let lists = try Self.added(try #require(site.read("site/search/f/\(number).js")), "f/\(number)")
        let all = Self.docList(try #require(lists["pho"] as? String))
        #expect(all == docs.indices.filter { (docs[$0]["b"] as? String ?? "").contains("phổ biến") })
        #expect(entry["n"] as? Int == 40)
    }

    @Test func theIndexIsTheSameOnEveryBuild() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        #expect(site.build(out: "a").places == [])
        #expect(site.build(out: "b").places == [])
        let folder = site.root.appendingPathComponent("a/search")
        let paths = try #require(FileManager.default.subpaths(atPath: folder.path)).filter { $0.hasSuffix(".js") }.sorted()
        #expect(paths.count > 10)
        for path in paths {
            #expect(site.read("a/search/\(path)") == site.read("b/search/\(path)"), "\(path)")
        }
    }

    @Test func wordsFoldAsTheScriptFoldsThem() {
        var seen: [String] = []
        SearchFolding.words(in: "MẬT khẩu, Khoá ĐĂNG  nhập x\u{0301}") { lower, folded, joined in
            seen.append("\(lower)|\(folded)|\(joined)")
        }
        #expect(seen == ["mật|mat|false", "khẩu|khau|true", "khoá|khoa|false", "đăng|dang|true", "nhập|nhap|true", "x|x|true"])
        #expect(SearchCoding.fileName("mß-k") == "m_df_-k")
        var bytes: [UInt8] = []
        SearchCoding.appendString("a</b\u{2028}\"", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"a<\\/b\\u2028\\\"\"")
        #expect(Self.docList(String(decoding: SearchCoding.docList([3, 40, 41, 1000]), as: UTF8.self)) == [3, 40, 41, 1000])
        let dense = Array(Int32(0) ..< 600).filter { $0 % 3 != 0 }
        let encoded = SearchCoding.docList(dense)
        #expect(encoded.first == UInt8(ascii: "b") && Self.docList(String(decoding: encoded, as: UTF8.self)) == dense.map(Int.init))
    }
}
