import Foundation
import HocVuCore

/// Rewrites the relative `href`/`src` URLs of a page's HTML for a package
/// that holds only one course. A link to a file in the package is kept (made
/// relative to where the HTML now sits); a link that leaves the package
/// becomes absolute from `base_url`, or is reported when there is none.
/// The HTML is hocvu's own output, so attribute values are always in double
/// quotes, with `& ' " < >` as entities: they are decoded before the URL is
/// resolved, and a rewritten URL is escaped again.
struct ExportLinks {
    /// Site-relative paths of every file in the package.
    let packageFiles: Set<String>
    let base: String?

    struct Result {
        var html: String
        /// Site-relative targets that are not in the package (no base_url).
        var outside: [String]
    }

    /// - Parameters:
    ///   - page: where the HTML was rendered for (`courses/a/b/index.html`).
    ///   - location: where it is read from in the package; nil when it leaves
    ///     the package altogether (a GIFT file): every link then goes absolute.
    ///   - prefix: put before kept links (Common Cartridge's `$IMS-CC-FILEBASE$`).
    func rewrite(_ html: String, page: String, location: String?, prefix: String = "") -> Result {
        var outside: [String] = []
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let match = rest.range(of: #"(href|src)="[^"]*""#, options: .regularExpression) {
            out += rest[..<match.lowerBound]
            let attribute = rest[match]
            let name = attribute.prefix { $0 != "=" }
            let value = String(attribute.dropFirst(name.count + 2).dropLast())
            out += "\(name)=\"\(rewrite(url: value, page: page, location: location, prefix: prefix, outside: &outside))\""
            rest = rest[match.upperBound...]
        }
        out += rest
        return Result(html: out, outside: outside)
    }

    private func rewrite(url: String, page: String, location: String?, prefix: String, outside: inout [String]) -> String {
        // Absolute URLs, other schemes (tel:, mailto:) and in-page fragments stay.
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("/") || url.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil {
            return url
        }
        let plain = Self.unescape(url)
        let cut = plain.firstIndex { $0 == "#" || $0 == "?" } ?? plain.endIndex
        let suffix = String(plain[cut...])
        let decoded = String(plain[..<cut]).removingPercentEncoding ?? String(plain[..<cut])
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        guard let target = SitePath.normalise(decoded, in: folder) else { return url }
        if let location, packageFiles.contains(target) {
            return XMLText.escape(prefix + SitePath.relative(from: location, to: target) + suffix)
        }
        if let base { return XMLText.escape(BaseURL.absolute(target, base: base) + suffix) }
        outside.append(target)
        return url
    }

    /// The entities hocvu's HTML writer uses in attributes.
    static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
