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

    struct Output {
        var text: String
        /// Questions that GIFT cannot express, with why.
        var skipped: [(Quiz.Question, String)]
        /// Links in questions that leave the site's files, by question (no base_url).
        var outside: [(Quiz.Question, String)]
    }

    /// Why Moodle would read the question as another type, if it would: it
    /// guesses from the answers (`=` alone: short answer; `=` with `->`:
    /// matching), and GIFT cannot escape `->`.
    static func problem(_ question: Quiz.Question) -> String? {
        switch question.kind {
        case .single where !question.choices.contains { !$0.correct }:
            return "a choice question needs a wrong choice, or Moodle reads it as a typed answer"
        case .shortAnswer where question.choices.contains { $0.text.contains("->") }:
            return "an answer with '->' makes Moodle read it as a matching question"
        case .multiple:
            let right = question.choices.count { $0.correct }
            return right > shares.count ? "GIFT cannot share the marks among \(right) right choices" : nil
        default:
            return nil
        }
    }

    func write() -> Output {
        let links = package.links
        var skipped: [(Quiz.Question, String)] = []
        var outside: [(Quiz.Question, String)] = []
        var out = "// \(package.course.title): hocvu question bank (Moodle GIFT). Import with \"Get category from file\".\n\n"
        for page in package.pages where !page.quizzes.isEmpty {
            let category = [package.course.title, page.title].map { $0.replacingOccurrences(of: "/", with: "//") }
            out += "$CATEGORY: $course$/top/\(category.joined(separator: "/"))\n\n"
            for quiz in page.quizzes {
                for (n, question) in quiz.questions.enumerated() {
                    if let why = Self.problem(question) {
                        skipped.append((question, why))
                        continue
                    }
                    // Line breaks become \n: a question is one line, as GIFT wants.
                    func html(_ fragment: String) -> String {
                        let result = links.rewrite(fragment, page: page.path, location: nil)
                        outside += result.outside.map { (question, $0) }
                        return GIFTText.escape(result.html)
                    }
                    func feedback(_ choice: Quiz.Choice) -> String { choice.feedbackHTML.map { "#" + html($0) } ?? "" }
                    var answers: [String]
                    switch question.kind {
                    case .single:
                        answers = question.choices.map { ($0.correct ? "=" : "~") + html($0.html) + feedback($0) }
                    case .multiple:
                        let share = Self.shares[max(question.choices.count { $0.correct }, 1) - 1]
                        answers = question.choices.map { "~%\($0.correct ? share : "-100")%" + html($0.html) + feedback($0) }
                    case .shortAnswer:
                        answers = question.typedAnswers.map { "=" + GIFTText.escape($0) }
                    }
                    if let explanation = question.explanationHTML { answers.append("####" + html(explanation)) }
                    out += "::\(GIFTText.escape("\(quiz.id) \(n + 1)"))::[html]\(html(question.promptHTML + question.promptBlocksHTML)) {\n"
                    out += answers.map { "\t" + $0 + "\n" }.joined()
                    out += "}\n\n"
                }
            }
        }
        return Output(text: out, skipped: skipped, outside: outside)
    }
}
