#!/usr/bin/env python3
"""`hocvu serve` in headless Chromium, as an author uses it.

  serve_test.py HOCVU CONTENT_DIR [SCREENSHOT_DIR]

CONTENT_DIR is copied to a temporary folder, and `HOCVU serve --port 0` runs
there. A lesson opens at 360 px (served under base_url's path, with the
site's Content-Security-Policy) with no console error. The lesson's title is
edited on disk: the open page reloads itself (a mark set in the page is gone)
and shows the new title within 10 s; the time is printed. A broken link is
added: the page turns into the error page naming file:line:column by itself;
the link is fixed: the lesson comes back by itself. Ctrl-C stops the server
(exit 0). With SCREENSHOT_DIR, a screenshot of the error page goes there.
Exit 1 on the first failure.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from common import browser, check, errors


def wait(condition, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False


def main():
    hocvu, content = os.path.abspath(sys.argv[1]), sys.argv[2]
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    work = tempfile.mkdtemp(prefix="hocvu-serve-test-")
    shutil.copytree(content, os.path.join(work, "content"))
    lesson_file = sorted(
        f for f in os.listdir(os.path.join(work, "content/courses/an-toan-tren-mang")) if re.match(r"\d+-", f))[0]
    path = os.path.join(work, "content/courses/an-toan-tren-mang", lesson_file)
    original = open(path, encoding="utf-8").read()
    server = subprocess.Popen([hocvu, "serve", "--port", "0"], cwd=work, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    driver = None
    try:
        line = server.stdout.readline()
        address = line.split(" at ")[-1].strip()
        check(address.startswith("http://127.0.0.1:"), "serve prints its address: " + address)
        slug = re.sub(r"^\d+-", "", lesson_file[:-3])
        url = address + "courses/an-toan-tren-mang/" + slug + "/"
        driver = browser(window="360,800")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        driver.get(url)
        check(driver.title != "" and "lỗi" not in driver.title, "the lesson opens: " + driver.title)
        check(errors(driver) == [], "no console error (the reload script passes the site's CSP)")
        driver.execute_script("window.hocvuMark = 1")

        new_title = "Tiêu đề sửa lúc xem thử"
        started = time.time()
        with open(path, "w", encoding="utf-8") as f:
            f.write(re.sub(r"(?m)^title: .*$", "title: " + new_title, original, count=1))
        reloaded = wait(lambda: new_title in driver.title and driver.execute_script("return window.hocvuMark") is None)
        check(reloaded, "after an edit the page reloads itself with the new title (%.2f s)" % (time.time() - started))

        with open(path, "a", encoding="utf-8") as f:
            f.write("\nXem [bài không có](khong-co-bai-nay.md).\n")
        check(wait(lambda: "lỗi" in driver.title), "a broken link turns the open page into the error page")
        body = driver.find_element("tag name", "body").text
        check(re.search(re.escape(lesson_file) + r":\d+:\d+: error\[link\.missing-file\]", body) is not None,
              "the error page names file:line:column")
        if shots:
            os.makedirs(shots, exist_ok=True)
            driver.save_screenshot(os.path.join(shots, "serve-error-360.png"))
        check(driver.execute_script("return document.documentElement.scrollWidth") <= 360,
              "the error page fits 360 px")
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        check(wait(lambda: "lỗi" not in driver.title and new_title not in driver.title and driver.title != ""),
              "once fixed, the page comes back by itself: " + driver.title)
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    check(code == 0, "Ctrl-C stops serve cleanly (exit %d)" % code)


if __name__ == "__main__":
    main()
