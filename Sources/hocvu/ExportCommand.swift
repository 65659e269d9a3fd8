import ArgumentParser
import Foundation
import HocVuBuild

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export each course for an LMS: Common Cartridge 1.1, Moodle GIFT and SCORM 1.2.",
        discussion: """
            Writes, per course, into the output folder:
              <course>.imscc      IMS Common Cartridge 1.1: lessons as pages,
                                  quizzes as QTI (Moodle: Restore course)
              <course>.gift       the quizzes as a Moodle question bank, one
                                  category per lesson (courses with a quiz)
              <course>.scorm.zip  SCORM 1.2: one SCO per lesson, reports
                                  completion and the quiz score

            Nothing is written when the content has an error. Other files in the folder are left alone.

            Examples:
              hocvu export         # ./content → ./exports
              hocvu export --out /tmp/lms --course an-toan-tren-mang
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The folder to write the packages to (created when missing).")
    var out = "exports"

    @Option(name: .customLong("course"), help: "Export only this course (repeat for more); every course by default.")
    var courses: [String] = []

    @Option(help: "Absolute URL of the site (overrides base_url in site.yml): links out of a course point there.")
    var baseURL: String?

    func run() throws {
        var options = common.buildOptions(output: out)
        options.baseURL = baseURL
        let report = ExportPipeline(options: options, courses: courses).run()
        let summary = report.build.status == .success
            ? "wrote \(report.written.count) files into \(out): \(report.written.joined(separator: ", "))"
            : report.written.isEmpty
                ? "nothing was written"
                : "only \(report.written.joined(separator: ", ")) were replaced before the error; the other files in \(out) are as before"
        try common.finish(report.build, summary: summary)
    }
}
