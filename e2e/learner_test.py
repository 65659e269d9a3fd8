#!/usr/bin/env python3
"""Every page of a built site as a learner on a phone meets it, in headless Chromium.

  learner_test.py SITE_DIR [--base URL] [--only PAGE …] [--dark] [--axe-kinds]

Opens each .html page of SITE_DIR (from file://, or under --base, e.g.
http://127.0.0.1:8080/hv/ as browser_suite.py serves it with nginx) at a
360×800 phone screen, and checks on every page:
  - no page is wider than the screen: document.documentElement.scrollWidth
    <= 360 (when not, the innermost elements that stick out are named, with
    their widths);
  - axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA, which brings target size:
    24×24 CSS px) finds no violation (each listed by rule, element and axe's
    own message);
  - the browser logged no SEVERE entry (a CSP violation, a missing file, a
    script error).
A page is checked again in the states a learner brings it to: with the
site's menu open (a <details> in the page's first <header>; axe once per kind
of page, since the menu is the same everywhere), and, when the page has
quizzes or other <details>, as it looks once used: the menu closed, every
other <details> open (the no-JavaScript answers…), and each quiz answered
with its first choices and checked, so the marks, the feedback and the
explanations show. With --base, an unknown deep URL must answer with
the site's 404 page, styled, wherever the site is mounted.
Every problem of every page is listed, then exit 1; --only limits the run to
some pages (paths relative to SITE_DIR); --dark runs axe in dark mode too;
--axe-kinds runs axe on the first page of each kind (body class kind-…) only,
the width and console checks still on every page.
"""
import argparse
import os
import time
import urllib.error
import urllib.request

from common import Failures, browser, errors
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

WIDTH, HEIGHT = 360, 800
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
UNKNOWN = "khong-co/trang/nay/"

# The innermost elements whose box or content reaches past the screen's right
# edge and that no scrolling box of theirs clips (a table in its own scroller
# is fine; the page itself growing is not).
OVERFLOW_SCRIPT = """
var limit = document.documentElement.clientWidth + 0.5, found = [];
function clipped(e) {
  for (var a = e.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  }
  return false;
}
function name(e) {
  var s = e.tagName.toLowerCase();
  if (e.id) s += '#' + e.id;
  if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\\s+/).join('.');
  var p = e.parentElement;
  return p && p !== document.body ? name(p).split(' > ').slice(-2).join(' > ') + ' > ' + s : s;
}
function reach(e) {
  var r = e.getBoundingClientRect();
  var own = getComputedStyle(e).overflowX === 'visible' ? r.left + e.scrollWidth : r.right;
  return Math.max(r.right, own) + window.scrollX;
}
var all = document.body.querySelectorAll('*');
for (var i = 0; i < all.length; i++) {
  var e = all[i];
  if (!e.getClientRects().length || reach(e) <= limit || clipped(e)) continue;
  // Named when no child reaches as far (its own text sticks out), or when
  // it scrolls: a scrolling box clips its children, so it is the one to name.
  var inner = 0, scrolls = getComputedStyle(e).overflowX !== 'visible';
  for (var c = scrolls ? null : e.firstElementChild; c; c = c.nextElementSibling) {
    if (c.getClientRects().length) inner = Math.max(inner, reach(c));
  }
  if (inner + 1 < reach(e)) found.push(name(e) + ' (' + Math.round(e.getBoundingClientRect().width) + ' px wide, reaches ' + Math.round(reach(e)) + ' px)');
}
return [document.documentElement.scrollWidth, found.slice(0, 5)];
"""

MENU = "body > header details"
# The page as it looks once used: the menu closed (it may cover the page,
# as a menu does), the other details open, each quiz answered (first choice
# of each question, "x" typed) and checked.
USE_SCRIPT = """
var n = 0;
document.querySelectorAll('details').forEach(function (d) { d.open = !d.matches('""" + MENU + """'); });
document.querySelectorAll('form.quiz').forEach(function (f) {
  f.querySelectorAll('.quiz-question').forEach(function (q) {
    var i = q.querySelector('input[type=radio], input[type=checkbox]');
    if (i) i.checked = true;
    var t = q.querySelector('input[type=text]');
    if (t) t.value = 'x';
  });
  var b = f.querySelector('.quiz-check');
  if (b && b.offsetParent) { b.click(); n++; }
});
return n;
"""


def page_url(site, base, rel):
    return base + rel if base else "file://" + os.path.join(site, rel)


def wait_loaded(d):
    WebDriverWait(d, 10).until(lambda _: d.execute_script("return document.readyState") == "complete")


