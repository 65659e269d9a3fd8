import Foundation
import HocVuCore

/// Write stage: the whole site goes into a temporary folder beside the output
/// folder, which is swapped into place only when everything was written. A
/// marker file says hocvu made the folder; hocvu never replaces one it did not make.
public struct SiteWriter {
    public static let marker = ".hocvu-site"

    public enum Failure: Error, CustomStringConvertible {
        case notOurs(String)
        case io(String)

        public var description: String {
            switch self {
            case .notOurs(let path):
                return "'\(path)' is not empty and was not made by hocvu (no \(SiteWriter.marker) file); choose another --out folder or empty it"
            case .io(let message): return message
            }
        }
    }

    public let output: URL

    public init(output: URL) {
        self.output = output
    }

    /// Refuses an output folder that exists, is not empty and has no marker.
    public func checkWritable() throws(Failure) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .notOurs(output.path) }
        let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains(Self.marker) { throw .notOurs(output.path) }
    }

    public func write(_ files: [OutputFile]) throws(Failure) {
        try checkWritable()
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let temporary = parent.appendingPathComponent(".\(name).hocvu-tmp")
        let old = parent.appendingPathComponent(".\(name).hocvu-old")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: temporary)
            try? fm.removeItem(at: old)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
            var made: Set<String> = [""]
            for file in files.sorted(by: { $0.path < $1.path }) {
                let folder = (file.path as NSString).deletingLastPathComponent
                if !made.contains(folder) {
                    try fm.createDirectory(at: temporary.appendingPathComponent(folder), withIntermediateDirectories: true)
                    made.insert(folder)
                }
                let target = temporary.appendingPathComponent(file.path)
                switch file.content {
                case .bytes(let data): try data.write(to: target)
                case .copy(let source): try fm.copyItem(at: source, to: target)
                }
            }
            try Data().write(to: temporary.appendingPathComponent(Self.marker))
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
            }
            try fm.moveItem(at: temporary, to: output)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: temporary)
            // Put the previous site back if the swap got half-way.
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: old.path) {
                try? fm.moveItem(at: old, to: output)
            }
            throw .io("cannot write the site to '\(output.path)': \(error.localizedDescription)")
        }
    }
}
