import Foundation

/// Vietnamese-aware text folding: the one place that decides how text becomes
/// ASCII, shared by heading ids, link fragments, URLs and (later) search.
public enum VietnameseText {
    /// Unicode NFC, the form all content is normalised to before anything else.
    public static func nfc(_ text: String) -> String {
        mayChangeUnderNFC(text) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether NFC could change the text: it has combining marks, or
    /// characters outside Latin and Vietnamese that compose or have canonical
    /// singletons. Most content is precomposed already, and NFC (Foundation,
    /// through NSString on Linux) is costly.
    public static func mayChangeUnderNFC(_ text: String) -> Bool {
        // By UTF-8 lead bytes: below U+0300 every character is one or two
        // bytes with a lead under 0xCC; Vietnamese letters (U+1E00–U+1EFF)
        // are E1 B8–BB; most punctuation (U+2002–U+206F) is E2 80–81.
        var bytes = text.utf8.makeIterator()
        while let lead = bytes.next() {
            if lead < 0xCC { continue }
            if lead < 0xE0 { return true }
            guard lead < 0xF0, let second = bytes.next() else { return true }
            switch (lead, second) {
            case (0xE1, 0xB8...0xBB): break
            case (0xE2, 0x80...0x81):
                // U+2000 and U+2001 have canonical singletons (U+2002, U+2003).
                guard let third = bytes.next() else { return true }
                if second == 0x80 && third < 0x82 { return true }
                continue
            default: return true
            }
            _ = bytes.next()
        }
        return false
    }

    /// Removes diacritics (tones and vowel marks) and maps đ/Đ to d/D.
    /// "Câu hỏi ôn tập" → "Cau hoi on tap".
    public static func foldDiacritics(_ text: String) -> String {
        // Latin and Vietnamese letters through a table made once; anything
        // else through Unicode decomposition.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var fast = String.UnicodeScalarView()
        var known = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0xC0 {
                if v < 0x80 || v >= 0xA0 { fast.append(scalar) } else { known = false; break }
            } else if (0x0300...0x036F).contains(v) {
                continue
            } else if let folded = foldedLetters[v] {
                fast.append(contentsOf: folded.unicodeScalars)
            } else {
                known = false
                break
            }
        }
        return known ? String(fast) : slowFold(text)
    }

    /// Every Latin and Vietnamese letter (U+00C0–U+024F, U+1E00–U+1EFF)
    /// folded the slow way, once.
    private static let foldedLetters: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for v in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            table[UInt32(v)] = slowFold(String(Character(scalar)))
        }
        return table
    }()

    private static func slowFold(_ text: String) -> String {
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
