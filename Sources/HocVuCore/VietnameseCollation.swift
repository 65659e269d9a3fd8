import Foundation

/// Vietnamese dictionary order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s
/// t u ư v x y, letters before tones, tones in the order ngang, huyền, hỏi,
/// ngã, sắc, nặng. Code-point order would put "Đ" after "Z" and "Ứ" far from
/// "U"; Foundation's locale-aware comparison (ICU's Vietnamese rules, shipped
/// with the Swift toolchain on Linux too) knows the real order.
public enum VietnameseCollation {
    private static let locale = Locale(identifier: "vi_VN")

    public static func precedes(_ a: String, _ b: String) -> Bool {
        let order = a.compare(b, options: [], range: nil, locale: locale)
        // Equal under the collation (only case may differ): code points decide,
        // so the order never depends on the input order.
        return order == .orderedSame ? a < b : order == .orderedAscending
    }

    public static func sorted<T>(_ items: [T], by title: (T) -> String) -> [T] {
        items.map { (title($0), $0) }.sorted { precedes($0.0, $1.0) }.map(\.1)
    }
}
