/// The home page's h1: the first heading of index.md when the text starts with
/// a level-1 heading (it is lifted out of the intro, so the page has one h1
/// and the site's title is not said twice, once in the header and once below).
struct HomeHeading {
    /// The heading's inner HTML, as rendered (emphasis and code kept).
    var headingHTML: String?
    var headingID: String?
    /// The intro without that heading.
    var body: String

    init(introHTML: String) {
        body = introHTML
        let text = introHTML.drop { $0 == "\n" || $0 == " " }
        guard text.hasPrefix("<h1"), let openEnd = text.firstIndex(of: ">"),
              let close = text.range(of: "</h1>") else { return }
        let openTag = text[..<openEnd]
        if let idStart = openTag.range(of: " id=\"") {
            let rest = openTag[idStart.upperBound...]
            headingID = rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        headingHTML = String(text[text.index(after: openEnd)..<close.lowerBound])
        body = String(text[close.upperBound...].drop { $0 == "\n" })
    }
}
