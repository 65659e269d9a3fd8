import Testing

@testable import HocVuMarkdown

/// A choice's blocks inside a <label>: only phrasing content may stay.
@Suite struct QuizPhrasingTests {
    @Test func blocksInAChoiceBecomeSpansAndKeepTheirNumbers() {
        #expect(QuizPhrasing.html("a<ol start=\"3\">\n<li>ba</li>\n<li>bốn</li>\n</ol>")
                == "a<span class=\"quiz-block quiz-ol\">\n<span class=\"quiz-block quiz-li\"><span class=\"quiz-num\">3.</span> ba</span>\n<span class=\"quiz-block quiz-li\"><span class=\"quiz-num\">4.</span> bốn</span>\n</span>")
        // Raw HTML (allow_raw_html): anything but phrasing becomes a span; a void one is dropped.
        #expect(QuizPhrasing.html("<details><summary>x</summary><div-card>y</div-card><input type=\"text\"><em>z</em></details>")
                == "<span class=\"quiz-block quiz-details\"><span class=\"quiz-block quiz-summary\">x</span><span class=\"quiz-block quiz-div-card\">y</span><em>z</em></span>")
    }
}
