import ArgumentParser
import HocVuBuild

@main
struct HocVu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hocvu",
        abstract: "Compile Markdown courses into a static learning portal.",
        version: BuildPipeline.version,
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self]
    )
}
