import Foundation

/// Writes and copies output files with POSIX calls: mode 0644 whatever the
/// umask, never through a symbolic link, and a copy is of the real file's
/// bytes (a copied link would publish whatever it points to).
enum OutputFileIO {
    static func write(_ data: Data, to url: URL) throws {
        try write(data, to: url.path, chmod: true)
    }

    /// `chmod` false: the umask leaves 0644 whole, so no `fchmod` is needed.
    static func write(_ data: Data, to path: String, chmod: Bool) throws {
        let descriptor = try create(path, chmod: chmod)
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            try writeAll(descriptor, buffer, path: path)
        }
    }

    /// Copies the regular file at `real` (a path without links, from
    /// `ContainedPath.resolve`) in 1 MiB chunks.
    static func copy(from real: String, to url: URL) throws {
        try copy(from: real, to: url.path, chmod: true)
    }

    static func copy(from real: String, to path: String, chmod: Bool) throws {
        let input = open(real, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { throw FileError(path: real, reason: SiteWriter.systemError()) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw FileError(path: real, reason: "not a regular file")
        }
        let output = try create(path, chmod: chmod)
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: min(1 << 20, max(Int(info.st_size), 1)))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: real, reason: SiteWriter.systemError())
            }
            try buffer.withUnsafeBytes { try writeAll(output, UnsafeRawBufferPointer(rebasing: $0[0..<count]), path: path) }
        }
    }

    private static func create(_ path: String, chmod: Bool) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError(path: path, reason: SiteWriter.systemError()) }
        guard !chmod || fchmod(descriptor, 0o644) == 0 else {
            close(descriptor)
            throw FileError(path: path, reason: SiteWriter.systemError())
        }
        return descriptor
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: SiteWriter.systemError())
            }
            offset += written
        }
    }
}
