import Foundation
import HocVuCore

/// `robots.txt`: every crawler may read everything; with a base URL it names
/// the sitemap, which needs absolute URLs.
enum RobotsFile {
    static func data(base: String?) -> Data {
        var text = "User-agent: *\nAllow: /\n"
        if let base { text += "Sitemap: \(BaseURL.absolute("sitemap.xml", base: base))\n" }
        return Data(text.utf8)
    }
}
