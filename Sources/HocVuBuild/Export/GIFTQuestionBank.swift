import Foundation
import HocVuCore

/// A course's quizzes as a Moodle GIFT question bank: one category per
/// lesson (`$CATEGORY: $course$/top/<course>/<lesson>`), HTML question text
/// (`[html]`, which answers and feedback inherit), per-choice feedback
/// (`#…`) and the explanation as general feedback (`####…`). GIFT's special
/// characters `~ = # { } :` and the backslash are escaped everywhere.
struct GIFTQuestionBank {
    let package: CoursePackage

    /// Moodle rejects a grade that is not one of its fixed fractions, so a
    /// question with n right choices gives each 100/n from this list.
    static let shares = ["100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"]

    /// HTML on one line: GIFT ends a question at a blank line, and Moodle
    /// drops a line that starts with `//`.
    private static func oneLine(_ html: String) -> String {
        html.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    struct Output {
        var text: String
        /// Questions that GIFT cannot express, with why.
        var skipped: [(Quiz.Question, String)]
    }

    func write() -> Output {
        let links = package.links
        var skipped: [(Quiz.Question, String)] = []
        var out = "// \(package.course.title): hocvu question bank (Moodle GIFT). Import with \"Get category from file\".\n\n"
        for page in package.pages where !page.quizzes.isEmpty {
            let category = [package.course.title, page.title].map { $0.replacingOccurrences(of: "/", with: "//") }
            out += "$CATEGORY: $course$/top/\(category.joined(separator: "/"))\n\n"
            func html(_ fragment: String) -> String {
                GIFTText.escape(Self.oneLine(links.rewrite(fragment, page: page.path, location: nil).html))
            }
            for quiz in page.quizzes {
                for (n, question) in quiz.questions.enumerated() {
                    var answers: [String] = []
                    switch question.kind {
                    case .single:
                        answers = question.choices.map { ($0.correct ? "=" : "~") + html($0.html) + feedback($0, html) }
                    case .multiple:
                        let right = question.choices.count { $0.correct }
                        guard right >= 1, right <= Self.shares.count else {
                            skipped.append((question, "GIFT cannot share the marks among \(right) right choices"))
                            continue
                        }
                        answers = question.choices.map {
                            "~%\($0.correct ? Self.shares[right - 1] : "-100")%" + html($0.html) + feedback($0, html)
                        }
                    case .shortAnswer:
                        var accepted: [String] = []
                        for choice in question.choices {
                            for text in [choice.text, VietnameseText.foldDiacritics(choice.text)] where !accepted.contains(text) {
                                accepted.append(text)
                            }
                        }
                        answers = accepted.map { "=" + GIFTText.escape($0) }
                    }
                    if let explanation = question.explanationHTML { answers.append("####" + html(explanation)) }
                    out += "::\(GIFTText.escape("\(quiz.id) \(n + 1)"))::[html]\(html(question.promptHTML + question.promptBlocksHTML)) {\n"
                    out += answers.map { "\t" + $0 + "\n" }.joined()
                    out += "}\n\n"
                }
            }
        }
        return Output(text: out, skipped: skipped)
    }

    private func feedback(_ choice: Quiz.Choice, _ html: (String) -> String) -> String {
        choice.feedbackHTML.map { "#" + html($0) } ?? ""
    }
}