def axe_problems(d, schemes, context=None):
    found = []
    for scheme in schemes:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        if not d.execute_script("return !!window.axe"):
            Axe(d).inject()
        # No preload: axe would fetch the stylesheets again with XHR, which
        # file:// refuses (a console error that is axe's, not the page's).
        # (Axe.run writes its options as a Python repr: passed as an argument instead.)
        result = d.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(arguments[1] || document, arguments[0]).then(done, function (e) { done({error: String(e)}); });",
            {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"], "preload": False}, context)
        if "error" in result:
            found.append("axe did not run: " + result["error"])
            continue
        for v in result["violations"]:
            for node in v["nodes"]:
                checks = node.get("any", []) + node.get("all", []) + node.get("none", [])
                message = "; ".join(sorted({c["message"] for c in checks if c.get("message")}))
                found.append("axe %s%s %s: %s" % (v["id"], "" if scheme == "light" else " (dark)",
                                                   " ".join(node["target"]), message or v["help"]))
    if schemes != ["light"]:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    return found


def check_state(d, schemes, state, axed, context=None):
    """Problems of the page as it is now: width, axe (unless `axed` holds
    this page's kind in this state already; None: axe every page) on the
    page or on `context` (a selector) only."""
    problems = []
    width, culprits = d.execute_script(OVERFLOW_SCRIPT)
    if width > WIDTH:
        problems.append("%s: the page is %d px wide at %d px%s" % (
            state, width, WIDTH, "".join("\n      " + c for c in culprits) if culprits else " (no element found sticking out)"))
    if axed is not None:
        kind = (state, d.execute_script("var m = /(^| )kind-(\\S+)/.exec(document.body.className); return m ? m[2] : '';"))
        if kind in axed:
            return problems
        axed.add(kind)
    problems += ["%s: %s" % (state, p) for p in axe_problems(d, schemes, context)]
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--base", help="the site's URL (ends with /), instead of file://")
    parser.add_argument("--only", nargs="*", help="pages to check, relative to SITE_DIR")
    parser.add_argument("--dark", action="store_true", help="run axe in dark mode too")
    parser.add_argument("--axe-kinds", action="store_true", help="axe on one page per kind only")
    args = parser.parse_args()
    started = time.monotonic()
    site = os.path.abspath(args.site)
    base = args.base
    if base and not base.endswith("/"):
        base += "/"
    pages = args.only or sorted(os.path.relpath(os.path.join(folder, n), site)
                                for folder, _, names in os.walk(site) for n in names if n.endswith(".html"))
    schemes = ["light", "dark"] if args.dark else ["light"]
    where = base or "file://" + site + "/"
    print("learner checks on %d pages at %s, %dx%d" % (len(pages), where, WIDTH, HEIGHT))

    failures = Failures()
    used_pages = 0
    axed = set() if args.axe_kinds else None
    menu_axed = set()
    d = browser(window="%d,%d" % (WIDTH, HEIGHT))
    try:
        # The window's own frame makes the viewport smaller than the window:
        # set the screen itself, as a phone has it.
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
        errors(d)
        for rel in pages:
            page_started = time.monotonic()
            d.get(page_url(site, base, rel))
            wait_loaded(d)
            logged = errors(d)
            problems = check_state(d, schemes, "as opened", axed)
            if d.execute_script("var m = document.querySelector('%s'); if (m) m.open = true; return !!m;" % MENU):
                # axe on the menu alone: what an open menu covers is out of reach by design.
                problems += check_state(d, schemes, "menu open", menu_axed, MENU)
            if d.execute_script("return !!document.querySelector('form.quiz, details:not(%s)')" % MENU):
                used_pages += 1
                d.execute_script(USE_SCRIPT)
                logged += errors(d)
                problems += check_state(d, schemes, "once used (details open, quizzes checked)", axed)
            problems += ["console: " + e for e in logged]
            failures.check(not problems, "%s:\n    %s" % (rel, "\n    ".join(problems)))
            print("%s %s (%.1f s)" % ("ok  " if not problems else "FAIL", rel, time.monotonic() - page_started))

        if base:
            # error_page 404 serves 404.html for any depth under the mount: it
            # must find its style wherever the site is mounted.
            try:
                answer = urllib.request.urlopen(base + UNKNOWN, timeout=10)
                status, body = answer.status, answer.read()
            except urllib.error.HTTPError as e:
                status, body = e.code, e.read()
            with open(os.path.join(site, "404.html"), "rb") as f:
                is_404 = status == 404 and body == f.read()
            d.get(base + UNKNOWN)
            wait_loaded(d)
            styled = d.execute_script(
                "return Array.prototype.some.call(document.styleSheets, function (s) {"
                "  try { return s.cssRules.length > 0; } catch (e) { return false; } });")
            # The document's own 404 is logged; nothing else may be.
            logged = [e for e in errors(d) if not (UNKNOWN in e and " 404" in e)]
            problems = check_state(d, schemes, "as opened", None)
            if not is_404:
                problems.append("the unknown address does not answer 404 with the site's 404.html (%d)" % status)
            if not styled:
                problems.append("the 404 page has no style (no stylesheet with rules loaded)")
            problems += ["console: " + e for e in logged]
            failures.check(not problems, "%s%s (404 page):\n    %s" % (base, UNKNOWN, "\n    ".join(problems)))
            print("%s %s (404 page)" % ("ok  " if not problems else "FAIL", UNKNOWN))
    finally:
        d.quit()
    failures.finish("%d pages at %s no wider than %d px, 0 axe violations (%s%s), no console error "
                    "(%d also once used) in %.1f s"
                    % (len(pages), where, WIDTH, ", ".join(AXE_TAGS), "; one page per kind" if axed is not None else "",
                       used_pages, time.monotonic() - started))
    print("all learner checks passed")


if __name__ == "__main__":
    main()
