#!/usr/bin/env python3
"""Search benchmark: what a learner waits for and downloads before the first
results of a query, on a built site, in headless Chromium; and the same for
Pagefind over the same site when `pagefind` is installed.

  bench/search_bench.py SITE_DIR [--query "mat khau"] [--runs 3] [--pagefind PATH] [--json]

The site is served over http (Python's server, from a temporary folder that
links to it, so nothing is written into SITE_DIR). Each run opens
search/index.html?q=<query> with the browser's cache off, once at full speed
and once with the CPU throttled 4x (DevTools Emulation.setCPUThrottlingRate,
as on a cheap phone), and records:
- time: from navigation to the first result in the list (a MutationObserver
  added before the page starts notes performance.now() when the first
  `#search-results li` appears);
- bytes: what the server sent (headers included) for every request made
  before then: the page, its CSS and scripts, the index files (and for
  Pagefind its worker's wasm and chunks); each run in a new browser, so
  nothing comes from a cache;
- top 3: whether the first three results show the words as a phrase
  ("mật khẩu"/"mặt khẩu" for "mat khau") in their title or snippet.

Pagefind (PyPI pagefind-bin 1.5.2: `python3 -m venv /tmp/v && /tmp/v/bin/pip
install pagefind-bin==1.5.2`, then --pagefind /tmp/v (the venv) or the
binary itself, or on the PATH) indexes a copy of the site's HTML into a temporary folder; a page that
uses its JavaScript API the way its default UI does (search, then the first
five results' fragments) is measured the same way.

`measure(site, ...)` returns the figures as a dict (bench/run.py calls it).
Medians of --runs. Needs e2e/setup.sh's venv (Selenium, Chromium).
"""
import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "e2e"))

# Notes when the first result appears, before any of the page's scripts run.
WATCH = """
window.__firstResult = null;
new MutationObserver(function (changes, observer) {
  if (document.querySelector(%s)) { window.__firstResult = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});
"""

PAGEFIND_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><ol id="results"></ol>
<script type="module">
const pagefind = await import("./pagefind/pagefind.js");
const query = new URLSearchParams(location.search).get("q") || "";
const search = await pagefind.search(query);
const first = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
const list = document.getElementById("results");
for (const page of first) {
  const li = document.createElement("li");
  li.textContent = page.meta.title + " \\u2014 " + page.excerpt.replace(/<[^>]+>/g, "");
  li.dataset.content = page.content.slice(0, 20000);
  list.appendChild(li);
}
window.__count = search.results.length;
</script></body></html>
"""


class Counted(http.server.SimpleHTTPRequestHandler):
    """Serves a folder and notes each request: (wall time it came, path,
    bytes sent, headers included). Counted by the server, so requests from a
    worker (Pagefind's) count too."""
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map,
                          **{".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"})
    served = []
    lock = threading.Lock()

    class Writer:
        def __init__(self, raw):
            self.raw, self.count = raw, 0

        def write(self, data):
            self.count += len(data)
            return self.raw.write(data)

        def __getattr__(self, name):
            return getattr(self.raw, name)

    def setup(self):
        super().setup()
        self.wfile = Counted.Writer(self.wfile)

    def handle_one_request(self):
        started = time.time()
        self.wfile.count = 0
        super().handle_one_request()
        if getattr(self, "path", None) and self.wfile.count:
            with Counted.lock:
                Counted.served.append((started, self.path, self.wfile.count))

    def log_message(self, *args):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counted, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def run_once(url, selector, rate, read_results):
    """One cold visit, in a new browser (no cache of any kind)."""
    from common import browser
    from selenium.webdriver.support.ui import WebDriverWait
    d = browser(window="360,800")
    try:
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        d.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": rate})
        d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH % json.dumps(selector)})
        with Counted.lock:
            del Counted.served[:]
        d.get(url)
        WebDriverWait(d, 60, poll_frequency=0.05).until(lambda _: d.execute_script("return window.__firstResult"))
        at, wall = d.execute_script("return [window.__firstResult, performance.timeOrigin + window.__firstResult];")
        with Counted.lock:
            # Requests made before the first result showed (the browser's
            # clock and the server's are the machine's).
            files = [(path, size) for started, path, size in Counted.served if started * 1000 <= wall + 1]
        return {"ms": at, "bytes": sum(size for _, size in files), "files": len(files), "names": files,
                "top": read_results(d)}
    finally:
        d.quit()


