import Foundation

/// Where the build cache lives and where its secret key is kept (the
/// `build` command's `--cache-dir`; no options: no cache).
public struct CacheOptions: Sendable {
    /// The cache's folder; nil: the user's cache folder
    /// (`$XDG_CACHE_HOME/hocvu`, else `~/.cache/hocvu`).
    public var folder: URL?
    /// The key's file; nil: `HOCVU_CACHE_KEY` (32 hex digits, e.g. a CI
    /// secret), else `$XDG_CONFIG_HOME/hocvu/cache-key` (else
    /// `~/.config/hocvu/cache-key`), made on first use. Never beside the
    /// entries: whoever can write the cache must not also hold its key.
    public var keyFile: URL?

    public init(folder: URL? = nil, keyFile: URL? = nil) {
        self.folder = folder
        self.keyFile = keyFile
    }

    static func home(_ variable: String, _ fallback: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }

    var resolvedFolder: URL? {
        folder ?? Self.home("XDG_CACHE_HOME", ".cache")?.appendingPathComponent("hocvu")
    }

    var resolvedKeyFile: URL? {
        keyFile ?? Self.home("XDG_CONFIG_HOME", ".config")?.appendingPathComponent("hocvu/cache-key")
    }
}
