import Foundation
import ZIPFoundation

/// `hocvu build --zip`: the built site as one zip file to copy to a USB stick;
/// unzipped, `site/index.html` opens from disk. Deterministic: entries sorted,
/// one fixed timestamp (SOURCE_DATE_EPOCH when set), so the same site gives
/// the same bytes. Only regular files go in: a link is never followed.
public struct SiteArchiver {
    public let site: URL
    public let archive: URL
    /// The folder name inside the zip (`site/`).
    public let topFolder: String

    /// Whether `write` goes through a temporary name (false when `archive` is one).
    public var atomic = true

    public init(site: URL, archive: URL, topFolder: String? = nil) {
        self.site = site
        self.archive = archive
        self.topFolder = topFolder ?? site.lastPathComponent
    }

    /// Every regular file of the site, sorted, without hocvu's marker.
    func files() -> [String] {
        var result: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? site : site.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                var info = stat()
                guard lstat(site.appendingPathComponent(relative).path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(relative)
                case S_IFREG where relative != SiteWriter.marker: result.append(relative)
                default: continue
                }
            }
        }
        return result.sorted()
    }

    /// Writes the zip at `archive` directly; `SiteWriter` gives a temporary
    /// name and moves it into place once the site is published.
    public func write() throws {
        let top = topFolder
        let files = files()
        try DeterministicZip.write(paths: files.map { "\(top)/\($0)" }, to: archive, atomic: atomic) { path in
            try Data(contentsOf: site.appendingPathComponent(String(path.dropFirst(top.count + 1))))
        }
    }
}
