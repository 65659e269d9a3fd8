import Foundation

/// `sw.js`, made last: it must sit at the site root to serve every page, and
/// its cache is named after every other file of the site
/// (`SiteOutput.fingerprint`: each file's bytes, a copied file's size), so a
/// new build replaces the copies learners saved.
enum ServiceWorker {
    static let path = "sw.js"

    static func file(fingerprint: UInt64) -> OutputFile {
        let name = "hocvu-" + String(fingerprint, radix: 16)
        return OutputFile(
            path: path,
            content: .bytes(Data("self.HOCVU_CACHE = \"\(name)\";\nimportScripts(\"assets/offline-worker.js\");\n".utf8)))
    }
}
