#!/usr/bin/env python3
"""Searches the built sample portal in headless Chromium, from file://.

  search_test.py SITE_DIR

Checks that typing "mat khau" into the search box (key by key) lists the
password lesson first with the words highlighted; that "MẬT KHẨU" and
"mật khẩu" give the same first result; that "dang nhap" finds pages with
"đăng nhập"; that prefix matching works as you type ("mat kh"); that
search/index.html?q=… opens with the results shown; that a result links to
its page; and that without JavaScript the page says so and links to the
catalog. Exit 1 on the first failure.
"""
import os
import sys
import urllib.parse

from common import browser, check, errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def first_titles(d, n=3):
    return [e.text for e in d.find_elements(By.CSS_SELECTOR, "#search-results li h2")][:n]


def main():
    site = os.path.abspath(sys.argv[1])
    page = "file://" + os.path.join(site, "search", "index.html")

    d = browser(javascript=False)
    try:
        d.get(page)
        text = d.find_element(By.CSS_SELECTOR, "body").text
        check("JavaScript" in text and d.find_elements(By.CSS_SELECTOR, ".search-noscript a[href$='courses/index.html']"),
              "without JavaScript the page says so and links to the catalog")
    finally:
        d.quit()

    d = browser()
    try:
        d.get(page)
        box = d.find_element(By.ID, "search-q")
        box.send_keys("mat khau")  # key by key, as a person types
        WebDriverWait(d, 10).until(lambda _: first_titles(d))
        titles = first_titles(d)
        check(titles and "Mật khẩu" in titles[0], "typing 'mat khau' lists the password lesson first: %r" % titles)
        marks = [m.text for m in d.find_elements(By.CSS_SELECTOR, "#search-results li:first-child mark")]
        check(any(m.lower().startswith("mật") for m in marks) and any(m.lower().startswith("khẩu") for m in marks),
              "the matched words are highlighted: %r" % marks[:4])
        check("mat%20khau" in d.current_url or "mat+khau" in d.current_url, "the address keeps the query: " + d.current_url)

        for query in ("MẬT KHẨU", "mật khẩu", "MAT KHAU"):
            d.get(page + "?q=" + urllib.parse.quote(query))
            WebDriverWait(d, 10).until(lambda _: first_titles(d))
            check("Mật khẩu" in first_titles(d)[0], "search/?q=%s opens with the password lesson first" % query)

        d.get(page)
        box = d.find_element(By.ID, "search-q")
        box.send_keys("mat kh")
        WebDriverWait(d, 10).until(lambda _: first_titles(d))
        check("Mật khẩu" in first_titles(d)[0], "prefixes match as you type ('mat kh')")

        d.get(page + "?q=dang%20nhap")
        WebDriverWait(d, 10).until(lambda _: first_titles(d))
        snippets = " ".join(e.text for e in d.find_elements(By.CSS_SELECTOR, "#search-results .search-snippet"))
        check("đăng nhập" in snippets.lower(), "'dang nhap' finds 'đăng nhập'")

        d.get(page + "?q=khong%20co%20tu%20nay%20xyzq")
        WebDriverWait(d, 10).until(lambda _: d.find_element(By.ID, "search-status").text)
        check(not first_titles(d), "a query with no match says so: %r" % d.find_element(By.ID, "search-status").text)

        d.get(page + "?q=mat%20khau")
        WebDriverWait(d, 10).until(lambda _: first_titles(d))
        d.find_element(By.CSS_SELECTOR, "#search-results li h2 a").click()
        WebDriverWait(d, 10).until(lambda _: "search" not in d.current_url)
        check("Mật khẩu" in d.find_element(By.TAG_NAME, "h1").text, "the first result opens the lesson: " + d.current_url)
        errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
        check(not errors, "no browser errors %s" % (errors or ""))
    finally:
        d.quit()
    print("all search checks passed")


if __name__ == "__main__":
    main()
