#!/usr/bin/env python3
"""Answers a quiz of a built site in headless Chromium, with the keyboard alone.

  quiz_test.py SITE_DIR [--lesson courses/<c>/<l>/index.html] [--shots DIR] [--base URL]

Serves SITE_DIR on 127.0.0.1 with a strict Content-Security-Policy (or, with
--base, uses the site already served there, e.g. by nginx under /hv/ as
browser_suite.py does), opens a lesson whose quiz has the most kinds of
question, and checks that:
  - without JavaScript the quiz shows its questions, no buttons, and a closed
    "show answers" section;
  - checking with a question unanswered names it and moves the focus there;
  - a wrong attempt marks every question wrong, marks the chosen choices and
    the correct ones, shows the explanations, and fails;
  - "try again" clears it, and a right attempt (short answers typed without
    accents, in capitals) scores 100% and passes;
  - after a reload the best score is still shown, and the course page shows
    the lesson finished; its reset clears that; the home page lists the
    started course and clears all progress;
  - the same right attempt works with the page opened from file:// (not
    with --base: the run without it does that);
  - axe-core finds no WCAG 2.1 AA violation on the marked quiz and on the
    course page with progress, in light and dark;
  - the browser logged no error (a CSP violation would be one).
The answers are read from the form's data attributes; every action on the
quiz is a key press. Prints what it checked; exit 1 on the first failure.
"""
import argparse
import functools
import glob
import html.parser
import http.server
import json
import os
import sys
import threading
import unicodedata

from selenium.webdriver.common.action_chains import ActionChains
from common import QuietHandler, browser, check, errors
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

# Strict: nothing inline, nothing from another host. The service worker
# fetches pages from the site itself (connect-src) and is a worker (worker-src).
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; worker-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")


class Handler(QuietHandler):
    csp = CSP


