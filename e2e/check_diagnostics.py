#!/usr/bin/env python3
"""Checks hocvu's machine-readable diagnostics against their published schema.

  check_diagnostics.py HOCVU_BINARY

Copies content/ to a temporary folder, breaks a link and a front-matter key,
runs `hocvu check --format json` and validates the document against
docs/diagnostics.schema.json (JSON Schema 2020-12); checks the exit code, that
both findings are there with their positions, and that `--format sarif` is a
SARIF 2.1.0 log with one result per finding. Exit 1 on any failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    hocvu = os.path.abspath(sys.argv[1])
    schema = json.load(open(os.path.join(ROOT, "docs", "diagnostics.schema.json"), encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "content"), os.path.join(tmp, "content"))
        lesson = os.path.join(tmp, "content", "courses", "an-toan-tren-mang", "01-nhan-dien-lua-dao.md")
        with open(lesson, "a", encoding="utf-8") as f:
            f.write("\nXem [bài](khong-co.md).\n")
        page = os.path.join(tmp, "content", "pages", "gioi-thieu.md")
        text = open(page, encoding="utf-8").read().replace("title:", "titel:", 1)
        open(page, "w", encoding="utf-8").write(text)

        run = subprocess.run([hocvu, "check", "--format", "json"], cwd=tmp, capture_output=True, text=True)
        document = json.loads(run.stdout)
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
        codes = sorted(d["code"] for d in document["diagnostics"])
        assert run.returncode == 1 == document["exit_code"], run.returncode
        assert "link.missing-file" in codes and "frontmatter.unknown-key" in codes, codes
        missing = next(d for d in document["diagnostics"] if d["code"] == "link.missing-file")
        assert missing["file"].endswith("01-nhan-dien-lua-dao.md") and missing["column"] == 5, missing
        print("ok   --format json validates against docs/diagnostics.schema.json (%d diagnostics)" % len(codes))

        run = subprocess.run([hocvu, "check", "--format", "sarif"], cwd=tmp, capture_output=True, text=True)
        log = json.loads(run.stdout)
        assert log["version"] == "2.1.0" and len(log["runs"]) == 1, log.keys()
        results = log["runs"][0]["results"]
        rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
        assert len(results) == len(codes) and all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
        assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
        print("ok   --format sarif: %d results, %d rules" % (len(results), len(rules)))

        run = subprocess.run([hocvu, "check", "--format", "github"], cwd=tmp, capture_output=True, text=True)
        lines = run.stdout.splitlines()
        assert len(lines) == len(codes) and all(l.startswith("::error file=content/") for l in lines), lines
        print("ok   --format github: %d annotations" % len(lines))


if __name__ == "__main__":
    main()
