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

    public func write() throws {
        let top = site.lastPathComponent
        let files = files()
        try DeterministicZip.write(paths: files.map { "\(top)/\($0)" }, to: archive) { path in
            try Data(contentsOf: site.appendingPathComponent(String(path.dropFirst(top.count + 1))))
        }
    }
}
