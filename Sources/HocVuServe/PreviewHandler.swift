import FlyingFox
import Foundation
import HocVuBuild

/// Answers every request of the preview: the built site's files (under the
/// base URL's path), the error page while the content has errors, and the
/// reload script. Nothing but the files of the built site is ever read.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "only GET and HEAD\n")
        }
        guard let path = RequestPath(raw: request.target.path()) else {
            return Self.text(.badRequest, "refused: the path leaves the site\n")
        }
        switch path.decoded {
        case ReloadScript.path:
            return Self.response(.ok, MediaType.of("reload.js"), Data(ReloadScript.source(version: await state.version).utf8))
        case ReloadScript.waitPath:
            let seen = request.query.first { $0.name == "v" }.flatMap { Int($0.value) } ?? -1
            let now = await state.waitForChange(from: seen, seconds: 10)
            return Self.response(.ok, "text/plain; charset=utf-8", Data("\(now)".utf8))
        case ErrorPage.path:
            return Self.response(.ok, MediaType.of("serve.css"), Data(ErrorPage.css.utf8))
        case ReloadScript.stylePath:
            return Self.response(.ok, MediaType.of("style.css"), await stylesheet())
        default:
            return await siteFile(path)
        }
    }

    private func siteFile(_ path: RequestPath) async -> HTTPResponse {
        let base = await state.basePath
        guard let relative = path.relative(to: base) else {
            if path.decoded == "/" || path.decoded == "/index.html" { return Self.redirect(to: base) }
            return Self.text(.notFound, "not found: the preview is at \(base)\n")
        }
        if relative == "sw.js" {
            return Self.response(.ok, MediaType.of("sw.js"), Data(ReloadScript.worker.utf8))
        }
        let isPage = relative.isEmpty || relative.hasSuffix("/") || relative.hasSuffix(".html")
        if isPage, let failure = await state.failure {
            return Self.response(.internalServerError, MediaType.of("error.html"), Data(failure.utf8))
        }
        guard let site = await state.site else {
            return Self.text(.serviceUnavailable, "the first build has not finished yet\n")
        }
        var file = relative.isEmpty ? site : site.appendingPathComponent(relative)
        if relative.isEmpty || relative.hasSuffix("/") { file.appendPathComponent("index.html") }
        switch Self.kind(of: file.path) {
        case .file:
            guard let data = try? Data(contentsOf: file) else { break }
            guard file.pathExtension == "html" else { return Self.response(.ok, MediaType.of(file.path), data) }
            return Self.page(.ok, Self.withReload(data), site: site)
        case .folder:
            return Self.redirect(to: path.decoded + "/")
        case .none:
            break
        }
        // As the hosting configurations do: the site's own 404 page.
        let notFound = site.appendingPathComponent("404.html")
        guard let data = try? Data(contentsOf: notFound) else { return Self.text(.notFound, "not found\n") }
        return Self.page(.notFound, Self.withReload(data), site: site)
    }

    /// A page of the site with the site's own Content-Security-Policy (from
    /// the `_headers` hocvu wrote), so what a strict host would block is
    /// blocked in the preview too; the reload script, a file, passes it.
    static func page(_ status: HTTPStatusCode, _ body: Data, site: URL) -> HTTPResponse {
        var answer = response(status, MediaType.of("page.html"), body)
        if let policy = contentSecurityPolicy(in: site) {
            answer.headers[HTTPHeader("Content-Security-Policy")] = policy
        }
        return answer
    }

    /// The policy of the `/*` rule in `_headers`, if any.
    static func contentSecurityPolicy(in site: URL) -> String? {
        guard let text = try? String(contentsOf: site.appendingPathComponent("_headers"), encoding: .utf8) else { return nil }
        var inRoot = false
        for line in text.split(separator: "\n") {
            if !line.hasPrefix(" ") && !line.hasPrefix("\t") {
                inRoot = line.trimmingCharacters(in: .whitespaces) == "/*"
                continue
            }
            let field = line.trimmingCharacters(in: .whitespaces)
            if inRoot, field.lowercased().hasPrefix("content-security-policy:") {
                return field.dropFirst("content-security-policy:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    private enum Kind { case file, folder }

    /// Regular files and folders only: the site is written by hocvu and holds
    /// no links, but a request must not follow one if it did.
    private static func kind(of path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return nil
        }
    }

    /// The theme's stylesheet from the last good build, else the default theme's.
    private func stylesheet() async -> Data {
        if let site = await state.site, let data = try? Data(contentsOf: site.appendingPathComponent("assets/style.css")) {
            return data
        }
        return DefaultTheme.data("assets/style.css") ?? Data()
    }

    /// The page with the reload script before its last `</body>`.
    static func withReload(_ page: Data) -> Data {
        let tag = Data(ReloadScript.tag.utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
        var out = page
        out.replaceSubrange(end.lowerBound..<end.lowerBound, with: tag)
        return out
    }

    static func response(_ status: HTTPStatusCode, _ type: String, _ body: Data) -> HTTPResponse {
        HTTPResponse(
            statusCode: status,
            headers: [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"],
            body: body)
    }

    static func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        response(status, "text/plain; charset=utf-8", Data(message.utf8))
    }

    static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .found, headers: [.location: location, .cacheControl: "no-store"], body: Data())
    }
}
