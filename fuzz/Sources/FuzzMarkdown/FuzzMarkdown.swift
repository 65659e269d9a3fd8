import Foundation
import FuzzSupport
import HocVuCore
import HocVuMarkdown

// The input is a page's Markdown body, as `hocvu render` reads it (bytes
// decoded with U+FFFD for bad UTF-8, NFC). It goes through cmark and every
// pass (quiz, table, raw HTML, callout, heading ids, links) twice:
//  1. as a site build does: the production LinkResolver of a fixed site's
//     lesson, CSS-class alignment, wrapped tables, quiz forms, raw HTML off;
//  2. with a resolver that gives back every kind of answer (rewritten URLs
//     with quotes and '<', fragments, files, external links, image sizes
//     that turn images into raw <img> tags), raw HTML on, align attributes,
//     quizzes read but not written as forms;
// and once as plain CommonMark.

private let lesson = "courses/an-toan/01-nhan-dien.md"
private let siteResolver = FuzzSite.resolver(for: lesson)

private let build: MarkdownRenderer = {
    var options = MarkdownOptions()
    options.allowRawHTML = false
    options.tableAlignment = .cssClass
    options.wrapTables = true
    options.quizForms = true
    options.quizPassPercent = 80
    return MarkdownRenderer(options: options)
}()

private let loose: MarkdownRenderer = {
    var options = MarkdownOptions()
    options.allowRawHTML = true
    options.tableAlignment = .attribute
    options.wrapTables = false
    options.quizForms = false
    options.quizPassPercent = 0
    return MarkdownRenderer(options: options)
}()

/// Every kind of resolution, chosen by the destination, so one input can hit them all.
private func anyResolution(_ request: LinkRequest) -> LinkResolution {
    let d = request.destination
    switch d.utf8.reduce(0, { $0 &+ Int($1) }) % 7 {
    case 0: return .keep
    case 1: return LinkResolution(url: "../x/\"<'&>/" + d)
    case 2:
        return LinkResolution(
            url: "#" + d,
            fragment: FragmentReference(page: lesson, fragment: d, written: d, location: request.location))
    case 3: return LinkResolution(url: d, file: "courses/an-toan/assets/bia.png")
    case 4: return LinkResolution(external: d)
    case 5:
        var resolution = LinkResolution(url: d + "\"><b>")
        resolution.imageSize = ImageDimensions(width: d.utf8.count, height: 1)
        return resolution
    default:
        return LinkResolution(diagnostics: [Diagnostic(.error, "fuzz.link", "no \(d)", at: request.location)])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = String(decoding: fuzzBytes(start, count), as: UTF8.self)
    let source = MarkdownSource(path: "content/" + lesson, contentPath: lesson, text: VietnameseText.nfc(input), firstLine: 1)

    let built = build.render(source, quizPrefix: FuzzSite.quizPrefix(for: lesson), resolveLink: siteResolver)
    // With raw HTML off, nothing the author wrote may become a script.
    let lower = built.html.lowercased()
    invariant(!lower.contains("<script"), "a <script> tag in the HTML with raw HTML off")
    invariant(!lower.contains("href=\"javascript:"), "a javascript: link in the HTML")
    for diagnostic in built.diagnostics {
        note(diagnostic.location.line >= 1, key: "markdown.no-line.\(diagnostic.code)",
             "a diagnostic without a line: \(diagnostic.formatted)")
    }

    let other = loose.render(source, quizPrefix: "q", resolveLink: anyResolution)
    _ = other.headings.map(\.id)

    _ = MarkdownRenderer.commonMark(input)
    return 0
}
