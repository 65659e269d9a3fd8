import Foundation

/// Tells when anything under the watched folders changed: a file added,
/// removed, renamed, written or its mode changed. It polls a fingerprint of
/// every entry's `lstat` (no inotify: the same code on every system, and a
/// few milliseconds for thousands of files), never following links.
struct ContentWatcher: Sendable {
    let roots: [URL]

    /// A hash of every entry's path, kind, size, modification time and inode.
    func fingerprint() -> Int {
        var hasher = Hasher()
        for root in roots {
            hasher.combine(root.path)
            var pending = [root.path]
            while let folder = pending.popLast() {
                guard let stream = opendir(folder) else { continue }
                var names: [String] = []
                while let entry = readdir(stream) {
                    let name = withUnsafePointer(to: entry.pointee.d_name) {
                        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                    }
                    // Hidden files and editor backups (`.bai.md.swp`, `bai.md~`)
                    // are not content: saving them starts no build.
                    if !name.hasPrefix(".") && !name.hasSuffix("~") { names.append(name) }
                }
                closedir(stream)
                for name in names.sorted() {
                    let path = folder + "/" + name
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    hasher.combine(path)
                    hasher.combine(info.st_mode)
                    hasher.combine(info.st_size)
                    hasher.combine(info.st_ino)
                    hasher.combine(info.st_mtim.tv_sec)
                    hasher.combine(info.st_mtim.tv_nsec)
                    if (info.st_mode & S_IFMT) == S_IFDIR { pending.append(path) }
                }
            }
        }
        return hasher.finalize()
    }
}
