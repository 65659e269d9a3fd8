#!/usr/bin/env python3
"""Continue where you left off, progress on course cards, and a reset that
asks first, in headless Chromium at a 360x800 phone screen, keyboard only.

  progress_test.py SITE_DIR [--base http://host:port/mount/] [--shots DIR]

Opens the site from file:// (or under --base) and, on the first course with
three lessons or more whose first lesson has one quiz:
  - without JavaScript, and before any progress, the course page says
    "start learning" and links to lesson 1;
  - after lesson 1's quiz is really passed (with the keyboard), the course
    page's button says "continue: <lesson 2's title>" and links there; with
    only lesson 2 finished it goes back to lesson 1 (the first not finished);
    with all finished it says so and offers to review from lesson 1; the page
    stays within 360 px;
  - the course's card on the catalog and on the home page shows "1/N lessons
    finished", a course not started shows nothing; the home page's progress
    list links on to lesson 2;
  - "clear progress" on the course page and "clear all progress" on the home
    page ask first: one press erases nothing and moves the focus into the
    question; Escape and "keep" put the button back, focused, and keep the
    progress; only "clear" erases;
  - axe-core (WCAG 2.x A/AA incl. 2.2 target size) finds nothing on the
    course page with the question open, nor on the home page, light and dark;
  - the browser logged no error.
Progress is made by answering the quiz, or written into localStorage in the
site's own format ("hocvu:<site>" → {lessons: {key: true}, quizzes: {id:
{best, passed}}}). Prints what it checked; exit 1 on the first failure.
"""
import argparse
import html.parser
import json
import os
import glob

from common import browser, check, errors
from quiz_test import QuizRun
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

# What the learner reads, by the site's language (vi.yml, en.yml).
WORDS = {
    "vi": {"start": "Bắt đầu học", "continue": "Học tiếp: ", "complete": "Bạn đã học xong khóa học này",
           "review": "Ôn lại từ bài 1", "card": "bài đã học", "next": "Học tiếp bài "},
    "en": {"start": "Start learning", "continue": "Continue: ", "complete": "You have finished this course",
           "review": "Review from lesson 1", "card": "Lessons finished", "next": "Continue with lesson "},
}


class CoursePage(html.parser.HTMLParser):
    """The lessons of a course page: key, quiz ids, link and title, in order."""

    def __init__(self):
        super().__init__()
        self.lessons, self.site, self.lang, self._in = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.site, self.lang = attrs.get("data-site"), (attrs.get("lang") or "vi")[:2]
        elif tag == "li" and "data-lesson" in attrs:
            self.lessons.append({"key": attrs["data-lesson"], "quizzes": (attrs.get("data-quizzes") or "").split(),
                                 "href": None, "title": ""})
        elif tag == "a" and self.lessons and self.lessons[-1]["href"] is None:
            self.lessons[-1]["href"] = attrs.get("href")
            self._in = self.lessons[-1]

    def handle_endtag(self, tag):
        if tag == "a":
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self._in["title"] += data


def pick_course(site):
    for path in sorted(glob.glob(os.path.join(site, "courses", "*", "index.html"))):
        page = CoursePage()
        with open(path, encoding="utf-8") as f:
            page.feed(f.read())
        if len(page.lessons) >= 3 and len(page.lessons[0]["quizzes"]) == 1:
            return os.path.relpath(path, site), page
    raise SystemExit("no course with 3 lessons whose first lesson has one quiz in " + site)


