#!/usr/bin/env python3
"""Checks that every internal link and asset reference in a built site resolves.

  check_links.py SITE_DIR

Reads every .html file, follows href/src values that are relative (the site
uses only relative URLs), and checks the target file exists and, for
`#fragment`, that the target page has an element with that id. A page that
loads anything (src, <link href> other than rel=canonical/alternate) from
another host fails. Prints
'N passed, N failed' last; exit 1 on any failure.
"""
import html.parser
import os
import sys
import urllib.parse


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        # <link rel="canonical"> names the page's public address; it loads nothing.
        kind = tag
        if tag == "link" and (dict(attrs).get("rel") or "") in ("canonical", "alternate"):
            kind = "link-address"
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.refs.append((kind, name, value))


def parse(path):
    c = Collector()
    with open(path, encoding="utf-8") as f:
        c.feed(f.read())
    return c


def main():
    root = os.path.abspath(sys.argv[1])
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                pages[os.path.join(folder, name)] = parse(os.path.join(folder, name))
    passed = failed = 0
    for page, data in sorted(pages.items()):
        if page.endswith("/404.html"):
            continue  # served at any depth: its links are root-based by design
        for tag, attribute, ref in data.refs:
            url = urllib.parse.urlsplit(ref)
            loads = attribute == "src" or (tag == "link" and attribute == "href")
            if (url.scheme in ("http", "https") or ref.startswith("//")) and loads:
                print(f"{os.path.relpath(page, root)}: loads {ref!r} from another host")
                failed += 1
                continue
            if url.scheme or ref.startswith("//"):
                continue  # links to other sites are followed by `hocvu check --external` (later)
            if ref.startswith("/"):
                print(f"{os.path.relpath(page, root)}: absolute path {ref!r}")
                failed += 1
                continue
            target = page if not url.path else os.path.normpath(
                os.path.join(os.path.dirname(page), urllib.parse.unquote(url.path)))
            ok = os.path.isfile(target) and target.startswith(root)
            if ok and url.fragment:
                ids = pages[target].ids if target in pages else parse(target).ids
                ok = urllib.parse.unquote(url.fragment) in ids
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"{os.path.relpath(page, root)}: broken {ref!r}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
