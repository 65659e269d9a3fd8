import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks one URL whether it exists: HEAD (GET when a server refuses HEAD),
/// redirects followed by hand so each hop is known, retries with exponential
/// backoff for timeouts, network errors, 429 and 5xx.
struct LinkProbe: Sendable {
    let session: URLSession
    let timeout: TimeInterval
    let retries: Int
    let backoff: TimeInterval
    let maxRedirects: Int
    let userAgent: String

    /// Stops URLSession from following redirects, so the probe sees each one.
    final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    /// URLSession's own timeouts are far beyond the probe's: on Linux, a
    /// timeout that fires while a redirect waits for the delegate makes
    /// FoundationNetworking stop the process ("Received callback for HTTP
    /// redirection, but we're not waiting for it"). The probe keeps its own
    /// deadline and leaves a late request to finish unheeded.
    static func session(timeout: TimeInterval) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = max(timeout * 10, 120)
        configuration.timeoutIntervalForResource = max(timeout * 20, 240)
        configuration.httpMaximumConnectionsPerHost = 4
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    private enum Answer {
        case status(Int, location: String?, retryAfter: Double?)
        case failure(String)
    }

    private func ask(_ url: URL, method: String) async -> Answer {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        let seconds = timeout
        return await withCheckedContinuation { (continuation: CheckedContinuation<Answer, Never>) in
            // The first of the answer and the deadline wins; the other is ignored.
            let once = ResumeOnce(continuation)
            let task = session.dataTask(with: request) { _, response, error in
                if let error {
                    let timedOut = (error as? URLError)?.code == .timedOut
                    once.resume(.failure(timedOut ? "no answer within \(Int(seconds)) s" : error.localizedDescription))
                } else if let http = response as? HTTPURLResponse {
                    let retryAfter = (http.value(forHTTPHeaderField: "Retry-After")).flatMap(Double.init)
                    once.resume(.status(http.statusCode, location: http.value(forHTTPHeaderField: "Location"), retryAfter: retryAfter))
                } else {
                    once.resume(.failure("not an HTTP answer"))
                }
            }
            task.resume()
            // Not cancelled at the deadline: cancelling races the redirect callback too.
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                once.resume(.failure("no answer within \(Int(seconds)) s"))
            }
        }
    }

    /// Resumes a continuation once, from whichever side comes first.
    private final class ResumeOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Answer, Never>?

        init(_ continuation: CheckedContinuation<Answer, Never>) {
            self.continuation = continuation
        }

        func resume(_ answer: Answer) {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume(returning: answer)
        }
    }

    /// One hop, with retries: the final status (and Location), or why not.
    private func hop(_ url: URL) async -> Answer {
        var method = "HEAD"
        var attempt = 0
        while true {
            let answer = await ask(url, method: method)
            var wait: Double?
            switch answer {
            case .status(let code, _, _) where method == "HEAD" && [400, 403, 405, 501].contains(code):
                // Some servers refuse or mishandle HEAD; ask again properly.
                method = "GET"
                continue
            case .status(let code, _, let retryAfter) where code == 429 || code >= 500:
                wait = min(retryAfter ?? .infinity, 10)
            case .failure:
                wait = .infinity
            default:
                return answer
            }
            guard attempt < retries else { return answer }
            let delay = min(wait ?? .infinity, backoff * Double(1 << attempt))
            attempt += 1
            try? await Task.sleep(nanoseconds: UInt64(max(0, delay) * 1e9))
        }
    }

    func check(_ link: String) async -> LinkOutcome {
        guard var url = URL(string: link) else { return .broken(status: 0) }
        var chain: [String] = []
        for _ in 0...maxRedirects {
            switch await hop(url) {
            case .failure(let reason):
                return .unreachable(reason: reason)
            case .status(let code, let location, _):
                switch code {
                case 200..<300:
                    return chain.isEmpty ? .ok : .redirected(chain: chain, final: url.absoluteString)
                case 300..<400:
                    guard let location, let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                        return .unreachable(reason: "redirect \(code) without a Location")
                    }
                    chain.append("\(code) \(next.absoluteString)")
                    url = next
                case 401, 403, 429:
                    return .unreachable(reason: "the server refused the check (\(code))")
                case 400..<500:
                    return .broken(status: code)
                default:
                    return .unreachable(reason: "server error \(code)")
                }
            }
        }
        return .unreachable(reason: "more than \(maxRedirects) redirects")
    }
}
