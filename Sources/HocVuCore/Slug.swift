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
}
