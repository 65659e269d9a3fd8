import Foundation

/// Theme stylesheets and scripts are written for people (comments, indents);
/// pages are read on cheap phones over slow networks. hocvu drops comment
/// lines and indentation when it copies them: only whole lines that are
/// comments (`/* … */` starting a line, `// …` in scripts), never anything
/// inside a line, so code and strings are left as written.
enum AssetCompactor {
    static func compact(_ text: String, script: Bool) -> String {
        var out: [Substring] = []
        var inComment = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if inComment {
                if let end = line.range(of: "*/") {
                    inComment = false
                    let rest = line[end.upperBound...].drop { $0 == " " }
                    if !rest.isEmpty { out.append(rest) }
                }
                continue
            }
            if line.hasPrefix("/*") {
                if let end = line.range(of: "*/") {
                    let rest = line[end.upperBound...].drop { $0 == " " }
                    if !rest.isEmpty { out.append(rest) }
                } else {
                    inComment = true
                }
                continue
            }
            if script && line.hasPrefix("//") { continue }
            if line.isEmpty { continue }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
