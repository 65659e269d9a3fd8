import Foundation
import FuzzSupport
import HocVuBuild
import HocVuCore

// The input is one content file, read the way `hocvu build` reads it: its
// bytes become site.yml (YAML alone), the home page (front matter optional)
// and a course's course.md (front matter required, the most keys), and
// ContentLoader.load reads the folder: strict UTF-8 with the line/column of a
// bad byte, BOM and CR handling, NFC, the `---` split, YAML (Yams + libyaml),
// every FieldReader method (text, lists, ids, bool, int ranges, durations,
// dates) and the cross-file checks (ids against site.yml, prerequisites).
// Lessons, pages and news use the same readers with fewer keys: left out,
// since every file written costs time on each run.

private let folder: URL = FuzzSite.scratch.appendingPathComponent("front-matter")
private let paths = ["site.yml", "index.md", "courses/khoa/course.md"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = Data(fuzzBytes(start, count))
    FuzzSite.write(Dictionary(uniqueKeysWithValues: paths.map { ($0, data) }), below: folder)
    var diagnostics = DiagnosticList()
    let loaded = ContentLoader(root: folder, displayRoot: "content", includeDrafts: count % 2 == 0)
        .load(diagnostics: &diagnostics)
    for diagnostic in diagnostics.items {
        // Positions are 1-based when present (0 = no line, for whole-file problems).
        note(diagnostic.location.line >= 0 && diagnostic.location.column >= 0, key: "frontmatter.position.\(diagnostic.code)",
             "a negative position: \(diagnostic.formatted)")
    }
    // The index and the sorted diagnostics are built from what was loaded.
    _ = SiteIndex(loaded)
    _ = diagnostics.sorted
    return 0
}