class QuizKinds(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.kinds = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset" and "data-kind" in attrs:
            self.kinds.add(attrs["data-kind"])


def pick_lesson(site):
    best = None
    for path in sorted(glob.glob(os.path.join(site, "courses", "*", "*", "index.html"))):
        parser = QuizKinds()
        with open(path, encoding="utf-8") as f:
            parser.feed(f.read())
        if parser.kinds and (best is None or len(parser.kinds) > best[0]):
            best = (len(parser.kinds), os.path.relpath(path, site))
    if best is None:
        sys.exit("no lesson with a quiz in " + site)
    return best[1]


def fail(message):
    check(False, message)


def fold(text):
    """What a learner might type: no accents, capitals."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").upper()


class QuizRun:
    def __init__(self, driver):
        self.d = driver

    def key(self, *keys):
        ActionChains(self.d).send_keys(*keys).perform()

    def active(self, script):
        return self.d.execute_script("var e = document.activeElement; return " + script + ";")

    def questions(self):
        """Each question: kind, its inputs' values in page order, the answer."""
        return self.d.execute_script("""
            return Array.prototype.map.call(document.querySelectorAll('form.quiz')[0].querySelectorAll('.quiz-question'), function (q) {
              return {kind: q.getAttribute('data-kind'),
                      values: Array.prototype.map.call(q.querySelectorAll('input'), function (i) { return i.value; }),
                      answer: (q.getAttribute('data-answer') || '').split(' ').filter(Boolean),
                      accept: JSON.parse(q.getAttribute('data-accept') || '[]')};
            });""")

    def tab_to(self, condition, what, limit=400):
        for _ in range(limit):
            if self.active(condition):
                return
            self.key(Keys.TAB)
        fail("Tab never reached " + what)

    def answer(self, index, question, right):
        """Answers question `index`; the focus is on its first input."""
        in_question = "e.closest('.quiz-question') === document.querySelectorAll('form.quiz')[0].querySelectorAll('.quiz-question')[%d]" % index
        check_focus = lambda: self.active(in_question) or fail("focus left question %d" % (index + 1))
        check_focus()
        kind, values = question["kind"], question["values"]
        if kind == "short-answer":
            # The accepted answer with the most accents, typed without them.
            typed = max(question["accept"], key=lambda a: sum(ord(c) > 127 for c in a))
            self.key(fold(typed) if right else "sai roi")
        elif kind == "single":
            wrong = [v for v in values if v not in question["answer"]]
            target = question["answer"][0] if right else wrong[0]
            # Space checks the focused radio; each arrow moves to the next one and checks it.
            self.key(Keys.SPACE)
            for _ in range(values.index(target)):
                self.key(Keys.ARROW_DOWN)
            check_focus()
        else:
            wanted = set(question["answer"]) if right else {next(v for v in values if v not in question["answer"])}
            for position, value in enumerate(values):
                # A code block wider than its box is a Tab stop of its own in
                # Chromium (it scrolls with the arrows): Tab on to the next box.
                for _ in range(3 if position > 0 else 0):
                    self.key(Keys.TAB)
                    check_focus()
                    if self.active("e.matches('input') && e.value === %s" % json.dumps(value)):
                        break
                if value in wanted:
                    self.key(Keys.SPACE)

    def attempt(self, right, skip=None):
        """Answers every question (but `skip`) and presses Check."""
        questions = self.questions()
        first_input = "e.matches('form.quiz .quiz-question input')"
        self.tab_to(first_input, "the quiz's first input")
        for index, question in enumerate(questions):
            if index > 0:
                nth = "document.querySelectorAll('form.quiz')[0].querySelectorAll('.quiz-question')[%d]" % index
                self.tab_to("e.matches('input') && e.closest('.quiz-question') === " + nth, "question %d" % (index + 1))
            if index != skip:
                self.answer(index, question, right)
        self.tab_to("e.matches('form.quiz .quiz-check')", "the Check button")
        self.key(Keys.ENTER)
        return questions

    def confirm(self):
        """Answers "clear" to the question a reset asks first (progress_test.py
        checks the question itself): the focus is on "keep", "clear" before it."""
        WebDriverWait(self.d, 10).until(lambda _: self.active("!!e.closest('[role=group]')"))
        ActionChains(self.d).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        self.key(Keys.ENTER)

    def status(self):
        return self.d.find_element(By.CSS_SELECTOR, "form.quiz .quiz-status").text


def axe_violations(driver):
    """axe-core (WCAG 2.1 A/AA and best practice) on the page as it is now, light and dark."""
    found = []
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        axe = Axe(driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]}})
        found += ["%s %s %s" % (scheme, v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--lesson")
    parser.add_argument("--shots")
    parser.add_argument("--base", help="the site's URL (ends with /), instead of a server of our own")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    lesson = args.lesson or pick_lesson(site)
    course = os.path.join(os.path.dirname(os.path.dirname(lesson)), "index.html")

    server = None
    if args.base:
        base = args.base if args.base.endswith("/") else args.base + "/"
    else:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = "http://127.0.0.1:%d/" % server.server_address[1]
    print("quiz on %s at %s" % (lesson, base))

    # Without JavaScript.
    d = browser(javascript=False)
    try:
        d.get(base + lesson)
        form = d.find_element(By.CSS_SELECTOR, "form.quiz")
        check(form.find_element(By.CSS_SELECTOR, ".quiz-question input").is_displayed(), "no script: the questions show")
        check(not form.find_element(By.CSS_SELECTOR, ".quiz-actions").is_displayed(), "no script: no Check button")
        details = form.find_element(By.CSS_SELECTOR, "details.quiz-answers")
        check(details.get_attribute("open") is None, "no script: the answers are in a closed <details>")
        details.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)
        check(details.find_element(By.CSS_SELECTOR, ".quiz-correct").is_displayed(), "no script: opening it shows the answers")
    finally:
        d.quit()

    d = browser()
    try:
        run = QuizRun(d)
        d.get(base + lesson)
        d.execute_script("localStorage.clear()")
        d.get(base + lesson)
        check(d.find_element(By.CSS_SELECTOR, "form.quiz .quiz-check").is_displayed(), "script: the Check button shows")

        # Unanswered question.
        questions = run.questions()
        last = len(questions) - 1
        run.attempt(right=True, skip=last)
        WebDriverWait(d, 10).until(lambda _: str(last + 1) in run.status())
        check(run.active("!!e.closest('.quiz-question')") and
              run.active("e.closest('.quiz-question') === document.querySelectorAll('form.quiz .quiz-question')[%d]" % last),
              "checking with question %d unanswered says so and moves the focus there" % (last + 1))
        d.get(base + lesson)

        # Wrong attempt.
        questions = run.attempt(right=False)
        WebDriverWait(d, 10).until(lambda _: "(0%)" in run.status())
        check(True, "a wrong attempt scores 0%%: %r" % run.status())
        wrong = d.find_elements(By.CSS_SELECTOR, "form.quiz .quiz-question.is-wrong")
        check(len(wrong) == len(questions), "every question is marked wrong (%d)" % len(wrong))
        marks = d.find_elements(By.CSS_SELECTOR, "form.quiz li.is-wrong .quiz-mark")
        missed = d.find_elements(By.CSS_SELECTOR, "form.quiz li.is-missed .quiz-mark")
        choice_questions = sum(1 for q in questions if q["kind"] != "short-answer")
        check(len(marks) == choice_questions and len(missed) >= choice_questions,
              "each chosen wrong choice and each correct choice is marked in words (%d, %d)" % (len(marks), len(missed)))
        explanations = d.find_elements(By.CSS_SELECTOR, "form.quiz .quiz-result .quiz-explanation")
        expected = len(d.find_elements(By.CSS_SELECTOR, "form.quiz details .quiz-explanation"))
        check(len(explanations) == expected and all(e.is_displayed() for e in explanations),
              "the explanations show (%d)" % len(explanations))
        check(run.active("e.matches('.quiz-retry')"), "the focus is on Try again")
        violations = axe_violations(d)
        check(not violations, "axe: no violations on the marked quiz %s" % (violations or ""))
        if args.shots:
            os.makedirs(args.shots, exist_ok=True)
            d.execute_script("document.querySelector('form.quiz').scrollIntoView({behavior: 'instant'})")
            d.save_screenshot(os.path.join(args.shots, "quiz-wrong.png"))

        # Try again, then right.
        run.key(Keys.ENTER)
        WebDriverWait(d, 10).until(lambda _: run.status() == "")
        check(not d.find_elements(By.CSS_SELECTOR, "form.quiz .quiz-result, form.quiz .quiz-mark"), "Try again clears the marks")
        check(run.active("e.matches('form.quiz input')"), "the focus is back on the first answer")
        run.attempt(right=True)
        total = len(questions)
        WebDriverWait(d, 10).until(lambda _: "(100%)" in run.status())
        check("%d/%d" % (total, total) in run.status() or "%d of %d" % (total, total) in run.status(),
              "a right attempt scores %d/%d: %r" % (total, total, run.status()))
        check(len(d.find_elements(By.CSS_SELECTOR, "form.quiz .quiz-question.is-right")) == total, "every question is marked right")
        if args.shots:
            d.execute_script("document.querySelector('form.quiz').scrollIntoView({behavior: 'instant'})")
            d.save_screenshot(os.path.join(args.shots, "quiz-right.png"))

        # Reload: the best score stays; the course page shows the lesson finished.
        d.get(base + lesson)
        best = d.find_element(By.CSS_SELECTOR, "form.quiz .quiz-best")
        check(best.is_displayed() and "100%" in best.text, "after a reload the best score shows: %r" % best.text)
        d.get(base + course)
        item = d.find_element(By.CSS_SELECTOR, ".lesson-list li[data-lesson='%s']" % "/".join(lesson.split("/")[1:3]))
        check("is-done" in item.get_attribute("class") and "100%" in item.text, "the course page marks the lesson finished, 100%")
        summary = d.find_element(By.CSS_SELECTOR, "[data-progress] .progress-summary").text
        check("1/" in summary or "1 of" in summary, "the course page counts one lesson finished: %r" % summary)
        violations = axe_violations(d)
        check(not violations, "axe: no violations on the course page with progress %s" % (violations or ""))
        if args.shots:
            d.save_screenshot(os.path.join(args.shots, "course-progress.png"))
        d.find_element(By.CSS_SELECTOR, "[data-progress-reset]").send_keys(Keys.ENTER)
        run.confirm()
        WebDriverWait(d, 10).until(lambda _: "is-done" not in item.get_attribute("class"))
        check(not d.find_element(By.CSS_SELECTOR, ".lesson-progress").is_displayed(), "reset clears the course's progress")

        # The home page lists the started course, and clears all progress.
        d.get(base + lesson)
        run.attempt(right=True)
        WebDriverWait(d, 10).until(lambda _: "(100%)" in run.status())
        d.get(base + "index.html")
        box = d.find_element(By.CSS_SELECTOR, "[data-home-progress]")
        started = [li.text for li in box.find_elements(By.CSS_SELECTOR, "li") if li.is_displayed()]
        check(box.is_displayed() and len(started) == 1 and ("1/" in started[0] or "1 of" in started[0]),
              "the home page shows the one course started: %r" % started)
        box.find_element(By.CSS_SELECTOR, "[data-progress-reset-all]").send_keys(Keys.ENTER)
        run.confirm()
        WebDriverWait(d, 10).until(lambda _: box.find_element(By.CSS_SELECTOR, ".progress-status").text)
        check(not [li for li in box.find_elements(By.CSS_SELECTOR, "li") if li.is_displayed()]
              and d.execute_script("return Object.keys(localStorage).length") == 0,
              "'clear all progress' empties this site's storage")

        logged = errors(d)
        check(not logged, "no browser errors over http with CSP %s" % (logged or ""))

        # From disk (with --base, the run without it does this).
        if not args.base:
            d.get("file://" + os.path.join(site, lesson))
            run.attempt(right=True)
            WebDriverWait(d, 10).until(lambda _: "(100%)" in run.status())
            check(True, "from file:// the quiz works too")
            logged = errors(d)
            check(not logged, "no browser errors from file:// %s" % (logged or ""))
    finally:
        d.quit()
        if server:
            server.shutdown()
    print("all quiz checks passed")


if __name__ == "__main__":
    main()
