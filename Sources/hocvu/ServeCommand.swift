import ArgumentParser
import Foundation
import HocVuBuild
import HocVuServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the portal: build, serve on this computer, rebuild and reload on every save.",
        discussion: """
            The site is built into a private temporary folder (your site/ folder is not touched) and served at http://127.0.0.1:8000/ (under the path of base_url, when site.yml has one). Every change under the content folder or themes/ rebuilds it, and open pages reload. While the content has errors, pages show them (file:line:column and the fix) and come back by themselves once you fix them. Stop with Ctrl-C.

            Examples:
              hocvu serve
              hocvu serve --drafts --open
              hocvu serve --content ~/khoa-hoc --port 8080
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Other devices on your network can see the preview only with 0.0.0.0.")
    var host = "127.0.0.1"

    @Flag(help: "Include courses and lessons marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Open the preview in the web browser.")
    var open = false

    func run() async throws {
        var build = common.buildOptions(output: ".hocvu-serve")
        build.includeDrafts = drafts
        build.waitForOutput = true
        let themes = build.content.deletingLastPathComponent().appendingPathComponent("themes")
        var options = PreviewServer.Options(build: build, watched: [build.content])
        if FileManager.default.fileExists(atPath: themes.path) { options.watched.append(themes) }
        options.host = host
        options.port = port
        let common = common
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options) { outcome in
                let summary = outcome.report.status == .success
                    ? String(format: "built %d pages in %.2f s", outcome.report.pagesWritten, outcome.seconds)
                    : "the preview shows these errors until they are fixed"
                common.print(outcome.report, summary: summary)
                return common.plainText(outcome.report)
            }
        } catch {
            FileHandle.standardError.write(Data("hocvu: error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let address: String
        do {
            address = try await server.start()
        } catch {
            await server.stop()
            FileHandle.standardError.write(Data("hocvu: error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // stdout, one line: scripts and tests read the address from it.
        FileHandle.standardOutput.write(Data("Serving \(common.content) at \(address)\n".utf8))
        FileHandle.standardError.write(Data("hocvu: built in \(server.privateFolder.path) (removed when you stop); watching for changes; press Ctrl-C to stop\n".utf8))
        if open { Self.openBrowser(address) }

        let watching = Task { await server.watch() }
        await Self.waitForInterrupt()
        watching.cancel()
        await server.stop()
        FileHandle.standardError.write(Data("hocvu: stopped\n".utf8))
    }

    /// Returns on Ctrl-C (SIGINT) or SIGTERM.
    static func waitForInterrupt() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once(continuation)
            for number in [SIGINT, SIGTERM] {
                let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
                source.setEventHandler { once.resume() }
                source.resume()
                Once.keep(source)
            }
        }
    }

    static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("hocvu: could not open a browser; open \(address)\n".utf8))
        }
    }
}

/// Resumes a continuation once, from whichever signal comes first.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    func resume() {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume()
    }

    /// Signal sources live as long as the process.
    static func keep(_ source: any DispatchSourceSignal) {
        sources.append(source)
    }
}
