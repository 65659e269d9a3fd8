import Foundation

/// Paths of output files relative to the site root (`courses/a/b/index.html`)
/// and the relative URLs between them. Every link in the output is relative,
/// so one build works at a domain root, under a sub-path and from `file://`.
public enum SitePath {
    /// The folder part of a path (`a/b/c.md` → `a/b`, `c.md` → ``). Not
    /// NSString's `deletingLastPathComponent`: on Linux it traps on a name one
    /// UTF-16 unit long (`a`), which fuzzing found through a link `[x](a)`.
    public static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// The last part of a path (`a/b/c.md` → `c.md`).
    public static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// The relative prefix from a page to the site root: `""`, `"../"`, …
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// A relative URL from the page at `from` to the file at `to`, both
    /// site-relative paths. Directory pages are linked as `…/index.html`
    /// so links also work when the site is opened from disk.
    public static func relative(from: String, to: String) -> String {
        let fromDir = Array(from.split(separator: "/").dropLast())
        let target = to.split(separator: "/")
        var common = 0
        while common < fromDir.count, common < target.count - 1, fromDir[common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromDir.count - common)
        let rest = target[common...].map { percentEncode(String($0)) }
        return (ups + rest).joined(separator: "/")
    }

    /// Encodes a path segment for an `href` (UTF-8 %-escapes for spaces,
    /// non-ASCII letters and the other characters a URL path cannot hold).
    public static func percentEncode(_ segment: String) -> String {
        // Slugs and file names are mostly ASCII letters, digits, '-', '_' and
        // '.': nothing to encode, and Foundation's encoder is costly on Linux.
        let plain = segment.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        return plain ? segment : segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? segment
    }

    private static let segmentAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return allowed
    }()

    /// Joins and normalises a relative path against a folder: resolves `.` and
    /// `..`. Returns nil when the path climbs above the top.
    public static func normalise(_ path: String, in folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
