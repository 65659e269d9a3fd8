import Foundation

/// Vietnamese-aware text folding: the one place that decides how text becomes
/// ASCII, shared by heading ids, link fragments, URLs and (later) search.
public enum VietnameseText {
    /// Unicode NFC, the form all content is normalised to before anything else.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// Removes diacritics (tones and vowel marks) and maps đ/Đ to d/D.
    /// "Câu hỏi ôn tập" → "Cau hoi on tap".
    public static func foldDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining diacritical marks
            case 0x0111: out.append("d")
            case 0x0110: out.append("D")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension VietnameseText {
    /// The form two answers are compared in: NFC, trimmed, runs of white space
    /// as one space, case and diacritics folded. "  Một  MỘT ba" → "mot mot ba".
    /// The quiz script (themes/default/assets/quiz.js) does the same in the browser.
    public static func comparisonKey(_ text: String) -> String {
        let words = foldDiacritics(nfc(text)).lowercased().split(whereSeparator: \.isWhitespace)
        return words.joined(separator: " ")
    }
}
