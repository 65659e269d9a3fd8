import Foundation

/// Wall time per pipeline stage, printed to stderr when `HOCVU_TIMINGS` is
/// set: where a build spends its time, for the benchmark and for authors
/// whose site builds slowly (issue 14).
struct StageClock {
    private let enabled = ProcessInfo.processInfo.environment["HOCVU_TIMINGS"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let line = String(format: "hocvu: %-10@ %7.3f s", stage, Double(now - last) / 1e9)
        FileHandle.standardError.write(Data((line + Self.memory() + "\n").utf8))
        last = now
    }

    /// Resident memory now and at its peak so far (Linux), to see which
    /// stage holds what.
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func field(_ name: String) -> String? {
            status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? "" }
        }
        guard let rss = field("VmRSS").flatMap(Int.init), let peak = field("VmHWM").flatMap(Int.init) else { return "" }
        return "  (memory \(rss / 1024) MiB, peak \(peak / 1024) MiB)"
    }

    /// A line of other figures, in the same place.
    func note(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("hocvu: \(text())\n".utf8))
    }
}
