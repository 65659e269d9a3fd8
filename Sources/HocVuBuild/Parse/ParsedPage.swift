import HocVuMarkdown

/// One page after the parse stage: its content path and rendered Markdown.
public struct ParsedPage: Sendable {
    public var path: String
    public var markdown: RenderedMarkdown
}
