import HocVuCore
import HocVuMarkdown

/// Check stage, across pages: every `#fragment` names a heading of its page.
struct FragmentCheck {
    func run(_ pages: [String: ParsedPage], index: SiteIndex, diagnostics: inout DiagnosticList) {
        for path in pages.keys.sorted() {
            guard let page = pages[path] else { continue }
            for reference in page.markdown.fragments {
                let ids = pages[reference.page]?.markdown.headings.map(\.id) ?? []
                if !ids.contains(reference.fragment) {
                    let target = reference.page == path ? "this page" : "'\(reference.page)'"
                    diagnostics.error(
                        "link.missing-fragment",
                        "#\(reference.written) is not a heading of \(target)\(Suggestion.hint(for: reference.fragment, in: ids))",
                        at: reference.location)
                }
            }
        }
    }
}
