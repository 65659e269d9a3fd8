#!/usr/bin/env python3
"""The theme's layout on a phone, in headless Chromium (issue 13, items 2, 8, 11, 12).

  layout_test.py SITE_DIR [--base http://host:port/mount/]

Pages come from SITE_DIR over file://, or from --base (the same site served,
e.g. by nginx under a sub-path). Checks, at a 360x800 window unless said:
  - header: at most 12 % of the screen's height with the browser's default
    font, at most 25 % with the font at 24 px (many older learners set it);
  - menu, without JavaScript: the navigation is a <details> whose summary is
    exposed as a collapsed/expanded control; TAB reaches it, ENTER opens it
    (its links show, one marked aria-current), TAB enters the list, and past
    its end reaches the page uncovered by the open menu; SPACE on the summary
    closes it; focus is visible; at 1280 px the links show with no button;
    printing shows neither;
  - targets (WCAG 2.2, 2.5.8): every visible link, button, input, select,
    summary and focusable element is at least 24x24 CSS px (with the menu
    open too) on a lesson, a course, the catalog and the coverage page. A
    radio button or checkbox is measured itself, not its label. Exempt: a link
    "in a sentence", i.e. one whose computed display is inline and whose
    nearest non-inline ancestor has other text on its own lines (text nodes
    reached through inline elements only, outside the link);
  - readable text: no visible text on those pages under 14 px;
  - coverage table: its caption lies wholly on screen; scrolling the table
    sideways leaves the first column where it was, painted opaque (also in
    dark mode); a hint is shown and a shadow darkens (lightens, in dark mode)
    the edge with more to see, and goes once the end is reached (pixels of a
    screenshot, so it is what a learner sees);
  - code: a long code block in a quiz prompt (a <pre> after the legend), in a
    choice and in an answer (<span class="quiz-block quiz-pre">, as hocvu
    writes blocks inside a <label>), a table in a choice and a long <pre> in
    a lesson scroll in their own box, with the same edge shadow (a page
    written here, with the site's stylesheet: the sample has no code quiz);
  - no page is wider than the 360 px window: those pages and the quiz page.
Prints ok/FAIL lines; exit 1 at the end if any check failed.
"""
import os
import shutil
import struct
import sys
import tempfile
import zlib

from common import Failures, browser
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PAGES = {
    "lesson": "courses/an-toan-tren-mang/mat-khau-va-xac-thuc-hai-lop/index.html",
    "course": "courses/an-toan-tren-mang/index.html",
    "catalog": "courses/index.html",
    "coverage": "courses/bao-phu/index.html",
}
HEADER_SHARE = 0.12          # of an 800 px tall screen, default font
HEADER_SHARE_LARGE = 0.25    # with the browser's font at 24 px
TARGET = 24                  # CSS px, WCAG 2.2 2.5.8
MIN_TEXT = 14                # CSS px

# Every interactive target on the page with its size; see the docstring for
# what is exempt. Returns [{what, w, h, exempt}].
TARGETS_JS = r"""
var SELECTOR = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
function isInline(el) { return getComputedStyle(el).display === "inline"; }
function ownLineText(block, skip) {
  var text = "";
  (function walk(node) {
    for (var c = node.firstChild; c; c = c.nextSibling) {
      if (c === skip) continue;
      if (c.nodeType === 3) text += c.nodeValue;
      else if (c.nodeType === 1 && isInline(c)) walk(c);
    }
  })(block);
  return text.trim();
}
var found = [];
document.querySelectorAll(SELECTOR).forEach(function (el) {
  var r = el.getBoundingClientRect(), style = getComputedStyle(el);
  if ((r.width === 0 && r.height === 0) || style.visibility === "hidden") return;
  var exempt = false;
  if (el.tagName === "A" && isInline(el)) {
    var child = el, block = el.parentElement;
    while (block && isInline(block)) { child = block; block = block.parentElement; }
    exempt = ownLineText(block, child) !== "";
  }
  var label = (el.textContent || el.value || el.getAttribute("aria-label") || el.type || "").trim().replace(/\s+/g, " ").slice(0, 40);
  found.push({what: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "") + " '" + label + "'",
              w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10, exempt: exempt});
});
return found;
"""

