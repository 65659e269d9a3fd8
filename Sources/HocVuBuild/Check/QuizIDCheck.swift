import HocVuCore

/// Check stage, across pages: a quiz id is used once in the whole site
/// (learners' scores are stored under it).
struct QuizIDCheck {
    func run(_ pages: [String: ParsedPage], diagnostics: inout DiagnosticList) {
        var seen: [String: SourceLocation] = [:]
        for path in pages.keys.sorted() {
            for quiz in pages[path]?.markdown.quizzes ?? [] {
                if let first = seen[quiz.id] {
                    diagnostics.error(
                        "quiz.duplicate-id",
                        "quiz id '\(quiz.id)' is already used at \(first.file):\(first.line); give this quiz its own id=",
                        at: quiz.location)
                } else {
                    seen[quiz.id] = quiz.location
                }
            }
        }
    }
}
