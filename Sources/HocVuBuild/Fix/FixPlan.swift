/// What `check --fix` will do: every change decided before any is made, so
/// `--dry-run` shows exactly what a real run writes.
public struct FixPlan: Sendable {
    /// A file or folder to rename; paths relative to the content folder.
    public struct Rename: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// A file's new text; `path` is where the file is before the renames.
    public struct Edit: Sendable, Equatable {
        public var path: String
        public var before: String
        public var after: String
        /// Why, for the report: "NFC", "links to renamed files", "fragments".
        public var reasons: [String]
    }

    public var renames: [Rename] = []
    public var edits: [Edit] = []
    /// What could not be fixed safely, said in one line each.
    public var skipped: [String] = []

    public var isEmpty: Bool { renames.isEmpty && edits.isEmpty }
}
