#!/usr/bin/env python3
"""Benchmark: build a generated corpus with a release hocvu and measure it.

  bench/run.py [--courses 100] [--lessons 50] [--runs 3] [--search] [--export]

Generates the corpus with ../shared/bench/gen_corpus.py (deterministic), gives
each lesson its own name (the generator calls every lesson NN-bai.md, which
CONTENT-FORMAT.md §1 forbids within a course), builds it with
.build/release/hocvu (run `swift build -c release` first) under
/usr/bin/time -v, and prints wall time and peak memory (median of --runs),
pages written, and the search index's size. --search also opens
search/index.html?q=mat%20khau in headless Chromium (needs e2e/setup.sh) and
measures the first search (page load, index parse, search, results shown)
and a second one typed into the box. --export also times `hocvu export`
(every course as .imscc, .gift and .scorm.zip) and prints the packages' size;
the catalog files' sizes are always printed.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(courses, lessons, folder):
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"),
                    "--courses", str(courses), "--lessons", str(lessons), "--out", os.path.join(folder, "content")],
                   check=True, stdout=subprocess.DEVNULL)
    pattern = re.compile(r"\b(\d\d)-bai\.md")
    for course in sorted(os.listdir(os.path.join(folder, "content", "courses"))):
        path = os.path.join(folder, "content", "courses", course)
        for name in sorted(os.listdir(path)):
            if name.endswith(".md"):
                file = os.path.join(path, name)
                text = open(file, encoding="utf-8").read()
                open(file, "w", encoding="utf-8").write(pattern.sub(r"\1-bai-\1.md", text))
                match = re.fullmatch(r"(\d\d)-bai\.md", name)
                if match:
                    os.rename(file, os.path.join(path, "%s-bai-%s.md" % (match.group(1), match.group(1))))


def timed_build(binary, folder, command=("build", "--out", "site")):
    shutil.rmtree(os.path.join(folder, command[-1]), ignore_errors=True)
    run = subprocess.run(["/usr/bin/time", "-v", binary] + list(command), cwd=folder,
                         capture_output=True, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else 0
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
    summary = [l for l in run.stderr.splitlines() if l.startswith("hocvu:")]
    return run.returncode, seconds, rss, summary[-1] if summary else run.stderr[-500:]


def search_timing(folder):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        page = "file://" + os.path.join(folder, "site", "search", "index.html")
        d.get(page + "?q=mat%20khau")
        deadline = time.time() + 120
        while not d.execute_script("return document.querySelectorAll('#search-results li').length") and time.time() < deadline:
            time.sleep(0.05)
        first = d.execute_script("return performance.now()") / 1000
        second = d.execute_script("""
            var input = document.getElementById('search-q'), list = document.getElementById('search-results');
            var start = performance.now();
            input.value = 'dang nhap tai khoan'; input.dispatchEvent(new Event('input'));
            return new Promise(function (done) {
              (function wait() {
                if (document.getElementById('search-status').textContent.indexOf('dang nhap tai khoan') !== -1) done((performance.now() - start) / 1000);
                else setTimeout(wait, 5);
              })();
            });""")
        return first, second - 0.12  # the box waits 120 ms after the last key before searching
    finally:
        d.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--courses", type=int, default=100)
    parser.add_argument("--lessons", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--search", action="store_true")
    parser.add_argument("--export", action="store_true")
    parser.add_argument("--folder", default="/tmp/hocvu-bench")
    args = parser.parse_args()
    binary = os.path.join(ROOT, ".build", "release", "hocvu")
    if not os.path.exists(binary):
        sys.exit("build the release binary first: swift build -c release")
    generate(args.courses, args.lessons, args.folder)
    files = sum(len(f) for _, _, f in os.walk(os.path.join(args.folder, "content")))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(args.folder, "content")) for f in fs)
    results = [timed_build(binary, args.folder) for _ in range(args.runs)]
    code, _, _, summary = results[-1]
    print("corpus: %d courses x %d lessons, %d files, %.1f MB" % (args.courses, args.lessons, files, size / 1e6))
    print("build: exit %d; %s" % (code, summary))
    print("wall (median of %d): %.2f s; peak memory: %.0f MiB" % (
        args.runs, statistics.median(r[1] for r in results), statistics.median(r[2] for r in results)))
    index = os.path.join(args.folder, "site", "search", "index.js")
    if os.path.exists(index):
        print("search index: %.1f MB" % (os.path.getsize(index) / 1e6))
    sizes = ["%s %.1f MB" % (name, os.path.getsize(os.path.join(args.folder, "site", name)) / 1e6)
             for name in ("catalog.json", "catalog.csv", "feed.xml", "sitemap.xml") if os.path.exists(os.path.join(args.folder, "site", name))]
    print("catalogs: " + ", ".join(sizes))
    if args.export:
        code, seconds, rss, summary = timed_build(binary, args.folder, ("export", "--out", "exports"))
        out = os.path.join(args.folder, "exports")
        total = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out)) if os.path.isdir(out) else 0
        print("export: exit %d; %.2f s; peak memory %.0f MiB; %d files, %.1f MB" % (
            code, seconds, rss, len(os.listdir(out)) if os.path.isdir(out) else 0, total / 1e6))
    if args.search and os.path.exists(index):
        first, second = search_timing(args.folder)
        print("search in Chromium: first results %.2f s after opening the page; next query %.3f s" % (first, second))


if __name__ == "__main__":
    main()
