import Foundation
import HocVuCore

/// `_headers`: HTTP headers for static hosts that read this file (Netlify,
/// Cloudflare Pages and others), the same rules docs/HOSTING.md gives for
/// nginx and Apache. Pages need no inline script, style attribute or event
/// handler (JSON-LD is data, not script, so CSP lets it be), so a strict
/// Content-Security-Policy holds: everything from the site itself, pictures
/// also as `data:` URLs. The one exception is the 404 page, which is served at
/// any URL and so cannot rely on relative links: its own `<style>` and
/// `<script>` are allowed by their SHA-256 hashes, nothing else inline.
struct HostingHeaders {
    static let basePolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

    static let path = "_headers"

    /// The policy: `basePolicy`, plus `script-src`/`style-src` with the hashes
    /// of the inline blocks of `page` (the rendered 404.html), if any.
    let contentSecurityPolicy: String

    init(inlineBlocksOf page: String = "") {
        let scripts = Self.blocks("script", in: page), styles = Self.blocks("style", in: page)
        var policy = "default-src 'self'"
        if !scripts.isEmpty { policy += "; script-src 'self' " + scripts.map(Self.hash).joined(separator: " ") }
        if !styles.isEmpty { policy += "; style-src 'self' " + styles.map(Self.hash).joined(separator: " ") }
        contentSecurityPolicy = policy + Self.basePolicy.dropFirst("default-src 'self'".count)
    }

    /// The text of every `<tag>…</tag>` written without attributes (a
    /// `<script src>` or JSON-LD block is not inline code), in order, once each.
    static func blocks(_ tag: String, in page: String) -> [String] {
        var found: [String] = []
        var rest = page[...]
        while let open = rest.range(of: "<\(tag)>"), let close = rest[open.upperBound...].range(of: "</\(tag)>") {
            let text = String(rest[open.upperBound..<close.lowerBound])
            if !found.contains(text) { found.append(text) }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// `'sha256-…'` of the block's UTF-8 text, as browsers compute it.
    static func hash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() + "'"
    }

    func data() -> Data {
        let text = """
            # Written by hocvu for static hosts that read _headers (see docs/HOSTING.md
            # for the same rules in nginx and Apache).
            # Pages keep the host's default caching (revalidated); no rule below
            # sets a header that another matching rule sets, because some hosts
            # join such values.
            /*
              Content-Security-Policy: \(contentSecurityPolicy)
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin
            /sw.js
              Cache-Control: no-cache
            /assets/*
              Cache-Control: public, max-age=86400
            /courses/*/assets/*
              Cache-Control: public, max-age=86400

            """
        return Data(text.utf8)
    }
}
