import Foundation

/// A single output file (an export, a zip) replaced in one step: written
/// beside its name with mode 0644, then renamed over it, so a reader never
/// sees half a file and a failure keeps the old one.
enum AtomicFile {
    static func temporaryName(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).hocvu-tmp-\(getpid())")
    }

    static func write(_ data: Data, to url: URL) throws {
        try replace(url) { try OutputFileIO.write(data, to: $0) }
    }

    /// Calls `make` with a temporary path to fill, then moves it to `url`.
    static func replace(_ url: URL, make: (URL) throws -> Void) throws {
        let temporary = temporaryName(for: url)
        try? FileManager.default.removeItem(at: temporary)
        do {
            try make(temporary)
            guard chmod(temporary.path, 0o644) == 0, rename(temporary.path, url.path) == 0 else {
                throw FileError(path: url.path, reason: SiteWriter.systemError())
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
