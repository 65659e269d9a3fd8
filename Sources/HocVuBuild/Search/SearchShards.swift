import Foundation

/// The word and phrase shards of the search index, built page by page in
/// page order (so every list is ascending without sorting) and split into
/// buckets that merge in parallel; written as `search/w/<ab>.js` (words
/// starting with "ab"), `search/p/<ab>-<c>.js` (pairs "ab… c…") and
/// `search/f/<n>.js` (whole doc lists of the words too common for their top
/// results alone). The format is described in docs/THEME.md.
final class SearchShards: @unchecked Sendable {
    struct Hit {
        var score: UInt8
        var doc: Int32
    }

    /// One spelling (with marks) of a word or pair: how many pages have it,
    /// its best pages, and (words only) all of them.
    struct Variant {
        var folded: String
        var count = 0
        var top: [Hit] = []
        var lowest: UInt8 = 0
        var docs: [Int32] = []

        mutating func add(_ doc: Int32, _ score: UInt8, keepDocs: Bool, limit: Int) {
            count += 1
            if keepDocs { docs.append(doc) }
            // Pages come in ascending order: on a tie the one kept stays.
            if top.count < limit {
                top.append(Hit(score: score, doc: doc))
                lowest = top.count == limit ? top.map(\.score).min() ?? 0 : 0
                return
            }
            guard score > lowest else { return }
            // The worst: the lowest score, the last page among those.
            var worst = 0
            for i in top.indices where top[i].score < top[worst].score || (top[i].score == top[worst].score && top[i].doc > top[worst].doc) {
                worst = i
            }
            top[worst] = Hit(score: score, doc: doc)
            lowest = top.map(\.score).min() ?? 0
        }

        var ranked: [Hit] {
            top.sorted { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
        }

        var isComplete: Bool { count <= top.count }
    }

    final class Bucket: @unchecked Sendable {
        var words: [String: Variant] = [:]
        var pairs: [String: Variant] = [:]
    }

    /// A shard before its postings files are numbered.
    struct Draft {
        struct Term {
            var folded: String
            var count: Int
            /// The doc list when the top results are not all of them.
            var postings: [UInt8]?
            var next: String
            var variants: [UInt8]
        }

        var kind: String
        var key: String
        var terms: [Term]
    }

    let limit: Int
    let buckets: [Bucket]

    init(limit: Int, buckets: Int) {
        self.limit = limit
        self.buckets = (0 ..< buckets).map { _ in Bucket() }
    }

    /// Pages `first`, `first + 1`, … in order.
    func add(_ pages: [SearchDocTerms], first: Int) {
        let limit = limit
        DispatchQueue.concurrentPerform(iterations: buckets.count) { b in
            let bucket = buckets[b]
            for (offset, page) in pages.enumerated() {
                let doc = Int32(first + offset)
                for entry in page.words[page.wordStarts[b] ..< page.wordStarts[b + 1]] {
                    bucket.words[entry.lower, default: Variant(folded: entry.folded)]
                        .add(doc, entry.score, keepDocs: true, limit: limit)
                }
                for entry in page.pairs[page.pairStarts[b] ..< page.pairStarts[b + 1]] {
                    bucket.pairs[entry.lower, default: Variant(folded: entry.folded)]
                        .add(doc, entry.score, keepDocs: false, limit: limit)
                }
            }
        }
    }

    /// `[score, "gaps", score, "gaps", …]` after the count: best first.
    static func topJSON(_ variant: Variant) -> [UInt8] {
        var out = Array("[\(variant.count)".utf8)
        let ranked = variant.ranked
        var i = 0
        while i < ranked.count {
            let score = ranked[i].score
            var docs: [Int32] = []
            while i < ranked.count, ranked[i].score == score {
                docs.append(ranked[i].doc)
                i += 1
            }
            out += Array(",\(score),\"".utf8) + SearchCoding.gaps(docs) + [UInt8(ascii: "\"")]
        }
        return out + [UInt8(ascii: "]")]
    }

    static func union(_ lists: [[Int32]]) -> [Int32] {
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }

    static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The drafts of one bucket; `next[word]`: first letters of the words
    /// that follow it in some pair.
    func makeDrafts(_ bucket: Bucket, kind: String, next: [String: String]) -> [Draft] {
        let variants = kind == "w" ? bucket.words : bucket.pairs
        var byTerm: [String: [(String, Variant)]] = [:]
        for (lower, variant) in variants { byTerm[variant.folded, default: []].append((lower, variant)) }
        var byShard: [String: [Draft.Term]] = [:]
        for (folded, spellings) in byTerm {
            let sorted = spellings.sorted { Self.less($0.0, $1.0) }
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (i, (lower, variant)) in sorted.enumerated() {
                if i > 0 { json.append(UInt8(ascii: ",")) }
                SearchCoding.appendString(lower, to: &json)
                json.append(UInt8(ascii: ":"))
                json += Self.topJSON(variant)
            }
            json.append(UInt8(ascii: "}"))
            let complete = sorted.allSatisfy { $0.1.isComplete }
            var count = 0
            var postings: [UInt8]?
            if kind == "w" {
                let docs = Self.union(sorted.map(\.1.docs))
                count = docs.count
                if !complete { postings = SearchCoding.docList(docs) }
            } else {
                // Pairs keep only their best pages: no doc lists.
                count = complete ? Set(sorted.flatMap { $0.1.top.map(\.doc) }).count : sorted.map(\.1.count).max() ?? 0
            }
            let shard = kind == "w" ? SearchDocTerms.wordShard(folded) : SearchDocTerms.pairShard(folded)
            byShard[shard, default: []].append(
                Draft.Term(folded: folded, count: count, postings: postings, next: next[folded] ?? "", variants: json))
        }
        return byShard.map { key, terms in
            Draft(kind: kind, key: key, terms: terms.sorted { Self.less($0.folded, $1.folded) })
        }
    }

