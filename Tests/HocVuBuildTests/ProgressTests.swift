import Foundation
import HocVuBuild
import Testing

/// The progress line: what the stages tell, and that it stays off the
/// output of CI (stderr not a terminal).
@Suite struct ProgressTests {
    final class Seen: @unchecked Sendable {
        let lock = NSLock()
        var states: [BuildProgress.State] = []
        func add(_ state: BuildProgress.State) {
            lock.lock()
            states.append(state)
            lock.unlock()
        }
    }

    @Test func eachStageCountsUpToItsTotal() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let seen = Seen()
        var options = BuildOptions(content: site.content, contentDisplay: "content", output: site.root.appendingPathComponent("site"))
        options.progress = BuildProgress(interval: 0) { seen.add($0) }
        #expect(BuildPipeline(options: options).run().status == .success)
        let stages = seen.states.map(\.stage).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(stages == ["parsing", "indexing for search", "writing pages"])
        for stage in stages {
            let last = try #require(seen.states.last { $0.stage == stage })
            #expect(last.total != nil && last.done == last.total, "\(stage): \(last.done) of \(last.total ?? -1)")
        }
    }

    @Test func noProgressLineWhenStderrIsNotATerminal() throws {
        let site = try TempSite(minimalSite)
        defer { site.remove() }
        let result = try HocvuProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\u{1B}[2K") && !result.stderr.contains("\r"))
    }
}
