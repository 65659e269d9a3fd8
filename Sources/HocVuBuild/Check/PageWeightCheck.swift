import Foundation
import HocVuCore

/// Pages must stay light for cheap phones on slow networks: the HTML of a
/// page plus the CSS and scripts it loads, before compression and without
/// images, within `budget`. The search index is data loaded by the search page
/// only, and is measured by the benchmark instead.
struct PageWeightCheck {
    static let budget = 50 * 1024

    /// Where a page's diagnostic points: its source file when it has one.
    let sourceOfPage: [String: String]

    func run(_ files: [OutputFile], diagnostics: inout DiagnosticList) {
        var sizes: [String: Int] = [:]
        for file in files {
            switch file.content {
            case .bytes(let data): sizes[file.path] = data.count
            case .copy(let url):
                sizes[file.path] = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            }
        }
        for file in files where file.path.hasSuffix(".html") {
            guard case .bytes(let data) = file.content else { continue }
            let html = String(decoding: data, as: UTF8.self)
            let folder = (file.path as NSString).deletingLastPathComponent
            var total = data.count
            for reference in Self.loads(in: html) {
                guard let path = SitePath.normalise(reference, in: folder), path != "search/index.js" else { continue }
                total += sizes[path] ?? 0
            }
            if total > Self.budget {
                diagnostics.warning(
                    "page.weight",
                    "'\(file.path)' weighs \(total / 1024) KB with its CSS and scripts, over the \(Self.budget / 1024) KB budget for slow phones; split the page or shorten it",
                    at: SourceLocation(file: sourceOfPage[file.path] ?? file.path))
            }
        }
    }

    /// The stylesheets and scripts a page loads (`<link … href>`, `<script src>`).
    static func loads(in html: String) -> [String] {
        var found: [String] = []
        for (tag, attribute) in [("<script ", "src=\""), ("<link rel=\"stylesheet\" ", "href=\"")] {
            for part in html.components(separatedBy: tag).dropFirst() {
                guard let start = part.range(of: attribute), let end = part[start.upperBound...].firstIndex(of: "\"") else { continue }
                found.append(String(part[start.upperBound..<end]))
            }
        }
        return found
    }
}
