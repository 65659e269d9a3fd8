import Foundation

/// Sizes as authors read them ("2 MB", "64 KB"), and as site.yml's `limits:` writes them.
public enum ByteSize {
    public static func text(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let mb = Double(bytes) / 1_048_576
            return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.1f MB", mb)
        }
        if bytes >= 1024 {
            let kb = Double(bytes) / 1024
            return kb == kb.rounded() ? "\(Int(kb)) KB" : String(format: "%.1f KB", kb)
        }
        return "\(bytes) bytes"
    }

    /// A size as a learner reads it before a download: "1,2 MB" in Vietnamese
    /// (decimal comma), "1.2 MB" in English; kilobytes whole, never "bytes".
    public static func display(_ bytes: Int, language: String) -> String {
        let text: String
        if bytes >= 1_048_576 {
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            text = tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        } else {
            text = "\(max(1, (bytes + 512) / 1024)) KB"
        }
        return language.hasPrefix("vi") ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "4 MB", "512KB", "4mb" → bytes; nil for anything else.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces().uppercased()
        for (unit, factor) in [("MB", 1_048_576), ("KB", 1024)] where trimmed.hasSuffix(unit) {
            let number = trimmed.dropLast(unit.count).trimmingSpaces()
            guard let value = Double(number), value > 0, value.isFinite, value <= 1024 else { return nil }
            return Int(value * Double(factor))
        }
        return nil
    }
}
