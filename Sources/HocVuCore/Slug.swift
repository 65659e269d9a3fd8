/// Slugs for heading ids and fragments (CONTENT-FORMAT.md §3): diacritics
/// folded (`đ` → `d`), lowercased, every run of other characters → `-`.
public enum Slug {
    public static func make(_ text: String) -> String {
        let folded = VietnameseText.foldDiacritics(text).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let isASCIIAlnum = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isASCIIAlnum {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Whether a file or folder name is already a valid slug (§1):
    /// lowercase ASCII letters, digits and `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    /// The ids GitHub (and mdBook, and most forges) give a page's headings, in
    /// order: lowercased, every character but letters, marks, digits, `_`,
    /// `-` and spaces dropped, each space a `-` (so `the + operator` is
    /// `the--operator`, `Rc<T>` is `rct`); a repeat gets `-1`, `-2`.
    public static func forgeIDs(_ headings: [String]) -> [String] {
        var occurrences: [String: Int] = [:]
        return headings.map { text in
            var base = ""
            for scalar in text.lowercased().unicodeScalars {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                    base.unicodeScalars.append(scalar)
                default:
                    if scalar == " " { base += "-" } else if scalar == "-" || scalar == "_" { base.unicodeScalars.append(scalar) }
                }
            }
            var id = base
            if let seen = occurrences[base] {
                var n = seen
                repeat {
                    n += 1
                    id = "\(base)-\(n)"
                } while occurrences[id] != nil
                occurrences[base] = n
            }
            occurrences[id] = 0
            return id
        }
    }
}
