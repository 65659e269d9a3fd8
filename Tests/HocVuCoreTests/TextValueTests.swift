import HocVuCore
import Testing

@Suite struct TextValueTests {
    @Test func durations() {
        #expect(DurationText.parse("90m") == 90)
        #expect(DurationText.parse("1h30m") == 90)
        #expect(DurationText.parse("2h") == 120)
        #expect(DurationText.parse("90") == nil)
        #expect(DurationText.parse("1h30") == nil)
        #expect(DurationText.parse("abc") == nil)
        #expect(DurationText.display(90, language: "vi") == "1 giờ 30 phút")
        #expect(DurationText.display(45, language: "en") == "45 min")
    }

    @Test func dates() {
        #expect(DateText.isValid("2024-02-29"))
        #expect(!DateText.isValid("2025-02-29"))
        #expect(!DateText.isValid("2025-13-01"))
        #expect(!DateText.isValid("16/04/2025"))
        #expect(DateText.display("2025-04-16", language: "vi") == "16/4/2025")
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "sumary", in: ["title", "summary"]) == "summary")
        #expect(Suggestion.closest(to: "zzz", in: ["title", "summary"]) == nil)
    }

    @Test func diagnosticsFormatAndSortStably() {
        var list = DiagnosticList()
        list.warning("b.code", "second", at: HocVuCore.SourceLocation(file: "a.md", line: 9, column: 1))
        list.error("a.code", "first", at: HocVuCore.SourceLocation(file: "a.md", line: 2, column: 5))
        #expect(list.sorted.map(\.formatted) == [
            "a.md:2:5: error[a.code]: first",
            "a.md:9:1: warning[b.code]: second",
        ])
        list.promoteWarnings()
        #expect(list.errorCount == 2)
    }
}

@Suite struct SuggestionTests {
    @Test func swappedLettersAreOneSlip() {
        #expect(Suggestion.hint(for: "titel", in: ["title", "summary"]) == " (did you mean 'title'?)")
        #expect(Suggestion.hint(for: "sumary", in: ["title", "summary"]) == " (did you mean 'summary'?)")
        #expect(Suggestion.hint(for: "xyz", in: ["title", "summary"]) == "")
    }
}
