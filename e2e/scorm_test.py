#!/usr/bin/env python3
"""The SCORM 1.2 packages `hocvu export` writes, in headless Chromium.

  scorm_test.py PACKAGE_OR_DIR [PACKAGE_OR_DIR ...] [--lesson SLUG]

Each argument is a `<course>.scorm.zip`, or a folder (the `--out` of
`hocvu export`) whose every `*.scorm.zip` is checked. For instance:

  hocvu export --out /tmp/export
  .venv/bin/python e2e/scorm_test.py /tmp/export
  .venv/bin/python e2e/scorm_test.py /tmp/export/an-toan-tren-mang.scorm.zip --lesson nhan-dien-lua-dao

For each package it checks that:
  - the zip has safe relative names and `imsmanifest.xml` at its root: a
    SCORM 1.2 manifest (IMS CP 1.1.2 and ADL CP namespaces, schemaversion
    1.2) whose default organization exists, whose identifiers are unique, whose
    every item names a resource, every resource href and `<file href>` is in
    the zip, every file of the zip is listed, and every page's local links,
    scripts, styles and pictures resolve inside the package;
  - each SCO with a quiz carries `<adlcp:masteryscore>` equal to the quiz's
    pass mark, and the overview (no quiz) carries none.
Then it unzips the package, writes a stand-in LMS next to it (`lms.html` and
`lms.js`: `window.API` with the eight SCORM 1.2 calls, each recorded in
`window.calls`, values checked against the SCORM 1.2 data model, calls out of
session or with bad values recorded in `window.misuse`) and serves the folder on
127.0.0.1 with a Content-Security-Policy that allows nothing inline. In it:
  - the overview SCO initializes, sets `cmi.core.lesson_status` "completed"
    and commits;
  - a lesson SCO (the one whose quiz has the most kinds of question, or
    --lesson) is set "incomplete"; a failing attempt reports its percentage as
    `cmi.core.score.raw` (below the mastery score, min 0 / max 100) and
    "failed"; after "Làm lại" a right attempt reports 100 and "passed"; a
    worse attempt after that keeps the session's best; each result is
    committed; resumed after an earlier session left "passed" and 90, a
    failing attempt keeps both;
  - navigating the SCO's frame away sets `cmi.core.session_time` (HH:MM:SS)
    and calls LMSFinish once, last;
  - no call fell outside LMSInitialize..LMSFinish or had a bad value, and the
    browser logged no error.
Opened without an LMS, the overview and the lesson log no browser error and
the quiz still scores a right attempt 100%.
Prints what it checked ("ok   ..."); exit 1 on the first failure.
"""
import argparse
import functools
import glob
import html.parser
import http.server
import json
import os
import posixpath
import re
import shutil
import tempfile
import threading
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

from common import QuietHandler, browser, check, errors
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS = {"cp": IMSCP, "adlcp": ADLCP}

# Nothing inline, nothing from another host; the stand-in LMS frames the SCOs
# from the same origin.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; worker-src 'self'; frame-src 'self'; form-action 'none'; "
       "base-uri 'none'; frame-ancestors 'self'")

