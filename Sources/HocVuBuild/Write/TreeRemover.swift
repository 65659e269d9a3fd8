import Foundation

/// Removes a folder and everything in it with plain system calls, the
/// subfolders of the top on all cores: the old site goes after each swap,
/// and Foundation's `removeItem` spends longer per file than the kernel
/// does. Links are removed, never followed. No recursion: a loop over a
/// list of folders, children before their parent.
enum TreeRemover {
    static func remove(_ url: URL) {
        let top = url.path
        var info = stat()
        guard lstat(top, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(top)
            return
        }
        let folders = clear(top)
        DispatchQueue.concurrentPerform(iterations: folders.count) { removeFolder(folders[$0]) }
        // A name that is not UTF-8 is not found again by its decoded path: Foundation removes what is left.
        if rmdir(top) != 0 { try? FileManager.default.removeItem(at: url) }
    }

    /// Removes every file and folder under `folder`, then `folder`.
    private static func removeFolder(_ folder: String) {
        // (path, emptied): a folder comes back to be removed once its children are.
        var stack: [(String, Bool)] = [(folder, false)]
        while let (path, emptied) = stack.popLast() {
            if emptied {
                rmdir(path)
                continue
            }
            stack.append((path, true))
            stack += clear(path).map { ($0, false) }
        }
    }

    /// Unlinks the files in `folder` and says its subfolders.
    private static func clear(_ folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                folders.append(path)
            } else {
                unlink(path)
            }
        }
        return folders
    }
}
