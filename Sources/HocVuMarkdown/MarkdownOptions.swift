/// How a page's Markdown becomes HTML.
public struct MarkdownOptions: Sendable {
    /// How table cell alignment is written.
    public enum Alignment: Sendable {
        /// `align="center"`, as GitHub's renderer writes it (for `hocvu render`).
        case attribute
        /// `class="align-center"`: no inline styles, so a strict CSP passes.
        case cssClass
    }

    /// Raw HTML is passed through instead of being dropped with a warning.
    public var allowRawHTML = false
    public var tableAlignment = Alignment.attribute
    /// Wraps tables in `<div class="table-wrap">` so wide tables scroll on phones.
    public var wrapTables = false
    /// Accessible name of the scrollable table wrapper (keyboard users can focus
    /// and scroll it), in the site's language.
    public var tableLabel = "Bảng"
    /// Callout titles by kind (`note`, `tip`, `important`, `warning`, `caution`),
    /// in the site's language.
    public var calloutTitles: [String: String] = MarkdownOptions.vietnameseCalloutTitles

    /// The quiz's interface words, in the site's language.
    public var quizStrings: [String: String] = MarkdownOptions.vietnameseQuizStrings
    /// The site's default pass mark, for quizzes without `pass=`.
    public var quizPassPercent = 70

    public static let vietnameseQuizStrings = [
        "quiz": "Câu hỏi ôn tập", "question": "Câu", "answers": "Xem đáp án và giải thích",
        "correct": "Đáp án đúng", "type_answer": "Nhập câu trả lời", "check": "Kiểm tra",
        "pass": "Cần đúng", "explanation": "Giải thích",
    ]
    public static let englishQuizStrings = [
        "quiz": "Review questions", "question": "Question", "answers": "Show answers and explanations",
        "correct": "Correct answer", "type_answer": "Type your answer", "check": "Check",
        "pass": "Pass mark", "explanation": "Explanation",
    ]

    public static let vietnameseCalloutTitles = [
        "note": "Lưu ý", "tip": "Mẹo", "important": "Quan trọng", "warning": "Cảnh báo", "caution": "Thận trọng",
    ]
    public static let englishCalloutTitles = [
        "note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution",
    ]

    public init() {}
}
