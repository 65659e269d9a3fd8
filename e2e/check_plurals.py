#!/usr/bin/env python3
"""English strings with a number read right for every number ("1 of 1
questions" must not happen).

  check_plurals.py [THEME_DIR]      (default: themes/default)

Vietnamese has no plural forms, so the theme's English strings put a count
where its noun does not have to agree with it: after a label ("Questions: 1",
"Lessons finished: 1/3"). Fills every {placeholder} of strings/en.yml with 1,
then with 2 (a list placeholder with "1, 3", answers with "a / b"), and
fails on a counted noun that does not agree ("1 questions", "1/1 lessons",
"2 question", "question 1, 3", "answer: a / b"); likewise for a template that
writes a count then an English noun string ("{{course_count}}
{{t.coverage_courses}}"). Lists every problem, then exit 1.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOUNS = ["question", "lesson", "result", "course", "answer", "minute", "hour", "page", "item", "score", "news"]
NOUN = "(?:%s)" % "|".join(NOUNS)
# The number, optionally "of N" or "/N", then the noun.
PLURAL_AFTER_ONE = re.compile(r"\b1(?:/1| of 1)? %ss\b" % NOUN, re.I)
SINGULAR_AFTER_TWO = re.compile(r"\b2(?:/2| of 2)? %s\b(?!s)" % NOUN, re.I)
SINGULAR_BEFORE_LIST = re.compile(r"\b%s\s*:?\s*(?:1, 3|a / b)" % NOUN, re.I)
PLURAL_BEFORE_ONE = re.compile(r"\b%ss\s+(?:1\b|a\b)" % NOUN, re.I)
LISTS = {"list": ("1", "1, 3"), "answers": ("a", "a / b")}
WORDS = {"query", "title", "name"}


def strings(path):
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^([a-z0-9_]+):\s*"(.*)"\s*$', line)
            if m:
                found[m.group(1)] = m.group(2)
    return found


def filled(text, variant):
    def value(m):
        name = m.group(1)
        if name in LISTS:
            return LISTS[name][variant]
        if name in WORDS:
            return "X"
        return "1" if variant == 0 else "2"
    return re.sub(r"\{(\w+)\}", value, text)


def main():
    theme = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "themes", "default"))
    en = strings(os.path.join(theme, "strings", "en.yml"))
    problems = []
    for key, text in sorted(en.items()):
        if "{" not in text:
            continue
        for variant in (0, 1):
            shown = filled(text, variant)
            for pattern in (PLURAL_AFTER_ONE, SINGULAR_AFTER_TWO, SINGULAR_BEFORE_LIST, PLURAL_BEFORE_ONE):
                m = pattern.search(shown)
                if m:
                    problems.append("strings/en.yml %s: %r reads %r" % (key, text, m.group(0)))
    # A count written just before an English string that is a plural noun.
    for path in sorted(glob.glob(os.path.join(theme, "templates", "*.mustache"))):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for m in re.finditer(r"\{\{\s*#?\s*(\w*count\w*)\s*\}\}\s*\{\{\s*t\.(\w+)\s*\}\}", source):
            noun = en.get(m.group(2), "")
            if re.fullmatch(r"%ss?" % NOUN, noun.strip(), re.I):
                problems.append("templates/%s: %r gives %r" % (os.path.basename(path), m.group(0), "1 " + noun))
    if problems:
        for p in sorted(set(problems)):
            print("FAIL " + p)
        sys.exit(1)
    print("ok   English strings with a count read right for 1 and for 2 (%d strings)" % len(en))


if __name__ == "__main__":
    main()
