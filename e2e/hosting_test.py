#!/usr/bin/env python3
"""The server configurations of docs/HOSTING.md, run for real against a built site.

  hosting_test.py SITE_DIR

Starts nginx on 127.0.0.1 (a free high port) with docs/hosting/nginx-root.conf,
then with nginx-subpath.conf, then Apache with apache-root.conf and
apache-subpath.conf: each file as documented, with only the site's path
(/var/www/hocvu/site) and the port (80) replaced. For each server it checks:
  - every file of the site answers 200 with the headers hocvu's own _headers
    gives for its path (Content-Security-Policy, X-Content-Type-Options,
    Referrer-Policy, Cache-Control: a day for assets/, no-cache otherwise),
    the right type, and charset=utf-8 on html, css, js, json, xml, csv, svg, txt;
  - every .html page opens in headless Chromium (one browser for the whole
    run) without a SEVERE console entry: a CSP violation, a blocked script or
    style, a missing file would be one (under Apache, which sends the same
    headers byte for byte, only the home and search pages, to keep it short);
  - the service worker registers with the site's folder as its scope;
  - stylesheets and scripts travel gzipped when the browser accepts it (the
    page weight check counts them so);
  - an unknown deep URL answers 404 with 404.html itself, and in Chromium
    that page is styled (its inline style, allowed by the CSP's hash) and its
    links lead into the site wherever it is mounted (its inline script finds
    the site's folder), with no console error but the document's own 404;
  - under the sub-path, /hoc-vu-so redirects to /hoc-vu-so/.
Also: the CSP and the other headers in _headers equal the ones in the nginx
and Apache files (one policy everywhere), and docs/HOSTING.md shows those files
and hocvu's _headers unchanged. Prints ok/FAIL lines; exit 1 on the
first failure. Every server it started is stopped, also on failure.
"""
import fnmatch
import http.client
import os
import re
import shutil
import sys
import tempfile
import time

from common import browser, check, errors
from servers import NGINX, PLACEHOLDER, SNIPPETS, Server, free_port, start_nginx, substitute

SUBPATH = "/hoc-vu-so/"
APACHE = "/usr/sbin/apache2"
APACHE_MODULES = "/usr/lib/apache2/modules"
UNKNOWN = "khong-co/trang/"
# Documented file -> (label, where it serves the site, every page in the browser?)
SERVERS = {
    "nginx-root.conf": ("nginx at /", "/", True),
    "nginx-subpath.conf": ("nginx under " + SUBPATH, SUBPATH, True),
    "apache-root.conf": ("Apache at /", "/", False),
    "apache-subpath.conf": ("Apache under " + SUBPATH, SUBPATH, False),
}
BROWSER_SAMPLE = ("index.html", "search/index.html")

# Extension -> accepted media types; each of these must say charset=utf-8.
TEXT_TYPES = {
    ".html": ("text/html",),
    ".css": ("text/css",),
    ".js": ("application/javascript", "text/javascript"),
    ".json": ("application/json",),
    ".xml": ("text/xml", "application/xml", "application/atom+xml"),
    ".csv": ("text/csv",),
    ".svg": ("image/svg+xml",),
    ".txt": ("text/plain",),
}