def axe_violations(driver, logged):
    """axe's findings, light and dark. The browser's log is drained into
    `logged` first, and after: axe itself fetches the stylesheets, which
    file:// refuses (CORS), and that is no error of the site."""
    logged += errors(driver)
    found = []
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        axe = Axe(driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": [
            "wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]}})
        found += ["%s %s %s" % (scheme, v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    errors(driver)
    return found


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--base", help="the site served here, e.g. http://127.0.0.1:8080/hv/ (default: file://)")
    parser.add_argument("--shots")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    base = args.base if args.base else "file://" + site + "/"
    if not base.endswith("/"):
        base += "/"
    course, page = pick_course(site)
    words = WORDS.get(page.lang, WORDS["vi"])
    lessons = page.lessons
    storage_key = "hocvu:" + (page.site or "site")
    course_dir = os.path.dirname(course)
    lesson_path = lambda i: os.path.normpath(os.path.join(course_dir, lessons[i]["href"]))
    url = lambda path: base + path
    print("progress on %s (%d lessons) from %s" % (course, len(lessons), base))
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)

    def shot(driver, name):
        if args.shots:
            driver.save_screenshot(os.path.join(args.shots, name))

    # Without JavaScript: the plain start button.
    d = browser(javascript=False)
    try:
        d.get(url(course))
        start = d.find_element(By.CSS_SELECTOR, "a.button[href$='%s']" % lessons[0]["href"])
        check(start.text.strip() == words["start"], "no script: the course page says %r" % start.text)
    finally:
        d.quit()

    d = browser()
    phone(d)
    run = QuizRun(d)
    logged = []

    def state():
        return json.loads(d.execute_script("return localStorage.getItem(arguments[0])", storage_key) or "null")

    def write(done):
        """Progress in the site's format: these lessons finished (their quizzes passed)."""
        value = {"lessons": {lessons[i]["key"]: True for i in done},
                 "quizzes": {q: {"best": 100, "passed": True} for i in done for q in lessons[i]["quizzes"]}}
        d.execute_script("localStorage.setItem(arguments[0], arguments[1])", storage_key, json.dumps(value))

    def start_link():
        """The course page's call to action, found as the learner sees it: the first .button."""
        return d.find_element(By.CSS_SELECTOR, "article.course header a.button")

    def shift_tab():
        ActionChains(d).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()

    def wait_focus(script, what):
        try:
            WebDriverWait(d, 5).until(lambda _: run.active(script))
        except Exception:
            check(False, what + " (focus is on %r)" % run.active("e.outerHTML.slice(0, 120)"))
        check(True, what)

    try:
        d.get(url(course))
        d.execute_script("localStorage.clear()")
        d.get(url(course))
        link = start_link()
        check(link.text.strip() == words["start"] and link.get_property("href") == url(lesson_path(0)),
              "before any progress the course page says %r and links to lesson 1" % link.text)

        # Lesson 1, really: its quiz answered right with the keyboard.
        d.get(url(lesson_path(0)))
        run.attempt(right=True)
        WebDriverWait(d, 10).until(lambda _: "(100%)" in run.status())
        check(state()["lessons"].get(lessons[0]["key"]) is True, "passing lesson 1's quiz finishes lesson 1")

        d.get(url(course))
        link = start_link()
        want = words["continue"] + lessons[1]["title"].strip()
        check(link.text.strip() == want, "after lesson 1 the button says %r: %r" % (want, link.text))
        check(link.get_property("href") == url(lesson_path(1)), "and links to lesson 2: " + link.get_property("href"))
        width = d.execute_script("return document.documentElement.scrollWidth")
        check(width <= 360, "the course page stays within 360 px (%d)" % width)
        d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link)
        shot(d, "course-continue.png")

        # The first lesson not finished, not the one after the last finished.
        write([1])
        d.get(url(course))
        link = start_link()
        check(link.text.strip() == words["continue"] + lessons[0]["title"].strip()
              and link.get_property("href") == url(lesson_path(0)),
              "with only lesson 2 finished it continues at lesson 1: %r" % link.text)
        write(range(len(lessons)))
        d.get(url(course))
        link = start_link()
        paragraph = link.find_element(By.XPATH, "..").text
        check(words["complete"] in paragraph and link.text.strip() == words["review"]
              and link.get_property("href") == url(lesson_path(0)),
              "with every lesson finished it says so and reviews from lesson 1: %r" % paragraph)
        d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link)
        shot(d, "course-complete.png")

        # Course cards: on the catalog and the home page.
        write([0])
        card_selector = "article.card:has(a[href$='%s'])" % (os.path.basename(course_dir) + "/index.html")
        for where in ("courses/index.html", "index.html"):
            d.get(url(where))
            cards = d.find_elements(By.CSS_SELECTOR, card_selector)
            if not cards:
                check(where != "courses/index.html", "the catalog lists the course")
                continue
            card = cards[0]
            text = card.text
            check(("1/%d" % len(lessons)) in text and words["card"] in text,
                  "%s: the course's card shows 1/%d %s: %r" % (where, len(lessons), words["card"], text.splitlines()[-1]))
            others = [c.text for c in d.find_elements(By.CSS_SELECTOR, "article.card") if c != card]
            check(others and not [t for t in others if words["card"] in t], "%s: courses not started show no progress" % where)
            if where == "courses/index.html":
                d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", card)
                shot(d, "catalog-card.png")
        home = d.find_element(By.CSS_SELECTOR, "[data-home-progress]")
        nexts = [a for a in home.find_elements(By.CSS_SELECTOR, "li a") if a.is_displayed() and a.text.startswith(words["next"])]
        check(len(nexts) == 1 and nexts[0].get_property("href") == url(lesson_path(1)) and nexts[0].text == words["next"] + "2",
              "the home page's progress list links on to lesson 2: %r" %
              [(a.text, a.get_property("href")) for a in nexts])
        d.execute_script("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", home)
        shot(d, "home-progress.png")
        violations = axe_violations(d, logged)
        check(not violations, "axe: no violations on the home page with progress %s" % (violations or ""))

        # The course's reset asks first, keyboard only.
        d.get(url(course))
        run.tab_to("e.matches('[data-progress-reset]')", "the course's clear-progress button")
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]') && e.closest('[role=group]').offsetParent !== null",
                   "Enter on 'clear progress' opens a question and moves the focus into it")
        check(state()["lessons"].get(lessons[0]["key"]) is True, "one press on 'clear progress' erases nothing")
        d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", d.find_element(By.CSS_SELECTOR, "[data-progress] [role=group]"))
        shot(d, "course-confirm.png")
        violations = axe_violations(d, logged)
        check(not violations, "axe: no violations on the course page with the question open %s" % (violations or ""))
        run.key(Keys.ESCAPE)
        wait_focus("e.matches('[data-progress-reset]')", "Escape closes the question and puts the focus back on the button")
        check(state()["lessons"].get(lessons[0]["key"]) is True, "Escape keeps the progress")
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]')", "the question opens again")
        yes = run.active("e.closest('[role=group]').querySelectorAll('button').length")
        # The focus is on the safe choice; the other one is the erasing one.
        keep_focused = run.active("e.textContent")
        run.key(Keys.ENTER)
        wait_focus("e.matches('[data-progress-reset]')", "%r closes the question and puts the focus back" % keep_focused)
        check(state()["lessons"].get(lessons[0]["key"]) is True and yes == 2, "%r keeps the progress" % keep_focused)
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]')", "the question opens a third time")
        shift_tab()
        wait_focus("!!e.closest('[role=group]') && e.tagName === 'BUTTON'", "Shift+Tab reaches the other answer")
        clear_word = run.active("e.textContent")
        run.key(Keys.ENTER)
        WebDriverWait(d, 5).until(lambda _: not (state() or {}).get("lessons", {}).get(lessons[0]["key"]))
        check(True, "%r erases the course's progress" % clear_word)
        check(start_link().text.strip() == words["start"], "then the course page says %r again" % words["start"])
        status = d.find_element(By.CSS_SELECTOR, "[data-progress] .progress-status").text
        check(status != "", "and says so: %r" % status)

        # The home page's "clear all" asks first too.
        write([0])
        d.get(url("index.html"))
        run.tab_to("e.matches('[data-progress-reset-all]')", "the home page's clear-all button")
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]') && e.closest('[role=group]').offsetParent !== null",
                   "Enter on 'clear all progress' opens a question and moves the focus into it")
        check(state() is not None, "one press on 'clear all progress' erases nothing")
        d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                         d.find_element(By.CSS_SELECTOR, "[data-home-progress] [role=group]"))
        shot(d, "home-confirm.png")
        run.key(Keys.ESCAPE)
        wait_focus("e.matches('[data-progress-reset-all]')", "Escape closes it, the focus back on the button")
        check(state() is not None, "Escape keeps all progress")
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]')", "the question opens again")
        run.key(Keys.ENTER)
        wait_focus("e.matches('[data-progress-reset-all]')", "the focused (safe) answer closes it")
        check(state() is not None, "the safe answer keeps all progress")
        run.key(Keys.ENTER)
        wait_focus("!!e.closest('[role=group]')", "the question opens a third time")
        shift_tab()
        run.key(Keys.ENTER)
        WebDriverWait(d, 5).until(lambda _: state() is None)
        check(True, "only the erasing answer clears all progress on this device")

        logged += errors(d)
        check(not logged, "no browser errors %s" % (logged or ""))
    finally:
        d.quit()
    print("all progress checks passed")


if __name__ == "__main__":
    main()
