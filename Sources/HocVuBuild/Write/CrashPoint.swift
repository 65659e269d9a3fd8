import Foundation

/// Named moments of the write stage where a test can kill the build
/// (`HOCVU_TEST_CRASH_AT=<name>`), to prove that a build killed at any moment
/// leaves the old site or the new one, never none or a mix.
enum CrashPoint: String, CaseIterable {
    /// The new site is complete in its temporary folder.
    case written
    /// Fallback swap: the old site moved aside, the new one not yet in place.
    case betweenRenames = "between-renames"
    /// The new site is in place; the old one not yet deleted.
    case swapped
    /// The zip is written beside its final name, not yet moved.
    case zipWritten = "zip-written"

    static let variable = "HOCVU_TEST_CRASH_AT"
    /// `<name>:<milliseconds>`: hold still there (with the lock held), so a
    /// test can start a second build against the same output.
    static let pauseVariable = "HOCVU_TEST_PAUSE_AT"
    /// A path: on reaching the pause, create `<path>.held`; end the pause as
    /// soon as `<path>` exists. Tests hand over on these files, not on sleeps,
    /// so a slow machine (or a sanitizer) cannot reorder the two builds.
    static let releaseVariable = "HOCVU_TEST_PAUSE_RELEASE"

    func reach() {
        let environment = ProcessInfo.processInfo.environment
        if let pause = environment[Self.pauseVariable], pause.hasPrefix(rawValue + ":"),
           let milliseconds = Int(pause.dropFirst(rawValue.count + 1)) {
            hold(milliseconds: milliseconds, release: environment[Self.releaseVariable])
        }
        if environment[Self.variable] == rawValue {
            kill(getpid(), SIGKILL)
        }
    }

    private func hold(milliseconds: Int, release: String?) {
        guard let release else {
            usleep(UInt32(clamping: min(milliseconds, 3_600_000)) * 1000)
            return
        }
        _ = FileManager.default.createFile(atPath: release + ".held", contents: nil)
        var waited = 0
        while waited < milliseconds && !FileManager.default.fileExists(atPath: release) {
            usleep(10_000)
            waited += 10
        }
    }
}
