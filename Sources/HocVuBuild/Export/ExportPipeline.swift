import Foundation
import HocVuCore
import HocVuMarkdown

/// `hocvu export`: the build's load, parse and check stages, then per course
/// an IMS Common Cartridge 1.1 (`<course>.imscc`), a Moodle GIFT question
/// bank (`<course>.gift`) and a SCORM 1.2 package (`<course>.scorm.zip`).
/// Everything is made in memory first; nothing is written when there is an
/// error. Files of the output folder that hocvu does not make are left alone.
public struct ExportPipeline {
    public let options: BuildOptions
    /// Course ids to export; empty means every course.
    public let courses: [String]

    public init(options: BuildOptions, courses: [String] = []) {
        self.options = options
        self.courses = courses
    }

    public struct Report: Sendable {
        public var build: BuildReport
        /// Names of the files written, relative to the output folder.
        public var written: [String] = []
    }

    public func run() -> Report {
        var report = Report(build: BuildReport(status: .success, diagnostics: DiagnosticList()))
        let pipeline = BuildPipeline(options: options)
        guard let prepared = pipeline.prepare(&report.build, forExport: true) else { return report }
        var diagnostics = report.build.diagnostics
        let site = prepared.site

        var chosen = site.courses
        if !courses.isEmpty {
            let known = site.courses.map(\.slug)
            for id in courses where !known.contains(id) {
                diagnostics.error("usage.course", "there is no course '\(id)'\(Suggestion.hint(for: id, in: known))",
                                  at: SourceLocation(file: options.contentDisplay + "/courses/" + id))
            }
            chosen = site.courses.filter { courses.contains($0.slug) }
        }
        if let problem = outputProblem() {
            diagnostics.error("usage.output", problem, at: SourceLocation(file: options.output.path))
        }
        guard !diagnostics.hasErrors else {
            report.build.diagnostics = diagnostics
            report.build.status = .usageError
            return report
        }

        // Lessons without their quiz forms, for the cartridge (quizzes go in
        // as QTI): rendered by the same parse, fragments already rewritten.
        let plainPages = prepared.pages.mapValues { page in
            var plain = page
            plain.markdown.html = page.markdown.htmlWithoutQuizForms ?? page.markdown.html
            return plain
        }
        let assets = themeAssets(prepared.theme)
        let quizLabel = prepared.theme.strings["quiz_check"] ?? "Quiz"

        var outputs: [(name: String, write: (URL) throws -> Void)] = []
        var stale: [String] = []
        let contained = ContainedPath(roots: [options.content])
        for course in chosen {
            let cartridge = CoursePackage(
                course: course, site: site, index: prepared.index, pages: plainPages, contentRoot: options.content)
            let scorm = CoursePackage(
                course: course, site: site, index: prepared.index, pages: prepared.pages, contentRoot: options.content,
                extraFiles: Set(assets.keys).union([SCORMRuntime.path]))
            var seen: Set<String> = []
            for (source, target) in cartridge.outside + scorm.outside where seen.insert(source.path + " " + target).inserted {
                diagnostics.warning(
                    "export.outside-link",
                    "the link to '\(target)' leaves course '\(course.slug)' and will not work inside an LMS; set base_url in site.yml so exports link to the site",
                    at: Self.locate(target, in: source))
            }
            let cc = CommonCartridge(package: cartridge, quizLabel: quizLabel)
            outputs.append(("\(course.slug).imscc", { try Self.zip(cc.entries(), files: cartridge.files, from: contained, to: $0) }))

            let gift = GIFTQuestionBank(package: cartridge).write()
            for (question, why) in gift.skipped {
                diagnostics.warning("export.gift-skipped", "this question is left out of the GIFT file: \(why)", at: question.location)
            }
            var reported: Set<String> = []
            for (question, target) in gift.outside where reported.insert(target).inserted {
                diagnostics.warning(
                    "export.outside-link",
                    "'\(target)' in this question cannot be shown from a GIFT file; set base_url in site.yml so it links to the site",
                    at: question.location)
            }
            if cartridge.pages.contains(where: { !$0.quizzes.isEmpty }) {
                outputs.append(("\(course.slug).gift", { try AtomicFile.write(Data(gift.text.utf8), to: $0) }))
            } else {
                // A course without quizzes has no question bank; an old one would mislead.
                stale.append("\(course.slug).gift")
            }
            let package = SCORMPackage(package: scorm, passPercent: site.config.quizPassPercent, assets: assets)
            outputs.append(("\(course.slug).scorm.zip", { try Self.zip(package.entries(), files: scorm.files, from: contained, to: $0) }))
        }
        if options.strict { diagnostics.promoteWarnings() }
        report.build.diagnostics = diagnostics
        guard !diagnostics.hasErrors else {
            report.build.status = .contentErrors
            return report
        }

        do {
            try FileManager.default.createDirectory(at: options.output, withIntermediateDirectories: true)
            for output in outputs {
                try output.write(options.output.appendingPathComponent(output.name))
                report.written.append(output.name)
            }
            for name in stale {
                try? FileManager.default.removeItem(at: options.output.appendingPathComponent(name))
            }
            // The cache keeps what this export used, nothing older.
            prepared.cache?.sweep()
            BuildPipeline.noteCache(prepared.cache, in: &report.build)
        } catch {
            report.build.diagnostics.error("output.write", "\(error)", at: SourceLocation(file: options.output.path))
            report.build.status = .usageError
        }
        return report
    }

    /// Where a link to `target` is written: the first line naming the page's
    /// folder or the file (links are written to `.md` files, so the output
    /// path itself is not in the text); the file alone when not found.
    static func locate(_ target: String, in source: MarkdownSource) -> SourceLocation {
        let parts = target.split(separator: "/")
        guard let needle = (target.hasSuffix("/index.html") ? parts.dropLast().last : parts.last).map(String.init) else {
            return SourceLocation(file: source.path)
        }
        for (n, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return SourceLocation(file: source.path, line: source.firstLine + n,
                                      column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: source.path)
    }

    /// The theme's stylesheet and quiz script, compacted as the site has them.
    private func themeAssets(_ theme: Theme) -> [String: Data] {
        var assets: [String: Data] = [:]
        for asset in theme.assets where ["assets/style.css", "assets/quiz.js"].contains(asset.output) {
            guard let text = String(data: asset.data(), encoding: .utf8) else { continue }
            assets[asset.output] = Data(AssetCompactor.compact(text, script: asset.output.hasSuffix(".js")).utf8)
        }
        return assets
    }

    /// Course files are read only from inside the content folder (`ContainedPath`).
    private static func zip(_ entries: [String: Data], files: [String: URL], from contained: ContainedPath, to archive: URL) throws {
        let paths = Set(entries.keys).union(files.keys)
        try DeterministicZip.write(paths: Array(paths), to: archive) { path in
            if let data = entries[path] { return data }
            guard let url = files[path] else { return Data() }
            return try contained.read(url)
        }
    }

    /// Exports beside the content are fine; inside it they would become course files.
    private func outputProblem() -> String? {
        let content = options.content.standardizedFileURL.resolvingSymlinksInPath().path
        let output = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        if output == content || output.hasPrefix(content + "/") {
            return "the export folder '\(options.output.path)' is inside the content folder; choose a folder outside it"
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "'\(options.output.path)' is a file, not a folder"
        }
        return nil
    }
}
