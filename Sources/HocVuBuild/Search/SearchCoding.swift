/// The compact encodings of the search files (docs/THEME.md, "Search"):
/// numbers as base-32 digits with a continuation flag, doc lists as gaps
/// between ascending numbers or as a bitmap, whichever is shorter, and JSON
/// strings safe inside a script.
enum SearchCoding {
    /// 64 characters that need no escaping in JSON, a URL or a file name:
    /// the first 32 end a number, the last 32 continue it.
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_".utf8)

    /// A number, most significant 5 bits first.
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        var digits: [UInt8] = [alphabet[value & 31]]
        var rest = value >> 5
        while rest > 0 {
            digits.append(alphabet[32 + (rest & 31)])
            rest >>= 5
        }
        out.append(contentsOf: digits.reversed())
    }

    /// Ascending doc numbers as gaps: the first number, then each difference.
    static func gaps(_ docs: [Int32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(docs.count * 2)
        var previous: Int32 = 0
        for (i, doc) in docs.enumerated() {
            appendNumber(Int(i == 0 ? doc : doc - previous), to: &out)
            previous = doc
        }
        return out
    }

    /// A doc list, "d" + gaps or "b" + a bitmap (6 docs a character, the
    /// lowest doc number in the lowest bit), whichever is shorter.
    static func docList(_ docs: [Int32]) -> [UInt8] {
        let gapped = gaps(docs)
        guard let last = docs.last, Int(last) / 6 + 1 < gapped.count else { return Array("d".utf8) + gapped }
        var sextets = [UInt8](repeating: 0, count: Int(last) / 6 + 1)
        for doc in docs { sextets[Int(doc) / 6] |= 1 << UInt8(Int(doc) % 6) }
        return Array("b".utf8) + sextets.map { alphabet[Int($0)] }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and
    /// what a script must not contain ("</", U+2028, U+2029).
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var previous: UInt8 = 0
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: Array("\\\"".utf8))
            case UInt8(ascii: "\\"): out.append(contentsOf: Array("\\\\".utf8))
            case UInt8(ascii: "\n"): out.append(contentsOf: Array("\\n".utf8))
            case UInt8(ascii: "\t"): out.append(contentsOf: Array("\\t".utf8))
            case UInt8(ascii: "/") where previous == UInt8(ascii: "<"): out.append(contentsOf: Array("\\/".utf8))
            case 0 ..< 0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(contentsOf: Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                i += 2
            default: out.append(byte)
            }
            previous = byte
            i += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A shard's name in a file name: a-z and 0-9 as they are, any other
    /// character as its hexadecimal code point between "_".
    static func fileName(_ key: String) -> String {
        var name = ""
        for scalar in key.unicodeScalars {
            if (0x30 ... 0x39).contains(scalar.value) || (0x61 ... 0x7A).contains(scalar.value) || scalar == "-" {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return name
    }
}
