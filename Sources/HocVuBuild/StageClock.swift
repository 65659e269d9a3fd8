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
        FileHandle.standardError.write(Data(String(format: "hocvu: %-10@ %7.3f s\n", stage, Double(now - last) / 1e9).utf8))
        last = now
    }

    /// A line of other figures, in the same place.
    func note(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("hocvu: \(text())\n".utf8))
    }
}
