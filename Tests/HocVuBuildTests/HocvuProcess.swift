import Foundation

/// The `hocvu` executable run as a separate process, for what only a process
/// can show: being killed, two builds at once, the umask, stderr text.
struct HocvuProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed by a signal (the crash-point hook), not exited.
        var killed: Bool
    }

    /// Next to the test bundle (`swift test` builds it), else the checkout's debug build.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("hocvu"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("hocvu"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/hocvu"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    let process = Process()
    private let out = Pipe()
    private let err = Pipe()

    /// Starts `hocvu ARGS` in `folder`; `shell` wraps it (`umask 077; …`).
    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:], shell: String? = nil) throws {
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        // The build cache and its key beside the test's folders, not in the user's home.
        env["XDG_CACHE_HOME"] = folder.appendingPathComponent(".test-cache").path
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".test-config").path
        env.removeValue(forKey: "HOCVU_CACHE_KEY")
        env.merge(environment) { _, new in new }
        env["NO_COLOR"] = "1"
        process.environment = env
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([Self.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-c", "\(shell); exec \(quoted)"]
        } else {
            process.executableURL = Self.executable
            process.arguments = arguments
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    func wait() -> Result {
        // Read before waiting: a full pipe would block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), killed: process.terminationReason == .uncaughtSignal)
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], shell: String? = nil) throws -> Result {
        try HocvuProcess(arguments, in: folder, environment: environment, shell: shell).wait()
    }
}