# Visible elements with text of their own smaller than `arguments[0]` px.
SMALL_TEXT_JS = r"""
var small = [], limit = arguments[0];
document.querySelectorAll("body *").forEach(function (el) {
  var own = "";
  for (var c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue;
  own = own.trim();
  if (!own || !el.getClientRects().length) return;
  var style = getComputedStyle(el);
  if (style.visibility === "hidden" || el.closest("[hidden], .visually-hidden")) return;
  var size = parseFloat(style.fontSize);
  if (size < limit) small.push(el.tagName.toLowerCase() + "." + el.className + " '" + own.slice(0, 30) + "' " + size + "px");
});
return small;
"""

QUIZ_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mã trong câu hỏi</title><link rel="stylesheet" href="assets/style.css"></head>
<body class="kind-lesson"><main id="main"><div class="wrap"><article class="lesson"><div class="prose">
<h1>Mã trong câu hỏi</h1>
<pre id="long-pre"><code>fn main() { let a_long_variable_name_for_the_test = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]; println!("{:?}", a_long_variable_name_for_the_test); }</code></pre>
<form class="quiz" id="quiz-code" data-quiz="code" data-pass="70">
<fieldset class="quiz-question" data-kind="single" data-answer="1">
<legend><span class="quiz-number">Câu 1.</span> Đoạn mã sau in ra gì?</legend>
<pre id="prompt-pre"><code>let numbers_with_a_long_name = vec![100, 200, 300, 400, 500, 600, 700, 800, 900];
println!("{}", numbers_with_a_long_name.iter().map(|n| n * 2).sum::&lt;i32&gt;());</code></pre>
<ul class="quiz-choices">
<li><label><input type="radio" name="q1" value="0"> <span class="quiz-choice"><span class="quiz-block quiz-pre" id="choice-pre"><code>HashMap::&lt;String, Vec&lt;Option&lt;Box&lt;dyn std::error::Error + Send + Sync&gt;&gt;&gt;&gt;::new()</code></span></span></label></li>
<li><label><input type="radio" name="q1" value="1"> <span class="quiz-choice"><span class="quiz-block quiz-pre"><code>a_really_long_identifier_that_does_not_wrap_anywhere_at_all_in_the_code = 1</code></span></span></label></li>
<li><label><input type="radio" name="q1" value="2"> <span class="quiz-choice">Hai cách:<span class="quiz-block quiz-ul"><span class="quiz-block quiz-li"><code>for i in 1..3:</code></span><span class="quiz-block quiz-li">Đoạn văn đủ dài để phải xuống dòng trong nhãn khi màn hình hẹp.</span></span></span></label></li>
<li><label><input type="radio" name="q1" value="3"> <span class="quiz-choice"><span class="quiz-block quiz-table" id="choice-table"><span class="quiz-block quiz-thead"><span class="quiz-block quiz-tr"><span class="quiz-block quiz-th">Tên_cột_dài_thứ_nhất</span><span class="quiz-block quiz-th">Tên_cột_dài_thứ_hai</span><span class="quiz-block quiz-th">Tên_cột_dài_thứ_ba</span></span></span><span class="quiz-block quiz-tbody"><span class="quiz-block quiz-tr"><span class="quiz-block quiz-td">1</span><span class="quiz-block quiz-td">2</span><span class="quiz-block quiz-td">3</span></span></span></span></span></label></li>
</ul>
</fieldset>
<details class="quiz-answers" open><summary>Xem đáp án</summary>
<ol class="quiz-notes"><li><div class="quiz-correct">Đáp án: <span class="quiz-block quiz-pre" id="answer-pre"><code>numbers_with_a_long_name.iter().map(|n| n * 2).sum::&lt;i32&gt;() == 9000 // một dòng dài</code></span></div></li></ol>
</details>
</form>
</div></article></div></main></body></html>
"""


def font_browser(size):
    """Like common.browser, with the browser's default font size set (the
    setting a learner changes in Chrome's appearance settings)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"webkit.webprefs.default_font_size": size})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def viewport(d, width, height=800):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def media(d, dark=False, print_=False):
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "print" if print_ else "",
        "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def png_pixels(data):
    """(width, height, rows of (r, g, b)) of an 8-bit RGB/RGBA PNG, enough for
    Chromium's screenshots (no Pillow in the venv)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG format"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    step = 4 if colour == 6 else 3
    raw, stride, rows, previous = zlib.decompress(idat), width * step, [], bytearray(width * step)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[x * step:x * step + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def edge_brightness(d, element, side):
    """Mean brightness of a 6 px strip inside the element's left or right
    edge, skipping its border and the bottom 16 px (a scrollbar). Only the
    box's own background counts: the text, borders and backgrounds inside it
    are made transparent for the shot, so a cell or a letter at the edge is
    not taken for a shadow."""
    d.execute_script("""var s = document.createElement('style'); s.id = 'layout-test-bare';
        s.textContent = '.layout-test-bare * { color: transparent !important; border-color: transparent !important;'
          + ' background: transparent !important; box-shadow: none !important; text-decoration-color: transparent !important; }';
        document.head.appendChild(s); arguments[0].classList.add('layout-test-bare');""", element)
    png = element.screenshot_as_png
    d.execute_script("document.getElementById('layout-test-bare').remove(); arguments[0].classList.remove('layout-test-bare')", element)
    width, height, rows = png_pixels(png)
    xs = range(2, 8) if side == "left" else range(width - 8, width - 2)
    values = [sum(rows[y][x]) / 3 for y in range(2, max(3, height - 16)) for x in xs]
    return sum(values) / len(values)


def scroll_cue(d, selector, dark):
    """(shade at the right edge before scrolling, after scrolling to the end):
    the cue is there when the edge with more to see differs from the plain end."""
    element = d.find_element(By.CSS_SELECTOR, selector)
    d.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].scrollLeft = 0", element)
    before = edge_brightness(d, element, "right")
    d.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", element)
    after = edge_brightness(d, element, "right")
    d.execute_script("arguments[0].scrollLeft = 0", element)
    # Light: a shadow is darker than the plain end; dark mode: lighter.
    return (after - before) if not dark else (before - after)


def shown(d, element):
    """Rendered and visible, by the browser's own test (Selenium's
    is_displayed counts whatever is inside a closed <details> as hidden, even
    where CSS shows it)."""
    return d.execute_script("return arguments[0].checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})"
                            " && arguments[0].getClientRects().length > 0", element)


def page_width(d):
    return d.execute_script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")


def main():
    args = sys.argv[1:]
    base = None
    if "--base" in args:
        i = args.index("--base")
        base = args[i + 1]
        del args[i:i + 2]
    site = os.path.abspath(args[0])

    def url(path):
        return (base.rstrip("/") + "/" + path) if base else "file://" + os.path.join(site, path)

    failures = Failures()

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        return failures.check(condition, message)

    # A page with the planned quiz markup for code, styled by the built stylesheet.
    scratch = tempfile.mkdtemp(prefix="hocvu-layout-")
    os.mkdir(os.path.join(scratch, "assets"))
    shutil.copy(os.path.join(site, "assets", "style.css"), os.path.join(scratch, "assets", "style.css"))
    with open(os.path.join(scratch, "quiz-code.html"), "w", encoding="utf-8") as f:
        f.write(QUIZ_PAGE)
    quiz_page = "file://" + os.path.join(scratch, "quiz-code.html")

    try:
        # 1. The header's share of the screen, default font and 24 px.
        for size, limit in ((16, HEADER_SHARE), (24, HEADER_SHARE_LARGE)):
            d = font_browser(size)
            try:
                viewport(d, 360)
                d.get(url(PAGES["lesson"]))
                height = d.execute_script("return document.querySelector('.site-header').getBoundingClientRect().height")
                check(height <= limit * 800, "header at 360x800, browser font %d px: %.0f px = %.1f %% (at most %d %%)"
                      % (size, height, 100 * height / 800, round(100 * limit)))
            finally:
                d.quit()

        # 2. The menu with the keyboard, JavaScript off.
        d = browser(javascript=False)
        try:
            viewport(d, 360)
            d.get(url(PAGES["lesson"]))
            summaries = d.find_elements(By.CSS_SELECTOR, ".site-header details > summary")
            links = d.find_elements(By.CSS_SELECTOR, ".site-header nav a")
            if check(len(summaries) == 1 and shown(d, summaries[0]) and links and not any(shown(d, a) for a in links),
                     "at 360 px the navigation is closed in a menu (<details>) with a visible button"):
                summary = summaries[0]

                def ax_state():
                    document = d.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
                    node = d.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": ".site-header details > summary"})
                    tree = d.execute_cdp_cmd("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
                    own = tree["nodes"][0]
                    expanded = [p["value"]["value"] for p in own.get("properties", []) if p["name"] == "expanded"]
                    return own["role"]["value"], own["name"]["value"], expanded[0] if expanded else None

                role, name, expanded = ax_state()
                check(role in ("button", "DisclosureTriangle") and name and expanded is False,
                      "screen readers get a collapsed button: role %s, name %r, expanded %r" % (role, name, expanded))
                active = None
                for _ in range(6):
                    ActionChains(d).send_keys(Keys.TAB).perform()
                    active = d.switch_to.active_element
                    if active == summary:
                        break
                check(active == summary, "TAB reaches the menu button (after the skip link and the brand)")
                outline = d.execute_script("var s = getComputedStyle(arguments[0]); return [s.outlineStyle, parseFloat(s.outlineWidth)]", summary)
                check(outline[0] != "none" and outline[1] >= 2, "the focused button shows a focus outline %r" % outline)
                ActionChains(d).send_keys(Keys.ENTER).perform()
                visible = [a for a in links if shown(d, a)]
                current = [a.text for a in visible if a.get_attribute("aria-current") == "page"]
                check(len(visible) == len(links) and current, "ENTER opens it: %d links, current page %r" % (len(visible), current))
                check(ax_state()[2] is True, "the button says expanded once open")
                ActionChains(d).send_keys(Keys.TAB).perform()
                check(d.switch_to.active_element == links[0], "TAB goes on into the first link of the menu")
                # Past the last link, the focus goes to the page: the open menu must not cover it (WCAG 2.2 2.4.11).
                for _ in links:
                    ActionChains(d).send_keys(Keys.TAB).perform()
                after = d.execute_script("""var el = document.activeElement, r = el.getBoundingClientRect();
                    var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return [el.textContent.trim().slice(0, 30), !!hit && (hit === el || el.contains(hit)), !!el.closest('.site-header')];""")
                check(not after[2] and after[1], "TAB past the menu reaches %r on the page, not hidden under the open menu" % after[0])
                for _ in range(len(links) + 1):
                    ActionChains(d).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
                ActionChains(d).send_keys(Keys.SPACE).perform()
                check(d.switch_to.active_element == summary and not any(shown(d, a) for a in links),
                      "SHIFT+TAB back to the button, SPACE closes the menu")
                media(d, print_=True)
                check(not shown(d, summary) and not any(shown(d, a) for a in links), "printing shows neither button nor menu")
                media(d)
            viewport(d, 1280, 900)
            d.get(url(PAGES["lesson"]))
            summary = d.find_elements(By.CSS_SELECTOR, ".site-header details > summary")
            links = d.find_elements(By.CSS_SELECTOR, ".site-header nav a")
            check(links and all(shown(d, a) for a in links) and not (summary and shown(d, summary[0])),
                  "at 1280 px every link shows, with no menu button")
            if links:
                for _ in range(3):
                    ActionChains(d).send_keys(Keys.TAB).perform()
                    if d.switch_to.active_element == links[0]:
                        break
                document = d.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
                node = d.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": ".site-header nav a"})
                ax = d.execute_cdp_cmd("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})["nodes"][0]
                check(d.switch_to.active_element == links[0] and not ax.get("ignored") and ax["role"]["value"] == "link",
                      "at 1280 px TAB reaches the first link, which screen readers get as a link")
        finally:
            d.quit()

        # 3-5. Targets, text size, page width; the coverage table; code.
        d = browser()
        try:
            viewport(d, 360)
            for name, path in PAGES.items():
                d.get(url(path))
                d.execute_script("document.querySelectorAll('.site-header details').forEach(function (m) { m.open = true; })")
                targets = d.execute_script(TARGETS_JS)
                small = ["%s %gx%g" % (t["what"], t["w"], t["h"]) for t in targets
                         if not t["exempt"] and (t["w"] < TARGET or t["h"] < TARGET)]
                check(not small, "%s: %d targets, none under 24x24 CSS px (%d inline links in sentences exempt) %s"
                      % (name, len(targets), sum(t["exempt"] for t in targets), small or ""))
                d.execute_script("document.querySelectorAll('.site-header details').forEach(function (m) { m.open = false; })")
                tiny = d.execute_script(SMALL_TEXT_JS, MIN_TEXT)
                check(not tiny, "%s: no visible text under %d px %s" % (name, MIN_TEXT, tiny[:8] or ""))
                width = page_width(d)
                check(width <= 360, "%s: page %d px wide at a 360 px window" % (name, width))

            d.get(url(PAGES["coverage"]))
            caption = d.execute_script("""
                var table = document.querySelector('table.coverage');
                var id = table.getAttribute('aria-labelledby');
                var el = id ? document.getElementById(id) : table.querySelector('caption');
                el.scrollIntoView({block: 'center', behavior: 'instant'});
                var r = el.getBoundingClientRect();
                return [el.textContent.trim(), r.left, r.right, innerWidth];""")
            check(caption[0] and caption[1] >= 0 and caption[2] <= caption[3],
                  "coverage: the caption %r lies wholly on screen (x %.0f to %.0f of %d)" % tuple(caption))
            for dark in (False, True):
                media(d, dark=dark)
                mode = "dark" if dark else "light"
                sticky = d.execute_script("""
                    var wrap = document.querySelector('table.coverage').closest('.table-wrap');
                    var first = document.querySelector('table.coverage tbody tr > :first-child');
                    var second = first.nextElementSibling;
                    wrap.scrollLeft = 0;
                    var x1 = first.getBoundingClientRect().left, y1 = second.getBoundingClientRect().left;
                    wrap.scrollLeft = 200;
                    var x2 = first.getBoundingClientRect().left, y2 = second.getBoundingClientRect().left;
                    var bg = getComputedStyle(first).backgroundColor;
                    var probe = document.createElement('canvas').getContext('2d');
                    probe.fillStyle = bg; probe.fillRect(0, 0, 1, 1);
                    var alpha = probe.getImageData(0, 0, 1, 1).data[3];
                    wrap.scrollLeft = 0;
                    return [wrap.scrollWidth > wrap.clientWidth, x2 - x1, y2 - y1, alpha, bg];""")
                check(sticky[0] and abs(sticky[1]) <= 1.5 and sticky[2] < -50 and sticky[3] == 255,
                      "coverage (%s): scrolled 200 px the first column moves %.0f px, the next %.0f px; its background %s is opaque"
                      % (mode, sticky[1], sticky[2], sticky[4]))
                shade = scroll_cue(d, ".table-wrap:has(table.coverage)", dark)
                check(shade >= 6, "coverage (%s): a shadow marks the edge with more columns (%.1f levels)" % (mode, shade))
            media(d)
            hint = d.execute_script("""
                var hint = document.querySelector('.scroll-hint');
                if (!hint || !hint.getClientRects().length) return null;
                var r = hint.getBoundingClientRect();
                return [hint.textContent.trim(), r.left >= 0 && r.right <= innerWidth];""")
            check(hint and hint[0] and hint[1], "coverage: a hint to scroll sideways shows: %r" % (hint and hint[0]))

            d.get(quiz_page)
            width = page_width(d)
            check(width <= 360, "quiz with code in prompt and choices: page %d px wide at 360 px" % width)
            boxes = d.execute_script("""
                return ['#prompt-pre', '#choice-pre', '#answer-pre', '#choice-table', '#long-pre'].map(function (s) {
                  var el = document.querySelector(s), r = el.getBoundingClientRect();
                  return [s, el.scrollWidth > el.clientWidth, r.right <= innerWidth, getComputedStyle(el).overflowX];
                });""")
            for selector, scrolls, inside, overflow in boxes:
                check(scrolls and inside and overflow in ("auto", "scroll"),
                      "%s: the long code scrolls inside its own box on screen (overflow-x %s)" % (selector, overflow))
            for dark in (False, True):
                media(d, dark=dark)
                for selector in ("#prompt-pre", "#choice-pre", "#answer-pre", "#choice-table", "#long-pre"):
                    shade = scroll_cue(d, selector, dark)
                    check(shade >= 6, "%s (%s): a shadow marks the edge with more code (%.1f levels)"
                          % (selector, "dark" if dark else "light", shade))
            media(d)
        finally:
            d.quit()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    failures.finish("layout: header, menu, targets, coverage table and code at 360 px")


if __name__ == "__main__":
    main()
