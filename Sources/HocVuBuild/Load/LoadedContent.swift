import HocVuCore

/// What the load stage hands on: the site model and every file it saw.
public struct LoadedContent: Sendable {
    public var site: Site
    /// Content-relative paths of every file in the content folder, sorted.
    public var files: [String]
}
