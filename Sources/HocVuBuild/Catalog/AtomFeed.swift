import Foundation
import HocVuCore

/// `feed.xml` (Atom 1.0, RFC 4287): new and updated courses and the news,
/// newest first. Every date comes from the content (a course's `updated` or
/// its newest lesson's, a news item's file name), never from the clock, and
/// Atom needs absolute ids and links, so the feed is written only with
/// `base_url`. A course without any date is left out.
struct AtomFeed {
    let site: Site

    struct Entry {
        var path: String
        var title: String
        var summary: String?
        var date: String
        var kind: String
    }

    var entries: [Entry] {
        var entries: [Entry] = []
        for course in site.courses {
            let dates = [course.updated].compactMap { $0 } + course.lessons.compactMap(\.updated)
            guard let date = dates.max() else { continue }
            entries.append(Entry(path: course.outputPath, title: course.title, summary: course.summary, date: date, kind: "course"))
        }
        entries += site.news.map { Entry(path: $0.outputPath, title: $0.title, summary: $0.summary, date: $0.date, kind: "news") }
        return entries.sorted { ($0.date, $1.path) > ($1.date, $0.path) }
    }

    /// Midnight UTC of a content date: Atom wants a full timestamp.
    static func timestamp(_ date: String) -> String { date + "T00:00:00Z" }

    func xml(base: String) -> Data? {
        let entries = self.entries
        guard let newest = entries.first?.date else { return nil }
        let root = BaseURL.absolute("", base: base)
        func text(_ value: String) -> String { XMLText.escape(value) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(text(site.config.language))">
              <id>\(text(root))</id>
              <title>\(text(site.config.title))</title>

            """
        if let description = site.config.description { out += "  <subtitle>\(text(description))</subtitle>\n" }
        out += """
              <updated>\(Self.timestamp(newest))</updated>
              <author><name>\(text(site.config.title))</name><uri>\(text(root))</uri></author>
              <link rel="alternate" type="text/html" href="\(text(root))"/>
              <link rel="self" type="application/atom+xml" href="\(text(BaseURL.absolute("feed.xml", base: base)))"/>
              <generator version="\(BuildPipeline.version)">hocvu</generator>

            """
        for entry in entries {
            let url = text(BaseURL.absolute(entry.path, base: base))
            out += """
                  <entry>
                    <id>\(url)</id>
                    <title>\(text(entry.title))</title>
                    <link rel="alternate" type="text/html" href="\(url)"/>
                    <updated>\(Self.timestamp(entry.date))</updated>
                    <category term="\(entry.kind)"/>

                """
            if let summary = entry.summary { out += "    <summary>\(text(summary))</summary>\n" }
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return Data(out.utf8)
    }
}