LMS_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LMS stand-in</title>
<link rel="icon" href="data:,">
</head>
<body>
<iframe id="sco" title="SCO" width="1200" height="700"></iframe>
<script src="lms.js"></script>
</body>
</html>
"""

# A SCORM 1.2 API adapter that records every call. Values a SCO may set are
# checked against the 1.2 data model (cmi.core.*); a bad one, or any call
# before LMSInitialize or after LMSFinish, goes into window.misuse.
LMS_JS = r"""(function () {
  "use strict";
  var values = {
    "cmi.core._children": "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
    "cmi.core.student_id": "hv-0001",
    "cmi.core.student_name": "Nguyen, An",
    "cmi.core.lesson_location": "",
    "cmi.core.credit": "credit",
    "cmi.core.lesson_status": "not attempted",
    "cmi.core.entry": "ab-initio",
    "cmi.core.score._children": "raw,min,max",
    "cmi.core.score.raw": "",
    "cmi.core.score.min": "",
    "cmi.core.score.max": "",
    "cmi.core.total_time": "0000:00:00.00",
    "cmi.core.lesson_mode": "normal",
    "cmi.suspend_data": "",
    "cmi.launch_data": "",
    "cmi.comments": "",
    "cmi.student_data.mastery_score": ""
  };
  var readOnly = /^cmi\.core\.(_children|student_id|student_name|credit|entry|total_time|lesson_mode|score\._children)$|^cmi\.(launch_data|student_data\.mastery_score)$/;
  var decimal = function (v) { return v === "" || (/^\d{1,3}(\.\d+)?$/.test(v) && Number(v) <= 100); };
  var valid = {
    "cmi.core.lesson_status": function (v) { return /^(passed|completed|failed|incomplete|browsed)$/.test(v); },
    "cmi.core.score.raw": decimal,
    "cmi.core.score.min": decimal,
    "cmi.core.score.max": decimal,
    "cmi.core.session_time": function (v) { return /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/.test(v); },
    "cmi.core.lesson_location": function (v) { return v.length <= 255; },
    "cmi.core.exit": function (v) { return /^(time-out|suspend|logout|)$/.test(v); },
    "cmi.suspend_data": function (v) { return v.length <= 4096; },
    "cmi.comments": function (v) { return v.length <= 4096; }
  };
  var state = "not initialized";
  var lastError = "0";
  window.calls = [];
  window.misuse = [];
  window.values = values;
  window.committed = null;
  function record(name, args) {
    window.calls.push([name].concat(Array.prototype.map.call(args, String)));
  }
  function refuse(what, code) {
    window.misuse.push(what);
    lastError = code;
  }
  function running(name) {
    if (state === "running") return true;
    refuse(name + " while " + state, "301");
    return false;
  }
  window.API = {
    LMSInitialize: function (param) {
      record("LMSInitialize", arguments);
      if (param !== "") { refuse("LMSInitialize(" + JSON.stringify(param) + ")", "201"); return "false"; }
      if (state !== "not initialized") { refuse("LMSInitialize while " + state, "101"); return "false"; }
      state = "running"; lastError = "0";
      return "true";
    },
    LMSFinish: function (param) {
      record("LMSFinish", arguments);
      if (param !== "") { refuse("LMSFinish(" + JSON.stringify(param) + ")", "201"); return "false"; }
      if (!running("LMSFinish")) return "false";
      state = "finished"; lastError = "0";
      return "true";
    },
    LMSGetValue: function (key) {
      record("LMSGetValue", arguments);
      if (!running("LMSGetValue " + key)) return "";
      if (!Object.prototype.hasOwnProperty.call(values, key)) { refuse("LMSGetValue of unknown " + key, "401"); return ""; }
      if (key === "cmi.core.exit" || key === "cmi.core.session_time") { refuse("LMSGetValue of write-only " + key, "404"); return ""; }
      lastError = "0";
      return values[key];
    },
    LMSSetValue: function (key, value) {
      record("LMSSetValue", arguments);
      if (!running("LMSSetValue " + key)) return "false";
      value = String(value);
      if (readOnly.test(key)) { refuse("LMSSetValue of read-only " + key, "403"); return "false"; }
      if (!valid[key]) { refuse("LMSSetValue of unknown " + key, "401"); return "false"; }
      if (!valid[key](value)) { refuse("LMSSetValue " + key + " = " + JSON.stringify(value), "405"); return "false"; }
      values[key] = value; lastError = "0";
      return "true";
    },
    LMSCommit: function (param) {
      record("LMSCommit", arguments);
      if (param !== "") { refuse("LMSCommit(" + JSON.stringify(param) + ")", "201"); return "false"; }
      if (!running("LMSCommit")) return "false";
      window.committed = JSON.parse(JSON.stringify(values)); lastError = "0";
      return "true";
    },
    LMSGetLastError: function () { record("LMSGetLastError", arguments); return lastError; },
    LMSGetErrorString: function () { record("LMSGetErrorString", arguments); return ""; },
    LMSGetDiagnostic: function () { record("LMSGetDiagnostic", arguments); return ""; }
  };
  var query = new URLSearchParams(location.search);
  // A resumed attempt: what an earlier session left (?status=passed&raw=90).
  if (query.get("status")) { values["cmi.core.lesson_status"] = query.get("status"); values["cmi.core.entry"] = "resume"; }
  if (query.get("raw")) values["cmi.core.score.raw"] = query.get("raw");
  var sco = query.get("sco");
  if (sco) document.getElementById("sco").src = sco;
})();
"""

# What quiz_test.py reads: each question's kind, its inputs' values, the answer.
QUESTIONS_JS = """
    return Array.prototype.map.call(document.querySelector('form.quiz').querySelectorAll('.quiz-question'), function (q) {
      return {kind: q.getAttribute('data-kind'),
              values: Array.prototype.map.call(q.querySelectorAll('input'), function (i) { return i.value; }),
              answer: (q.getAttribute('data-answer') || '').split(' ').filter(Boolean),
              accept: JSON.parse(q.getAttribute('data-accept') || '[]')};
    });"""

WRONG_TEXT = "qqq sai roi"


class Handler(QuietHandler):
    # The package pages name their icon (data:), so no /favicon.ico is asked for.
    csp = CSP


class PageScan(html.parser.HTMLParser):
    """A page's local references and its quizzes (pass mark, kinds of question)."""

    def __init__(self):
        super().__init__()
        self.refs = []
        self.quizzes = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                self.refs.append(attrs[name])
        if attrs.get("srcset"):
            self.refs += [part.split()[0] for part in attrs["srcset"].split(",") if part.strip()]
        if tag == "form" and "data-quiz" in attrs and "quiz" in (attrs.get("class") or "").split():
            self.quizzes.append({"pass": attrs.get("data-pass"), "kinds": set()})
        if tag == "fieldset" and "data-kind" in attrs and self.quizzes:
            self.quizzes[-1]["kinds"].add(attrs["data-kind"])


