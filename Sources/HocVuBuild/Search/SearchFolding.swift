import Foundation

/// Words as the theme's search script sees them (`assets/search.js`): a word
/// is a run of characters whose folded form is in `[0-9a-z\u00c0-\u024f\u1e00-\u1eff]`;
/// folded is lower case with the marks removed and đ → d ("Mật" → "mat"); the
/// lower-case form keeps the marks ("mật"), so that a query typed with marks
/// can prefer them. Both must agree with the script character for character,
/// or the index would miss what the script highlights.
enum SearchFolding {
    /// A scalar's lower-case form and its folded form (0: not part of a word).
    struct Letter {
        var lower: UInt32
        var folded: UInt32
    }

    private static let latinRange: Range<UInt32> = 0xC0 ..< 0x250
    private static let extendedRange: Range<UInt32> = 0x1E00 ..< 0x1F00

    /// Built once from the Unicode data (Foundation only here, on ~660
    /// scalars, never on the text itself).
    private static let latin: [Letter] = latinRange.map(makeLetter)
    private static let extended: [Letter] = extendedRange.map(makeLetter)

    private static func isWordScalar(_ value: UInt32) -> Bool {
        (0x30 ... 0x39).contains(value) || (0x61 ... 0x7A).contains(value) || latinRange.contains(value)
            || extendedRange.contains(value)
    }

    /// As the script's `foldChar` and `prepareText`: the first scalar of the
    /// canonical decomposition, lower-cased when that stays one UTF-16 unit.
    private static func makeLetter(_ value: UInt32) -> Letter {
        guard let scalar = Unicode.Scalar(value) else { return Letter(lower: value, folded: 0) }
        func single(_ text: String) -> UInt32? {
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 1, scalars[0].value < 0x10000 else { return nil }
            return scalars[0].value
        }
        let lower = single(String(scalar).lowercased()) ?? value
        if value == 0x111 || value == 0x110 { return Letter(lower: lower, folded: 0x64) }
        let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        let folded = single(String(first).lowercased()) ?? 0
        return Letter(lower: lower, folded: isWordScalar(folded) ? folded : 0)
    }

    @inline(__always)
    static func letter(of value: UInt32) -> Letter {
        if value < 0x80 {
            let lower = (0x41 ... 0x5A).contains(value) ? value + 0x20 : value
            return Letter(lower: lower, folded: isWordScalar(lower) ? lower : 0)
        }
        if latinRange.contains(value) { return latin[Int(value - latinRange.lowerBound)] }
        if extendedRange.contains(value) { return extended[Int(value - extendedRange.lowerBound)] }
        // Kelvin and Ångström signs decompose to K and Å.
        if value == 0x212A { return Letter(lower: 0x6B, folded: 0x6B) }
        if value == 0x212B { return Letter(lower: 0xE5, folded: 0x61) }
        return Letter(lower: value, folded: 0)
    }

    /// JavaScript's `\s`: the gap between the words of a phrase.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09 ... 0x0D, 0x20, 0xA0, 0x1680, 0x2000 ... 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The words of `text` in order: lower case with marks, folded, and
    /// whether only white space separates it from the word before (a phrase).
    static func words(in text: String, _ visit: (_ lower: String, _ folded: String, _ joined: Bool) -> Void) {
        var text = text
        // The script composes marks typed as separate characters first.
        if text.unicodeScalars.contains(where: { (0x300 ... 0x36F).contains($0.value) }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        var lower: [UInt8] = []
        var folded: [UInt8] = []
        lower.reserveCapacity(32)
        folded.reserveCapacity(32)
        var any = false
        var gapIsSpace = true
        func finish() {
            guard !folded.isEmpty else { return }
            visit(String(decoding: lower, as: UTF8.self), String(decoding: folded, as: UTF8.self), any && gapIsSpace)
            lower.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
            any = true
            gapIsSpace = true
        }
        for scalar in text.unicodeScalars {
            // An astral character is two UTF-16 units, which the script folds to " ".
            let letter = scalar.value < 0x10000 ? letter(of: scalar.value) : Letter(lower: scalar.value, folded: 0)
            if letter.folded != 0 {
                append(letter.lower, to: &lower)
                append(letter.folded, to: &folded)
            } else {
                finish()
                if !isSpace(scalar.value) { gapIsSpace = false }
            }
        }
        finish()
    }

    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0 ..< 0x80:
            bytes.append(UInt8(value))
        case 0x80 ..< 0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800 ..< 0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
