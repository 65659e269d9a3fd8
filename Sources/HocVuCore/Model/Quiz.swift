/// A quiz written as a fenced `quiz` block (CONTENT-FORMAT.md §5), as plain
/// values: the pieces of Markdown are already HTML.
public struct Quiz: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case single, multiple, shortAnswer = "short-answer"
    }

    public struct Choice: Sendable, Hashable {
        public var html: String
        /// Plain text, for comparisons and short-answer checking.
        public var text: String
        public var correct: Bool
        public var feedbackHTML: String?

        public init(html: String, text: String, correct: Bool, feedbackHTML: String? = nil) {
            self.html = html
            self.text = text
            self.correct = correct
            self.feedbackHTML = feedbackHTML
        }
    }

    public struct Question: Sendable, Hashable {
        public var kind: Kind
        /// The first paragraph of the prompt, inline HTML (it goes into the `<legend>`).
        public var promptHTML: String
        /// Blocks after that paragraph (images, code), as HTML.
        public var promptBlocksHTML: String
        public var choices: [Choice]
        public var explanationHTML: String?
        public var location: SourceLocation

        public init(kind: Kind, promptHTML: String, promptBlocksHTML: String = "", choices: [Choice], explanationHTML: String?, location: SourceLocation) {
            self.kind = kind
            self.promptHTML = promptHTML
            self.promptBlocksHTML = promptBlocksHTML
            self.choices = choices
            self.explanationHTML = explanationHTML
            self.location = location
        }
    }

    public var id: String
    /// `pass=` of the block; nil means the site's `quiz_pass_percent`.
    public var passPercent: Int?
    public var shuffle: Bool
    public var questions: [Question]
    public var location: SourceLocation

    public init(id: String, passPercent: Int?, shuffle: Bool, questions: [Question], location: SourceLocation) {
        self.id = id
        self.passPercent = passPercent
        self.shuffle = shuffle
        self.questions = questions
        self.location = location
    }
}
