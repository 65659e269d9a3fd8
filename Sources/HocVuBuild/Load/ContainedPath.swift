import Foundation

/// Where a path really leads, and whether that stays inside the folders hocvu
/// may read (the content folder, the theme). A symbolic link in content from a
/// stranger's pull request must never publish `/etc/passwd`, so every file
/// that is read or copied is checked here first, by its real path.
public struct ContainedPath: Sendable {
    /// Real paths of the folders files may come from.
    public let roots: [String]

    public init(roots: [URL]) {
        self.roots = roots.map { Self.realPath($0.path) ?? $0.standardizedFileURL.path }
    }

    /// The path with every symbolic link resolved (realpath(3)); nil when it
    /// leads nowhere.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The real path of `url` when it is inside one of the roots; nil otherwise.
    public func resolve(_ url: URL) -> String? {
        guard let real = Self.realPath(url.path) else { return nil }
        return roots.contains { Self.isInside(real, $0) } ? real : nil
    }

    /// The bytes of a regular file inside the roots. Links are followed only
    /// as far as the roots allow.
    public func read(_ url: URL) throws -> Data {
        guard let real = resolve(url) else {
            throw FileError(path: url.path, reason: "it leads outside the content folder; hocvu never reads such a file")
        }
        return try Data(contentsOf: URL(fileURLWithPath: real))
    }
}
