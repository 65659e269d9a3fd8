/// A page's search terms as a search cache entry holds them.
extension SearchDocTerms {
    func encode(into out: inout CacheWriter) {
        for entries in [words, pairs] {
            out.list(entries) { out, entry in
                out.string(entry.lower)
                out.string(entry.folded)
                out.byte(entry.score)
                out.byte(entry.bucket)
            }
        }
    }

    static func decode(from input: inout CacheReader, buckets: Int) -> SearchDocTerms? {
        let entry = { (input: inout CacheReader) -> Entry? in
            guard let lower = input.string(), let folded = input.string(), let score = input.byte(), let bucket = input.byte(),
                  Int(bucket) < buckets
            else { return nil }
            return Entry(lower: lower, folded: folded, score: score, bucket: bucket)
        }
        guard let words = input.list(entry), let pairs = input.list(entry) else { return nil }
        return SearchDocTerms(words: words, pairs: pairs, buckets: buckets)
    }
}
