import Foundation
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
    /// Code blocks get `tabindex="0"`: a long line scrolls inside the block,
    /// and keyboard users must be able to reach it to scroll (WCAG 2.1.1).
    public var focusableCode = false
    /// Accessible name of the scrollable table wrapper (keyboard users can focus
    /// and scroll it), in the site's language.
    public var tableLabel = "Bảng"
    /// Callout titles by kind, in the site's language (the theme's `callout_<kind>`).
    public var calloutTitles: [String: String] = MarkdownOptions.vietnameseCalloutTitles

    /// The quiz's interface words, in the site's language; `{name}` marks a
    /// value filled in later. A site build takes them from the theme's strings
    /// (`quiz_<key>`), so these defaults serve `hocvu render`.
    public var quizStrings: [String: String] = MarkdownOptions.vietnameseQuizStrings {
        didSet { quizScriptJSON = Self.scriptJSON(quizStrings) }
    }
    /// The strings the quiz script needs, as the JSON of every quiz's
    /// `data-strings`: made when the strings are set, not once per quiz.
    public private(set) var quizScriptJSON = MarkdownOptions.scriptJSON(MarkdownOptions.vietnameseQuizStrings)
    /// The site's default pass mark, for quizzes without `pass=`.
    public var quizPassPercent = 70
    /// Quizzes become forms in the page; false leaves them out of the HTML
    /// (still read and checked), for LMS exports that carry them as QTI.
    public var quizForms = true
    /// Also render the page with its quizzes left out
    /// (`RenderedMarkdown.htmlWithoutQuizForms`), for `hocvu export`: one
    /// parse gives both the site's page and the LMS's.
    public var alsoWithoutQuizForms = false

    /// Quiz strings put into the page as HTML.
    public static let quizPageStrings = ["question", "info", "answers", "correct", "type_answer", "check", "retry"]
    /// Quiz strings the quiz script needs (the form's `data-strings`).
    static func scriptJSON(_ strings: [String: String]) -> String {
        var values: [String: String] = [:]
        for key in quizScriptStrings { values[key] = strings[key] ?? vietnameseQuizStrings[key] ?? key }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(values)) ?? Data(), as: UTF8.self)
    }

    public static let quizScriptStrings = ["right", "wrong", "missed", "accepted", "score", "passed", "failed", "best", "unanswered"]

    public static let vietnameseQuizStrings = [
        "question": "Câu", "info": "{count} câu hỏi · cần đúng {pass}% để đạt",
        "answers": "Xem đáp án và giải thích", "correct": "Đáp án đúng", "type_answer": "Nhập câu trả lời",
        "check": "Kiểm tra", "retry": "Làm lại",
        "right": "Đúng", "wrong": "Chưa đúng", "missed": "Đáp án đúng", "accepted": "Đáp án đúng: {answers}",
        "score": "Bạn trả lời đúng {correct}/{total} câu ({percent}%).",
        "passed": "Đạt yêu cầu (cần {pass}%).", "failed": "Chưa đạt: cần {pass}%. Hãy đọc giải thích rồi làm lại.",
        "best": "Điểm cao nhất của bạn: {best}%.", "unanswered": "Bạn chưa trả lời câu {list}.",
    ]

    /// Callout titles, by kind (`note`, `tip`, `important`, `warning`, `caution`).
    public static let vietnameseCalloutTitles = [
        "note": "Lưu ý", "tip": "Mẹo", "important": "Quan trọng", "warning": "Cảnh báo", "caution": "Thận trọng",
    ]

    public init() {}
}
