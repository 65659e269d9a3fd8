#!/usr/bin/env python3
"""Writes a content folder whose listings run over several pages, for
listing_test.py: the sample portal (content/) with each course copied six
times under new names (56 courses: a catalog of three pages), one course
with 70 lessons (its lessons over three pages) and 25 more news items.

  make_listing_site.py OUT_CONTENT_DIR

Quiz ids are dropped from the copies (the pages' own names number them), so
the copies build without duplicate ids. Deterministic: the same folder every run.
"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "content")
COPIES = 6


def without_quiz_ids(text):
    return re.sub(r"^(```+quiz[^\n]*?) id=[a-z0-9-]+", r"\1", text, flags=re.M)


def main():
    out = os.path.abspath(sys.argv[1])
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(SAMPLE, out)
    courses = os.path.join(out, "courses")
    originals = sorted(os.listdir(courses))
    for slug in originals:
        for n in range(1, COPIES + 1):
            target = os.path.join(courses, "%s-%d" % (slug, n))
            shutil.copytree(os.path.join(courses, slug), target)
            for name in os.listdir(target):
                if not name.endswith(".md"):
                    continue
                path = os.path.join(target, name)
                with open(path, encoding="utf-8") as f:
                    text = without_quiz_ids(f.read())
                if name == "course.md":
                    text = re.sub(r"^title: (.*)$", lambda m: "title: \"%s (%d)\"" % (m.group(1).strip('"'), n), text, count=1, flags=re.M)
                    text = re.sub(r"^order: \d+\n", "", text, flags=re.M)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    # One long course: its four lessons again and again, 70 in all.
    long = os.path.join(courses, originals[0] + "-1")
    lessons = sorted(n for n in os.listdir(long) if re.match(r"\d+-", n))
    for i in range(len(lessons) + 1, 71):
        source = lessons[(i - 1) % len(lessons)]
        with open(os.path.join(long, source), encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"^title: (.*)$", lambda m: "title: \"%s %d\"" % (m.group(1).strip('"'), i), text, count=1, flags=re.M)
        with open(os.path.join(long, "%02d-bai-them-%02d.md" % (i, i)), "w", encoding="utf-8") as f:
            f.write(text)
    news = os.path.join(out, "news")
    for i in range(1, 26):
        with open(os.path.join(news, "2024-%02d-%02d-tin-%02d.md" % ((i - 1) // 28 + 1, (i - 1) % 28 + 1, i)), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Tin ngắn số %d\nsummary: Một bản tin mẫu để danh sách tin chạy qua nhiều trang.\n---\n\n"
                    "Bản tin mẫu số %d.\n" % (i, i))
    print("wrote %s: %d courses" % (out, len(os.listdir(courses))))


if __name__ == "__main__":
    main()
