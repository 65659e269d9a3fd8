import Foundation

/// What the server answers from, replaced whole after each build.
actor PreviewState {
    /// The last site built without errors, if any.
    private(set) var site: URL?
    /// Counts builds; open pages reload when it moves.
    private(set) var version = 0
    /// Where the site sits on the server (`/hoc-vu-so/` from base_url).
    private(set) var basePath = "/"
    /// The error page while the content has errors.
    private(set) var failure: String?
    private(set) var language = "vi"

    func succeeded(site: URL, basePath: String) {
        self.site = site
        self.basePath = basePath
        failure = nil
        version += 1
    }

    func failed(page: String) {
        failure = page
        version += 1
    }

    /// Waits until the version differs from `seen`, for at most `seconds`.
    func waitForChange(from seen: Int, seconds: Double) async -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        while version == seen && Date() < deadline {
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return version
    }
}
