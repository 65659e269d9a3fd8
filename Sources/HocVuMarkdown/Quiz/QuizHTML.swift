import Foundation
import HocVuCore

/// The HTML of a quiz: one `<form>`, a `<fieldset>`/`<legend>` per question,
/// real radio buttons, check boxes and text fields with labels, and a closed
/// `<details>` with the answers, per-choice notes and explanations, so the quiz
/// works without JavaScript. No inline script or style: the theme's quiz script
/// reads the `data-` attributes, shows the hidden buttons and the live status.
struct QuizHTML {
    let quiz: Quiz
    let strings: [String: String]
    let defaultPass: Int
    /// `MarkdownOptions.quizScriptJSON`.
    let scriptJSON: String

    private func t(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = strings[key] ?? MarkdownOptions.vietnameseQuizStrings[key] ?? key
        for (name, value) in values { text = ByteReplace.replacing("{\(name)}", with: value, in: text) }
        return HTMLEscape.text(text)
    }

    /// A JSON value for a `data-` attribute (sorted keys: byte-identical builds).
    private func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return HTMLEscape.text(String(decoding: data, as: UTF8.self))
    }

    func render() -> String {
        let id = HTMLEscape.text(quiz.id)
        let pass = quiz.passPercent ?? defaultPass
        var html = "<form class=\"quiz\" id=\"quiz-\(id)\" data-quiz=\"\(id)\" data-pass=\"\(pass)\""
        if quiz.shuffle { html += " data-shuffle=\"\"" }
        html += " data-strings=\"\(HTMLEscape.text(scriptJSON))\">\n"
        html += "<p class=\"quiz-info\">\(t("info", ["count": String(quiz.questions.count), "pass": String(pass)]))</p>\n"
        for (q, question) in quiz.questions.enumerated() {
            html += fieldset(question, name: "\(id)-q\(q + 1)", number: q + 1)
        }
        html += "<div class=\"quiz-actions\" hidden><button type=\"submit\" class=\"quiz-check\">\(t("check"))</button>"
        html += " <button type=\"button\" class=\"quiz-retry\" hidden>\(t("retry"))</button></div>\n"
        html += "<div class=\"quiz-status\" role=\"status\"></div>\n"
        html += answers()
        html += "</form>"
        return html
    }

    private func fieldset(_ question: Quiz.Question, name: String, number: Int) -> String {
        var html = "<fieldset class=\"quiz-question\" data-kind=\"\(question.kind.rawValue)\""
        switch question.kind {
        case .shortAnswer:
            html += " data-accept=\"\(json(question.choices.map(\.text)))\">\n"
        case .single, .multiple:
            let correct = question.choices.indices.filter { question.choices[$0].correct }
            html += " data-answer=\"\(correct.map(String.init).joined(separator: " "))\">\n"
        }
        html += "<legend><span class=\"quiz-number\">\(t("question")) \(number).</span> \(question.promptHTML)</legend>\n"
        html += question.promptBlocksHTML
        switch question.kind {
        case .shortAnswer:
            html += "<p class=\"quiz-typed\"><label for=\"\(name)\">\(t("type_answer"))</label> "
            html += "<input type=\"text\" id=\"\(name)\" name=\"\(name)\" autocomplete=\"off\" spellcheck=\"false\"></p>\n"
        case .single, .multiple:
            let type = question.kind == .single ? "radio" : "checkbox"
            html += "<ul class=\"quiz-choices\">\n"
            for (c, choice) in question.choices.enumerated() {
                html += "<li><label><input type=\"\(type)\" name=\"\(name)\" value=\"\(c)\"> "
                html += "<span class=\"quiz-choice\">\(QuizPhrasing.html(choice.html))</span></label></li>\n"
            }
            html += "</ul>\n"
        }
        html += "</fieldset>\n"
        return html
    }

    /// The answers for readers without script, and the notes the script shows
    /// after checking (`data-choice`, `.quiz-explanation`).
    private func answers() -> String {
        var html = "<details class=\"quiz-answers\">\n<summary>\(t("answers"))</summary>\n<ol>\n"
        for question in quiz.questions {
            let correct = question.choices.filter(\.correct).map(\.html)
            // A div: a right answer may be a code block, which a <p> cannot hold.
            html += "<li>\n<div class=\"quiz-correct\"><strong>\(t("correct")):</strong> \(correct.map(QuizPhrasing.html).joined(separator: "; "))</div>\n"
            let notes = question.choices.enumerated().filter { $0.element.feedbackHTML != nil }
            if !notes.isEmpty {
                html += "<dl class=\"quiz-notes\">\n"
                for (c, choice) in notes {
                    html += "<dt>\(QuizPhrasing.html(choice.html))</dt>\n<dd data-choice=\"\(c)\">\(choice.feedbackHTML ?? "")</dd>\n"
                }
                html += "</dl>\n"
            }
            if let explanation = question.explanationHTML {
                html += "<div class=\"quiz-explanation\">\n\(explanation)</div>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</details>\n"
        return html
    }
}
