import Foundation

/// The cache's secret key: what makes an entry hocvu's own. Read from
/// `HOCVU_CACHE_KEY` or a private file of this user, made on first use
/// from the system's random source.
enum CacheSecret {
    enum Outcome {
        case key((UInt64, UInt64))
        /// Why there is no key; the build goes on without the cache.
        case unusable(String)
    }

    static func load(_ options: CacheOptions) -> Outcome {
        if options.keyFile == nil, let text = ProcessInfo.processInfo.environment["HOCVU_CACHE_KEY"] {
            guard let key = parse(text) else {
                return .unusable("HOCVU_CACHE_KEY must be 32 hex digits (e.g. from `head -c16 /dev/urandom | xxd -p`); the cache was not used")
            }
            return .key(key)
        }
        guard let file = options.resolvedKeyFile else {
            return .unusable("no HOME to keep the cache's key in; the cache was not used (set HOCVU_CACHE_KEY)")
        }
        if let key = read(file) { return key }
        // First use: a new key, in a file only this user can read.
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        var generator = SystemRandomNumberGenerator()
        let key = (generator.next() as UInt64, generator.next() as UInt64)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            let text = Array((hex(key.0) + hex(key.1) + "\n").utf8)
            let written = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            if written == text.count { return .key(key) }
            unlink(file.path)
        }
        // Another build may have made it meanwhile.
        return read(file) ?? .unusable("the cache's key '\(file.path)' could not be made; the cache was not used")
    }

    /// The key in `file`, if the file is there; refused unless it is a
    /// regular file of this user that nobody else can read or write.
    private static func read(_ file: URL) -> Outcome? {
        let descriptor = open(file.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            return .unusable("the cache's key '\(file.path)' cannot be read (is it a link?); the cache was not used")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
              info.st_mode & 0o077 == 0
        else {
            return .unusable("the cache's key '\(file.path)' must be a file of yours that only you can read (chmod 600); the cache was not used")
        }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0, let key = parse(String(decoding: buffer[0..<count], as: UTF8.self)) else {
            return .unusable("the cache's key '\(file.path)' is not 32 hex digits; delete it to have a new one made")
        }
        return .key(key)
    }

    static func parse(_ text: String) -> (UInt64, UInt64)? {
        let digits = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard digits.utf8.count == 32, let high = UInt64(digits.prefix(16), radix: 16),
              let low = UInt64(digits.suffix(16), radix: 16)
        else { return nil }
        return (high, low)
    }

    private static func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
