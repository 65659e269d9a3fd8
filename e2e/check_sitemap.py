#!/usr/bin/env python3
"""Validates SITE/sitemap.xml against the sitemaps.org 0.9 schemas.

  check_sitemap.py SITE_DIR XSD_FILE [SITEINDEX_XSD_FILE]

XSD_FILE is sitemap.xsd. When sitemap.xml is a sitemap index (a site of
more than 50,000 URLs or 50 MB), it is validated against SITEINDEX_XSD_FILE
(by default siteindex.xsd next to XSD_FILE), and each sitemap it names must
exist in SITE_DIR, validate against XSD_FILE and hold at most 50,000 URLs and
50 MB. Also checks that every <loc> is an absolute URL under one base and
names a page that exists in SITE_DIR, that no page is listed twice, and that
every <lastmod> is a date. Exit 1 on any failure.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

import xmlschema

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
MAX_URLS, MAX_BYTES = 50000, 50 * 1024 * 1024


def check_urlset(site, path, xsd, base):
    xmlschema.XMLSchema(xsd).validate(path)
    assert os.path.getsize(path) <= MAX_BYTES, path + " is over 50 MB"
    urls = ET.parse(path).getroot().findall("s:url", NS)
    assert len(urls) <= MAX_URLS, "%s has %d URLs" % (path, len(urls))
    locs = [u.find("s:loc", NS).text for u in urls]
    base = base or locs[0]
    assert base.startswith("http") and base.endswith("/"), base
    for loc in locs:
        assert loc.startswith(base), loc
        page = os.path.join(site, loc[len(base):], "index.html")
        assert os.path.exists(page), "no page for " + loc
    for lastmod in [u.find("s:lastmod", NS) for u in urls]:
        assert lastmod is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod.text), lastmod.text
    return locs, base


def main():
    site, xsd = sys.argv[1], sys.argv[2]
    index_xsd = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(xsd), "siteindex.xsd")
    path = os.path.join(site, "sitemap.xml")
    root = ET.parse(path).getroot()
    if root.tag == "{%s}sitemapindex" % NS["s"]:
        xmlschema.XMLSchema(index_xsd).validate(path)
        maps = [m.find("s:loc", NS).text for m in root.findall("s:sitemap", NS)]
        base = maps[0][: maps[0].rindex("/") + 1]
        locs = []
        for loc in maps:
            assert loc.startswith(base) and re.fullmatch(r"sitemap-\d+\.xml", loc[len(base):]), loc
            found, _ = check_urlset(site, os.path.join(site, loc[len(base):]), xsd, base)
            locs += found
        assert len(set(locs)) == len(locs), "a page is listed twice"
        print("ok   sitemap.xml is an index validating against %s: %d sitemaps, %d URLs, each an existing page"
              % (os.path.basename(index_xsd), len(maps), len(locs)))
        return
    locs, _ = check_urlset(site, path, xsd, None)
    assert len(set(locs)) == len(locs), "a page is listed twice"
    print("ok   sitemap.xml validates against %s: %d URLs, each an existing page" % (os.path.basename(xsd), len(locs)))


if __name__ == "__main__":
    main()