def scan(path):
    parser = PageScan()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def local_target(page, ref):
    """The package path a page's reference points to, or None if it leaves the package on purpose."""
    parts = urllib.parse.urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith("#") or not parts.path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), urllib.parse.unquote(parts.path)))


def wait(driver, condition, what, seconds=10):
    """Waits for condition; a FAIL line naming what never happened otherwise."""
    try:
        WebDriverWait(driver, seconds).until(lambda _: condition())
    except TimeoutException:
        check(False, "within %ds: %s" % (seconds, what))


def js_round(x):
    """Math.round: halves go up."""
    return int(x + 0.5)


# ---------------------------------------------------------------- the manifest

def check_package(zip_path, folder):
    """Checks the zip and its manifest, unzips it into folder; returns the SCOs in
    organization order: dicts with title, href, mastery (int or None), quizzes."""
    with zipfile.ZipFile(zip_path) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        bad = [n for n in names if n.startswith("/") or "\\" in n or ".." in n.split("/")]
        check(not bad, "the zip's names are relative, with no '..' or backslash %s" % (bad or ""))
        check(z.testzip() is None, "every entry of the zip reads back (CRC)")
        check("imsmanifest.xml" in names, "imsmanifest.xml is at the zip's root")
        z.extractall(folder)
    files = set(names)

    root = ET.parse(os.path.join(folder, "imsmanifest.xml")).getroot()
    check(root.tag == "{%s}manifest" % IMSCP, "the manifest is IMS CP 1.1.2 (%s)" % root.tag)
    version = root.findtext("cp:metadata/cp:schemaversion", namespaces=NS)
    schema = root.findtext("cp:metadata/cp:schema", namespaces=NS)
    check(schema == "ADL SCORM" and version == "1.2", "its metadata says ADL SCORM 1.2 (%r, %r)" % (schema, version))

    identifiers = [e.get("identifier") for e in root.iter() if e.get("identifier") is not None]
    repeated = sorted({i for i in identifiers if identifiers.count(i) > 1})
    check(not repeated, "every identifier is unique %s" % (repeated or ""))

    resources = {r.get("identifier"): r for r in root.findall("cp:resources/cp:resource", NS)}
    organizations = root.find("cp:organizations", NS)
    default = organizations.get("default")
    organization = next((o for o in organizations.findall("cp:organization", NS) if o.get("identifier") == default), None)
    check(organization is not None, "the default organization %r exists" % default)

    items = list(organization.iter("{%s}item" % IMSCP))
    unknown = [i.get("identifier") for i in items if i.get("identifierref") is not None and i.get("identifierref") not in resources]
    check(items and not unknown, "every one of the %d items names a resource %s" % (len(items), unknown or ""))

    missing, unlisted_deps = [], []
    listed = set()
    for identifier, resource in resources.items():
        scormtype = resource.get("{%s}scormtype" % ADLCP)
        if scormtype not in ("sco", "asset"):
            missing.append("%s: adlcp:scormtype %r" % (identifier, scormtype))
        href = resource.get("href")
        if href is not None and href not in files:
            missing.append("%s href %s" % (identifier, href))
        for f in resource.findall("cp:file", NS):
            listed.add(f.get("href"))
            if f.get("href") not in files:
                missing.append("%s file %s" % (identifier, f.get("href")))
        for dependency in resource.findall("cp:dependency", NS):
            if dependency.get("identifierref") not in resources:
                unlisted_deps.append("%s -> %s" % (identifier, dependency.get("identifierref")))
    check(not missing, "every resource href and <file href> of %d resources is in the zip %s" % (len(resources), missing or ""))
    check(not unlisted_deps, "every dependency names a resource %s" % (unlisted_deps or ""))
    stray = sorted(files - listed - {"imsmanifest.xml"})
    check(not stray, "every file of the zip (%d) is listed in the manifest %s" % (len(files), stray or ""))

    broken = []
    for page in sorted(n for n in files if n.endswith(".html")):
        for ref in scan(os.path.join(folder, page)).refs:
            target = local_target(page, ref)
            if target is not None and target not in files and posixpath.join(target, "index.html") not in files:
                broken.append("%s -> %s" % (page, ref))
    for sheet in sorted(n for n in files if n.endswith(".css")):
        with open(os.path.join(folder, sheet), encoding="utf-8") as f:
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", f.read()):
                target = None if ref.startswith("data:") else local_target(sheet, ref)
                if target is not None and target not in files:
                    broken.append("%s -> %s" % (sheet, ref))
    check(not broken, "every page's and style sheet's local reference resolves in the package %s" % (broken[:5] or ""))

    scos = []
    for item in items:
        resource = resources.get(item.get("identifierref"))
        if resource is None or resource.get("{%s}scormtype" % ADLCP) != "sco":
            continue
        mastery = item.findtext("adlcp:masteryscore", namespaces=NS)
        page = scan(os.path.join(folder, resource.get("href")))
        scos.append({"title": item.findtext("cp:title", namespaces=NS), "href": resource.get("href"),
                     "mastery": int(mastery) if mastery else None, "quizzes": page.quizzes})
    check(scos, "the organization has %d SCOs" % len(scos))
    mismatched = []
    for sco in scos:
        passes = sorted({int(q["pass"] or 0) for q in sco["quizzes"]})
        expected = max(passes) if passes else None
        if sco["mastery"] != expected:
            mismatched.append("%s: masteryscore %s, quiz pass %s" % (sco["href"], sco["mastery"], passes))
    check(not mismatched, "each SCO with a quiz has a masteryscore equal to its pass mark, the others none %s" % (mismatched or ""))
    return scos


