import Foundation

/// The site being replaced, as a source of the files that did not change:
/// a file whose bytes are exactly the new one's is hard-linked into the new
/// site instead of written. A rebuild then makes new inodes only for what
/// changed, the swap stays atomic without copying the site, deleting the
/// old folder frees almost nothing (so the next build does not wait on
/// ext4's recently freed inodes), and unchanged files keep their dates for
/// hosts' caches. Bytes are compared, never trusted from a name, a size or
/// a date: the result is always the cold build's.
struct PreviousSite: Sendable {
    /// The published site's folder (the output's real path, with hocvu's marker).
    let folder: String
    private let owner = geteuid()

    init?(folder: URL) {
        var info = stat()
        guard lstat(folder.appendingPathComponent(SiteWriter.marker).path, &info) == 0 else { return nil }
        self.folder = folder.path
    }

    /// Links the previous site's `path` to `destination` when it is a regular
    /// file of ours, mode 0644, with exactly `bytes`.
    func link(_ path: String, matching bytes: Data, to destination: String) -> Bool {
        guard let old = open(path, expecting: bytes.count) else { return false }
        defer { close(old) }
        let same = bytes.withUnsafeBytes { expected in Self.readEquals(old, expected) }
        return same && Self.link(old, to: destination)
    }

    /// Links the previous site's `path` to `destination` when its bytes,
    /// `size` of them, hash to `digest` under the cache's key.
    func link(_ path: String, size: Int, digest: CacheKey, hash: (UnsafeRawBufferPointer) -> CacheKey, to destination: String) -> Bool {
        guard let old = open(path, expecting: size) else { return false }
        defer { close(old) }
        var buffer = [UInt8](repeating: 0, count: size + 1)
        var offset = 0
        // One byte more than expected must not be there.
        while offset < buffer.count {
            let count = buffer.withUnsafeMutableBytes { read(old, $0.baseAddress?.advanced(by: offset), $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            offset += count
        }
        guard offset == size else { return false }
        let same = buffer.withUnsafeBytes { hash(UnsafeRawBufferPointer(rebasing: $0[0..<size])) } == digest
        return same && Self.link(old, to: destination)
    }

    /// Links the previous site's `path` to `destination` when it holds the
    /// same bytes as the file at `source` (a real path inside the content).
    func link(_ path: String, copyOf source: String, to destination: String) -> Bool {
        let input = Foundation.open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let old = open(path, expecting: Int(info.st_size))
        else { return false }
        defer { close(old) }
        var buffer = [UInt8](repeating: 0, count: min(1 << 20, max(Int(info.st_size), 1)))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { return false }
            if count == 0 { break }
            let same = buffer.withUnsafeBytes { Self.readEquals(old, UnsafeRawBufferPointer(rebasing: $0[0..<count]), atEnd: false) }
            guard same else { return false }
        }
        // Nothing may be left in the old file.
        var extra: UInt8 = 0
        return read(old, &extra, 1) == 0 && Self.link(old, to: destination)
    }

    /// The old file, opened without following links, when it is a regular
    /// file of this user, mode 0644, of `size` bytes.
    private func open(_ path: String, expecting size: Int) -> Int32? {
        let descriptor = Foundation.open(folder + "/" + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o7777 == 0o644,
              info.st_uid == owner, Int(info.st_size) == size
        else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Whether the next bytes read from `descriptor` are `expected` (and,
    /// `atEnd`, nothing after them).
    private static func readEquals(_ descriptor: Int32, _ expected: UnsafeRawBufferPointer, atEnd: Bool = true) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(1 << 16, max(expected.count, 1)))
        var offset = 0
        while offset < expected.count {
            let wanted = min(buffer.count, expected.count - offset)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            let same = buffer.withUnsafeBytes { got in
                guard let a = got.baseAddress, let b = expected.baseAddress else { return false }
                return memcmp(a, b.advanced(by: offset), count) == 0
            }
            guard same else { return false }
            offset += count
        }
        guard atEnd else { return true }
        var extra: UInt8 = 0
        return read(descriptor, &extra, 1) == 0
    }

    /// A hard link to the open file itself (through /proc, so a name swapped
    /// after the checks cannot be what is linked). In a recycled staging
    /// folder the destination may be that very inode already (the file did
    /// not change for two builds): then nothing is done; anything else there
    /// goes first.
    private static func link(_ descriptor: Int32, to destination: String) -> Bool {
        var there = stat(), source = stat()
        if lstat(destination, &there) == 0 {
            if there.st_mode & S_IFMT == S_IFREG, fstat(descriptor, &source) == 0,
               there.st_ino == source.st_ino, there.st_dev == source.st_dev {
                return true
            }
            SiteStaging.clear(destination)
        }
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, destination, AT_SYMLINK_FOLLOW) == 0
    }
}
