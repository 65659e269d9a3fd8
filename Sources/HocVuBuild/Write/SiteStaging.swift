import Foundation
import HocVuCore

/// The new site while it is being made: a temporary folder beside the output
/// that pages are written into as soon as they are rendered (from any
/// thread), so no build holds the whole site in memory. Only the build that
/// holds the output's lock has one; `SiteWriter.publish` swaps it into place
/// and `discard` removes it when the build fails.
///
/// A rebuild starts from the site before last (`recycled`, kept by the last
/// build as `.site.hocvu-spare`) instead of an empty folder: its folders are
/// there already and an unchanged file is already the same inode as the
/// current site's, so neither is made again and the old site is never
/// deleted file by file. Nothing in it is trusted: a file stays only when it
/// is the very inode of a current-site file whose bytes were just checked,
/// anything else at a path being written goes first, and whatever this build
/// did not write is removed before the swap (`sweep`).
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
    /// The folder is an older site, not empty.
    let recycled: Bool
    /// Files written by this build (for `sweep`).
    private var written: Set<String> = []

    init(folder: URL, target: URL, parent: URL, sources: ContainedPath, lock: OutputLock, recycled: Bool = false) {
        self.folder = folder
        self.target = target
        self.parent = parent
        self.sources = sources
        self.lock = lock
        self.recycled = recycled
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
            if recycled { note(file.path) }
            switch file.content {
            case .bytes(let data):
                if previous?.link(file.path, matching: data, to: target) == true { return }
                if recycled { Self.clear(target) }
                try OutputFileIO.write(data, to: target, chmod: needsChmod)
            case .copy(let source):
                guard let real = sources.resolve(source) else {
                    throw FileError(path: source.path, reason: "it leads outside the content folder; hocvu never publishes such a file")
                }
                if previous?.link(file.path, copyOf: real, to: target) == true { return }
                if recycled { Self.clear(target) }
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
        guard previous.link(path, size: size, digest: digest, hash: hash, to: folder.path + "/" + path) else { return false }
        if recycled { note(path) }
        return true
    }

    private func note(_ path: String) {
        mutex.lock()
        written.insert(path)
        mutex.unlock()
    }

    /// Whatever is at `path` (a file, a link, a folder), gone.
    static func clear(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR { TreeRemover.remove(URL(fileURLWithPath: path)) } else { unlink(path) }
    }

    /// Removes what a recycled folder holds that this build did not write:
    /// pages and files no longer in the site, and anything else put there.
    func sweep() {
        guard recycled else { return }
        mutex.lock()
        let (files, folders) = (written, made)
        mutex.unlock()
        var stack = [""]
        while let relative = stack.popLast() {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            guard let directory = opendir(path) else { continue }
            var entries: [(String, Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
                }
                entries.append((name, isFolder))
            }
            closedir(directory)
            for (name, isFolder) in entries {
                let child = relative.isEmpty ? name : relative + "/" + name
                let kept = isFolder ? folders.contains(child) : files.contains(child)
                if !kept {
                    Self.clear(path + "/" + name)
                } else if isFolder {
                    stack.append(child)
                }
            }
        }
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
            if recycled {
                // An older site's folder is kept; a file or link in its place goes.
                var info = stat()
                if lstat(full, &info) == 0 {
                    if info.st_mode & S_IFMT == S_IFDIR { continue }
                    unlink(full)
                }
            }
            guard mkdir(full, 0o755) == 0 || errno == EEXIST, !needsChmod || chmod(full, 0o755) == 0 else {
                throw FileError(path: full, reason: SiteWriter.systemError())
            }
        }
    }

    /// Removes the unfinished site (the output keeps the previous one); a
    /// recycled folder goes back to being the spare (nothing in it is trusted).
    func discard() {
        let spare = SiteWriter.spare(of: target)
        if !recycled || rename(folder.path, spare.path) != 0 { TreeRemover.remove(folder) }
        release()
    }

    /// Lets the next build write the output.
    func release() {
        mutex.lock()
        lock = nil
        mutex.unlock()
    }
}
