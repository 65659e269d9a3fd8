import Foundation
import ZIPFoundation

/// `hocvu build --zip`: the built site as one zip file to copy to a USB stick;
/// unzipped, `site/index.html` opens from disk. Deterministic: entries sorted,
/// one fixed timestamp (SOURCE_DATE_EPOCH when set), so the same site gives
/// the same bytes.
public struct SiteArchiver {
    public let site: URL
    public let archive: URL

    public init(site: URL, archive: URL) {
        self.site = site
        self.archive = archive
    }

    static var timestamp: Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
    }

    /// Every file of the site, sorted, without hocvu's marker.
    func files() -> [String] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: site.path) else { return [] }
        var result: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue, path != SiteWriter.marker {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// Writes next to the final name, then moves it into place.
    public func write() throws {
        let fm = FileManager.default
        let temporary = archive.deletingLastPathComponent().appendingPathComponent(".\(archive.lastPathComponent).hocvu-tmp")
        try? fm.removeItem(at: temporary)
        let zip = try Archive(url: temporary, accessMode: .create)
        let top = site.lastPathComponent
        let date = Self.timestamp
        for path in files() {
            let data = try Data(contentsOf: site.appendingPathComponent(path))
            try zip.addEntry(
                with: "\(top)/\(path)", type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        if fm.fileExists(atPath: archive.path) { try fm.removeItem(at: archive) }
        try fm.moveItem(at: temporary, to: archive)
    }
}
