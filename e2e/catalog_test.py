#!/usr/bin/env python3
"""The catalog's filters in headless Chromium, from file:// (or from --base,
e.g. the site served by nginx under /hv/ as browser_suite.py does).

  catalog_test.py SITE_DIR [--base URL]

With JavaScript: choosing an audience, then a level, filters the cards in
place and combines the two (checked against the cards' own data), and the
count follows. Without JavaScript: each filter is a link to a static page,
and the audience's page is its learning path. Exit 1 on the first failure.
"""
import argparse
import os

from common import browser, check, errors
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def visible_cards(d):
    return [li for li in d.find_elements(By.CSS_SELECTOR, ".card-grid > li") if li.is_displayed()]


def expected(d, audience, level):
    count = 0
    for li in d.find_elements(By.CSS_SELECTOR, ".card-grid > li"):
        parts = [" %s " % p.strip() for p in li.get_attribute("data-filter").split("|")]
        if (" %s " % audience) in parts[0] and (not level or (" %s " % level) in parts[1]):
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--base", help="the site's URL (ends with /), instead of file://")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    if args.base:
        catalog = args.base + ("" if args.base.endswith("/") else "/") + "courses/index.html"
    else:
        catalog = "file://" + os.path.join(site, "courses", "index.html")
    print("catalog at " + catalog)

    d = browser()
    try:
        d.get(catalog)
        total = len(visible_cards(d))
        check(total >= 8, "the catalog shows every course (%d)" % total)
        audience = d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='hoc-sinh']")
        audience.send_keys(Keys.ENTER)
        after_audience = len(visible_cards(d))
        check(after_audience == expected(d, "hoc-sinh", None) and after_audience < total,
              "choosing an audience filters in place (%d courses)" % after_audience)
        check(audience.get_attribute("aria-current") == "true" and d.current_url == catalog,
              "the page stays; the chosen filter is marked")
        level = d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='co-ban']")
        level.send_keys(Keys.ENTER)
        both = len(visible_cards(d))
        check(both == expected(d, "hoc-sinh", "co-ban") and both <= after_audience,
              "an audience and a level combine (%d courses)" % both)
        count = d.find_element(By.CSS_SELECTOR, "[data-course-count]").text
        check(str(both) in count, "the count follows: %r" % count)
        d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='']").send_keys(Keys.ENTER)
        d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='']").send_keys(Keys.ENTER)
        check(len(visible_cards(d)) == total, "'Tất cả' shows every course again")
        # Sorting: by duration, shortest first, per the cards' own data.
        from selenium.webdriver.support.ui import Select
        Select(d.find_element(By.ID, "catalog-sort")).select_by_value("duration")
        minutes = [int(li.get_attribute("data-sort").split()[0]) for li in d.find_elements(By.CSS_SELECTOR, ".card-grid > li")]
        check(minutes == sorted(minutes), "sorting by duration puts the shortest first: %r" % minutes)
        Select(d.find_element(By.ID, "catalog-sort")).select_by_value("title")
        first = d.find_element(By.CSS_SELECTOR, ".card-grid > li h3").text
        check(first.startswith("An toàn"), "back to titles in dictionary order: %r first" % first)
        errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
        check(not errors, "no browser errors %s" % (errors or ""))

        # Learning paths from the home page: each audience card is a link to
        # its path (the whole card), with its targets as sentences.
        home = catalog[: -len("courses/index.html")] + "index.html"
        d.get(home)
        cards = d.find_elements(By.CSS_SELECTOR, ".audience")
        links = [c.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href") for c in cards]
        check(len(cards) >= 2 and all("courses/doi-tuong/" in l and l.endswith("/index.html") for l in links),
              "every audience card on the home page links to its learning path (%d)" % len(cards))
        targets = [t.text for t in d.find_elements(By.CSS_SELECTOR, ".audience .target")]
        check(targets and all("%" in t for t in targets) and any("2026" in t for t in targets),
              "targets are sentences, every year given: %r" % targets[:3])
        card = next(c for c in cards if "nguoi-dan" in c.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href"))
        d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", card)
        # A tap anywhere on the card (here: its description) lands on the link.
        hit = d.execute_script(
            "var r = arguments[0].getBoundingClientRect();"
            "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);",
            card.find_element(By.CSS_SELECTOR, "p"))
        check(hit.tag_name == "a" and "nguoi-dan" in hit.get_attribute("href"),
              "the whole card is the link (a tap on its text hits <%s>)" % hit.tag_name)
        hit.click()
        check(d.current_url.endswith("courses/doi-tuong/nguoi-dan/index.html"),
              "a tap on the card opens the learning path: " + d.current_url)

        # On the path, a level narrows the path's own courses: the audience stays.
        path_url = d.current_url
        steps = d.find_elements(By.CSS_SELECTOR, ".path-steps > li")
        levels = d.find_elements(By.CSS_SELECTOR, "a[data-group='1']")
        check(levels and all(l.is_displayed() for l in levels), "with JavaScript the path offers its level filters")
        for link in [l for l in levels if l.get_attribute("data-value")]:
            value = link.get_attribute("data-value")
            link.send_keys(Keys.ENTER)
            shown = [s for s in steps if s.is_displayed()]
            fits = [s for s in steps if (" %s " % value) in " %s " % s.get_attribute("data-filter").split("|")[1]]
            audiences_ok = all(" nguoi-dan " in " %s " % s.get_attribute("data-filter").split("|")[0] for s in shown)
            none = d.find_element(By.CSS_SELECTOR, "[data-path-none]").is_displayed()
            check(d.current_url == path_url and audiences_ok and len(shown) == len(fits) and none == (not fits),
                  "level %s on the path lists the audience's own %d course(s) of that level" % (value, len(shown)))
        d.find_element(By.CSS_SELECTOR, "a[data-group='1'][data-value='']").send_keys(Keys.ENTER)
        check(len([s for s in steps if s.is_displayed()]) == len(steps), "'Tất cả' shows the whole path again")
        other = d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='can-bo']")
        other.send_keys(Keys.ENTER)
        check(d.current_url.endswith("courses/doi-tuong/can-bo/index.html"),
              "another audience on a path opens that audience's path: " + d.current_url)
        errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
        check(not errors, "no browser errors on the home page and the paths %s" % (errors or ""))
    finally:
        d.quit()

    d = browser(javascript=False)
    try:
        d.get(catalog)
        d.find_element(By.CSS_SELECTOR, "a[data-group='0'][data-value='nguoi-dan']").click()
        check(d.current_url.endswith("courses/doi-tuong/nguoi-dan/index.html"),
              "without JavaScript a filter opens its static page: " + d.current_url)
        steps = d.find_elements(By.CSS_SELECTOR, ".path-steps > li")
        check(len(steps) >= 1 and "Lộ trình" in d.find_element(By.TAG_NAME, "h1").text,
              "the audience's page is its learning path (%d courses)" % len(steps))
        hidden = [l for l in d.find_elements(By.CSS_SELECTOR, "a[data-group='1'], a[data-group='2']") if l.is_displayed()]
        check(not hidden, "without JavaScript the path shows no level or competency link (they would drop the audience)")
    finally:
        d.quit()
    print("all catalog checks passed")


if __name__ == "__main__":
    main()
