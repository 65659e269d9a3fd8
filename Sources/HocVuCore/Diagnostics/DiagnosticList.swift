/// The diagnostics of one stage or of a whole build, in a stable order.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(Diagnostic(.error, code, message, at: location))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(Diagnostic(.warning, code, message, at: location))
    }

    /// `--strict`: every warning becomes an error.
    public mutating func promoteWarnings() {
        for i in items.indices { items[i].severity = .error }
    }

    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line, column, then severity and code: the same input
    /// always prints the same report, whatever the order of parallel work.
    public var sorted: [Diagnostic] {
        items.sorted {
            ($0.location, $0.severity.rawValue, $0.code, $0.message)
                < ($1.location, $1.severity.rawValue, $1.code, $1.message)
        }
    }
}
