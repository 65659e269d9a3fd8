#!/usr/bin/env python3
"""The site offline, in headless Chromium: service worker and course download.

  offline_test.py SITE_DIR [SCREENSHOT_DIR]

1. nginx serves SITE_DIR under /hv/ with docs/hosting/nginx-subpath.conf (its
   path changed to /hv/; error_page 404 as documented). A course page shows
   the download as a button (at least 24x24 px) with the size of what it
   saves; the test presses it with the keyboard and waits for "saved". It
   opens a page at its folder URL while online. An unknown URL still answers
   the site's 404 page. Then nginx is stopped, and with no server:
   - a lesson of the saved course, never opened, opens at its folder URL
     (…/lesson/?utm_source=x, as shared links and search engines give it),
     with its stylesheet and its picture; so does the course page;
   - the page opened at its folder URL opens at …/index.html;
   - search (never opened) finds the saved lesson, from the kept pages;
   - a page never opened shows the site's offline page in the site's language
     (not Chromium's error page), styled, its links going to the site, and the
     saved course listed.
2. A Python server that can hold each request 20 s: a page opened once opens
   from the cache within 4 s while the server holds its request (and the
   request did reach the server: network first); a page never opened waits
   for a slow server rather than showing the offline page.
3. From file:// the download stays hidden and no worker runs.
With SCREENSHOT_DIR, screenshots at 360x800 of the course page and the
offline page go there. Exit 1 on the first failure.
"""
import functools
import glob
import html
import http.server
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse

from common import QuietHandler, browser, check, errors
from servers import free_port, start_nginx
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

MOUNT = "/hv/"
HOLD = 20          # seconds a held request waits
FAST_ENOUGH = 4.0  # the worker gives the network 3 s, then serves its copy
LOADED = 7.0       # ... which the browser has drawn well before the server answers


