import Foundation
import HocVuCore
import HocVuMarkdown

/// `hocvu check --external`: fetches every http(s) link of the site, each
/// URL once, with bounded concurrency overall and per host, timeouts, retries
/// with backoff, redirects followed and reported, and a cache file.
public struct ExternalLinkChecker: Sendable {
    public var maxConcurrent = 8
    public var perHost = 2
    public var timeout: TimeInterval = 10
    public var retries = 2
    public var backoff: TimeInterval = 0.5
    public var maxRedirects = 10
    /// nil: no cache.
    public var cacheFile: URL?
    public var cacheLifetime: TimeInterval = 24 * 3600
    public var userAgent = "hocvu/\(BuildPipeline.version) (link checker)"

    public init() {}

    /// The diagnostics for `references`; `now` decides what the cache still knows.
    public func check(_ references: [ExternalReference], now: Date = Date()) async -> [Diagnostic] {
        var cache = LinkCheckCache(url: cacheFile, lifetime: cacheLifetime)
        // The fragment is the browser's business, not the server's.
        let key = { (url: String) in String(url.prefix { $0 != "#" }) }
        let unique = Array(Set(references.map { key($0.url) })).sorted()
        var outcomes: [String: LinkOutcome] = [:]
        var toFetch: [String] = []
        for link in unique {
            if let known = cache.fresh(link, now: now) { outcomes[link] = known } else { toFetch.append(link) }
        }

        let probe = LinkProbe(
            session: LinkProbe.session(timeout: timeout), timeout: timeout, retries: retries, backoff: backoff,
            maxRedirects: maxRedirects, userAgent: userAgent)
        let hosts = HostLimiter(limit: perHost)
        await withTaskGroup(of: (String, LinkOutcome).self) { group in
            var next = 0
            func start() {
                guard next < toFetch.count else { return }
                let link = toFetch[next]
                next += 1
                group.addTask {
                    let host = URL(string: link)?.host?.lowercased() ?? ""
                    await hosts.acquire(host)
                    let outcome = await probe.check(link)
                    await hosts.release(host)
                    return (link, outcome)
                }
            }
            for _ in 0..<max(1, maxConcurrent) { start() }
            for await (link, outcome) in group {
                outcomes[link] = outcome
                start()
            }
        }
        probe.session.finishTasksAndInvalidate()
        for link in toFetch {
            if let outcome = outcomes[link] { cache.record(link, outcome, now: now) }
        }
        cache.save(now: now)

        return references.compactMap { reference in
            guard let outcome = outcomes[key(reference.url)] else { return nil }
            return diagnostic(for: reference, outcome)
        }
    }

    private func diagnostic(for reference: ExternalReference, _ outcome: LinkOutcome) -> Diagnostic? {
        let url = reference.url
        switch outcome {
        case .ok:
            return nil
        case .redirected(let chain, let final):
            return Diagnostic(
                .warning, "external.redirect",
                "'\(url)' redirects (\(chain.joined(separator: " → "))); link to '\(final)' directly", at: reference.location)
        case .broken(let status):
            let why = status == 0 ? "is not a valid URL" : "answers \(status)\(status == 404 || status == 410 ? ": the page does not exist" : "")"
            return Diagnostic(.error, "external.broken", "'\(url)' \(why): fix or remove the link", at: reference.location)
        case .unreachable(let reason):
            return Diagnostic(
                .warning, "external.unreachable", "'\(url)' could not be checked: \(reason)", at: reference.location)
        }
    }
}
