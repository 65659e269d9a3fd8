import Foundation

/// Durations as authors write them (`90m`, `1h30m`, `2h`) and as pages show them.
public enum DurationText {
    /// Minutes, or nil when the text is not a duration.
    public static func parse(_ text: String) -> Int? {
        var minutes = 0
        var number = ""
        var sawUnit = false
        for c in text.trimmingSpaces() {
            if c.isASCII && c.isNumber {
                number.append(c)
            } else if c == "h" || c == "m", let value = Int(number) {
                minutes += c == "h" ? value * 60 : value
                number = ""
                sawUnit = true
            } else {
                return nil
            }
        }
        return sawUnit && number.isEmpty && minutes > 0 ? minutes : nil
    }

    /// "1 giờ 30 phút" / "1 h 30 min".
    public static func display(_ minutes: Int, language: String) -> String {
        let (hourWord, minuteWord) = language.hasPrefix("vi") ? ("giờ", "phút") : ("h", "min")
        let h = minutes / 60, m = minutes % 60
        switch (h, m) {
        case (0, _): return "\(m) \(minuteWord)"
        case (_, 0): return "\(h) \(hourWord)"
        default: return "\(h) \(hourWord) \(m) \(minuteWord)"
        }
    }
}
