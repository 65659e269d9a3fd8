#!/usr/bin/env python3
"""Listings that run over several pages, in headless Chromium, from file://
(or from --base, e.g. the site served by nginx under /hv/).

  make_listing_site.py /tmp/x/content && hocvu build --content /tmp/x/content --out /tmp/x/site
  listing_test.py /tmp/x/site [--base URL]

Without JavaScript: the catalog's pages link to each other (rel=prev/next,
a pagination nav with aria-current), every course is on exactly one page, a
long course lists its lessons over pages numbered on. With JavaScript: an
audience, then a level, list the matching courses of every page (checked
against catalog-data.js), with "show more"; sorting by duration orders all
of them; going back to "all" shows the static page again; on a learning path
a level narrows the whole path; the home page's progress box names a course
started from the data file. Then learner_test.py (width, axe at 360 px, the
console) on the paginated pages. Exit 1 on the first failure.
"""
import argparse
import json
import os
import subprocess
import sys

from common import browser, check, errors
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))


def shown(d, selector=".card-grid > li"):
    return [li for li in d.find_elements(By.CSS_SELECTOR, selector) if li.is_displayed()]


def titles(items):
    return [li.find_element(By.CSS_SELECTOR, "a").text for li in items]


def catalog_data(site):
    with open(os.path.join(site, "catalog-data.js"), encoding="utf-8") as f:
        text = f.read()
    return json.loads(text[text.index("=") + 1:].strip().rstrip(";"))


