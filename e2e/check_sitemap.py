#!/usr/bin/env python3
"""Validates SITE/sitemap.xml against the sitemaps.org 0.9 schema.

  check_sitemap.py SITE_DIR XSD_FILE

Also checks that every <loc> is an absolute URL under one base and names a
page that exists in SITE_DIR, and that every <lastmod> is a date. Exit 1 on
any failure.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

import xmlschema


def main():
    site, xsd = sys.argv[1], sys.argv[2]
    path = os.path.join(site, "sitemap.xml")
    xmlschema.XMLSchema(xsd).validate(path)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.parse(path).getroot().findall("s:url", ns)
    locs = [u.find("s:loc", ns).text for u in urls]
    base = locs[0]
    assert base.startswith("http") and base.endswith("/"), base
    for loc in locs:
        assert loc.startswith(base), loc
        page = os.path.join(site, loc[len(base):], "index.html")
        assert os.path.exists(page), "no page for " + loc
    for lastmod in [u.find("s:lastmod", ns) for u in urls]:
        assert lastmod is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod.text), lastmod.text
    print("ok   sitemap.xml validates against %s: %d URLs, each an existing page" % (os.path.basename(xsd), len(urls)))


if __name__ == "__main__":
    main()
