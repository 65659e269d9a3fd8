import Foundation

/// A file of the built site: rendered bytes, or a file copied as it is.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes(Data)
        case copy(URL)
    }

    /// Site-relative path, e.g. `courses/a/index.html`.
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}

extension OutputFile {
    /// Its size in bytes: a copied file's on disk (0 when it cannot be read).
    var byteCount: Int {
        switch content {
        case .bytes(let data): return data.count
        case .copy(let url): return (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        }
    }
}
