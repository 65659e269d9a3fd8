#!/usr/bin/env python3
"""The browser tests, each run twice: from file:// and under a sub-path of nginx.

  browser_suite.py SITE_DIR [--fixture FIXTURE_SITE_DIR] [--listing LISTING_SITE_DIR] [--only TEST …]

Builds nothing: give it built sites (the sample, and the code-quizzes fixture
built from Tests/HocVuBuildTests/Fixtures/code-quizzes). Serves each site with
docs/hosting/nginx-subpath.conf as documented (error_page 404 included), with
its /hoc-vu-so/ made /hv/, on a free port of 127.0.0.1, then runs every
browser test of e2e/ that exists:
  `python e2e/<test> SITE_DIR`                                  (file://; some
      tests also serve the site themselves, as their own docstring says)
  `python e2e/<test> SITE_DIR --base http://127.0.0.1:PORT/hv/`  (nginx)
The sample gets SITE_TESTS, the fixture FIXTURE_TESTS (those that do not
depend on the sample's content), the listing site (56 courses over several
pages, made by e2e/make_listing_site.py) LISTING_TESTS; offline_test.py runs once on the sample, with
servers of its own. A test that does not accept --base yet fails its nginx
run. Every test runs, even after a failure; then a summary, and exit 1 when
anything failed. The nginx servers are stopped on exit, on failure and on
SIGTERM/Ctrl-C.
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import shutil
import time
import urllib.request

from servers import free_port, start_nginx

HERE = os.path.dirname(os.path.abspath(__file__))
MOUNT = "/hv/"
SITE_TESTS = ["quiz_test.py", "search_test.py", "catalog_test.py", "layout_test.py", "progress_test.py",
              "learner_test.py"]
FIXTURE_TESTS = ["quiz_test.py", "learner_test.py"]
LISTING_TESTS = ["listing_test.py"]
ONCE = ["offline_test.py"]
TIMEOUT = 900   # seconds per test run: a hung browser must not hold CI


def accepts_base(test):
    with open(os.path.join(HERE, test), encoding="utf-8") as f:
        return '"--base"' in f.read()


def run(test, site, base, results):
    label = "%s %s (%s)" % (test, os.path.basename(site.rstrip("/")), base or "file://")
    print("\n=== " + label, flush=True)
    started = time.monotonic()
    if base and not accepts_base(test):
        print("FAIL %s does not accept --base yet" % test)
        results.append((label, "FAIL (no --base)", 0.0))
        return
    argv = [sys.executable, os.path.join(HERE, test), site] + (["--base", base] if base else [])
    try:
        code = subprocess.run(argv, timeout=TIMEOUT).returncode
        outcome = "ok" if code == 0 else "FAIL (exit %d)" % code
    except subprocess.TimeoutExpired:
        outcome = "FAIL (over %d s)" % TIMEOUT
    results.append((label, outcome, time.monotonic() - started))


def serve(site, work, servers):
    """nginx serving `site` under /hv/; its base URL."""
    port = free_port()
    server = start_nginx("nginx-subpath.conf", site, port, work, mount=MOUNT)
    servers.append(server)
    server.start()
    base = "http://127.0.0.1:%d%s" % (port, MOUNT)
    with urllib.request.urlopen(base + "index.html", timeout=10) as answer:
        if answer.status != 200:
            raise SystemExit("nginx does not serve %s at %s" % (site, base))
    print("nginx serves %s at %s" % (site, base))
    return base


def stop_on_sigterm(*_):
    raise SystemExit("stopped by SIGTERM")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--fixture", help="the built code-quizzes fixture")
    parser.add_argument("--listing", help="a built site of many courses (e2e/make_listing_site.py)")
    parser.add_argument("--only", nargs="*", help="run only these tests (file names)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    started = time.monotonic()
    wanted = lambda tests: [t for t in tests if os.path.exists(os.path.join(HERE, t)) and (not args.only or t in args.only)]
    missing = [t for t in SITE_TESTS + ONCE if not os.path.exists(os.path.join(HERE, t))]

    plan = [(os.path.abspath(args.site), wanted(SITE_TESTS))]
    if args.fixture:
        plan.append((os.path.abspath(args.fixture), wanted(FIXTURE_TESTS)))
    if args.listing:
        plan.append((os.path.abspath(args.listing), wanted(LISTING_TESTS)))
    work = tempfile.mkdtemp(prefix="hocvu-suite-")
    servers, results = [], []
    try:
        for site, tests in plan:
            base = serve(site, work, servers)
            for test in tests:
                run(test, site, None, results)
                run(test, site, base, results)
        for test in wanted(ONCE):
            run(test, plan[0][0], None, results)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)

    print("\n=== summary (%.0f s)" % (time.monotonic() - started))
    for label, outcome, seconds in results:
        print("%-16s %6.1f s  %s" % (outcome, seconds, label))
    if missing:
        print("not there (skipped): " + ", ".join(missing))
    failed = [r for r in results if r[1] != "ok"]
    print("%d of %d runs failed" % (len(failed), len(results)) if failed else "all %d runs passed" % len(results))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
