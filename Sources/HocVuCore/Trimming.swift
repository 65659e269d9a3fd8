/// Trimming in Swift, scalar by scalar: Foundation's `trimmingCharacters(in:)`
/// bridges through NSString on Linux and was a twentieth of a large build.
extension StringProtocol {
    /// Without white space or line ends at either end (Foundation's
    /// `.whitespacesAndNewlines`: the Unicode White_Space property, and the
    /// zero-width space as Foundation counts it).
    public func trimmingWhitespace() -> String {
        trimming { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }

    /// Without spaces and tabs at either end; line ends stay (Foundation's
    /// `.whitespaces`: tab and the space separators).
    public func trimmingSpaces() -> String {
        trimming { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
