import Foundation

/// A request's path as the preview server accepts it: the raw, percent-
/// encoded target is checked before anything is looked up, so no form of
/// `..` (raw, `%2e%2e`, `.%2E`, with `\` or NUL) can lead out of the site.
public struct RequestPath: Sendable, Equatable {
    /// The decoded path, starting with `/`, without dot segments.
    public let decoded: String

    /// Nil when the target is refused.
    public init?(raw: String) {
        guard raw.hasPrefix("/"), let decoded = raw.removingPercentEncoding else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        // Both forms: a segment may be a dot segment only once decoded.
        for text in [raw, decoded] {
            if text.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." }) {
                return nil
            }
        }
        self.decoded = decoded
    }

    /// The path below `base` (`/hoc-vu-so/`), or nil when it is not under it.
    public func relative(to base: String) -> String? {
        if decoded == base || decoded + "/" == base { return "" }
        guard decoded.hasPrefix(base) else { return nil }
        return String(decoded.dropFirst(base.count))
    }
}