def show_all(d):
    """Presses "show more" until every match is listed."""
    for _ in range(100):
        more = [b for b in d.find_elements(By.CSS_SELECTOR, ".catalog-more button") if b.is_displayed()]
        if not more:
            return
        more[0].send_keys(Keys.ENTER)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--base", help="the site's URL (ends with /), instead of file://")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    base = args.base and (args.base if args.base.endswith("/") else args.base + "/")

    def url(rel):
        return base + rel if base else "file://" + os.path.join(site, rel)

    data = catalog_data(site)
    rows = data["courses"]
    check(len(rows) > 40, "catalog-data.js lists every course (%d)" % len(rows))

    d = browser(javascript=False)
    try:
        d.get(url("courses/index.html"))
        nav = d.find_element(By.CSS_SELECTOR, "nav.pagination")
        check(nav.get_attribute("aria-label") and
              nav.find_element(By.CSS_SELECTOR, "a[aria-current='page']").text.strip().endswith("1"),
              "page 1 has a labelled pagination nav marking page 1")
        check(d.find_elements(By.CSS_SELECTOR, "link[rel='next']") and not d.find_elements(By.CSS_SELECTOR, "link[rel='prev']"),
              "page 1 names its next page in the head, and no previous one")
        seen, pages = [], 0
        while True:
            pages += 1
            seen += titles(d.find_elements(By.CSS_SELECTOR, ".card-grid > li"))
            nexts = d.find_elements(By.CSS_SELECTOR, "nav.pagination a[rel='next']")
            if not nexts:
                break
            nexts[0].send_keys(Keys.ENTER)
            check(d.current_url.endswith("courses/page/%d/index.html" % (pages + 1)),
                  "the next link opens page %d without JavaScript" % (pages + 1))
        check(sorted(seen) == sorted(r[1] for r in rows) and len(set(seen)) == len(seen),
              "the %d pages list every course once (%d)" % (pages, len(seen)))
        check(not d.find_elements(By.CSS_SELECTOR, "link[rel='next']") and d.find_elements(By.CSS_SELECTOR, "link[rel='prev']"),
              "the last page names only its previous page")
        d.find_element(By.CSS_SELECTOR, "nav.pagination a[rel='prev']").send_keys(Keys.ENTER)
        check(d.current_url.endswith("courses/page/%d/index.html" % (pages - 1)), "the previous link goes back a page")

        # A long course: its lessons over pages, numbered on.
        long = next(r for r in rows if r[7] > 40)
        d.get(url("courses/%s/index.html" % long[0]))
        first = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".lesson-list .lesson-num")]
        d.find_element(By.CSS_SELECTOR, "nav.pagination a[rel='next']").send_keys(Keys.ENTER)
        second = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".lesson-list .lesson-num")]
        check(first and second and int(second[0]) == int(first[-1]) + 1,
              "a course of %d lessons lists them over pages, numbered on (%s…, %s…)" % (long[7], first[0], second[0]))
        crumbs = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".breadcrumbs a")]
        check(crumbs and crumbs[-1].endswith("courses/%s/index.html" % long[0]), "its later pages lead back to the course page")
    finally:
        d.quit()

    d = browser()
    try:
        d.get(url("courses/index.html"))
        page_one = titles(shown(d))
        d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='hoc-sinh']").send_keys(Keys.ENTER)
        WebDriverWait(d, 10).until(lambda _: d.execute_script("return !!window.HOCVU_CATALOG"))
        want = [r[1] for r in rows if "hoc-sinh" in r[2].split()]
        show_all(d)
        got = titles(shown(d))
        check(got == want and len(want) > len(page_one),
              "an audience lists its courses from every page (%d, more than a page of %d)" % (len(got), len(page_one)))
        check(any(t not in page_one for t in got), "…including courses of later pages")
        check(not d.find_element(By.CSS_SELECTOR, "nav.pagination").is_displayed(), "the page's own pagination steps aside")
        d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='co-ban']").send_keys(Keys.ENTER)
        show_all(d)
        want = [r[1] for r in rows if "hoc-sinh" in r[2].split() and r[3] == "co-ban"]
        got = titles(shown(d))
        count = d.find_element(By.CSS_SELECTOR, "[data-course-count]").text
        check(got == want and str(len(want)) in count, "an audience and a level combine across pages (%d): %r" % (len(got), count))
        from learner_test import axe_problems
        problems = axe_problems(d, ["light"])
        check(not problems, "axe: no violations in the list made from the data file %s" % (problems or ""))
        Select(d.find_element(By.ID, "catalog-sort")).select_by_value("duration")
        show_all(d)
        minutes = {r[1]: (99999 if r[5] is None else r[5]) for r in rows}
        got = titles(shown(d))
        check(len(got) == len(want) and [minutes[t] for t in got] == sorted(minutes[t] for t in got),
              "sorting by duration orders the matches of every page")
        Select(d.find_element(By.ID, "catalog-sort")).select_by_value("title")
        d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='']").send_keys(Keys.ENTER)
        d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='']").send_keys(Keys.ENTER)
        check(titles(shown(d)) == page_one and d.find_element(By.CSS_SELECTOR, "nav.pagination").is_displayed(),
              "'all' again shows the static page 1 with its pagination")
        check(not errors(d), "no browser errors on the catalog")

        # A learning path: a level narrows the whole path, in path order.
        d.get(url("courses/doi-tuong/nguoi-dan/index.html"))
        d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='co-ban']").send_keys(Keys.ENTER)
        WebDriverWait(d, 10).until(lambda _: d.execute_script("return !!window.HOCVU_CATALOG"))
        show_all(d)
        path = [rows[i] for i in data["paths"]["nguoi-dan"]]
        want = [r[1] for r in path if r[3] == "co-ban"]
        got = titles(shown(d, ".path-steps > li"))
        check(got == want, "a level on a learning path lists the path's %d courses of that level, in path order" % len(want))

        # The home page of a big site: the progress box from the data file.
        d.get(url("index.html"))
        key = "hocvu:" + d.find_element(By.TAG_NAME, "html").get_attribute("data-site")
        started = rows[-1]
        d.execute_script("localStorage.setItem(arguments[0], JSON.stringify({lessons: arguments[1], quizzes: {}}));",
                         key, {started[0] + "/x": True})
        d.get(url("index.html"))
        WebDriverWait(d, 10).until(lambda _: d.find_element(By.CSS_SELECTOR, "[data-home-progress]").is_displayed())
        items = shown(d, "[data-home-progress] li")
        check([i.find_element(By.CSS_SELECTOR, "a").text for i in items] == [started[1]] and
              "1/%d" % started[7] in items[0].text,
              "the home page's progress names the started course from catalog-data.js: %r" % [i.text for i in items])

        # A course over several pages: its progress counts every lesson, and
        # "continue" leads to the first lesson not finished, on a later page.
        d.get(url("courses/%s/index.html" % long[0]))
        box = d.find_element(By.CSS_SELECTOR, "[data-progress]")
        slugs = box.get_attribute("data-lessons").split()
        check(len(slugs) == long[7], "the progress box names all %d lessons of the course" % long[7])
        done = {"%s/%s" % (long[0], s): True for s in slugs[:21]}
        d.execute_script("localStorage.setItem(arguments[0], JSON.stringify({lessons: arguments[1], quizzes: {}}));", key, done)
        d.refresh()
        start = d.find_element(By.CSS_SELECTOR, "[data-course-start] a")
        summary = d.find_element(By.CSS_SELECTOR, ".progress-summary").text
        check("22" in start.text and start.get_attribute("href").endswith("/%s/index.html" % slugs[21]) and
              "21/%d" % long[7] in summary.replace(" ", ""),
              "21 lessons done: %r, continue with lesson 22 on a later page (%r)" % (summary, start.text))
        d.find_element(By.CSS_SELECTOR, "nav.pagination a[rel='next']").send_keys(Keys.ENTER)
        marked = [li.get_attribute("data-lesson") for li in d.find_elements(By.CSS_SELECTOR, ".lesson-list > li.is-done")]
        check(marked == ["%s/%s" % (long[0], slugs[20])], "page 2 marks its finished lesson: %r" % marked)
        d.execute_script("localStorage.removeItem(arguments[0]);", key)
        check(not errors(d), "no browser errors on the path, the home page and the course pages")
    finally:
        d.quit()

    # Width, axe at 360 px and the console on the paginated pages.
    pages = ["courses/index.html", "courses/page/2/index.html", "courses/%s/page/2/index.html" % long[0],
             "courses/doi-tuong/nguoi-dan/page/2/index.html", "news/page/2/index.html"]
    pages = [p for p in pages if os.path.exists(os.path.join(site, p))]
    argv = [sys.executable, os.path.join(HERE, "learner_test.py"), site, "--only"] + pages
    if base:
        argv += ["--base", base]
    check(subprocess.run(argv).returncode == 0, "learner checks (360 px, axe) pass on %d paginated pages" % len(pages))
    print("all listing checks passed")


if __name__ == "__main__":
    main()
