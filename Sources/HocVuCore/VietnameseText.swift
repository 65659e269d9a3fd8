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
