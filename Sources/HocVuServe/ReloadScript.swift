/// The scripts only `serve` adds. Files of their own (not inline), so a
/// strict Content-Security-Policy still holds in the preview.
enum ReloadScript {
    /// Where they are served: outside any site path.
    static let prefix = "/__hocvu/"
    static let path = prefix + "reload.js"
    static let waitPath = prefix + "wait"
    static let stylePath = prefix + "style.css"

    static let tag = "<script src=\"\(path)\" defer></script>"

    /// Asks the server, one long request at a time, whether the site changed
    /// since this page was served, and reloads when it did. A server that is
    /// gone (Ctrl-C) is asked again less often.
    static func source(version: Int) -> String {
        """
        /* hocvu serve: reloads this page when the site is rebuilt. Added by serve only. */
        (function () {
          "use strict";
          var seen = \(version);
          function ask(delay) {
            setTimeout(function () {
              fetch("\(waitPath)?v=" + seen, { cache: "no-store" }).then(function (response) {
                return response.text();
              }).then(function (text) {
                var now = parseInt(text, 10);
                if (!isNaN(now) && now !== seen) { location.reload(); return; }
                ask(0);
              }, function () { ask(1000); });
            }, delay);
          }
          ask(0);
        })();

        """
    }

    /// Served as the site's `sw.js` under `serve`: a worker that removes
    /// itself, so no worker keeps stale pages of the preview.
    static let worker = """
        /* hocvu serve: no service worker in the preview. */
        self.addEventListener("install", function () { self.skipWaiting(); });
        self.addEventListener("activate", function (event) {
          event.waitUntil(self.registration.unregister());
        });

        """
}
