/// Vietnamese dictionary order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s
/// t u ư v x y, letters before tones, tones in the order ngang, huyền, hỏi,
/// ngã, sắc, nặng. Code-point order would put "Đ" after "Z" and "Ứ" far
/// from "U"; Foundation's locale collation is not available everywhere hocvu runs.
public enum VietnameseCollation {
    /// Primary weights: the letter with its vowel mark (breve, circumflex, horn).
    private static let letters: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: Int] = Dictionary(uniqueKeysWithValues: letters.enumerated().map { ($1, $0) })
    /// Tone marks, in dictionary order after the unmarked (ngang) form.
    private static let tones: [Unicode.Scalar: Int] = ["\u{0300}": 1, "\u{0309}": 2, "\u{0303}": 3, "\u{0301}": 4, "\u{0323}": 5]
    private static let vowelMarks: Set<Unicode.Scalar> = ["\u{0306}", "\u{0302}", "\u{031B}"]

    /// A sort key: letters (and digits, then other characters) first, tones
    /// second, case last, so "An" < "ăn" < "Ấn" < "Bà".
    public static func key(_ text: String) -> [Int] {
        var primary: [Int] = []
        var secondary: [Int] = []
        var tertiary: [Int] = []
        for character in VietnameseText.nfc(text) {
            let lower = character.lowercased()
            var base = ""
            var tone = 0
            for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                if let t = tones[scalar] {
                    tone = t
                } else {
                    base.unicodeScalars.append(scalar)
                }
            }
            base = base.precomposedStringWithCanonicalMapping
            if let rank = letterRank[base] {
                primary.append(2000 + rank)
            } else if let digit = base.first?.wholeNumberValue, base.count == 1 {
                primary.append(1000 + digit)
            } else if base.first?.isWhitespace == true {
                primary.append(1)  // words sort before longer words: "An toàn" < "Ann"
            } else {
                primary.append(3000 + Int(base.unicodeScalars.first.map { $0.value } ?? 0))
            }
            secondary.append(tone)
            tertiary.append(String(character) == lower ? 0 : 1)
        }
        return primary + [0] + secondary + [0] + tertiary
    }

    public static func precedes(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }

    public static func sorted<T>(_ items: [T], by title: (T) -> String) -> [T] {
        items.map { (key(title($0)), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }
}
