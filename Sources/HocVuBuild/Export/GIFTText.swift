/// GIFT's escaping: `~ = # { } :` and the backslash get a backslash, a line
/// break becomes `\n` (Moodle's exporter does the same).
public enum GIFTText {
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": out += "\\" + String(character)
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }
}
