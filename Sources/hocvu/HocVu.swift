import ArgumentParser

@main
struct HocVu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hocvu",
        abstract: "Compile Markdown courses into a static learning portal.",
        version: "0.1.0",
        subcommands: [RenderCommand.self]
    )
}
