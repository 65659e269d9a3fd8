/// What checking one http(s) URL found.
enum LinkOutcome: Sendable, Equatable, Codable {
    /// Answered 2xx.
    case ok
    /// Answered 2xx after redirects; `chain` is every hop with its status.
    case redirected(chain: [String], final: String)
    /// The server says it does not exist (404, 410 and other client errors).
    case broken(status: Int)
    /// No clear answer after the retries: a timeout, a network error, a
    /// server error, or a refusal to robots (401, 403, 429).
    case unreachable(reason: String)

    /// Only good answers are remembered: a failure is checked again next run.
    var isCacheable: Bool {
        switch self {
        case .ok, .redirected: true
        case .broken, .unreachable: false
        }
    }
}
