import HocVuCore
import HocVuMarkdown

/// Check stage, across pages: every `#fragment` names a heading of its page,
/// by hocvu's id or by the id a forge gives it (`#the--operator` on GitHub for
/// hocvu's `#the-operator`): a link written to work on the forge then points
/// at hocvu's id in the site.
struct FragmentCheck {
    /// Checks every page's fragments and points forge-style ones at hocvu's ids
    /// in the pages' HTML.
    /// Returns the fixes `check --fix` may make: fragments that match no
    /// heading but are one unambiguous slip from one.
    @discardableResult
    func run(_ pages: inout [String: ParsedPage], index: SiteIndex, diagnostics: inout DiagnosticList) -> [FragmentFix] {
        var fixes: [FragmentFix] = []
        let rewrites = check(pages, diagnostics: &diagnostics, fixes: &fixes)
        Self.apply(rewrites, to: &pages)
        return fixes
    }

    /// href → href with hocvu's id, per page; diagnostics for what matches nothing.
    func check(_ pages: [String: ParsedPage], diagnostics: inout DiagnosticList, fixes: inout [FragmentFix]) -> [String: [(String, String)]] {
        var forgeIDs: [String: [String: Heading]] = [:]
        func forgeMap(_ page: String) -> [String: Heading] {
            if let map = forgeIDs[page] { return map }
            let headings = pages[page]?.markdown.headings ?? []
            var map: [String: Heading] = [:]
            for (forge, heading) in zip(Slug.forgeIDs(headings.map(\.forgeText)), headings) where map[forge] == nil {
                map[forge] = heading
            }
            forgeIDs[page] = map
            return map
        }
        var rewrites: [String: [(String, String)]] = [:]
        for path in pages.keys.sorted() {
            guard let page = pages[path] else { continue }
            for reference in page.markdown.fragments {
                let headings = pages[reference.page]?.markdown.headings ?? []
                let own = headings.first { $0.id == reference.fragment }
                // A fragment with marks (`#ví-dụ-2`) is never hocvu's own id: a forge's comes first.
                let forge = forgeMap(reference.page)[reference.written]
                    ?? (reference.written == reference.fragment ? nil : forgeMap(reference.page)[reference.fragment])
                let ascii = reference.written.unicodeScalars.allSatisfy(\.isASCII)
                let target = ascii ? (own ?? forge) : (forge ?? own)
                guard let target else {
                    if let id = Suggestion.unique(to: reference.fragment, in: headings.map(\.id)) {
                        fixes.append(FragmentFix(location: reference.location, written: reference.written, id: id))
                    }
                    let place = reference.page == path ? "this page" : "'\(reference.page)'"
                    diagnostics.error(
                        "link.missing-fragment",
                        "#\(reference.written) is not a heading of \(place)\(Suggestion.hint(for: reference.fragment, in: headings.map(\.id)))",
                        at: reference.location)
                    continue
                }
                if ascii, let own, let forge, own.id != forge.id {
                    diagnostics.warning(
                        "link.ambiguous-fragment",
                        "#\(reference.written) names two headings: '\(own.text)' (hocvu's id) and '\(forge.text)' (as GitHub numbers them); the link goes to '\(target.text)'; write #\(target.id == own.id ? forge.id : own.id) for the other",
                        at: reference.location)
                }
                if target.id != reference.fragment {
                    let hash = reference.href.lastIndex(of: "#").map { reference.href[..<$0] } ?? ""
                    rewrites[path, default: []].append((reference.href, hash + "#" + target.id))
                }
            }
        }
        return rewrites
    }

    static func apply(_ rewrites: [String: [(String, String)]], to pages: inout [String: ParsedPage]) {
        for (path, pairs) in rewrites {
            guard var changed = pages[path] else { continue }
            for (from, to) in pairs {
                let (old, new) = ("href=\"\(HTMLEscape.text(from))\"", "href=\"\(HTMLEscape.text(to))\"")
                changed.markdown.html = ByteReplace.replacing(old, with: new, in: changed.markdown.html)
                changed.markdown.htmlWithoutQuizForms = changed.markdown.htmlWithoutQuizForms.map {
                    ByteReplace.replacing(old, with: new, in: $0)
                }
            }
            pages[path] = changed
        }
    }
}

/// A fragment `check --fix` rewrites: `#written` at `location` becomes `#id`.
public struct FragmentFix: Sendable, Hashable {
    public var location: SourceLocation
    public var written: String
    public var id: String
}
