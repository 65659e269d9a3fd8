import HocVuCore

/// A heading of a rendered page, for tables of contents and fragment checks.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var location: SourceLocation
    /// The heading's text as a forge reads it: an explicit `{#id}` is text
    /// there (GitHub's id of `## Mục tiêu {#muc-tieu}` is `mục-tiêu-muc-tieu`).
    public var forgeText: String = ""

    public init(level: Int, text: String, id: String, location: SourceLocation, forgeText: String = "") {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
        self.forgeText = forgeText
    }
}
