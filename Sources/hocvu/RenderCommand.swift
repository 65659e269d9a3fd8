import ArgumentParser
import Foundation
import HocVuCore
import HocVuMarkdown

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Markdown from standard input to HTML on standard output.",
        discussion: """
            Examples:
              echo '# Xin chào' | hocvu render
              hocvu render --commonmark < bai-hoc.md
            """
    )

    @Flag(help: "Plain CommonMark: no hocvu extensions, raw HTML kept, exactly cmark's output.")
    var commonmark = false

    @Flag(help: "Keep raw HTML instead of dropping it with a warning.")
    var allowRawHTML = false

    func run() throws {
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        if commonmark {
            FileHandle.standardOutput.write(Data(MarkdownRenderer.commonMark(input).utf8))
            return
        }
        var options = MarkdownOptions()
        options.allowRawHTML = allowRawHTML
        let source = MarkdownSource(path: "<stdin>", text: VietnameseText.nfc(input), firstLine: 1)
        let result = MarkdownRenderer(options: options).render(source)
        FileHandle.standardOutput.write(Data(result.html.utf8))
        for diagnostic in result.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw ExitCode(1)
        }
    }
}