# ---------------------------------------------------------------- the browser

class SCORun:
    """One SCO in the stand-in LMS."""

    def __init__(self, driver, base):
        self.d = driver
        self.base = base

    def open(self, href, earlier=""):
        self.d.switch_to.default_content()
        self.d.get(self.base + "lms.html?sco=" + urllib.parse.quote(href) + earlier)
        self.d.execute_script("localStorage.clear()")
        wait(self.d, lambda: "LMSInitialize" in self.names(), "the SCO calls LMSInitialize %s" % href)

    def calls(self):
        self.d.switch_to.default_content()
        return self.d.execute_script("return window.calls")

    def names(self):
        return [c[0] for c in self.calls()]

    def sets(self, key):
        return [c[2] for c in self.calls() if c[0] == "LMSSetValue" and c[1] == key]

    def misuse(self):
        self.d.switch_to.default_content()
        return self.d.execute_script("return window.misuse")

    def committed(self, key):
        self.d.switch_to.default_content()
        return self.d.execute_script("return window.committed && window.committed[arguments[0]]", key)

    def frame(self):
        self.d.switch_to.default_content()
        self.d.switch_to.frame(self.d.find_element(By.ID, "sco"))

    def leave(self):
        """Navigates the SCO's frame away; the top page (and its record) stays."""
        self.d.switch_to.default_content()
        self.d.execute_script("document.getElementById('sco').src = 'about:blank'")
        wait(self.d, lambda: "LMSFinish" in self.names(), "leaving the SCO calls LMSFinish")


