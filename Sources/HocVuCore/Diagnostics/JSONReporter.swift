import Foundation

/// One JSON document per run, in the shape of docs/diagnostics.schema.json.
/// Keys are sorted so the same run prints the same bytes.
public struct JSONReporter {
    public static let schemaVersion = 1

    struct Document: Encodable {
        struct Tool: Encodable { var name: String; var version: String }
        struct Summary: Encodable { var errors: Int; var warnings: Int; var files: Int }
        struct Item: Encodable {
            var severity: String
            var code: String
            var message: String
            var file: String
            var line: Int?
            var column: Int?
        }

        var schema_version: Int
        var tool: Tool
        var exit_code: Int32
        var summary: Summary
        var diagnostics: [Item]
    }

    public init() {}

    public func render(_ summary: DiagnosticSummary) -> String {
        let document = Document(
            schema_version: Self.schemaVersion,
            tool: .init(name: "hocvu", version: summary.toolVersion),
            exit_code: summary.exitCode,
            summary: .init(errors: summary.errorCount, warnings: summary.warningCount, files: summary.files),
            diagnostics: summary.diagnostics.map {
                .init(severity: $0.severity.rawValue, code: $0.code, message: $0.message, file: $0.location.file,
                      line: $0.location.line > 0 ? $0.location.line : nil,
                      column: $0.location.column > 0 ? $0.location.column : nil)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
