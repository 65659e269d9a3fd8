import Foundation

/// `_headers`: HTTP headers for static hosts that read this file (Netlify,
/// Cloudflare Pages and others), the same rules docs/HOSTING.md gives for
/// nginx and Apache. The pages need no inline script, style attribute or
/// event handler (JSON-LD is data, not script, so CSP lets it be), so a
/// strict Content-Security-Policy holds: everything from the site itself,
/// pictures also as `data:` URLs.
enum HostingHeaders {
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

    static let path = "_headers"

    static func data() -> Data {
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
