import ArgumentParser
import Foundation
import HocVuBuild

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new portal: site.yml, a course of two lessons, a page, a news item, .gitignore and a CI workflow.",
        discussion: """
            Examples:
              hocvu init cong-hoc-tap && cd cong-hoc-tap && hocvu serve
              hocvu init portal --language en
            """
    )

    @Argument(help: "The folder to create the portal in; it must be empty or not exist yet.")
    var folder = "."

    @Option(help: ArgumentHelp("The portal's content language, written to site.yml.", valueName: "vi|en"))
    var language = "vi"

    func run() throws {
        guard PortalTemplate.languages.contains(language) else {
            throw ValidationError("--language is vi or en, not '\(language)'")
        }
        let root = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { Self.fail("'\(folder)' is a file, not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            guard entries.isEmpty else {
                Self.fail("'\(folder)' is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); hocvu init writes only into an empty or new folder")
            }
        }
        let template = PortalTemplate(language: language, today: NewItem.today())
        do {
            try ScaffoldFile.write(template.files, under: root)
        } catch {
            Self.fail("\(error)")
        }
        for file in template.files { print("created \(folder == "." ? "" : folder + "/")\(file.path)") }
        let enter = folder == "." ? "" : "cd \(folder) && "
        FileHandle.standardError.write(Data("hocvu: a new portal is ready; next: \(enter)hocvu serve\n".utf8))
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hocvu: error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
