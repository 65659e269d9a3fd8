import Foundation
import HocVuCore
import HocVuMarkdown

/// Resolves the links of one page (CONTENT-FORMAT.md §4): `.md` paths become
/// relative output URLs, asset paths are checked, fragments are recorded for
/// the check stage, external URLs are checked for syntax.
struct LinkResolver {
    let index: SiteIndex
    /// Content-relative path of the page whose links these are.
    let pagePath: String
    /// Site-relative output path of that page.
    let outputPath: String
    /// Image sizes, read from the content folder once per build.
    let images: ImageSizeCache

    func resolve(_ request: LinkRequest) -> LinkResolution {
        let destination = request.destination.trimmingSpaces()
        let location = request.location
        if let scheme = URLScheme.of(destination) {
            return external(destination, scheme: scheme.lowercased(), at: location)
        }
        if destination.hasPrefix("//") {
            return LinkResolution(diagnostics: [Diagnostic(
                .warning, "link.protocol-relative",
                "'\(destination)' has no scheme; write 'https:\(destination)'", at: location)])
        }
        var pathPart = destination
        var fragment: String?
        if let hash = destination.firstIndex(of: "#") {
            pathPart = String(destination[..<hash])
            fragment = String(destination[destination.index(after: hash)...])
        }
        if let question = pathPart.firstIndex(of: "?") {
            pathPart = String(pathPart[..<question])
        }
        let decoded = pathPart.removingPercentEncoding ?? pathPart

        if decoded.isEmpty {
            // `#fragment` on this page.
            guard let fragment else { return .keep }
            return fragmentLink(url: "", page: pagePath, fragment: fragment, at: location)
        }

        let target: String?
        if decoded.hasPrefix("/") {
            // A site-root path names a file under static/, and may not climb out of it.
            target = SitePath.normalise("static/" + decoded.dropFirst(), in: "").flatMap { $0.hasPrefix("static/") ? $0 : nil }
        } else {
            let folder = SitePath.folder(of: pagePath)
            target = SitePath.normalise(decoded, in: folder)
        }
        guard let target, !target.isEmpty else {
            return failure("link.outside-content", "'\(destination)' points outside the content folder", at: location)
        }
        if let page = index.pages[target] {
            let url = SitePath.relative(from: outputPath, to: page.outputPath)
            guard let fragment else { return LinkResolution(url: url) }
            return fragmentLink(url: url, page: target, fragment: fragment, at: location)
        }
        if let output = index.files[target] {
            let url = SitePath.relative(from: outputPath, to: output)
            if request.isImage {
                var resolution = LinkResolution(url: url, file: target)
                resolution.imageSize = images.size(of: target)
                return resolution
            }
            if fragment == nil {
                return LinkResolution(url: url, file: target)
            }
            return LinkResolution(url: url + "#" + (fragment ?? ""), file: target)
        }
        if let real = index.caseMismatch(for: target) {
            return failure(
                "link.case-mismatch",
                "'\(decoded)' differs in case from the file '\(real)': links must match names exactly (web servers tell 'A' from 'a')",
                at: location)
        }
        if index.allFiles.contains(target) && target.hasSuffix(".md") {
            return failure("link.not-a-page", "'\(decoded)' is not published as a page (is it a draft?)", at: location)
        }
        let folder = SitePath.folder(of: target)
        // Sorted: a tie between two near names must not depend on a set's order.
        let siblings = index.allFiles.filter { SitePath.folder(of: $0) == folder }.map(SitePath.name(of:)).sorted()
        let name = SitePath.name(of: target)
        // Suggest the near name in the form the author wrote the path.
        let written = decoded.lastIndex(of: "/").map { String(decoded[...$0]) } ?? ""
        let hint = Suggestion.closest(to: name, in: siblings).map { " (did you mean '\(written)\($0)'?)" } ?? ""
        return failure("link.missing-file", "'\(decoded)' does not exist\(hint)", at: location)
    }

    private func fragmentLink(url: String, page: String, fragment: String, at location: SourceLocation) -> LinkResolution {
        let written = fragment.removingPercentEncoding ?? fragment
        // The forge-style Unicode form (#câu-hỏi-ôn-tập) maps to the canonical id.
        let canonical = written.unicodeScalars.allSatisfy(\.isASCII) ? written : Slug.make(written)
        return LinkResolution(
            url: url + "#" + canonical,
            fragment: FragmentReference(page: page, fragment: canonical, written: written, href: url + "#" + canonical,
                                        location: location))
    }

    private func failure(_ code: String, _ message: String, at location: SourceLocation) -> LinkResolution {
        LinkResolution(diagnostics: [Diagnostic(.error, code, message, at: location)])
    }

    private func external(_ url: String, scheme: String, at location: SourceLocation) -> LinkResolution {
        switch scheme {
        case "http", "https":
            let host = url.dropFirst(scheme.count + 1)
            if !host.hasPrefix("//") || host.dropFirst(2).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" }).isEmpty
                || url.contains(" ")
            {
                return failure("link.malformed-url", "'\(url)' is not a valid web address", at: location)
            }
            return LinkResolution(external: url)
        case "mailto":
            let address = url.dropFirst("mailto:".count).prefix { $0 != "?" }
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") {
                return failure("link.malformed-url", "'\(url)' is not a valid e-mail link (mailto:ten@vi-du.vn)", at: location)
            }
        case "tel":
            let number = url.dropFirst("tel:".count)
            if number.isEmpty || !number.allSatisfy({ $0.isASCII && ($0.isNumber || "+-(). ".contains($0)) }) {
                return failure("link.malformed-url", "'\(url)' is not a valid phone link (tel:113, tel:+84…)", at: location)
            }
        default:
            break
        }
        return .keep
    }
}
