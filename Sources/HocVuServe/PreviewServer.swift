import FlyingFox
import FlyingSocks
import Foundation
import HocVuBuild

/// `hocvu serve`: builds the content into a private temporary folder (never
/// the user's `site/`), serves it on loopback, watches the content and theme
/// folders, rebuilds on change (through the build cache) and has open pages
/// reload themselves.
public final class PreviewServer: Sendable {
    public struct Options: Sendable {
        /// What to build; its output is replaced by the private folder.
        public var build: BuildOptions
        public var host = "127.0.0.1"
        /// 0 picks a free port.
        public var port: UInt16 = 8000
        /// Folders whose changes start a rebuild.
        public var watched: [URL]
        /// Seconds between two looks at the watched folders.
        public var interval = 0.25

        public init(build: BuildOptions, watched: [URL]) {
            self.build = build
            self.watched = watched
        }
    }

    /// What a build said, for the terminal and the error page.
    public struct Outcome: Sendable {
        public var report: BuildReport
        public var seconds: Double
    }

    public enum Failure: Error, CustomStringConvertible {
        case portInUse(host: String, port: UInt16)
        case cannotListen(host: String, port: UInt16, reason: String)
        case badHost(String)

        public var description: String {
            switch self {
            case .portInUse(let host, let port):
                "port \(port) on \(host) is already in use (another hocvu serve?); choose another with --port"
            case .cannotListen(let host, let port, let reason):
                "cannot listen on \(host):\(port): \(reason)"
            case .badHost(let host):
                "'\(host)' is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0"
            }
        }
    }

    let options: Options
    let folder: URL
    let state = PreviewState()
    let server: HTTPServer
    let address: any SocketAddress
    /// Prints a build's diagnostics and its summary line; returns the plain
    /// text report for the error page.
    let describe: @Sendable (Outcome) -> String

    public init(options: Options, describe: @escaping @Sendable (Outcome) -> String) throws {
        self.options = options
        self.describe = describe
        var template = Array((FileManager.default.temporaryDirectory.path + "/hocvu-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure.cannotListen(host: options.host, port: options.port, reason: "no temporary folder")
        }
        folder = URL(fileURLWithPath: String(cString: made))
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            address = host.contains(":")
                ? try sockaddr_in6.inet6(ip6: host, port: options.port) as any SocketAddress
                : try sockaddr_in.inet(ip4: host, port: options.port) as any SocketAddress
        } catch {
            throw Failure.badHost(options.host)
        }
        server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: PreviewHandler(state: state))
    }

    /// The temporary folder the preview is built in.
    public var privateFolder: URL { folder }

    /// The built site inside the private folder.
    var site: URL { folder.appendingPathComponent("site") }

    /// Starts listening (so a port in use is said at once), then builds;
    /// returns the address pages are at.
    public func start() async throws -> String {
        try checkAddress()
        let task = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            task.cancel()
            throw Failure.cannotListen(host: options.host, port: options.port, reason: "\(error)")
        }
        await build()
        var port = options.port
        if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
        if case .ip6(_, let bound)? = await server.listeningAddress { port = bound }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return "http://\(host):\(port)\(await state.basePath)"
    }

    /// Binds the address once by itself: the server reports a failed bind
    /// only through a timeout, and a port in use deserves a plain message.
    private func checkAddress() throws {
        do {
            let socket = try Socket(domain: Int32(type(of: address).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
        } catch SocketError.failed(_, let code, let message) {
            throw code == EADDRINUSE
                ? Failure.portInUse(host: options.host, port: options.port)
                : Failure.cannotListen(host: options.host, port: options.port, reason: message)
        }
    }

    /// Looks at the watched folders until cancelled; rebuilds after a change
    /// once the folders have stopped changing for one interval (an editor
    /// saving several files, a `git checkout`).
    public func watch() async {
        let watcher = ContentWatcher(roots: options.watched)
        var seen = watcher.fingerprint()
        let pause = UInt64(options.interval * 1e9)
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: pause)
            var now = watcher.fingerprint()
            guard now != seen else { continue }
            repeat {
                seen = now
                try? await Task.sleep(nanoseconds: pause)
                now = watcher.fingerprint()
            } while now != seen && !Task.isCancelled
            await build()
        }
    }

    /// Stops listening and removes the private folder.
    public func stop() async {
        await server.stop(timeout: 1)
        try? FileManager.default.removeItem(at: folder)
    }

    /// One build into the private folder, off the server's threads.
    func build() async {
        var options = options.build
        options.output = site
        // Pages linked from a previous session's cache are checked against
        // their bytes first, so one cache for every session is safe.
        options.cacheIdentity = options.cacheIdentity
            ?? options.content.deletingLastPathComponent().appendingPathComponent(".hocvu-serve")
        let started = DispatchTime.now()
        let report = await Task.detached { BuildPipeline(options: options).run() }.value
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let text = describe(Outcome(report: report, seconds: seconds))
        if report.status == .success {
            await state.succeeded(site: site, basePath: report.basePath)
        } else {
            let errors = report.diagnostics.errorCount
            await state.failed(page: ErrorPage.html(report: text, errors: max(errors, 1), language: report.language))
        }
    }
}