class Quiz:
    """The first quiz of the page the driver is on (switch into the frame first)."""

    def __init__(self, driver):
        self.d = driver

    def form(self):
        return self.d.find_element(By.CSS_SELECTOR, "form.quiz")

    def ready(self):
        wait(self.d, lambda: self.form().find_element(By.CSS_SELECTOR, ".quiz-check").is_displayed(), "the quiz shows its Check button")

    def questions(self):
        return self.d.execute_script(QUESTIONS_JS)

    def status(self):
        return self.form().find_element(By.CSS_SELECTOR, ".quiz-status").text

    def click(self, element):
        """A real click, once the element is in the middle of the (frame's) view."""
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
        element.click()

    def pick(self, fieldset, value):
        box = next(i for i in fieldset.find_elements(By.TAG_NAME, "input") if i.get_attribute("value") == value)
        self.click(box.find_element(By.XPATH, "ancestor::label"))

    def answer(self, fieldset, question, right):
        """Answers one question right or wrong; returns whether the answer given is right."""
        kind, values, answer = question["kind"], question["values"], question["answer"]
        if kind == "short-answer":
            typed = question["accept"][0] if right else WRONG_TEXT
            field = fieldset.find_element(By.CSS_SELECTOR, "input[type=text]")
            self.click(field)
            field.send_keys(typed)
            return right
        wrong = [v for v in values if v not in answer]
        if kind == "single":
            target = answer[0] if right or not wrong else wrong[0]
            self.pick(fieldset, target)
            return target in answer
        if right:
            chosen = answer
        elif wrong:
            chosen = [wrong[0]]
        else:                       # every choice is right: leave one out, if there are two
            chosen = answer[:1]
        for value in chosen:
            self.pick(fieldset, value)
        return set(chosen) == set(answer)

    def attempt(self, right_count):
        """Answers the first right_count questions right, the others wrong, and
        presses Check; returns the percentage the quiz should show."""
        self.ready()
        questions = self.questions()
        fieldsets = self.form().find_elements(By.CSS_SELECTOR, ".quiz-question")
        right = sum(self.answer(f, q, i < right_count) for i, (f, q) in enumerate(zip(fieldsets, questions)))
        self.click(self.form().find_element(By.CSS_SELECTOR, ".quiz-check"))
        percent = js_round(100 * right / len(questions))
        wait(self.d, lambda: "(%d%%)" % percent in self.status(), "the quiz scores %d%%" % percent)
        return percent

    def retry(self):
        button = self.form().find_element(By.CSS_SELECTOR, ".quiz-retry")
        check(button.text.strip() == "Làm lại", "the retry button reads 'Làm lại' (%r)" % button.text)
        self.click(button)
        wait(self.d, lambda: self.status() == "", "Làm lại clears the quiz")


