#!/usr/bin/env python3
"""Checks the site's machine-readable catalogs.

  check_catalog.py SITE_DIR [ATOM_RNG]

- catalog.json validates against the catalog.schema.json published beside it
  (JSON Schema 2020-12, formats checked), and so does every course's
  course.json (against #/$defs/course_document); each path, data_path and
  cover names a file of the site; the course.json equals the catalog's entry.
- catalog.csv starts with a UTF-8 byte-order mark and has one row per course.
- The catalog page carries an ItemList and every course page a Course in
  JSON-LD that parses, with the course's name and URL.
- feed.xml is well-formed Atom; with ATOM_RNG it must validate (xmllint).
Exit 1 on any failure.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from common import Failures
from jsonschema import Draft202012Validator

failures = Failures()
check = failures.check


def json_ld(html_path):
    html = open(html_path, encoding="utf-8").read()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def main():
    site = sys.argv[1]
    rng = sys.argv[2] if len(sys.argv) > 2 else None
    schema = json.load(open(os.path.join(site, "catalog.schema.json"), encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    catalog = json.load(open(os.path.join(site, "catalog.json"), encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for error in validator.iter_errors(catalog):
        check(False, "catalog.json: %s at %s" % (error.message, "/".join(map(str, error.absolute_path))))
    course_schema = {"$ref": "#/$defs/course_document", "$defs": schema["$defs"]}
    course_validator = Draft202012Validator(course_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def exists(path, what):
        target = os.path.join(site, path, "index.html") if path.endswith("/") else os.path.join(site, path)
        check(os.path.isfile(target), "%s names %s, which the site lacks" % (what, path))

    lessons = 0
    for course in catalog["courses"]:
        exists(course["path"], course["id"])
        exists(course["data_path"], course["id"])
        if "cover" in course:
            exists(course["cover"], course["id"])
        for lesson in course["lessons"]:
            exists(lesson["path"], course["id"] + "/" + lesson["id"])
            lessons += 1
        document = json.load(open(os.path.join(site, course["data_path"]), encoding="utf-8"))
        for error in course_validator.iter_errors(document):
            check(False, "%s: %s" % (course["data_path"], error.message))
        check(document.get("course") == course, "%s differs from its catalog entry" % course["data_path"])

        page = os.path.join(site, course["path"], "index.html")
        found = [d for d in json_ld(page) if d.get("@type") == "Course"]
        if check(len(found) == 1, "%s: no Course JSON-LD" % page):
            data = found[0]
            check(data["name"] == course["title"], "%s: JSON-LD name %r" % (page, data["name"]))
            check(data.get("url") == course.get("url"), "%s: JSON-LD url %r" % (page, data.get("url")))
            check(data["hasCourseInstance"]["courseMode"] == "online", "%s: courseMode" % page)

    raw = open(os.path.join(site, "catalog.csv"), "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), "catalog.csv has no UTF-8 byte-order mark")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    check(len(rows) == len(catalog["courses"]) + 1, "catalog.csv has %d rows for %d courses" % (len(rows), len(catalog["courses"])))
    check([r[0] for r in rows[1:]] == [c["id"] for c in catalog["courses"]], "catalog.csv lists other courses")

    items = [d for d in json_ld(os.path.join(site, "courses", "index.html")) if d.get("@type") == "ItemList"]
    if "url" in catalog["site"] and check(len(items) == 1, "the catalog page has no ItemList JSON-LD"):
        urls = sorted(e["url"] for e in items[0]["itemListElement"])
        check(urls == sorted(c["url"] for c in catalog["courses"]), "the ItemList names other courses")

    feed_path = os.path.join(site, "feed.xml")
    entries = []
    if "url" not in catalog["site"]:
        check(not os.path.exists(feed_path), "feed.xml written without base_url")
    else:
        entries = ET.parse(feed_path).getroot().findall("{http://www.w3.org/2005/Atom}entry")
        check(len(entries) > 0, "feed.xml has no entries")
    if rng and entries:
        result = subprocess.run(["xmllint", "--noout", "--nonet", "--relaxng", rng, feed_path], capture_output=True, text=True)
        check(result.returncode == 0, "feed.xml does not validate: " + result.stderr.strip())

    failures.finish("catalog.json and %d course.json validate against catalog.schema.json (%d courses, %d lessons); "
          "catalog.csv %d rows with BOM; ItemList and %d Course JSON-LD parse; feed.xml %d entries%s"
          % (len(catalog["courses"]), len(catalog["courses"]), lessons, len(rows) - 1, len(catalog["courses"]),
             len(entries), " valid Atom (RELAX NG)" if rng else ""))


if __name__ == "__main__":
    main()
