import Foundation
import HocVuMarkdown

/// What the browser shows while the content has errors: every diagnostic as
/// the terminal prints it (file:line:column, the source line, the fix), in
/// the theme's stylesheet, reloading by itself once the author fixes it.
enum ErrorPage {
    static func html(report: String, errors: Int, language: String) -> String {
        let vietnamese = language.hasPrefix("vi")
        let title = vietnamese ? "Nội dung có \(errors) lỗi" : "The content has \(errors) error\(errors == 1 ? "" : "s")"
        let lead = vietnamese
            ? "Trang web chưa được dựng lại. Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại."
            : "The site was not rebuilt. Fix what is listed below and save: this page reloads by itself."
        let blocks = diagnostics(in: report).map { "<li><pre>\(HTMLEscape.text($0))</pre></li>" }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="\(HTMLEscape.text(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscape.text(title)) · hocvu serve</title>
            <link rel="stylesheet" href="\(ReloadScript.stylePath)">
            <link rel="stylesheet" href="\(path)">
            \(ReloadScript.tag)
            </head>
            <body>
            <main id="main" class="wrap serve-errors">
            <h1>\(HTMLEscape.text(title))</h1>
            <p>\(HTMLEscape.text(lead))</p>
            <ol class="serve-diagnostics">
            \(blocks)
            </ol>
            </main>
            </body>
            </html>

            """
    }

    /// The text report cut into diagnostics: each starts on a line that
    /// does not start with a space (its excerpt lines do).
    static func diagnostics(in report: String) -> [String] {
        var blocks: [[Substring]] = []
        for line in report.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == " " || line.first == "\t", !blocks.isEmpty {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        return blocks.map { $0.joined(separator: "\n") }
    }

    /// Where `css` is served.
    static let path = ReloadScript.prefix + "serve.css"

    /// What the theme's stylesheet lacks for this page: long report lines
    /// wrap instead of widening a phone's screen.
    static let css = """
        main.serve-errors { width: 100%; box-sizing: border-box; min-width: 0; }
        .serve-diagnostics { padding-left: 1.5rem; }
        .serve-diagnostics pre { white-space: pre-wrap; overflow-wrap: anywhere; }

        """
}