def hocvu_results(d):
    return d.execute_script(
        "return Array.prototype.slice.call(document.querySelectorAll('#search-results li'), 0, 3).map(function (li) {"
        " return li.querySelector('h2').textContent + ' ' + li.querySelector('.search-snippet').textContent; });")


def pagefind_results(d):
    return d.execute_script(
        "return Array.prototype.slice.call(document.querySelectorAll('#results li'), 0, 3).map(function (li) {"
        " return li.dataset.content; });")


def summarise(runs, query):
    phrase = fold(query)
    top = runs[-1]["top"] if runs else []
    return {
        "ms": median(r["ms"] for r in runs),
        "bytes": median(r["bytes"] for r in runs),
        "files": median(r["files"] for r in runs),
        "top3_with_phrase": sum(1 for text in top if phrase in fold(" ".join(text.split()))),
        "largest": sorted(runs[-1]["names"], key=lambda n: -n[1])[:5] if runs else [],
    }


def pagefind_binary(given):
    """The pagefind binary: given (a file, or a venv holding pagefind-bin),
    on the PATH, in the Python running this (the project's .venv), or in
    /tmp/search-venv."""
    import glob
    import sys
    for candidate in (given, shutil.which("pagefind"), sys.prefix, "/tmp/search-venv"):
        if candidate and os.path.isdir(candidate):
            found = glob.glob(os.path.join(candidate, "lib", "python3*", "site-packages", "pagefind_bin", "pagefind"))
            candidate = found[0] if found else None
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def measure(site, query="mat khau", runs=3, rates=(1, 4), pagefind=None, log=print):
    """Figures for hocvu (and Pagefind when its binary is found, unless
    pagefind is False):
    {"hocvu": {"rate1": {...}, "rate4": {...}}, "pagefind": {...} or None}."""
    site = os.path.abspath(site)
    work = tempfile.mkdtemp(prefix="search-bench-")
    result = {"query": query, "runs": runs, "hocvu": {}, "pagefind": None}
    server = None
    try:
        os.symlink(site, os.path.join(work, "site"))
        binary = pagefind_binary(pagefind) if pagefind is not False else None
        if binary:
            # Its output goes to the temporary folder, not into the site.
            out = os.path.join(work, "pf")
            os.makedirs(out)
            started = time.monotonic()
            subprocess.run([binary, "--site", site, "--output-path", os.path.join(out, "pagefind")],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            result["pagefind_index_s"] = round(time.monotonic() - started, 1)
            with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
                f.write(PAGEFIND_PAGE)
        server = serve(work)
        base = "http://127.0.0.1:%d/" % server.server_address[1]
        q = urllib.parse.quote(query)
        targets = [("hocvu", base + "site/search/index.html?q=" + q, "#search-results li", hocvu_results)]
        if binary:
            targets.append(("pagefind", base + "pf/index.html?q=" + q, "#results li", pagefind_results))
        for name, url, selector, read in targets:
            figures = {}
            for rate in rates:
                done = [run_once(url, selector, rate, read) for _ in range(runs)]
                figures["rate%d" % rate] = summarise(done, query)
                log("%-8s cpu/%d: first results in %4.0f ms, %7.1f KB in %d files, top 3 with the phrase: %d"
                    % (name, rate, figures["rate%d" % rate]["ms"], figures["rate%d" % rate]["bytes"] / 1024,
                       figures["rate%d" % rate]["files"], figures["rate%d" % rate]["top3_with_phrase"]))
            result[name] = figures
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", help="a built site (hocvu build's output folder)")
    parser.add_argument("--query", default="mat khau")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pagefind", help="the pagefind binary, or a venv with pagefind-bin (default: on the PATH, or /tmp/search-venv)")
    parser.add_argument("--no-pagefind", action="store_true", help="measure hocvu only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    result = measure(args.site, args.query, args.runs, pagefind=False if args.no_pagefind else args.pagefind,
                     log=lambda line: print(line, file=sys.stderr if args.json else sys.stdout))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
