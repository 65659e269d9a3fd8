#!/usr/bin/env python3
"""Pathological inputs from issue 12, built with the release binary.

  swift build -c release && python3 bench/pathological.py [BINARY]

Each case is a small valid site plus one hostile file; the script prints the
wall time, peak memory, exit code and the summary line of `hocvu build`
(/usr/bin/time -v). Time and memory must stay linear in the input: these
cases used to take minutes or gigabytes.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "hocvu")

SITE = {
    "site.yml": "title: Thử\naudiences:\n  nguoi-dan: {name: Người dân}\n",
    "courses/thu/course.md": "---\ntitle: Thử\nsummary: Thử.\naudiences: [nguoi-dan]\n---\nGiới thiệu.\n",
}


def alias_bomb(levels):
    lines = ["---", "title: Bom", "a0: &a0 [x, x]"]
    for i in range(1, levels + 1):
        lines.append("a%d: &a%d [*a%d, *a%d]" % (i, i, i - 1, i - 1))
    lines += ["? *a%d" % levels, ": x", "---", "Nội dung.", ""]
    return "\n".join(lines)


CASES = [
    ("130,000 links [á](#a) on one line (1.2 MB), all valid",
     "courses/thu/01-mot-dong.md", lambda: "---\ntitle: Một dòng\n---\n# a\n\n" + "[á](#a) " * 130_000 + "\n"),
    ("10,000 broken links on one line",
     "courses/thu/01-mot-dong.md", lambda: "---\ntitle: Một dòng\n---\n" + "[á](#khong-co) " * 10_000 + "\n"),
    ("YAML alias bomb, 7 levels", "courses/thu/01-bom.md", lambda: alias_bomb(7)),
    ("YAML alias bomb, 20 levels", "courses/thu/01-bom.md", lambda: alias_bomb(20)),
    ("a lesson of 20 MB of '['", "courses/thu/01-ngoac.md", lambda: "[" * (20 * 1024 * 1024)),
    ("a lesson of 1.9 MB of '[' (under the limit)", "courses/thu/01-ngoac.md",
     lambda: "---\ntitle: Ngoặc\n---\n" + "[" * (1900 * 1024)),
    ("10,000 errors (broken links, one per line)",
     "courses/thu/01-loi.md", lambda: "---\ntitle: Lỗi\n---\n" + "".join("[x](khong-co-%d.md)\n\n" % i for i in range(10_000))),
]


def run(case, path, make):
    folder = tempfile.mkdtemp(prefix="hocvu-patho-")
    try:
        for name, text in SITE.items():
            os.makedirs(os.path.dirname(os.path.join(folder, "content", name)), exist_ok=True)
            open(os.path.join(folder, "content", name), "w", encoding="utf-8").write(text)
        open(os.path.join(folder, "content", path), "w", encoding="utf-8").write(make())
        result = subprocess.run(["/usr/bin/time", "-v", BINARY, "build"], cwd=folder, capture_output=True, text=True)
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
        seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
        summary = [l for l in result.stderr.splitlines() if l.startswith("hocvu:")]
        printed = len(result.stderr.encode())
        print("| %s | %.2f s | %.0f MiB | %d | %s | %.0f KB |" % (
            case, seconds, rss, result.returncode, summary[-1][7:] if summary else "?", printed / 1024))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


print("| input | wall | peak memory | exit | summary | stderr |")
print("|---|---|---|---|---|---|")
for case in CASES:
    run(*case)