    /// For each word, the first letters of the words after it in a pair.
    func nextLetters() -> [String: String] {
        var next: [String: Set<Unicode.Scalar>] = [:]
        for bucket in buckets {
            for variant in bucket.pairs.values {
                let scalars = variant.folded.unicodeScalars
                guard let space = scalars.firstIndex(of: " ") else { continue }
                let after = scalars.index(after: space)
                guard after < scalars.endIndex else { continue }
                next[String(String.UnicodeScalarView(scalars[..<space])), default: []].insert(scalars[after])
            }
        }
        return next.mapValues { String(String.UnicodeScalarView($0.sorted { $0.value < $1.value })) }
    }

    static func script(_ name: String, _ json: [UInt8]) -> Data {
        var out = Array("HOCVU_SEARCH.add(".utf8)
        SearchCoding.appendString(name, to: &out)
        return Data(out + [UInt8(ascii: ",")] + json + Array(");\n".utf8))
    }

    /// Postings files hold one big list alone, or small ones of one shard
    /// together (a query's shard and its lists: nothing else to download).
    static let alone = 2048, packed = 4096
    /// A word shard's pairs up to this size stay in one file.
    static let pairShardSize = 8192

    /// Every shard and postings file, and the manifest's list of word shards.
    func files() -> (files: [OutputFile], wordShards: [String]) {
        let next = nextLetters()
        let slots = ResultSlots<[Draft]>(count: buckets.count * 2)
        DispatchQueue.concurrentPerform(iterations: buckets.count * 2) { i in
            slots.set(i, makeDrafts(buckets[i / 2], kind: i % 2 == 0 ? "w" : "p", next: next))
        }
        let drafts = Array(slots.values.joined()).sorted { Self.less($0.key, $1.key) }
        // A word shard's pairs in one file when small (a small site needs
        // no thousand tiny files), else one file per first letter of the second word.
        var pairDrafts: [Draft] = []
        var whole: Set<String> = []
        var groups: [(String, [Draft])] = []
        for draft in drafts where draft.kind == "p" {
            let prefix = String(draft.key.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)[0])
            if groups.last?.0 == prefix { groups[groups.count - 1].1.append(draft) } else { groups.append((prefix, [draft])) }
        }
        for (prefix, group) in groups {
            let size = group.reduce(0) { $0 + $1.terms.reduce(0) { $0 + $1.variants.count + $1.folded.utf8.count + 16 } }
            if size <= Self.pairShardSize {
                whole.insert(prefix)
                pairDrafts.append(Draft(kind: "p", key: prefix, terms: group.flatMap(\.terms).sorted { Self.less($0.folded, $1.folded) }))
            } else {
                pairDrafts += group
            }
        }
        var files: [OutputFile] = []
        var fileNumber = 0
        for draft in drafts.filter({ $0.kind == "w" }) + pairDrafts {
            var numbers: [String: Int] = [:]
            var pack: [UInt8] = []
            func flush() {
                guard !pack.isEmpty else { return }
                files.append(OutputFile(
                    path: "search/f/\(fileNumber).js",
                    content: .bytes(Self.script("f/\(fileNumber)", [UInt8(ascii: "{")] + pack + [UInt8(ascii: "}")]))))
                fileNumber += 1
                pack = []
            }
            for term in draft.terms {
                guard let postings = term.postings else { continue }
                if postings.count >= Self.alone || pack.count + postings.count > Self.packed { flush() }
                if !pack.isEmpty { pack.append(UInt8(ascii: ",")) }
                SearchCoding.appendString(term.folded, to: &pack)
                pack.append(UInt8(ascii: ":"))
                SearchCoding.appendString(String(decoding: postings, as: UTF8.self), to: &pack)
                numbers[term.folded] = fileNumber
                if postings.count >= Self.alone { flush() }
            }
            flush()
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (i, term) in draft.terms.enumerated() {
                if i > 0 { json.append(UInt8(ascii: ",")) }
                SearchCoding.appendString(term.folded, to: &json)
                json += Array(":{\"n\":\(term.count)".utf8)
                if let number = numbers[term.folded] { json += Array(",\"f\":\(number)".utf8) }
                if !term.next.isEmpty, whole.contains(draft.key) {
                    // All pairs starting with this shard's words are in p/<shard>.js.
                    json += Array(",\"p\":1".utf8)
                } else if !term.next.isEmpty {
                    json += Array(",\"p\":".utf8)
                    SearchCoding.appendString(term.next, to: &json)
                }
                json += Array(",\"v\":".utf8) + term.variants + [UInt8(ascii: "}")]
            }
            json.append(UInt8(ascii: "}"))
            let name = "\(draft.kind)/\(SearchCoding.fileName(draft.key))"
            files.append(OutputFile(path: "search/\(name).js", content: .bytes(Self.script(name, json))))
        }
        return (files, drafts.filter { $0.kind == "w" }.map(\.key))
    }
}
