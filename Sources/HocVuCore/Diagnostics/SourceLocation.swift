/// A position in a content file, as authors and editors count it:
/// 1-based line, 1-based column in characters.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// Path relative to the folder hocvu was pointed at, e.g. `content/courses/a/01-b.md`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
