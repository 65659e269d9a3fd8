import Foundation

/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), which code
/// scanning tools (GitHub code scanning, IDE viewers) read. One run, one rule
/// per diagnostic code; columns count Unicode code points of NFC text.
public struct SARIFReporter {
    public init() {}

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "hocvu"
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable { var id: String }
    struct Message: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId = "%SRCROOT%"
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    /// A relative URI reference for a path: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    public func render(_ summary: DiagnosticSummary) -> String {
        let codes = Array(Set(summary.diagnostics.map(\.code))).sorted()
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let results = summary.diagnostics.map { diagnostic -> Result in
            let location = diagnostic.location
            let region = location.line > 0
                ? Region(startLine: location.line, startColumn: location.column > 0 ? location.column : nil) : nil
            return Result(
                ruleId: diagnostic.code, ruleIndex: index[diagnostic.code] ?? 0,
                level: diagnostic.severity == .error ? "error" : "warning",
                message: Message(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(location.file)), region: region))])
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(version: summary.toolVersion, rules: codes.map { Rule(id: $0) })),
            results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