def failing_count(questions, mastery):
    """The most right answers that still fail (so the score is not just 0)."""
    n = len(questions)
    return max([k for k in range(n + 1) if js_round(100 * k / n) < mastery], default=0)


def check_overview(run, sco):
    run.open(sco["href"])
    wait(run.d, lambda: "LMSCommit" in run.names(), "the SCO calls LMSCommit")
    calls = run.calls()
    check(calls[0][0] == "LMSInitialize" and calls[0][1:] == [""], "overview: LMSInitialize(\"\") is the first call")
    check(run.sets("cmi.core.lesson_status") == ["completed"], "overview: lesson_status set 'completed' (%r)" % run.sets("cmi.core.lesson_status"))
    check(run.committed("cmi.core.lesson_status") == "completed", "overview: and committed")
    check(not run.sets("cmi.core.score.raw"), "overview: no score reported")
    finish(run, "overview")


def check_lesson(run, sco):
    run.open(sco["href"])
    wait(run.d, lambda: "LMSCommit" in run.names(), "the SCO calls LMSCommit")
    mastery = sco["mastery"]
    check(run.sets("cmi.core.lesson_status") == ["incomplete"] and run.committed("cmi.core.lesson_status") == "incomplete",
          "lesson: read 'not attempted', set and committed 'incomplete' (%r)" % run.sets("cmi.core.lesson_status"))

    run.frame()
    quiz = Quiz(run.d)
    quiz.ready()
    questions = quiz.questions()
    percent = quiz.attempt(failing_count(questions, mastery))
    check(percent < mastery, "lesson: a failing attempt in the frame scores %d%% (mastery %d): %r" % (percent, mastery, quiz.status()))
    check(run.sets("cmi.core.score.raw")[-1:] == [str(percent)], "lesson: score.raw set %r, the attempt's percentage" % run.sets("cmi.core.score.raw"))
    check(run.sets("cmi.core.score.min")[-1:] == ["0"] and run.sets("cmi.core.score.max")[-1:] == ["100"], "lesson: score.min '0', score.max '100'")
    check(run.sets("cmi.core.lesson_status")[-1] == "failed", "lesson: lesson_status set 'failed'")
    check(run.names()[-1] == "LMSCommit" and run.committed("cmi.core.lesson_status") == "failed"
          and run.committed("cmi.core.score.raw") == str(percent), "lesson: the failure is committed")

    run.frame()
    quiz.retry()
    percent = quiz.attempt(len(questions))
    check(percent == 100, "lesson: after 'Làm lại' a right attempt scores 100%%: %r" % quiz.status())
    check(run.sets("cmi.core.score.raw")[-1] == "100" and run.sets("cmi.core.lesson_status")[-1] == "passed",
          "lesson: score.raw '100', lesson_status 'passed'")
    check(run.names()[-1] == "LMSCommit" and run.committed("cmi.core.lesson_status") == "passed"
          and run.committed("cmi.core.score.raw") == "100", "lesson: the pass is committed")

    run.frame()
    quiz.retry()
    percent = quiz.attempt(0)
    check(run.committed("cmi.core.score.raw") == "100" and run.committed("cmi.core.lesson_status") == "passed",
          "lesson: a worse attempt afterwards (%d%%) keeps the session's best, 100 and 'passed'" % percent)
    finish(run, "lesson")


def check_resume(run, sco):
    """A later session that fails must not lower an earlier pass or score."""
    run.open(sco["href"], "&status=passed&raw=90")
    wait(run.d, lambda: "LMSCommit" in run.names(), "the resumed SCO calls LMSCommit")
    check(run.sets("cmi.core.lesson_status") == [], "resumed lesson: an earlier 'passed' is not reset to 'incomplete'")
    run.frame()
    quiz = Quiz(run.d)
    quiz.ready()
    percent = quiz.attempt(failing_count(quiz.questions(), sco["mastery"]))
    check(run.committed("cmi.core.score.raw") == "90" and run.committed("cmi.core.lesson_status") == "passed",
          "resumed lesson: a failing attempt (%d%%) keeps the earlier 90 and 'passed'" % percent)
    finish(run, "resumed lesson")


