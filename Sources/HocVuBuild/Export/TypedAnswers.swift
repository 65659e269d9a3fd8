import HocVuCore

extension Quiz.Question {
    /// A typed-answer question's accepted answers, each also without its
    /// Vietnamese marks: an LMS ignores case but not diacritics, while hocvu's
    /// own check ignores both ("ma OTP" is right for "mã OTP").
    var typedAnswers: [String] {
        var accepted: [String] = []
        for choice in choices {
            for text in [choice.text, VietnameseText.foldDiacritics(choice.text)] where !accepted.contains(text) {
                accepted.append(text)
            }
        }
        return accepted
    }
}
