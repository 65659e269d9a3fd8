#!/usr/bin/env python3
"""The site offline, in headless Chromium: service worker and course download.

  offline_test.py SITE_DIR

Serves SITE_DIR on 127.0.0.1 (a secure context, as https would be), opens a
course page, waits for the service worker to take control, presses "Tải khóa
học để học offline" with the keyboard, waits for "saved", then stops the
server and opens a lesson of that course that was never opened before: it must
come from the worker's cache, with its picture. From file:// the button stays
hidden and no worker is registered. Exit 1 on the first failure.
"""
import functools
import glob
import http.server
import os
import sys
import threading

from common import QuietHandler, browser, check, errors
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


Quiet = QuietHandler


def main():
    site = os.path.abspath(sys.argv[1])
    # A course with a picture in one of its lessons.
    course = None
    for path in sorted(glob.glob(os.path.join(site, "courses", "*", "index.html"))):
        lessons = sorted(glob.glob(os.path.join(os.path.dirname(path), "*", "index.html")))
        with_image = [l for l in lessons if 'loading="lazy"' in open(l, encoding="utf-8").read()]
        if len(lessons) >= 2 and with_image:
            course, lesson = path, with_image[-1]
            break
    check(course is not None, "found a course with an illustrated lesson")
    course_url, lesson_url = os.path.relpath(course, site), os.path.relpath(lesson, site)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d/" % server.server_address[1]

    d = browser()
    try:
        d.get(base + course_url)
        WebDriverWait(d, 15).until(lambda _: d.execute_script("return !!navigator.serviceWorker.controller"))
        check(True, "the service worker controls " + course_url)
        box = d.find_element(By.CSS_SELECTOR, "[data-offline]")
        check(box.is_displayed(), "the course page offers the offline download")
        box.find_element(By.TAG_NAME, "button").send_keys(Keys.ENTER)
        done = box.get_attribute("data-t-done")
        WebDriverWait(d, 30).until(lambda _: box.find_element(By.CSS_SELECTOR, "[role=status]").text == done)
        check(True, "the course is saved: %r" % done)

        server.shutdown()
        server.server_close()
        d.get(base + lesson_url)
        title = d.find_element(By.TAG_NAME, "h1").text
        check(title != "", "with the server stopped, an unopened lesson opens from the cache: %r" % title)
        WebDriverWait(d, 10).until(lambda _: d.execute_script(
            "var i = document.querySelector('img[loading=lazy]'); if (!i) return false; i.scrollIntoView(); return i.complete && i.naturalWidth > 0"))
        check(True, "and its picture too")

        d.get("file://" + course)
        hidden = d.execute_script("return document.querySelector('[data-offline]').hidden")
        check(hidden, "from file:// the offline button stays hidden")
    finally:
        d.quit()
    print("all offline checks passed")


if __name__ == "__main__":
    main()
