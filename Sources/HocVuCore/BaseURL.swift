import Foundation

/// The site's absolute address (`base_url`, `--base-url`), from which the
/// sitemap, feed, catalogs and exports make absolute URLs.
public enum BaseURL {
    /// An absolute http(s) URL with a host.
    public static func isValid(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !(URL(string: text)?.host ?? "").isEmpty
    }

    /// The base URL's path, from `/` to its last `/` (`/hoc-vu-so/`); `/`
    /// without a valid base URL.
    public static func path(of text: String?) -> String {
        guard let text, isValid(text), let url = URL(string: folder(text)), !url.path.isEmpty else { return "/" }
        let path = url.path.hasSuffix("/") ? url.path : url.path + "/"
        return path.hasPrefix("/") ? path : "/" + path
    }

    /// The URL ending in `/`, so paths can be appended.
    public static func folder(_ text: String) -> String {
        text.hasSuffix("/") ? text : text + "/"
    }

    /// The canonical URL of an output file: its folder (`courses/a/` for
    /// `courses/a/index.html`, as a server shows it), percent-encoded, after
    /// the base URL.
    public static func absolute(_ outputPath: String, base: String) -> String {
        let path = serverPath(outputPath)
        // Slugs are ASCII letters, digits and '-': nothing to encode.
        let plain = path.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || byte == 0x2D || byte == 0x2F || byte == 0x2E || byte == 0x5F
        }
        return folder(base) + (plain ? path : path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }

    /// A page's folder (`courses/a/` for `courses/a/index.html`): its path on a server.
    public static func serverPath(_ outputPath: String) -> String {
        outputPath.hasSuffix("index.html") ? String(outputPath.dropLast("index.html".count)) : outputPath
    }
}
