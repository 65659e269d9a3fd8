import ArgumentParser
import HocVuBuild

@main
struct HocVu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hocvu",
        abstract: "Compile Markdown courses into a static learning portal.",
        discussion: """
            Examples:
              hocvu build                      # ./content → ./site, then open site/index.html
              hocvu check --strict             # every error and warning, nothing written
              echo '## Xin chào' | hocvu render
            """,
        version: BuildPipeline.version,
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self]
    )
}
