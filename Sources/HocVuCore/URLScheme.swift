/// The scheme of a URL as written in Markdown (`https`, `mailto`, `javascript`…),
/// or nil for a relative reference such as `02-bai.md` or `../a.png`.
public enum URLScheme {
    public static func of(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(candidate)
    }
}
