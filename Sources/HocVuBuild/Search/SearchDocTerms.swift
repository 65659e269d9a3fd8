/// One page's words and phrases (pairs of words with only white space
/// between them) with the points the search script would give each: the
/// best field it is in (title 10, heading 5, summary 3, quiz 2), or in the
/// text 1 for each time it is there, up to 3.
struct SearchDocTerms: Sendable {
    struct Entry: Sendable {
        /// Lower case with its marks ("mật", "mật khẩu").
        var lower: String
        /// Folded ("mat", "mat khau").
        var folded: String
        var score: UInt8
        var bucket: UInt8
    }

    /// Sorted by bucket; `wordStarts[b] ..< wordStarts[b + 1]` are bucket b's.
    var words: [Entry]
    var pairs: [Entry]
    var wordStarts: [Int]
    var pairStarts: [Int]


    init(_ doc: SearchIndex.Document, buckets: Int) {
        // Each spelling gets a number once; pairs are counted by numbers.
        var ids: [String: Int] = [:]
        var lowers: [String] = [], foldeds: [String] = [], best: [UInt8] = [], body: [UInt8] = []
        var pairs: [Int: UInt8] = [:]
        for (text, weight) in [(doc.t, 10), (doc.headingText, 5), (doc.s, 3), (doc.q, 2), (doc.b, 1)] as [(String, UInt8)] {
            var previous = -1
            SearchFolding.words(in: text) { lower, folded, joined in
                let id: Int
                if let known = ids[lower] {
                    id = known
                } else {
                    id = lowers.count
                    ids[lower] = id
                    lowers.append(lower)
                    foldeds.append(folded)
                    best.append(0)
                    body.append(0)
                }
                if weight == 1 { body[id] = min(3, body[id] + 1) } else { best[id] = max(best[id], weight) }
                if joined, previous >= 0 {
                    let key = previous << 32 | id
                    pairs[key] = max(pairs[key] ?? 0, weight)
                }
                previous = id
            }
        }
        var wordEntries: [Entry] = []
        wordEntries.reserveCapacity(lowers.count)
        for id in lowers.indices {
            wordEntries.append(Entry(lower: lowers[id], folded: foldeds[id], score: max(best[id], body[id]),
                                     bucket: Self.bucket(foldeds[id], nil, of: buckets)))
        }
        var pairEntries: [Entry] = []
        pairEntries.reserveCapacity(pairs.count)
        for (key, score) in pairs {
            let a = key >> 32, b = key & 0xFFFF_FFFF
            pairEntries.append(Entry(lower: lowers[a] + " " + lowers[b], folded: foldeds[a] + " " + foldeds[b], score: score,
                                     bucket: Self.bucket(foldeds[a], foldeds[b], of: buckets)))
        }
        // Any order within a page: each spelling is there once.
        wordEntries.sort { $0.bucket < $1.bucket }
        pairEntries.sort { $0.bucket < $1.bucket }
        self.words = wordEntries
        self.pairs = pairEntries
        wordStarts = Self.starts(wordEntries, buckets)
        pairStarts = Self.starts(pairEntries, buckets)
    }

    /// Terms read back from the cache, sorted by bucket as `init` leaves them.
    init?(words: [Entry], pairs: [Entry], buckets: Int) {
        guard words.map(\.bucket) == words.map(\.bucket).sorted(), pairs.map(\.bucket) == pairs.map(\.bucket).sorted() else { return nil }
        self.words = words
        self.pairs = pairs
        wordStarts = Self.starts(words, buckets)
        pairStarts = Self.starts(pairs, buckets)
    }

    private static func starts(_ entries: [Entry], _ buckets: Int) -> [Int] {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for entry in entries { starts[Int(entry.bucket) + 1] += 1 }
        for b in 0 ..< buckets { starts[b + 1] += starts[b] }
        return starts
    }

    /// The word shard of a folded word: its first two letters (or the one).
    static func wordShard(_ folded: String) -> String {
        String(String.UnicodeScalarView(folded.unicodeScalars.prefix(2)))
    }

    /// The pair shard of "a b": a's shard, "-", b's first letter.
    static func pairShard(_ folded: String) -> String {
        let scalars = folded.unicodeScalars
        guard let space = scalars.firstIndex(of: " ") else { return wordShard(folded) }
        let first = String(String.UnicodeScalarView(scalars[..<space]))
        let second = scalars[scalars.index(after: space)...].first.map { String($0) } ?? ""
        return wordShard(first) + "-" + second
    }

    /// The bucket of a word's shard (`second` nil) or of a pair's: FNV-1a
    /// over the bytes of the shard's name, so a shard is in one bucket.
    static func bucket(_ first: String, _ second: String?, of buckets: Int) -> UInt8 {
        var hash: UInt32 = 0x811c_9dc5
        var letters = 0
        for byte in first.utf8 {
            // Two letters: stop at the third letter's lead byte.
            if byte & 0xC0 != 0x80 { letters += 1 }
            if letters > 2 { break }
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        if let second {
            hash = (hash ^ UInt32(UInt8(ascii: "-"))) &* 0x0100_0193
            var started = false
            for byte in second.utf8 {
                if byte & 0xC0 != 0x80 {
                    if started { break }
                    started = true
                }
                hash = (hash ^ UInt32(byte)) &* 0x0100_0193
            }
        }
        return UInt8(hash % UInt32(buckets))
    }
}

extension SearchIndex.Document {
    /// Headings as the search script joins them (" • " is not white space,
    /// so no phrase runs from one heading into the next).
    var headingText: String { h.joined(separator: " \u{2022} ") }
}
