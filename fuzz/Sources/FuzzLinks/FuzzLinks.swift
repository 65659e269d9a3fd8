import Foundation
import FuzzSupport
import HocVuBuild
import HocVuCore
@testable import HocVuMarkdown  // LinkRequest has no public init

// The input is a list of link destinations, one a line (as a Markdown link
// would hand them over, after cmark's unescaping). Each is resolved by the
// production LinkResolver from one of the pages of a small fixed site (by
// its line number), as a link or an image; SitePath's normalise/relative/root
// are run on the pieces.
//
// Checked, beyond "no crash": a resolved file or fragment names something
// the index has, and the relative URL written for a file, followed from the
// page's own output folder, lands on that file's output path.

private let index = FuzzSite.index
private let resolvers: [(page: String, resolve: @Sendable (LinkRequest) -> LinkResolution)] =
    FuzzSite.pagePaths.map { ($0, FuzzSite.resolver(for: $0)) }

/// Follows a relative URL (no scheme) from the folder of `page` (a
/// site-relative output path); nil when it climbs above the site root.
private func follow(_ url: String, from page: String) -> String? {
    var parts = page.split(separator: "/").dropLast().map(String.init)
    let path = url.prefix { $0 != "#" && $0 != "?" }
    for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
        let decoded = segment.removingPercentEncoding ?? String(segment)
        switch decoded {
        case "", ".": continue
        case "..":
            if parts.isEmpty { return nil }
            parts.removeLast()
        default: parts.append(decoded)
        }
    }
    return parts.joined(separator: "/")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLinks(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = String(decoding: fuzzBytes(start, count), as: UTF8.self)
    let lines = input.split(separator: "\n", omittingEmptySubsequences: false).prefix(32).map(String.init)
    let location = SourceLocation(file: "content/fuzz.md", line: 1, column: 1)

    for (i, destination) in lines.enumerated() {
        _ = URLScheme.of(destination)
        // Line i is resolved from page i mod 5, as a link or (every other
        // round of pages) an image: one resolution per line keeps runs fast,
        // and the fuzzer moves a line to reach another page.
        let (page, resolve) = resolvers[i % resolvers.count]
        let isImage = (i / resolvers.count) % 2 == 1
        let output = index.pages[page]!.outputPath
        let resolution = resolve(LinkRequest(destination: destination, isImage: isImage, location: location))
        if let file = resolution.file {
            invariant(index.files[file] != nil, "resolved file '\(file)' is not in the index ('\(destination)' from \(page))")
            if let url = resolution.url, let target = index.files[file] {
                let landed = follow(url, from: output)
                invariant(landed == target,
                          "'\(destination)' from \(page): URL '\(url)' leads to '\(landed ?? "above the root")', not '\(target)'")
            }
        }
        if let fragment = resolution.fragment {
            invariant(index.pages[fragment.page] != nil, "fragment of '\(destination)' names '\(fragment.page)', not a page")
            if let url = resolution.url, fragment.page != page {
                let landed = follow(url, from: output)
                let target = index.pages[fragment.page]!.outputPath
                invariant(landed == target,
                          "'\(destination)' from \(page): URL '\(url)' leads to '\(landed ?? "above the root")', not '\(target)'")
            }
        }
        for diagnostic in resolution.diagnostics {
            _ = diagnostic.formatted
        }
    }

    // SitePath on its own: pairs of lines as (path, folder); callers always
    // pass a normal folder (a content path's folder), so the folder is made normal first.
    for (path, other) in zip(lines, lines.dropFirst() + [""]) {
        let folder = SitePath.normalise(other, in: "") ?? ""
        guard let normal = SitePath.normalise(path, in: folder) else { continue }
        let parts = normal.split(separator: "/", omittingEmptySubsequences: false)
        invariant(normal.isEmpty || parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." },
                  "normalise('\(path)', in: '\(folder)') = '\(normal)' is not normal")
        guard !normal.isEmpty else { continue }
        _ = SitePath.root(from: normal)
        for page in ["index.html", "courses/an-toan/index.html", "courses/an-toan/nhan-dien/index.html"] {
            let url = SitePath.relative(from: page, to: normal)
            let landed = follow(url, from: page)
            invariant(landed == normal, "relative(from: '\(page)', to: '\(normal)') = '\(url)' leads to '\(landed ?? "above the root")'")
        }
    }
    return 0
}
