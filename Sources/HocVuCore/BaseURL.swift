import Foundation

/// The site's absolute address (`base_url`, `--base-url`), from which the
/// sitemap, feed, catalogs and exports make absolute URLs.
public enum BaseURL {
    /// An absolute http(s) URL with a host.
    public static func isValid(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !(URL(string: text)?.host ?? "").isEmpty
    }

    /// The URL ending in `/`, so paths can be appended.
    public static func folder(_ text: String) -> String {
        text.hasSuffix("/") ? text : text + "/"
    }
}