def h1(path):
    """The text of a built page's h1."""
    with open(path, encoding="utf-8") as f:
        found = re.search(r"<h1[^>]*>(.*?)</h1>", f.read(), re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip() if found else None


def folder(rel):
    """courses/x/index.html -> courses/x/ (the URL canonical links use)."""
    return rel[:-len("index.html")] if rel.endswith("/index.html") else rel


def size_bytes(text):
    """'(109 KB)' or '(1,2 MB)' -> (bytes, the unit it is rounded to), or (None, 0)."""
    found = re.search(r"\((\d+(?:[.,]\d)?) (KB|MB)\)", text)
    if not found:
        return None, 0
    unit = 1024 if found.group(2) == "KB" else 1024 * 1024 / 10
    return float(found.group(1).replace(",", ".")) * (1024 if found.group(2) == "KB" else 1024 * 1024), unit


def page_state(d):
    return d.execute_script(
        "var l = document.querySelector('link[rel=stylesheet]'), h = document.querySelector('h1');"
        "return {h1: h ? h.textContent.trim() : null, url: location.href, lang: document.documentElement.lang,"
        " kind: document.body ? document.body.className : '',"
        " styled: !!(l && l.sheet && l.sheet.cssRules.length > 0)};")


def picture_loads(d):
    WebDriverWait(d, 10).until(lambda _: d.execute_script(
        "var i = document.querySelector('img[loading=lazy]'); if (!i) return false;"
        "i.scrollIntoView(); return i.complete && i.naturalWidth > 0"))
    return True


class Holding(QuietHandler):
    """Serves the site; while `hold` is set, each request first waits that
    many seconds (or until `release` is set at the end of the test)."""
    hold = 0
    release = threading.Event()
    held = []

    def do_GET(self):
        if self.hold:
            Holding.held.append(self.path)
            self.release.wait(self.hold)
        super().do_GET()


def main():
    site = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
    started = time.monotonic()
    # A course with a picture in one of its lessons; a page of another kind
    # to open once online; a course never opened nor saved.
    course = lesson = None
    courses = sorted(glob.glob(os.path.join(site, "courses", "*", "index.html")))
    for path in courses:
        lessons = sorted(glob.glob(os.path.join(os.path.dirname(path), "*", "index.html")))
        with_image = [l for l in lessons if 'loading="lazy"' in open(l, encoding="utf-8").read()]
        if len(lessons) >= 2 and with_image and 'data-offline' in open(path, encoding="utf-8").read():
            course, lesson = path, with_image[-1]
            break
    check(course is not None, "found a course with an illustrated lesson")
    unsaved = [p for p in courses if p != course and "data-offline" in open(p, encoding="utf-8").read()][0]
    rel = lambda path: os.path.relpath(path, site)
    course_url, lesson_url, unsaved_url = rel(course), rel(lesson), rel(unsaved)
    visited = "pages/huong-dan/index.html"
    check(os.path.isfile(os.path.join(site, visited)), "the sample has " + visited)
    check(os.path.isfile(os.path.join(site, "offline.html")), "the site has offline.html")
    offline_title = h1(os.path.join(site, "offline.html"))
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        lang = re.search(r'<html lang="([^"]+)"', f.read()).group(1)

    work = tempfile.mkdtemp(prefix="hocvu-offline-")
    nginx, slow, d = None, None, None
    try:
        d = browser(window="360,800")
        # A phone's screen (the window's frame would make the viewport smaller).
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        d.set_page_load_timeout(12)

        # 1. nginx under /hv/, then stopped.
        port = free_port()
        nginx = start_nginx("nginx-subpath.conf", site, port, work, mount=MOUNT)
        with open(glob.glob(os.path.join(work, "*", "hocvu.conf"))[0], encoding="utf-8") as f:
            check("error_page 404 %s404.html;" % MOUNT in f.read(), "nginx serves the site under %s with error_page 404" % MOUNT)
        nginx.start()
        base = "http://127.0.0.1:%d%s" % (port, MOUNT)

        d.get(base + course_url)
        WebDriverWait(d, 15).until(lambda _: d.execute_script("return !!navigator.serviceWorker.controller"))
        check(True, "the service worker controls " + MOUNT + course_url)
        box = d.find_element(By.CSS_SELECTOR, "[data-offline]")
        button = box.find_element(By.TAG_NAME, "button")
        check(box.is_displayed(), "the course page offers the offline download")
        look = d.execute_script(
            "var b = arguments[0], r = b.getBoundingClientRect(), s = getComputedStyle(b);"
            "return {w: r.width, h: r.height, right: r.right, border: s.borderTopWidth,"
            " cls: b.className, text: b.textContent.replace(/\\s+/g, ' ').trim()};", button)
        check("button" in look["cls"].split() and look["border"] != "0px" and look["w"] >= 24 and look["h"] >= 24
              and look["right"] <= 360,
              "the download is a button, %dx%d px, bordered, within 360 px: %r" % (look["w"], look["h"], look["text"]))
        total = sum(os.path.getsize(os.path.normpath(os.path.join(os.path.dirname(course), u)))
                    for u in box.get_attribute("data-urls").split())
        shown, unit = size_bytes(look["text"])
        check(shown is not None and abs(shown - total) <= unit / 2 + 1,
              "it tells the size of what it saves (%d bytes in data-urls, to the %s): %r"
              % (total, "KB" if unit == 1024 else "0.1 MB", look["text"]))
        if shots:
            d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box)
            d.save_screenshot(os.path.join(shots, "offline-course-button-360x800.png"))
        button.send_keys(Keys.ENTER)
        done = box.get_attribute("data-t-done")
        WebDriverWait(d, 30).until(lambda _: box.find_element(By.CSS_SELECTOR, "[role=status]").text == done)
        check(True, "the course is saved: %r" % done)

        d.get(base + "khong-co/trang/")
        check(page_state(d)["h1"] == h1(os.path.join(site, "404.html")), "online, an unknown URL still shows the site's 404 page")
        d.get(base + folder(visited))
        check(page_state(d)["h1"] == h1(os.path.join(site, visited)), "online, %s opens at its folder URL" % visited)
        errors(d)   # the ones above are not the offline checks' business

        nginx.stop()
        nginx = None
        for url, path, what in ((folder(lesson_url) + "?utm_source=zalo", lesson, "a saved lesson never opened"),
                                (folder(course_url), course, "the saved course page"),
                                (visited, os.path.join(site, visited), "a page opened at its folder URL,")):
            try:
                d.get(base + url)
                state = page_state(d)
            except Exception as e:   # Chromium's error page, or no answer at all
                state = {"h1": None, "error": str(e).splitlines()[0]}
            good = state["h1"] == h1(path) and state.get("styled") and state["url"] == base + url
            check(good, "with the server stopped, %s opens at %s%s, styled%s"
                  % (what, MOUNT, url, "" if good else ": %r" % state))
            if path == lesson:
                check(picture_loads(d), "and its picture too")

        # Search stays useful offline: the kept pages are searched instead.
        d.get(base + "search/index.html?q=" + urllib.parse.quote(h1(lesson)))
        WebDriverWait(d, 10).until(lambda _: d.find_elements(By.CSS_SELECTOR, "#search-results li h2"))
        titles = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#search-results li h2")]
        note = d.find_element(By.ID, "search-status").get_attribute("data-t-offline")
        check(titles[0] == h1(lesson) and note in d.find_element(By.ID, "search-status").text,
              "offline, search finds the saved lesson and says it searched the saved courses: %r" % titles[:2])
        errors(d)   # the index files it could not load

        d.get(base + folder(unsaved_url))
        state = page_state(d)
        check(state["h1"] == offline_title and "kind-offline" in state["kind"] and state["lang"] == lang,
              "a page never opened shows the site's offline page in its language (%s): %r" % (lang, state["h1"]))
        check(state["styled"] and state["url"] == base + folder(unsaved_url),
              "at the URL asked, with its stylesheet")
        try:   # the list comes from the cache, a moment after the page
            WebDriverWait(d, 5).until(lambda _: d.execute_script(
                "var s = document.querySelector('[data-offline-kept]'); return s && !s.hidden"))
        except TimeoutException:
            pass
        links = d.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) {"
            " return [a.getAttribute('href'), a.href, a.textContent.trim(), a.offsetParent !== null]; });")
        home = [l for l in links if l[0] in ("index.html",)]
        check(home and all(l[1] == base + "index.html" for l in home), "its home links go to %sindex.html" % base)
        skip = [l for l in links if l[0].endswith("#main")]
        check(skip and skip[0][1] == base + folder(unsaved_url) + "#main", "its skip link stays on the page: %r" % skip[:1])
        kept = [l for l in links if l[1] == base + course_url and l[3]]
        check(kept and kept[0][2] == h1(course), "it lists the saved course: %r" % (kept[:1],))
        found = errors(d)
        check(not found, "no console error offline%s" % ("" if not found else ": %s" % found))
        if shots:
            d.save_screenshot(os.path.join(shots, "offline-page-360x800.png"))

        # 2. A slow network: the server holds every request.
        Holding.csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"
        slow = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Holding, directory=site))
        threading.Thread(target=slow.serve_forever, daemon=True).start()
        base = "http://127.0.0.1:%d/" % slow.server_address[1]
        d.get(base + "index.html")
        WebDriverWait(d, 15).until(lambda _: d.execute_script("return !!navigator.serviceWorker.controller"))
        d.get(base + lesson_url)
        check(page_state(d)["h1"] == h1(lesson), "on another server, %s opened once" % lesson_url)

        Holding.hold = HOLD
        start = time.monotonic()
        try:
            d.get(base + folder(lesson_url))
            state = page_state(d)
            # When the page itself arrived (the rest is the browser drawing
            # it, slower on a busy machine).
            state["arrived"] = d.execute_script(
                "return performance.getEntriesByType('navigation')[0].responseStart / 1000")
        except TimeoutException:
            state = {"h1": None, "arrived": None}
        took = time.monotonic() - start
        asked = "/" + folder(lesson_url) in Holding.held
        check(state["h1"] == h1(lesson) and state["arrived"] is not None and state["arrived"] < FAST_ENOUGH
              and took < LOADED and asked,
              "while the server holds every request %d s, the page opened once comes from the cache after %s s "
              "(< %.0f s; loaded in %.1f s < %.0f s; the network was asked first: %s)"
              % (HOLD, state["arrived"] and round(state["arrived"], 1), FAST_ENOUGH, took, LOADED, asked))

        Holding.hold = 5
        start = time.monotonic()
        d.get(base + folder(unsaved_url))
        took = time.monotonic() - start
        check(page_state(d)["h1"] == h1(unsaved) and took >= 5,
              "a page never opened waits for a slow server (%.1f s) rather than showing the offline page" % took)
        Holding.release.set()

        # 3. From disk.
        d.get("file://" + course)
        state = d.execute_script("return {hidden: document.querySelector('[data-offline]').hidden,"
                                 " worker: !!(navigator.serviceWorker && navigator.serviceWorker.controller)};")
        check(state["hidden"] and not state["worker"], "from file:// the offline button stays hidden, no worker runs")
    finally:
        Holding.release.set()
        if slow:
            slow.shutdown()
            slow.server_close()
        if nginx:
            nginx.stop()
        if d:
            d.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("all offline checks passed in %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    main()