def read_headers_file(path):
    """_headers as [(pattern, {name: value})], in file order."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line[0].isspace():
                rules.append((line.strip(), {}))
            else:
                name, value = line.strip().split(":", 1)
                rules[-1][1][name.strip().lower()] = value.strip()
    return rules


def expected_headers(rules, path):
    """The headers _headers gives a path (from the site's root); a later,
    narrower rule replaces a header of a broader one, as the nginx and Apache
    files do."""
    headers = {}
    for pattern, values in rules:
        if fnmatch.fnmatchcase(path, pattern):
            headers.update(values)
    return headers


def get(port, path, headers=None):
    """(status, {header: value} lowercased names, body) without following redirects."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        headers = {}
        for name, value in response.getheaders():
            name = name.lower()
            headers[name] = headers[name] + ", " + value if name in headers else value
        return response.status, headers, body
    finally:
        connection.close()


def header_problems(files, rules, port, mount):
    """Every file over http: status, type, charset and the _headers values."""
    problems, text_files = [], 0
    for rel in files:
        status, headers, _ = get(port, mount + rel)
        if status != 200:
            problems.append("%s answers %d" % (rel, status))
            continue
        for name, value in expected_headers(rules, "/" + rel).items():
            if headers.get(name) != value:
                problems.append("%s: %s is %r, not %r" % (rel, name, headers.get(name), value))
        types = TEXT_TYPES.get(os.path.splitext(rel)[1])
        if types:
            text_files += 1
            content_type = headers.get("content-type", "").lower().replace(" ", "")
            media = content_type.split(";")[0]
            if media not in types:
                problems.append("%s: Content-Type %r, not %s" % (rel, content_type, " or ".join(types)))
            if "charset=utf-8" not in content_type.split(";")[1:]:
                problems.append("%s: Content-Type %r lacks charset=utf-8" % (rel, content_type))
    return problems, text_files


def check_variant(label, driver, files, pages, rules, port, mount, not_found_page, all_pages):
    base = "http://127.0.0.1:%d%s" % (port, mount)
    problems, text_files = header_problems(files, rules, port, mount)
    check(not problems, "%s: %d files answer 200 with the CSP, nosniff, referrer policy and Cache-Control "
          "of _headers; %d text files carry their type with charset=utf-8%s"
          % (label, len(files), text_files, "" if not problems else ":\n  " + "\n  ".join(problems[:20])))

    status, headers, _ = get(port, mount + "courses")
    check(status == 301 and headers.get("location") in (mount + "courses/", base + "courses/"),
          "%s: %scourses redirects to %scourses/ (%d %s)" % (label, mount, mount, status, headers.get("location")))
    if mount != "/":
        status, headers, _ = get(port, mount.rstrip("/"))
        check(status == 301 and headers.get("location") in (mount, base),
              "%s: %s redirects to %s (%d %s)" % (label, mount.rstrip("/"), mount, status, headers.get("location")))

    for rel in ("assets/style.css", "assets/quiz.js"):
        status, headers, _ = get(port, mount + rel, {"Accept-Encoding": "gzip"})
        check(status == 200 and headers.get("content-encoding") == "gzip",
              "%s: %s travels gzipped (%s)" % (label, rel, headers.get("content-encoding")))

    status, headers, body = get(port, mount + UNKNOWN)
    check(status == 404 and body == not_found_page
          and headers.get("content-security-policy") == expected_headers(rules, "/404.html").get("content-security-policy")
          and "charset=utf-8" in headers.get("content-type", "").replace(" ", ""),
          "%s: %s%s answers 404 with hocvu's 404 page, its CSP and charset=utf-8" % (label, mount, UNKNOWN))

    checked, failed = 0, []
    errors(driver)
    for rel in pages:
        if not (all_pages or rel in BROWSER_SAMPLE):
            continue
        driver.get(base + rel)
        failed += ["%s: %s" % (rel, e) for e in errors(driver)]
        checked += 1
    check(not failed, "%s: %d pages open in Chromium without a console error (the CSP held on each)%s"
          % (label, checked, "" if not failed else ":\n  " + "\n  ".join(failed[:20])))

    driver.get(base + "index.html")
    driver.set_script_timeout(15)
    scope = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "navigator.serviceWorker.ready.then(function (r) { done(r.scope); }, function (e) { done(String(e)); });")
    check(scope == base, "%s: the service worker's scope is %s (%s)" % (label, base, scope))
    found = errors(driver)
    check(not found, "%s: no console error once the service worker runs%s" % (label, "" if not found else ": %s" % found))

    driver.get(base + UNKNOWN)
    # The script points the links at the site's folder after one or two requests.
    deadline = time.monotonic() + 10
    home = None
    while time.monotonic() < deadline:
        home = driver.execute_script("var a = document.querySelector('a[data-href=\"index.html\"]'); return a && a.href;")
        if home == base + "index.html":
            break
        time.sleep(0.1)
    styled = driver.execute_script(
        "var bar = document.querySelector('.bar');"
        "return !!bar && getComputedStyle(bar).backgroundColor !== 'rgba(0, 0, 0, 0)'"
        " && getComputedStyle(document.body).display === 'flex';")
    # The document's own 404 is logged; nothing else may be.
    found = [e for e in errors(driver) if not (UNKNOWN in e and "404" in e)]
    check(styled and home == base + "index.html" and not found,
          "%s: in Chromium %s%s shows the styled 404 page, its home link %s%s"
          % (label, mount, UNKNOWN, home, "" if not found else "; console: %s" % found))


