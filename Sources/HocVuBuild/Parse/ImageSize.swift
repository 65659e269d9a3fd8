import Foundation
import HocVuCore

/// Width and height of an image file, read from its header (PNG, JPEG, GIF,
/// WebP) or its root element (SVG), so pages can reserve the space and not
/// jump while images load on a slow connection.
enum ImageSize {
    /// The extensions whose sizes are read; other files are never opened.
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    static func of(_ url: URL) -> (width: Int, height: Int)? {
        guard extensions.contains(url.pathExtension.lowercased()), let size = header(url), size.width > 0, size.height > 0 else { return nil }
        return size
    }

    private static func header(_ url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        // Headers are near the start; a large SVG's root element too.
        guard let data = try? handle.read(upToCount: 64 * 1024), !data.isEmpty else { return nil }
        let bytes = [UInt8](data)
        switch url.pathExtension.lowercased() {
        case "png": return png(bytes)
        case "jpg", "jpeg": return jpeg(bytes)
        case "gif": return gif(bytes)
        case "webp": return webp(bytes)
        case "svg": return svg(String(decoding: data, as: UTF8.self))
        default: return nil
        }
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    private static func be32(_ b: [UInt8], _ i: Int) -> Int { be16(b, i) << 16 | be16(b, i + 2) }
    private static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }

    static func png(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 24, b[0] == 0x89, b[1] == 0x50, b[12...15].elementsEqual("IHDR".utf8) else { return nil }
        return (be32(b, 16), be32(b, 20))
    }

    static func gif(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 10, b[0...2].elementsEqual("GIF".utf8) else { return nil }
        return (le16(b, 6), le16(b, 8))
    }

    static func webp(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 30, b[0...3].elementsEqual("RIFF".utf8), b[8...11].elementsEqual("WEBP".utf8) else { return nil }
        switch String(decoding: b[12...15], as: UTF8.self) {
        case "VP8X": return (1 + (Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16), 1 + (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16))
        case "VP8 ": return (le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF)
        case "VP8L":
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return (1 + bits & 0x3FFF, 1 + (bits >> 14) & 0x3FFF)
        default: return nil
        }
    }

    /// The first start-of-frame marker of a JPEG.
    static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (be16(b, i + 7), be16(b, i + 5))
            }
            i += 2 + be16(b, i + 2)
        }
        return nil
    }

    /// `width`/`height` of the root `<svg>` in pixels, else its `viewBox`.
    static func svg(_ text: String) -> (Int, Int)? {
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[start.upperBound..<end])
        func attribute(_ name: String) -> String? {
            guard let range = tag.range(of: #"(^|\s)"# + name + #"\s*=\s*["']([^"']*)["']"#, options: .regularExpression) else { return nil }
            let match = tag[range]
            guard let quote = match.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
            return String(match[match.index(after: quote)...].dropLast())
        }
        func pixels(_ value: String?) -> Int? {
            guard var value = value?.trimmingSpaces() else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            // Only sizes a page could use: no NaN, infinity or absurd values.
            guard let number = Double(value), number.isFinite, number > 0, number < 100_000 else { return nil }
            return Int(number.rounded())
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")), width > 0, height > 0 {
            return (width, height)
        }
        let box = (attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        if box.count == 4, box[2].isFinite, box[3].isFinite, box[2] >= 1, box[3] >= 1, box[2] < 100_000, box[3] < 100_000 {
            return (Int(box[2].rounded()), Int(box[3].rounded()))
        }
        return nil
    }
}
