import CCmark
import Foundation
import HocVuCore

/// Quizzes (CONTENT-FORMAT.md §5): a fenced block whose info string starts
/// with `quiz`. Its body is parsed by cmark and read from the tree: an ordered
/// list of questions, each with a prompt, a list of `[ ]`/`[x]`/`[=]` choices
/// and an explanation quote. The block becomes an HTML form (`QuizHTML`).
struct QuizPass {
    let prefix: String
    static let attributes = ["id", "pass", "shuffle"]

    func run(
        on document: borrowing MarkdownDocument, context: inout PassContext,
        resolve: (LinkRequest) -> LinkResolution
    ) -> (quizzes: [Quiz], fragments: [FragmentReference], forms: [MarkdownNode]) {
        var quizzes: [Quiz] = []
        var forms: [MarkdownNode] = []
        var fragments: [FragmentReference] = []
        let blocks = document.nodes(of: NodeTypes.codeBlock).filter {
            $0.fenceInfo.split(separator: " ").first == "quiz"
        }
        for (n, block) in blocks.enumerated() {
            var quiz = Quiz(id: "\(prefix)-\(n + 1)", passPercent: nil, shuffle: false, questions: [],
                            location: context.location(of: block))
            readAttributes(block, into: &quiz, context: &context)

            let body = MarkdownDocument(parsing: block.literal)
            // The body starts on the line after the opening fence.
            context.origins[body.root.pointer] = (block.startLine + 1, block.startColumn)
            defer { context.origins[body.root.pointer] = nil }
            RawHTMLPass().run(on: body, context: &context)
            // Choice texts are read before links are resolved: sized images
            // become raw HTML, and an image choice is known by its alt text.
            let texts = choiceTexts(in: body)
            fragments += LinkPass().run(on: body, context: &context, resolve: resolve)

            guard let list = body.root.firstChild, list.type == CMARK_NODE_LIST,
                  cmark_node_get_list_type(list.pointer) == CMARK_ORDERED_LIST
            else {
                context.error("quiz.no-questions", "a quiz is a numbered list of questions (1. …, 2. …)", at: block)
                continue
            }
            if list.next != nil {
                context.warning("quiz.stray-block", "text after the list of questions is ignored", at: list.next ?? list)
            }
            for item in list.children {
                if let question = readQuestion(item, in: body, texts: texts, context: &context) {
                    quiz.questions.append(question)
                }
            }
            quizzes.append(quiz)
            let html = context.options.quizForms
                ? QuizHTML(quiz: quiz, strings: context.options.quizStrings, defaultPass: context.options.quizPassPercent,
                           scriptJSON: context.options.quizScriptJSON).render()
                : ""
            // Never drop a quiz silently: if it cannot become HTML, the build fails.
            let replacement = MarkdownNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: html, exit: "")
            if let replacement, block.replace(with: replacement) {
                cmark_node_free(block.pointer)
                forms.append(replacement)
            } else {
                if let replacement { cmark_node_free(replacement.pointer) }
                context.error("quiz.render", "this quiz could not be rendered", at: block)
            }
        }
        return (quizzes, fragments, forms)
    }

    private func readAttributes(_ block: MarkdownNode, into quiz: inout Quiz, context: inout PassContext) {
        for word in block.fenceInfo.split(separator: " ").dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            switch parts[0] {
            case "id" where parts.count == 2 && Slug.isValidName(parts[1]):
                quiz.id = parts[1]
            case "pass" where parts.count == 2:
                if let value = Int(parts[1]), (0...100).contains(value) {
                    quiz.passPercent = value
                } else {
                    context.error("quiz.pass", "pass=\(parts[1]) must be a whole number from 0 to 100", at: block)
                }
            case "shuffle" where parts.count == 1:
                quiz.shuffle = true
            case "id":
                context.error("quiz.id", "'\(word)': a quiz id uses lowercase letters a-z, digits and '-'", at: block)
            default:
                context.error(
                    "quiz.unknown-attribute",
                    "unknown quiz attribute '\(parts[0])'\(Suggestion.hint(for: parts[0], in: Self.attributes))", at: block)
            }
        }
    }

    private enum Marker { case wrong, correct, typed }

    /// `[ ]`, `[x]` or `[=]` at the start of a list item, and the text after it.
    private func marker(of item: MarkdownNode) -> (Marker, MarkdownNode)? {
        guard let paragraph = item.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
              let text = paragraph.firstChild, text.type == CMARK_NODE_TEXT
        else { return nil }
        let literal = text.literal
        let markers: [(String, Marker)] = [("[ ]", .wrong), ("[x]", .correct), ("[X]", .correct), ("[=]", .typed)]
        for (written, kind) in markers where literal.hasPrefix(written) {
            let rest = literal.dropFirst(written.count)
            if !rest.isEmpty && rest.first != " " { return nil }
            return (kind, text)
        }
        return nil
    }

    /// The plain text of every list item (a choice, once its marker is cut),
    /// block quotes left out.
    private func choiceTexts(in body: borrowing MarkdownDocument) -> [OpaquePointer: String] {
        var texts: [OpaquePointer: String] = [:]
        for item in body.nodes(of: [CMARK_NODE_ITEM.rawValue]) {
            var plain = ""
            for block in item.children where block.type != CMARK_NODE_BLOCK_QUOTE && block.type != CMARK_NODE_LIST {
                plain += block.type == CMARK_NODE_CODE_BLOCK ? block.literal : block.plainText
            }
            for written in ["[ ]", "[x]", "[X]", "[=]"] where plain.hasPrefix(written) {
                plain = String(plain.dropFirst(written.count))
            }
            texts[item.pointer] = plain.trimmingWhitespace()
        }
        return texts
    }

    private func readQuestion(
        _ item: MarkdownNode, in body: borrowing MarkdownDocument, texts: [OpaquePointer: String], context: inout PassContext
    ) -> Quiz.Question? {
        let blocks = item.children
        guard let answerIndex = blocks.firstIndex(where: { block in
            block.type == CMARK_NODE_LIST && cmark_node_get_list_type(block.pointer) == CMARK_BULLET_LIST
                && block.children.allSatisfy { marker(of: $0) != nil }
        }) else {
            context.error(
                "quiz.no-answers", "this question has no answers: add a list of '- [ ]' / '- [x]' choices or '- [=]' answers",
                at: item)
            return nil
        }
        if answerIndex == 0 {
            context.error("quiz.no-prompt", "this question has no text before its answers", at: item)
            return nil
        }
        var promptHTML = "", promptBlocksHTML = ""
        for (i, block) in blocks[..<answerIndex].enumerated() {
            if i == 0 && block.type == CMARK_NODE_PARAGRAPH {
                promptHTML = inlineHTML(block, in: body)
            } else {
                promptBlocksHTML += body.renderHTML(unsafe: context.options.allowRawHTML, of: block)
            }
        }
        var explanation: String?
        for block in blocks[(answerIndex + 1)...] {
            if block.type == CMARK_NODE_BLOCK_QUOTE && explanation == nil {
                explanation = childrenHTML(block, in: body, context: context)
            } else {
                context.warning("quiz.stray-block", "only one quoted explanation may follow the answers; this is ignored", at: block)
            }
        }

        var choices: [Quiz.Choice] = []
        var choiceItems: [MarkdownNode] = []
        var kinds: [Marker] = []
        for choiceItem in blocks[answerIndex].children {
            guard let (kind, text) = marker(of: choiceItem) else { continue }
            kinds.append(kind)
            // Remove the marker; what is left of the first line is the choice.
            let rest = text.literal.dropFirst(3).drop { $0 == " " }
            if rest.isEmpty { text.remove() } else { text.literal = String(rest) }
            var html = ""
            var plain = ""
            var feedback: String?
            for (i, block) in choiceItem.children.enumerated() {
                if block.type == CMARK_NODE_BLOCK_QUOTE {
                    feedback = childrenHTML(block, in: body, context: context)
                } else if i == 0 && block.type == CMARK_NODE_PARAGRAPH {
                    html += inlineHTML(block, in: body)
                    plain += block.plainText
                } else {
                    html += body.renderHTML(unsafe: context.options.allowRawHTML, of: block)
                    plain += block.type == CMARK_NODE_CODE_BLOCK ? block.literal : block.plainText
                }
            }
            let trimmed = texts[choiceItem.pointer] ?? plain.trimmingWhitespace()
            if trimmed.isEmpty && !html.contains("<img") {
                context.error("quiz.empty-choice", "this answer is empty", at: choiceItem)
                continue
            }
            if choices.contains(where: { $0.text == trimmed }) {
                context.error("quiz.duplicate-choice", "the answer '\(trimmed)' is given twice", at: choiceItem)
            }
            choices.append(Quiz.Choice(html: html.trimmingWhitespace(), text: trimmed,
                                       correct: kind != .wrong, feedbackHTML: feedback))
            choiceItems.append(choiceItem)
        }

        let typed = kinds.filter { $0 == .typed }.count
        let correct = kinds.filter { $0 == .correct }.count
        let kind: Quiz.Kind
        if typed > 0 {
            if typed != kinds.count {
                context.error("quiz.mixed-answers", "'[=]' typed answers cannot be mixed with '[ ]' / '[x]' choices", at: blocks[answerIndex])
                return nil
            }
            kind = .shortAnswer
        } else if correct == 0 {
            context.error("quiz.no-correct", "no answer is marked correct: mark it '[x]'", at: blocks[answerIndex])
            return nil
        } else {
            kind = correct == 1 ? .single : .multiple
            if correct == kinds.count && kinds.count > 1 {
                context.warning("quiz.all-correct", "every answer is marked '[x]'; is one of them a slip?", at: blocks[answerIndex])
            }
        }
        if explanation == nil {
            context.warning("quiz.no-explanation", "add an explanation as a quote ('> …') after the answers", at: item)
        }
        advise(kind: kind, choices: choices, at: choiceItems, prompt: blocks[0], context: &context)
        return Quiz.Question(kind: kind, promptHTML: promptHTML, promptBlocksHTML: promptBlocksHTML, choices: choices, explanationHTML: explanation,
                             location: context.location(of: item))
    }

    /// Warnings for questions that are valid but unfair or confusing.
    private func advise(kind: Quiz.Kind, choices: [Quiz.Choice], at items: [MarkdownNode], prompt: MarkdownNode,
                        context: inout PassContext) {
        if prompt.type == CMARK_NODE_PARAGRAPH, let word = QuizAdvice.unemphasizedNegative(in: prompt) {
            context.warning(
                "quiz.negative-prompt",
                "the question turns on '\(word)': learners skim past it; emphasise it as **\(word)** or ask the question positively",
                at: prompt)
        }
        if kind != .shortAnswer, let index = QuizAdvice.giveAway(choices) {
            context.warning(
                "quiz.give-away",
                "the correct answer is much longer than the others, which gives it away; shorten it or lengthen the others",
                at: items[index])
        }
        for (earlier, later) in QuizAdvice.similarPairs(choices) {
            let message = kind == .shortAnswer
                ? "'\(choices[later].text)' is already accepted as '\(choices[earlier].text)': typed answers are compared without case and accents"
                : "'\(choices[later].text)' and '\(choices[earlier].text)' differ only in case or accents; make the choices clearly different"
            context.warning("quiz.similar-choices", message, at: items[later])
        }
    }

    /// A paragraph's inline HTML, without the `<p>` around it.
    private func inlineHTML(_ paragraph: MarkdownNode, in body: borrowing MarkdownDocument) -> String {
        var html = body.renderHTML(unsafe: false, of: paragraph).trimmingWhitespace()
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        if html.hasSuffix("</p>") { html.removeLast(4) }
        return html
    }

    private func childrenHTML(_ node: MarkdownNode, in body: borrowing MarkdownDocument, context: PassContext) -> String {
        node.children.map { body.renderHTML(unsafe: context.options.allowRawHTML, of: $0) }.joined()
    }
}