def finish(run, what):
    run.leave()
    calls = run.calls()
    names = [c[0] for c in calls]
    times = run.sets("cmi.core.session_time")
    check(names.count("LMSFinish") == 1 and names[-1] == "LMSFinish" and calls[-1][1:] == [""],
          "%s: leaving the frame calls LMSFinish(\"\") once, last" % what)
    check(len(times) == 1 and re.match(r"^\d\d:\d\d:\d\d$", times[0]),
          "%s: session_time set before it, as HH:MM:SS (%r)" % (what, times))
    misuse = run.misuse()
    check(not misuse, "%s: every call was in session, with valid values %s" % (what, misuse or ""))
    logged = errors(run.d)
    check(not logged, "%s: no browser errors in the LMS %s" % (what, logged or ""))


def check_without_lms(driver, base, overview, lesson):
    driver.switch_to.default_content()
    errors(driver)
    driver.get(base + overview["href"])
    driver.execute_script("localStorage.clear()")
    driver.get(base + overview["href"])
    logged = errors(driver)
    check(not logged, "no LMS: the overview logs no browser error %s" % (logged or ""))
    driver.get(base + lesson["href"])
    quiz = Quiz(driver)
    percent = quiz.attempt(len(quiz.questions()))
    check(percent == 100, "no LMS: the lesson's quiz still scores a right attempt: %r" % quiz.status())
    logged = errors(driver)
    check(not logged, "no LMS: the lesson logs no browser error %s" % (logged or ""))


def pick_lesson(scos, wanted):
    lessons = [s for s in scos if len(s["quizzes"]) == 1]
    if wanted:
        lessons = [s for s in lessons if wanted in (s["href"], s["href"].split("/")[-2])]
        check(lessons, "the package has the lesson %r, with one quiz" % wanted)
    check(lessons, "the package has a lesson with one quiz")
    return max(lessons, key=lambda s: len(s["quizzes"][0]["kinds"]))


def check_one(driver, zip_path, wanted):
    print("package " + os.path.basename(zip_path))
    folder = tempfile.mkdtemp(prefix="hocvu-scorm-")
    server = None
    try:
        scos = check_package(zip_path, folder)
        overview = next((s for s in scos if not s["quizzes"] and s["href"].count("/") == 2), None)
        check(overview is not None, "the first SCO without a quiz is the course overview courses/<c>/index.html")
        lesson = pick_lesson(scos, wanted)
        print("     lesson " + lesson["href"])

        for name, text in (("lms.html", LMS_HTML), ("lms.js", LMS_JS)):
            check(not os.path.exists(os.path.join(folder, name)), "the package has no %s of its own" % name)
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=folder))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = "http://127.0.0.1:%d/" % server.server_address[1]

        run = SCORun(driver, base)
        errors(driver)
        check_overview(run, overview)
        check_lesson(run, lesson)
        check_resume(run, lesson)
        check_without_lms(driver, base, overview, lesson)
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="+", help="a <course>.scorm.zip, or a folder of them (the export's --out)")
    parser.add_argument("--lesson", help="the lesson to take the quiz of: its slug or courses/<c>/<l>/index.html")
    args = parser.parse_args()
    zips = []
    for target in args.packages:
        if os.path.isdir(target):
            found = sorted(glob.glob(os.path.join(target, "*.scorm.zip")))
            check(found, "%s holds %d SCORM packages" % (target, len(found)))
            zips += found
        else:
            zips.append(target)
    driver = browser()
    try:
        for zip_path in zips:
            check_one(driver, os.path.abspath(zip_path), args.lesson)
    finally:
        driver.quit()
    print("all SCORM checks passed: %d package%s" % (len(zips), "" if len(zips) == 1 else "s"))


if __name__ == "__main__":
    main()
