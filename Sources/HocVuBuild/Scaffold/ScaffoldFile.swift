import Foundation

/// A file `init` or `new` writes: never over an existing one.
public struct ScaffoldFile: Sendable, Equatable {
    /// Relative to the folder being written into.
    public var path: String
    public var text: String

    public init(_ path: String, _ text: String) {
        self.path = path
        self.text = text
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .exists(let path): "'\(path)' already exists; hocvu never overwrites a file"
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes the files under `root`, creating folders; refuses before writing
    /// anything when one of them exists.
    public static func write(_ files: [ScaffoldFile], under root: URL) throws {
        let manager = FileManager.default
        for file in files {
            var info = stat()
            if lstat(root.appendingPathComponent(file.path).path, &info) == 0 { throw Failure.exists(file.path) }
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: O_EXCL, so a file made meanwhile is not replaced either.
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw Failure.cannotWrite(file.path, error.localizedDescription)
            }
        }
    }
}
