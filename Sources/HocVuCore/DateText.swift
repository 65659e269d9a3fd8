/// Calendar dates as content writes them (`YYYY-MM-DD`) and as pages show them.
public enum DateText {
    public static func isValid(_ text: String) -> Bool {
        parts(text) != nil
    }

    static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]),
              (1...12).contains(m), d >= 1
        else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days ? (y, m, d) : nil
    }

    /// "16/4/2025" in Vietnamese, "16 April 2025" in English.
    public static func display(_ text: String, language: String) -> String {
        guard let (y, m, d) = parts(text) else { return text }
        if language.hasPrefix("vi") { return "\(d)/\(m)/\(y)" }
        let months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]
        return "\(d) \(months[m - 1]) \(y)"
    }
}
