import HocVuCore
import HocVuMarkdown

/// Check stage, across pages: every `#fragment` names a heading of its page,
/// by hocvu's id or by the id a forge gives it (`#the--operator` on GitHub for
/// hocvu's `#the-operator`): a link written to work on the forge then points
/// at hocvu's id in the site.
struct FragmentCheck {
    func run(_ pages: inout [String: ParsedPage], index: SiteIndex, diagnostics: inout DiagnosticList) {
        var forgeIDs: [String: [String: String]] = [:]
        func forgeMap(_ page: String) -> [String: String] {
            if let map = forgeIDs[page] { return map }
            let headings = pages[page]?.markdown.headings ?? []
            var map: [String: String] = [:]
            for (forge, heading) in zip(Slug.forgeIDs(headings.map(\.text)), headings) where map[forge] == nil {
                map[forge] = heading.id
            }
            forgeIDs[page] = map
            return map
        }
        for path in pages.keys.sorted() {
            guard let page = pages[path] else { continue }
            var rewrites: [(String, String)] = []
            for reference in page.markdown.fragments {
                let ids = pages[reference.page]?.markdown.headings.map(\.id) ?? []
                if ids.contains(reference.fragment) { continue }
                // As the author wrote it (`#ví-dụ-1` is GitHub's second "Ví dụ"), then as folded.
                if let id = forgeMap(reference.page)[reference.written] ?? forgeMap(reference.page)[reference.fragment] {
                    let hash = reference.href.lastIndex(of: "#").map { reference.href[..<$0] } ?? ""
                    rewrites.append((reference.href, hash + "#" + id))
                    continue
                }
                let target = reference.page == path ? "this page" : "'\(reference.page)'"
                diagnostics.error(
                    "link.missing-fragment",
                    "#\(reference.written) is not a heading of \(target)\(Suggestion.hint(for: reference.fragment, in: ids))",
                    at: reference.location)
            }
            if !rewrites.isEmpty, var changed = pages[path] {
                for (from, to) in rewrites {
                    changed.markdown.html = changed.markdown.html.replacingOccurrences(
                        of: "href=\"\(HTMLEscape.text(from))\"", with: "href=\"\(HTMLEscape.text(to))\"")
                }
                pages[path] = changed
            }
        }
    }
}