def start_apache(snippet_name, site, port, work):
    prefix = os.path.join(work, snippet_name.replace(".", "-"))
    os.makedirs(prefix)
    # Apache's workers never run as root: they read a world-readable copy.
    copy = os.path.join(prefix, "site")
    shutil.copytree(site, copy)
    for folder, dirs, names in os.walk(prefix):
        os.chmod(folder, 0o755)
        for name in names:
            os.chmod(os.path.join(folder, name), 0o644)
    os.chmod(work, 0o755)
    with open(os.path.join(SNIPPETS, snippet_name), encoding="utf-8") as f:
        text = substitute(f.read(), snippet_name, [(PLACEHOLDER, copy), ("<VirtualHost *:80>", "<VirtualHost *:%d>" % port)])
    with open(os.path.join(prefix, "hocvu.conf"), "w", encoding="utf-8") as f:
        f.write(text)
    user = "User nobody\nGroup nogroup\n" if os.geteuid() == 0 else ""
    modules = "".join("LoadModule %s_module %s/mod_%s.so\n" % (m, APACHE_MODULES, m)
                      for m in ("mpm_event", "authz_core", "mime", "dir", "alias", "headers", "filter", "deflate"))
    conf = ("ServerRoot %(p)s\nDefaultRuntimeDir %(p)s\nPidFile %(p)s/apache.pid\n"
            "Listen 127.0.0.1:%(port)d\nServerName 127.0.0.1\n%(user)s%(modules)s"
            "ErrorLog /dev/stderr\nLogLevel warn\nTypesConfig /etc/mime.types\n"
            "<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n"
            "Include %(p)s/hocvu.conf\n" % {"p": prefix, "port": port, "user": user, "modules": modules})
    with open(os.path.join(prefix, "httpd.conf"), "w", encoding="utf-8") as f:
        f.write(conf)
    return Server("Apache (%s)" % snippet_name, [APACHE, "-f", os.path.join(prefix, "httpd.conf"), "-DFOREGROUND"],
                  os.path.join(prefix, "stderr.log"), port)


def snippet_headers(name):
    """Header name -> values the snippet sets (nginx add_header, Apache Header set)."""
    found = {}
    with open(os.path.join(SNIPPETS, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            m = (re.match(r'add_header\s+(\S+)\s+"([^"]*)"\s+always;$', line)
                 or re.match(r'Header\s+always\s+set\s+(\S+)\s+"([^"]*)"$', line))
            if m:
                found.setdefault(m.group(1).lower(), set()).add(m.group(2))
            for value in re.findall(r'^\S+\s+"(public, max-age=\d+|no-cache)";$', line):
                found.setdefault("cache-control", set()).add(value)
    return found


def main():
    started = time.monotonic()
    site = os.path.abspath(sys.argv[1])
    check(os.path.isfile(os.path.join(site, "_headers")), "the site has hocvu's _headers")
    rules = read_headers_file(os.path.join(site, "_headers"))
    everywhere = expected_headers(rules, "/index.html")
    csp = everywhere.get("content-security-policy")
    check(csp is not None, "_headers gives every path a CSP: %s" % csp)

    # One policy everywhere: the documented files send what _headers sends.
    all_values = {}
    for _, values in rules:
        for name, value in values.items():
            all_values.setdefault(name, set()).add(value)
    for name in SERVERS:
        sent = snippet_headers(name)
        check(sent.get("content-security-policy") == {csp}, "%s sends the CSP of _headers" % name)
        check(sent == all_values, "%s sends the same headers and values as _headers (%s)"
              % (name, ", ".join(sorted(sent))))

    # docs/HOSTING.md shows these files unchanged, and hocvu's _headers.
    with open(os.path.join(SNIPPETS, "..", "HOSTING.md"), encoding="utf-8") as f:
        doc = f.read()
    shown = {name: os.path.join(SNIPPETS, name) for name in SERVERS}
    with open(os.path.join(site, "_headers"), encoding="utf-8") as f:
        if f.read().startswith("# Written by hocvu"):
            shown["_headers"] = os.path.join(site, "_headers")
    for name, path in shown.items():
        with open(path, encoding="utf-8") as f:
            check("```" + ("nginx" if name.startswith("nginx") else "apache" if name.startswith("apache") else "")
                  + "\n" + f.read() + "```" in doc, "docs/HOSTING.md shows %s unchanged" % name)

    files = sorted(os.path.relpath(os.path.join(d, n), site) for d, _, names in os.walk(site) for n in names)
    pages = [f for f in files if f.endswith(".html")]
    with open(os.path.join(site, "404.html"), "rb") as f:
        not_found_page = f.read()

    check(os.path.exists(NGINX), "nginx is installed (e2e/setup.sh installs it)")
    check(os.path.exists(APACHE), "Apache is installed (e2e/setup.sh installs apache2-bin)")
    work = tempfile.mkdtemp(prefix="hocvu-hosting-")
    driver, server = None, None
    try:
        driver = browser()
        for snippet, (label, mount, all_pages) in SERVERS.items():
            port = free_port()
            server = (start_nginx if snippet.startswith("nginx") else start_apache)(snippet, site, port, work)
            server.start()
            check_variant(label, driver, files, pages, rules, port, mount, not_found_page, all_pages)
            server.stop()
    finally:
        if server:
            server.stop()
        if driver:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("all hosting checks passed: %d pages and %d files with %d server configurations in %.1f s"
          % (len(pages), len(files), len(SERVERS), time.monotonic() - started))


if __name__ == "__main__":
    main()
