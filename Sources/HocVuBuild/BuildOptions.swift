import Foundation

/// What `hocvu build` and `hocvu check` were asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    /// The content folder as the user named it, for diagnostics (`content`).
    public var contentDisplay: String
    public var output: URL
    public var includeDrafts = false
    public var baseURL: String?
    /// Warnings count as errors (`--strict`): the build then writes nothing.
    public var strict = false
    /// false for `hocvu check`: every stage but writing.
    public var write = true
    /// `--zip`: also the site as one zip beside the output folder.
    public var zip = false
    /// Wait for another build writing the same output (false: `--no-wait`).
    public var waitForOutput = true
    /// Called once when this build waits for another one to finish.
    public var onWait: @Sendable () -> Void = {}
    /// The incremental build's cache; nil builds cold (`--no-cache`, and
    /// the library's default, so tests and embedders opt in).
    public var cache: CacheOptions?
    /// The output the cache is kept for, when it is not `output`: `serve`
    /// builds into a new temporary folder each session, and keeps one cache
    /// from one session to the next.
    public var cacheIdentity: URL?
    /// Told how far the build has got (a line on a terminal); nil: silent.
    public var progress: BuildProgress?

    /// `site.zip` beside `site`.
    public var archive: URL {
        output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".zip")
    }

    public init(content: URL, contentDisplay: String, output: URL, strict: Bool = false) {
        self.strict = strict
        self.content = content
        self.contentDisplay = contentDisplay
        self.output = output
    }
}
