import ArgumentParser
import Foundation
import HocVuBuild

extension NewItem.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a course, lesson, page or news item, its front matter filled in.",
        discussion: """
            The file is named after the title without its accents ("Mật khẩu an toàn" → mat-khau-an-toan); a lesson is numbered after the last one of its course; news is dated today. An existing file is never overwritten.

            Examples:
              hocvu new course "Dùng điện thoại an toàn"
              hocvu new lesson "Mật khẩu an toàn" --course dung-dien-thoai-an-toan
              hocvu new page "Hỏi đáp"
              hocvu new news "Ngày hội học tập số"
            """
    )

    @Argument(help: ArgumentHelp("What to create.", valueName: "course|lesson|page|news"))
    var kind: NewItem.Kind

    @Argument(help: "The title, with its accents.")
    var title: String

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The course a lesson belongs to (its folder name); needed when there is more than one course.")
    var course: String?

    func run() throws {
        let root = URL(fileURLWithPath: content, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) else {
            InitCommand.fail("'\(content)' has no site.yml; start a portal with hocvu init, or give --content")
        }
        do {
            let file = try NewItem(kind: kind, title: title, course: course, today: NewItem.today()).file(content: root)
            try ScaffoldFile.write([file], under: root)
            print("\(content)/\(file.path)")
        } catch {
            InitCommand.fail("\(error)")
        }
    }
}
