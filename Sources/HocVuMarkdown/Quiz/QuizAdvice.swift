import CCmark
import HocVuCore

/// Checks that help authors write fair questions (issue 3): they find slips
/// that are legal Markdown, so they give warnings, never errors.
enum QuizAdvice {
    /// A correct choice at least this much longer than every other choice,
    /// both as a ratio and in characters, gives the answer away.
    static let giveAwayRatio = 1.5
    static let giveAwayExtra = 12

    /// The index of a correct choice that is much longer than all the others.
    static func giveAway(_ choices: [Quiz.Choice]) -> Int? {
        guard choices.count >= 3 else { return nil }
        let lengths = choices.map(\.text.count)
        for (i, choice) in choices.enumerated() where choice.correct {
            let longestOther = lengths.enumerated().filter { $0.offset != i }.map(\.element).max() ?? 0
            if Double(lengths[i]) >= giveAwayRatio * Double(longestOther) && lengths[i] - longestOther >= giveAwayExtra {
                return i
            }
        }
        return nil
    }

    /// Pairs (earlier, later) of choices whose text differs only in case,
    /// accents or spacing.
    static func similarPairs(_ choices: [Quiz.Choice]) -> [(Int, Int)] {
        var firstByKey: [String: Int] = [:]
        var pairs: [(Int, Int)] = []
        for (i, choice) in choices.enumerated() {
            let key = VietnameseText.comparisonKey(choice.text)
            if let earlier = firstByKey[key] {
                if choices[earlier].text != choice.text { pairs.append((earlier, i)) }
            } else {
                firstByKey[key] = i
            }
        }
        return pairs
    }

    /// Words that turn a question around. "không" right before "?" is the
    /// ordinary yes/no question ("… có an toàn không?"), not a negation.
    static let negativeWords: Set<String> = ["không", "chẳng", "đừng", "not", "except", "never"]

    /// The first negative word of a prompt that is not inside `*…*` or `**…**`:
    /// learners skim past it, and capitals are not read out by screen readers.
    static func unemphasizedNegative(in paragraph: MarkdownNode) -> String? {
        // The prompt's text with emphasised runs blanked out, so a word is
        // found only where it is plain.
        var text = ""
        var stack: [(node: MarkdownNode, emphasised: Bool)] = paragraph.children.reversed().map { ($0, false) }
        while let (node, emphasised) = stack.popLast() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += emphasised ? String(repeating: "*", count: node.literal.count) : node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
            let inner = emphasised || node.type == CMARK_NODE_EMPH || node.type == CMARK_NODE_STRONG
            stack.append(contentsOf: node.children.reversed().map { ($0, inner) })
        }
        let characters = Array(VietnameseText.nfc(text))
        var i = 0
        while i < characters.count {
            guard characters[i].isLetter else { i += 1; continue }
            var end = i
            while end < characters.count && characters[end].isLetter { end += 1 }
            let word = String(characters[i..<end])
            let lower = word.lowercased()
            if negativeWords.contains(lower) {
                let following = characters[end...].first { !$0.isWhitespace }
                let questionTag = lower == "không" && (following == nil || following == "?")
                if !questionTag { return word }
            }
            i = end
        }
        return nil
    }
}
