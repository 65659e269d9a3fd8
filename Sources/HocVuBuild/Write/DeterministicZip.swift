import Foundation
import ZIPFoundation

/// Zip files that are the same bytes for the same input: entries sorted by
/// name, one fixed timestamp (`SOURCE_DATE_EPOCH` when set), fixed
/// permissions. Written next to the final name, then renamed over it in one
/// step, so a failed or killed write never leaves half a file and the old one
/// stays until the new one is whole.
struct DeterministicZip {
    static var timestamp: Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
    }

    /// - Parameter contents: the bytes of the entry at a path, read when needed.
    /// - Parameter atomic: false when `archive` is a temporary name already.
    static func write(paths: [String], to archive: URL, atomic: Bool = true, contents: (String) throws -> Data) throws {
        guard atomic else { return try fill(archive, paths: paths, contents: contents) }
        try AtomicFile.replace(archive) { try fill($0, paths: paths, contents: contents) }
    }

    private static func fill(_ file: URL, paths: [String], contents: (String) throws -> Data) throws {
        try? FileManager.default.removeItem(at: file)
        let zip = try Archive(url: file, accessMode: .create)
        let date = timestamp
        for path in paths.sorted() {
            let data = try contents(path)
            try zip.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
