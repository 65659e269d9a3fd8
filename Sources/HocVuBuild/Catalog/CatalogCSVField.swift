/// One CSV field (RFC 4180).
public enum CatalogCSVField {
    /// Quotes a field when it holds a comma, quote or line break. A text
    /// starting with = + - @ gets a leading apostrophe, so a spreadsheet shows
    /// it instead of running it as a formula.
    public static func quote(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
