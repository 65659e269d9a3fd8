import HocVuCore

/// The HTML of a quiz: one `<form>`, a `<fieldset>`/`<legend>` per question,
/// real radio buttons, check boxes and text fields with labels, and a closed
/// `<details>` with the answers and explanations, so the quiz works without
/// JavaScript. No inline script or style.
struct QuizHTML {
    let quiz: Quiz
    let strings: [String: String]
    let defaultPass: Int

    private func t(_ key: String) -> String {
        HTMLEscape.text(strings[key] ?? key)
    }

    func render() -> String {
        let id = HTMLEscape.text(quiz.id)
        let pass = quiz.passPercent ?? defaultPass
        var html = "<form class=\"quiz\" id=\"quiz-\(id)\" data-quiz=\"\(id)\" data-pass=\"\(pass)\""
        if quiz.shuffle { html += " data-shuffle=\"\"" }
        html += ">\n"
        for (q, question) in quiz.questions.enumerated() {
            let name = "\(id)-q\(q + 1)"
            html += "<fieldset class=\"quiz-question\" data-kind=\"\(question.kind.rawValue)\">\n"
            html += "<legend><span class=\"quiz-number\">\(t("question")) \(q + 1).</span> \(question.promptHTML)</legend>\n"
            html += question.promptBlocksHTML
            switch question.kind {
            case .shortAnswer:
                html += "<p class=\"quiz-typed\"><label for=\"\(name)\">\(t("type_answer"))</label> "
                html += "<input type=\"text\" id=\"\(name)\" name=\"\(name)\" autocomplete=\"off\"></p>\n"
            case .single, .multiple:
                let type = question.kind == .single ? "radio" : "checkbox"
                html += "<ul class=\"quiz-choices\">\n"
                for (c, choice) in question.choices.enumerated() {
                    html += "<li><label><input type=\"\(type)\" name=\"\(name)\" value=\"\(c)\"> "
                    html += "<span class=\"quiz-choice\">\(choice.html)</span></label></li>\n"
                }
                html += "</ul>\n"
            }
            html += "</fieldset>\n"
        }
        html += "<details class=\"quiz-answers\">\n<summary>\(t("answers"))</summary>\n<ol>\n"
        for question in quiz.questions {
            let correct = question.choices.filter(\.correct).map(\.html)
            html += "<li><p><strong>\(t("correct")):</strong> \(correct.joined(separator: "; "))</p>\n"
            if let explanation = question.explanationHTML { html += explanation }
            html += "</li>\n"
        }
        html += "</ol>\n</details>\n</form>"
        return html
    }
}
