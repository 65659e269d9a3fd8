#!/usr/bin/env bash
# Fills the fuzz targets' corpora (fuzz/corpus/<target>/, git-ignored) from
# the sample portal (content/) and the test fixtures (Tests/**/Fixtures):
#   FuzzFrontMatter  every .md and .yml file, whole
#   FuzzMarkdown     every .md file, whole (front matter is Markdown text too)
#   FuzzLinks        the link and image destinations of each .md file, one a
#                    line (one seed per file)
# and Tests/HocVuBuildTests/Fixtures/fuzz-regressions/<target>-* to their target.
# Files are named by their SHA-1, as libFuzzer names its own, so running it
# again adds nothing twice. The small committed seeds in fuzz/seeds/<target>/
# are read by scripts/fuzz.sh as well; this script does not touch them.
#
#   scripts/fuzz-seeds.sh            # all targets
#   scripts/fuzz-seeds.sh --clean    # empty the corpora first
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--clean" ]; then
  rm -rf fuzz/corpus
fi

add() {  # add TARGET FILE: copies FILE into the target's corpus under its SHA-1
  local target=$1 file=$2 sum
  sum=$(sha1sum "$file" | cut -d' ' -f1)
  mkdir -p "fuzz/corpus/$target"
  [ -e "fuzz/corpus/$target/$sum" ] || cp "$file" "fuzz/corpus/$target/$sum"
}

sources=(content)
while IFS= read -r dir; do sources+=("$dir"); done < <(find Tests -type d -name Fixtures | sort)

count=0
while IFS= read -r -d '' file; do
  case "$file" in
    *.md) add FuzzFrontMatter "$file"; add FuzzMarkdown "$file" ;;
    *.yml | *.yaml) add FuzzFrontMatter "$file" ;;
  esac
  count=$((count + 1))
done < <(find "${sources[@]}" -type f \( -name '*.md' -o -name '*.yml' -o -name '*.yaml' \) -print0)

# Link destinations: inline links/images `](dest "title")`, autolinks `<scheme:…>`,
# reference definitions `[x]: dest`, and the src/href of raw HTML.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" "${sources[@]}" <<'EOF'
import hashlib, os, re, sys
out, roots = sys.argv[1], sys.argv[2:]
patterns = [
    re.compile(r'\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)'),
    re.compile(r'<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>'),
    re.compile(r'^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)', re.M),
    re.compile(r'(?:src|href)="([^"]*)"'),
]
for root in roots:
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith('.md'):
                continue
            text = open(os.path.join(folder, name), encoding='utf-8', errors='replace').read()
            found = []
            for pattern in patterns:
                found += pattern.findall(text)
            found = [d for d in dict.fromkeys(found) if d]
            if found:
                data = '\n'.join(found[:32]).encode()
                open(os.path.join(out, hashlib.sha1(data).hexdigest()), 'wb').write(data)
EOF
for file in "$tmp"/*; do [ -e "$file" ] && add FuzzLinks "$file"; done

# Inputs that once crashed a target (Tests/…/Fixtures/fuzz-regressions/<target>-<name>)
# are replayed on every run.
for file in Tests/HocVuBuildTests/Fixtures/fuzz-regressions/Fuzz*-*; do
  [ -f "$file" ] || continue
  name=$(basename "$file")
  add "${name%%-*}" "$file"
done

for target in FuzzFrontMatter FuzzMarkdown FuzzLinks; do
  n=$(find "fuzz/corpus/$target" -type f 2>/dev/null | wc -l)
  size=$(du -sk "fuzz/corpus/$target" 2>/dev/null | cut -f1)
  echo "fuzz/corpus/$target: $n files, ${size:-0} KB"
done
echo "($count source files read from: ${sources[*]})"
