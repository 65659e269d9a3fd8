#!/usr/bin/env python3
"""Keeps docs/hosting/*.conf and docs/HOSTING.md in step with what hocvu writes.

  scripts/sync-hosting-docs.py SITE_DIR

The Content-Security-Policy carries the SHA-256 of the 404 page's inline
style and script, so it changes whenever the theme's 404.mustache does. This
copies the policy of SITE_DIR/_headers into the four server files, then shows
each server file and the _headers file in docs/HOSTING.md as they are
(e2e/hosting_test.py checks all of it). Prints what it changed.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NAMES = ["nginx-root.conf", "nginx-subpath.conf", "apache-root.conf", "apache-subpath.conf"]


def main():
    headers = open(os.path.join(sys.argv[1], "_headers"), encoding="utf-8").read()
    policy = re.search(r"Content-Security-Policy: (.*)", headers).group(1).strip()
    doc_path = os.path.join(DOCS, "HOSTING.md")
    doc = open(doc_path, encoding="utf-8").read()
    for name in NAMES:
        path = os.path.join(DOCS, "hosting", name)
        old = open(path, encoding="utf-8").read()
        new = re.sub(r'(Content-Security-Policy ")[^"]*(")', lambda m: m.group(1) + policy + m.group(2), old)
        if new != old:
            open(path, "w", encoding="utf-8").write(new)
            print("updated the policy in docs/hosting/" + name)
        # The fenced block that starts with this file's first line shows it.
        first = old.split("\n", 1)[0]
        block = re.compile(r"(```[a-z]*\n)" + re.escape(first) + r"\n.*?```", re.S)
        doc, count = block.subn(lambda m: m.group(1) + new + "```", doc)
        if count != 1:
            sys.exit("docs/HOSTING.md: no single block shows " + name)
    first = headers.split("\n", 1)[0]
    doc, count = re.compile(r"(```\n)" + re.escape(first) + r"\n.*?```", re.S).subn(lambda m: m.group(1) + headers + "```", doc)
    if count != 1:
        sys.exit("docs/HOSTING.md: no single block shows _headers")
    doc = re.sub(r"(\| `Content-Security-Policy` \| `)[^`]*(`)", lambda m: m.group(1) + policy + m.group(2), doc)
    old_doc = open(doc_path, encoding="utf-8").read()
    if doc != old_doc:
        open(doc_path, "w", encoding="utf-8").write(doc)
        print("updated docs/HOSTING.md")


if __name__ == "__main__":
    main()
