import Foundation
import HocVuCore

/// Reads a content file as text: strict UTF-8 (an invalid byte is reported
/// with its line and column), BOM removed, normalised to NFC.
enum SourceText {
    static func read(_ url: URL, path: String, diagnostics: inout DiagnosticList) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error("file.unreadable", "cannot read this file", at: SourceLocation(file: path))
            return nil
        }
        return decode(data, path: path, diagnostics: &diagnostics)
    }

    static func decode(_ data: Data, path: String, diagnostics: inout DiagnosticList) -> String? {
        guard var text = String(validating: data, as: UTF8.self) else {
            diagnostics.error(
                "file.not-utf8", "this file is not UTF-8 text; save it as UTF-8 in your editor",
                at: firstInvalidByte(in: data, path: path))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Windows (CRLF) and old Mac (CR) line ends become LF: Swift counts
        // "\r\n" as one character, and every position is counted in lines.
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return VietnameseText.nfc(text)
    }

    private static func firstInvalidByte(in data: Data, path: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count
                && bytes[(i + 1)..<(i + length)].allSatisfy { $0 >> 6 == 0b10 }
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                return SourceLocation(file: path, line: line, column: column)
            }
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        return SourceLocation(file: path, line: 1, column: 1)
    }

    /// Whether the text is only white space (stops at the first other character).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Cuts `---` front matter off a Markdown file. The body keeps the file
    /// line it starts on, so cmark positions map back to file lines. Lines
    /// are found by bytes and the body is one slice: only the front matter's
    /// few lines are looked at, however long the lesson.
    static func splitFrontMatter(_ text: String, path: String, contentPath: String, diagnostics: inout DiagnosticList)
        -> (yaml: String?, body: MarkdownSource)
    {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var number = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if number == 1 {
                guard isMarker(line, "---") else {
                    return (nil, MarkdownSource(path: path, contentPath: contentPath, text: text, firstLine: 1))
                }
                yamlStart = next
            } else if let start = yamlStart, isMarker(line, "---") || isMarker(line, "...") {
                // The YAML without its last line end, as the lines joined by "\n" were.
                let yamlEnd = lineStart > start ? bytes.index(before: lineStart) : start
                return (String(text[start..<yamlEnd]),
                        MarkdownSource(path: path, contentPath: contentPath, text: String(text[next...]), firstLine: number + 1))
            }
            if lineEnd == bytes.endIndex { break }
            lineStart = next
            number += 1
        }
        guard yamlStart != nil else {
            return (nil, MarkdownSource(path: path, contentPath: contentPath, text: text, firstLine: 1))
        }
        diagnostics.error(
            "frontmatter.unclosed", "front matter starts with '---' but has no closing '---' line",
            at: SourceLocation(file: path, line: 1, column: 1))
        return (nil, MarkdownSource(path: path, contentPath: contentPath, text: "", firstLine: number))
    }

    /// A line that is `marker` with spaces or tabs around it.
    private static func isMarker(_ line: Substring, _ marker: String) -> Bool {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
            return false
        }
        return bytes[first...last].elementsEqual(marker.utf8)
    }
}
