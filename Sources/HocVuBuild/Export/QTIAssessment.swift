import Foundation
import HocVuCore

/// One quiz as an IMS QTI 1.2.1 assessment in the Common Cartridge 1.1
/// profile (`cc.multiple_choice`, `cc.multiple_response`, `cc.fib`), written
/// the way Moodle's importer reads it: the right answer's feedback inside the
/// scoring condition, per-choice feedback with `continue="No"`, the
/// explanation as general feedback (`continue="Yes"`).
struct QTIAssessment {
    let quiz: Quiz
    let title: String
    /// Rewrites a piece of the quiz's HTML for where the assessment file sits.
    let html: (String) -> String

    /// HTML with every non-ASCII character as a numeric reference: Moodle
    /// reads question text with `DOMDocument::loadHTML`, which assumes
    /// Latin-1 and would garble Vietnamese otherwise.
    static func asciiHTML(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        for scalar in html.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += "&#\(scalar.value);" }
        }
        return out
    }

    private func mattext(_ html: String) -> String {
        "<material><mattext texttype=\"text/html\">\(XMLText.escape(Self.asciiHTML(self.html(html))))</mattext></material>"
    }

    private func field(_ label: String, _ entry: String) -> String {
        "<qtimetadatafield><fieldlabel>\(label)</fieldlabel><fieldentry>\(XMLText.escape(entry))</fieldentry></qtimetadatafield>"
    }

    func xml() -> Data {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd">
              <assessment ident="A_\(quiz.id)" title="\(XMLText.escape(title))">
                <qtimetadata>\(field("cc_profile", "cc.exam.v0p1"))\(field("qmd_assessmenttype", "Examination"))\(field("qmd_scoretype", "Percentage"))\(field("qmd_feedbackpermitted", "Yes"))\(field("qmd_hintspermitted", "No"))\(field("qmd_solutionspermitted", "Yes"))\(field("cc_maxattempts", "unlimited"))</qtimetadata>
                <section ident="S_\(quiz.id)">

            """
        for (n, question) in quiz.questions.enumerated() {
            out += item(question, ident: "Q_\(quiz.id)_\(n + 1)", number: n + 1)
        }
        out += "    </section>\n  </assessment>\n</questestinterop>\n"
        return Data(out.utf8)
    }

    private func item(_ question: Quiz.Question, ident: String, number: Int) -> String {
        let profile = switch question.kind {
        case .single: "cc.multiple_choice.v0p1"
        case .multiple: "cc.multiple_response.v0p1"
        case .shortAnswer: "cc.fib.v0p1"
        }
        let response = "R_\(ident)"
        var out = "      <item ident=\"\(ident)\" title=\"\(XMLText.escape("\(quiz.id) – \(number)"))\">\n"
        out += "        <itemmetadata><qtimetadata>\(field("cc_profile", profile))\(field("cc_weighting", "1"))</qtimetadata></itemmetadata>\n"
        out += "        <presentation>\(mattext(question.promptHTML + question.promptBlocksHTML))\n"
        switch question.kind {
        case .shortAnswer:
            out += "          <response_str ident=\"\(response)\" rcardinality=\"Single\"><render_fib rows=\"1\"/></response_str>\n"
        case .single, .multiple:
            let cardinality = question.kind == .single ? "Single" : "Multiple"
            out += "          <response_lid ident=\"\(response)\" rcardinality=\"\(cardinality)\"><render_choice>\n"
            for (c, choice) in question.choices.enumerated() {
                out += "            <response_label ident=\"C\(c + 1)\">\(mattext(choice.html))</response_label>\n"
            }
            out += "          </render_choice></response_lid>\n"
        }
        out += "        </presentation>\n"
        out += "        <resprocessing>\n          <outcomes><decvar varname=\"SCORE\" vartype=\"Decimal\" minvalue=\"0\" maxvalue=\"100\"/></outcomes>\n"
        var feedback: [(String, String)] = []
        if let explanation = question.explanationHTML {
            out += "          <respcondition continue=\"Yes\"><conditionvar><other/></conditionvar><displayfeedback feedbacktype=\"Response\" linkrefid=\"\(ident)_general\"/></respcondition>\n"
            feedback.append(("\(ident)_general", explanation))
        }
        func display(_ c: Int, _ choice: Quiz.Choice) -> String {
            guard let note = choice.feedbackHTML else { return "" }
            feedback.append(("\(ident)_C\(c + 1)", note))
            return "<displayfeedback feedbacktype=\"Response\" linkrefid=\"\(ident)_C\(c + 1)\"/>"
        }
        let set = "<setvar varname=\"SCORE\" action=\"Set\">100</setvar>"
        switch question.kind {
        case .single:
            for (c, choice) in question.choices.enumerated() {
                out += "          <respcondition continue=\"No\"><conditionvar><varequal respident=\"\(response)\">C\(c + 1)</varequal></conditionvar>\(choice.correct ? set : "")\(display(c, choice))</respcondition>\n"
            }
        case .multiple:
            out += "          <respcondition continue=\"No\"><conditionvar><and>"
            for (c, choice) in question.choices.enumerated() {
                let equal = "<varequal respident=\"\(response)\" case=\"Yes\">C\(c + 1)</varequal>"
                out += choice.correct ? equal : "<not>\(equal)</not>"
            }
            out += "</and></conditionvar>\(set)</respcondition>\n"
            for (c, choice) in question.choices.enumerated() where choice.feedbackHTML != nil {
                out += "          <respcondition continue=\"No\"><conditionvar><varequal respident=\"\(response)\" case=\"Yes\">C\(c + 1)</varequal></conditionvar>\(display(c, choice))</respcondition>\n"
            }
        case .shortAnswer:
            out += "          <respcondition continue=\"No\"><conditionvar>"
            out += question.typedAnswers.map { "<varequal respident=\"\(response)\" case=\"No\">\(XMLText.escape($0))</varequal>" }.joined()
            out += "</conditionvar>\(set)</respcondition>\n"
        }
        out += "        </resprocessing>\n"
        for (id, html) in feedback {
            out += "        <itemfeedback ident=\"\(id)\"><flow_mat>\(mattext(html))</flow_mat></itemfeedback>\n"
        }
        out += "      </item>\n"
        return out
    }
}
