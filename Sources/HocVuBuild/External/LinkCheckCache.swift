import Foundation

/// Good answers remembered in a JSON file, so CI does not check the same URL
/// again within `lifetime` (a day by default). Failures are never cached.
struct LinkCheckCache {
    struct Entry: Codable {
        var checked: Double
        var outcome: LinkOutcome
    }

    struct File: Codable {
        var version = 1
        var entries: [String: Entry]
    }

    let url: URL?
    let lifetime: TimeInterval
    private(set) var entries: [String: Entry] = [:]

    init(url: URL?, lifetime: TimeInterval) {
        self.url = url
        self.lifetime = lifetime
        if let url, let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) {
            entries = file.entries
        }
    }

    func fresh(_ link: String, now: Date) -> LinkOutcome? {
        guard let entry = entries[link], now.timeIntervalSince1970 - entry.checked < lifetime else { return nil }
        return entry.outcome
    }

    mutating func record(_ link: String, _ outcome: LinkOutcome, now: Date) {
        if outcome.isCacheable {
            entries[link] = Entry(checked: now.timeIntervalSince1970, outcome: outcome)
        } else {
            entries[link] = nil
        }
    }

    /// Writes the file; a cache that cannot be written only costs time next run.
    func save(now: Date) {
        guard let url else { return }
        let kept = entries.filter { now.timeIntervalSince1970 - $0.value.checked < lifetime }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(File(entries: kept)) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
