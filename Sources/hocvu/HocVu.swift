import ArgumentParser
import Foundation
import HocVuBuild

@main
struct HocVu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hocvu",
        abstract: "Compile Markdown courses into a static learning portal.",
        discussion: """
            Examples:
              hocvu init cong-hoc-tap # a new portal to start from
              hocvu build             # ./content → ./site; open site/index.html
              hocvu check --strict    # every error and warning, nothing written
              hocvu export            # each course for an LMS, into ./exports
              hocvu serve             # preview at http://127.0.0.1:8000/, reloads on save
              hocvu new lesson "Mật khẩu an toàn"
              echo '## Xin chào' | hocvu render
            """,
        version: BuildPipeline.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, ExportCommand.self, RenderCommand.self]
    )

    /// As the default, except that a bad flag exits with 2 (CONTENT-FORMAT.md
    /// §7), not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
