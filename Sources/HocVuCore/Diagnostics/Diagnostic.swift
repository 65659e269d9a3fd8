/// One finding about the input: collected along the pipeline, never thrown.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool {
            a == .error && b == .warning
        }
    }

    public var severity: Severity
    /// Stable machine-readable class, e.g. `link.missing-file`.
    public var code: String
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        // One line per diagnostic, whatever the message quotes (CI logs, annotations).
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        self.location = location
    }

    /// `file:line:column`, or less when the position is not known.
    public var place: String {
        var place = location.file
        if location.line > 0 {
            place += ":\(location.line)"
            if location.column > 0 { place += ":\(location.column)" }
        }
        return place
    }

    /// `file:line:column: error[code]: message`, the format of CONTENT-FORMAT.md §7.
    public var formatted: String {
        "\(place): \(severity.rawValue)[\(code)]: \(message)"
    }
}
