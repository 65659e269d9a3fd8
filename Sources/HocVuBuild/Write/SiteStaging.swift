import Foundation
import HocVuCore

/// The new site while it is being made: a temporary folder beside the output
/// that pages are written into as soon as they are rendered (from any
/// thread), so no build holds the whole site in memory. Only the build that
/// holds the output's lock has one; `SiteWriter.publish` swaps it into place
/// and `discard` removes it when the build fails.
public final class SiteStaging: @unchecked Sendable {
    let folder: URL
    let target: URL
    let parent: URL
    /// Where copied files may come from: nothing else is ever published.
    let sources: ContainedPath
    /// Held from `begin` to `publish` or `discard`.
    private var lock: OutputLock?
    private let mutex = NSLock()
    private var made: Set<String> = [""]
    private var failure: FileError?
    /// Folders and files need `chmod` only when the umask takes bits off 0755.
    private let needsChmod: Bool
    /// The site this one replaces: unchanged files are linked from it.
    let previous: PreviousSite?

    init(folder: URL, target: URL, parent: URL, sources: ContainedPath, lock: OutputLock) {
        self.folder = folder
        self.target = target
        self.parent = parent
        self.sources = sources
        self.lock = lock
        previous = PreviousSite(folder: target)
        needsChmod = Self.umask().map { $0 & 0o755 != 0 } ?? true
    }

    /// The process's umask, read without changing it (`umask()` sets it,
    /// which would race with other threads creating files); nil where
    /// `/proc` does not tell it.
    static func umask() -> mode_t? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
              let value = mode_t(line.dropFirst("Umask:".count).trimmingSpaces(), radix: 8)
        else { return nil }
        return value
    }

    /// The first write that failed, if any: the build then publishes nothing.
    var firstFailure: FileError? {
        mutex.lock()
        defer { mutex.unlock() }
        return failure
    }

    /// Writes one file (mode 0644, folders 0755); after a failure, nothing more.
    func write(_ file: OutputFile) {
        guard firstFailure == nil else { return }
        do {
            try makeFolders(for: file.path)
            let target = folder.path + "/" + file.path
            switch file.content {
            case .bytes(let data):
                if previous?.link(file.path, matching: data, to: target) == true { return }
                try OutputFileIO.write(data, to: target, chmod: needsChmod)
            case .copy(let source):
                guard let real = sources.resolve(source) else {
                    throw FileError(path: source.path, reason: "it leads outside the content folder; hocvu never publishes such a file")
                }
                if previous?.link(file.path, copyOf: real, to: target) == true { return }
                try OutputFileIO.copy(from: real, to: target, chmod: needsChmod)
            }
        } catch {
            mutex.lock()
            if failure == nil { failure = (error as? FileError) ?? FileError(path: file.path, reason: "\(error)") }
            mutex.unlock()
        }
    }

    /// Links the previous site's `path` into this one when its bytes hash to
    /// `digest` (a page the cache says is unchanged, checked, not trusted).
    func linkPrevious(_ path: String, size: Int, digest: CacheKey, hash: (UnsafeRawBufferPointer) -> CacheKey) -> Bool {
        guard firstFailure == nil, let previous, (try? makeFolders(for: path)) != nil else { return false }
        return previous.link(path, size: size, digest: digest, hash: hash, to: folder.path + "/" + path)
    }

    /// Every folder above `path`, each made once (under the lock, so that no
    /// thread writes into a folder another one is still making).
    private func makeFolders(for path: String) throws {
        let parts = path.split(separator: "/").dropLast()
        guard !parts.isEmpty else { return }
        mutex.lock()
        defer { mutex.unlock() }
        var relative = ""
        for part in parts {
            relative = relative.isEmpty ? String(part) : relative + "/" + part
            guard made.insert(relative).inserted else { continue }
            let full = folder.path + "/" + relative
            guard mkdir(full, 0o755) == 0 || errno == EEXIST, !needsChmod || chmod(full, 0o755) == 0 else {
                throw FileError(path: full, reason: SiteWriter.systemError())
            }
        }
    }

    /// Removes the unfinished site (the output keeps the previous one).
    func discard() {
        try? FileManager.default.removeItem(at: folder)
        release()
    }

    /// Lets the next build write the output.
    func release() {
        mutex.lock()
        lock = nil
        mutex.unlock()
    }
}
