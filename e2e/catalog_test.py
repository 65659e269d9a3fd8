#!/usr/bin/env python3
"""The catalog's filters in headless Chromium, from file://.

  catalog_test.py SITE_DIR

With JavaScript: choosing an audience, then a level, filters the cards in
place and combines the two (checked against the cards' own data), and the
count follows. Without JavaScript: each filter is a link to a static page,
and the audience's page is its learning path. Exit 1 on the first failure.
"""
import os
import sys

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
    site = os.path.abspath(sys.argv[1])
    catalog = "file://" + os.path.join(site, "courses", "index.html")

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
    finally:
        d.quit()
    print("all catalog checks passed")


if __name__ == "__main__":
    main()
