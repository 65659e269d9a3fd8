/// GitHub Actions workflow commands: each diagnostic becomes an annotation on
/// the file and line of the pull request.
/// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
public struct GitHubReporter {
    public init() {}

    /// Message text: `%`, CR and LF are escaped.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values: also `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func render(_ summary: DiagnosticSummary) -> String {
        var out = ""
        let (shown, hidden) = summary.capped()
        for line in summary.hiddenLines(hidden) {
            out += "::notice title=hocvu::\(Self.escapeData(line))\n"
        }
        for diagnostic in shown {
            let location = diagnostic.location
            var properties = ["file=\(Self.escapeProperty(location.file))"]
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.column > 0 { properties.append("col=\(location.column)") }
            properties.append("title=\(Self.escapeProperty("hocvu " + diagnostic.code))")
            out += "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(diagnostic.message))\n"
        }
        return out
    }
}
