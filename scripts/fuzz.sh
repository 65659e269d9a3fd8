#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with AddressSanitizer and runs each
# for SECONDS (default 600), one after the other.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
#   scripts/fuzz.sh 60 links markdown      # short names work too
#
# Targets: FuzzFrontMatter (frontmatter), FuzzMarkdown (markdown), FuzzLinks (links).
# Corpora grow in fuzz/corpus/<target>/ (git-ignored; filled from content/
# and the test fixtures by scripts/fuzz-seeds.sh when empty) and also read
# the committed fuzz/seeds/<target>/. Crashes, timeouts, OOMs and leaks go
# to fuzz/artifacts/<target>/, logs to fuzz/logs/<target>.log.
# Exits 1 when a run left a crash/timeout/oom/leak artifact, 2 when the
# build fails. Replay one input: fuzz/…/FuzzX fuzz/artifacts/FuzzX/crash-…
#
# Environment: FUZZ_JOBS_NICE (default 10), FUZZ_MAX_LEN (65536 bytes),
# FUZZ_TIMEOUT (10 s per input), FUZZ_RSS_MB (2048), FUZZ_SKIP_BUILD=1.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=600
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
all=(FuzzFrontMatter FuzzMarkdown FuzzLinks)
targets=()
[ $# -eq 0 ] && set -- "${all[@]}"
for name in "$@"; do
  case "$(echo "$name" | tr '[:upper:]' '[:lower:]')" in
    fuzzfrontmatter | frontmatter | front-matter) targets+=(FuzzFrontMatter) ;;
    fuzzmarkdown | markdown) targets+=(FuzzMarkdown) ;;
    fuzzlinks | links) targets+=(FuzzLinks) ;;
    *) echo "unknown target '$name' (one of: ${all[*]})" >&2; exit 2 ;;
  esac
done

max_len=${FUZZ_MAX_LEN:-65536}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
nice_level=${FUZZ_JOBS_NICE:-10}
scratch="$root/.build-fuzz"

# Release with testing enabled (the targets use @testable import): about
# 2.5x the executions per second of a debug build. -parse-as-library leaves
# main() to libFuzzer; -Xcc instruments the C code too (Yams' libyaml).
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  mkdir -p fuzz/logs
  echo "== building fuzz targets (release, -sanitize=fuzzer,address) in $scratch"
  if ! nice -n "$nice_level" swift build --package-path fuzz --scratch-path "$scratch" -c release \
      -Xswiftc -enable-testing -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
      -Xcc -fsanitize=fuzzer-no-link,address >fuzz/logs/build.log 2>&1; then
    grep -E "error:" fuzz/logs/build.log | sort -u | head -20 >&2
    echo "build failed; full log in fuzz/logs/build.log" >&2
    exit 2
  fi
fi
bin="$scratch/release"

if [ -z "$(find fuzz/corpus -type f 2>/dev/null | head -1)" ]; then
  scripts/fuzz-seeds.sh
fi

# The Swift runtime's own crash handler fights ASan's and can hang: off.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:allocator_may_return_null=1}"
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"

status=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target" fuzz/logs
  log="fuzz/logs/$target.log"
  marker=$(mktemp)
  before=$(find "fuzz/corpus/$target" -type f | wc -l)
  echo "== $target: ${seconds}s, corpus $before files (+ fuzz/seeds/$target), log $log"
  dict=()
  [ -f "fuzz/dicts/$target.dict" ] && dict=(-dict="fuzz/dicts/$target.dict")
  start=$(date +%s)
  nice -n "$nice_level" "$bin/$target" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss" \
    -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1 "${dict[@]}" \
    "fuzz/corpus/$target" "fuzz/seeds/$target" >"$log" 2>&1
  code=$?
  elapsed=$(($(date +%s) - start))
  artifacts=$(find "fuzz/artifacts/$target" -type f -newer "$marker" \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
  rm -f "$marker"

  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  final() { grep -E "^stat::$1:" "$log" | tail -1 | awk '{print $2}'; }
  execs=$(final number_of_executed_units)
  per_second=$(final average_exec_per_sec)
  peak=$(final peak_rss_mb)
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | awk '{print $2}')
  ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | awk '{print $2}')
  corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]+' | awk '{print $2}')
  line="$target: ${elapsed}s, execs ${execs:-?}, exec/s ${per_second:-?}, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?} (files ${before} -> $(find "fuzz/corpus/$target" -type f | wc -l)), peak rss ${peak:-?} MB"
  if [ -n "$artifacts" ] || [ "$code" -ne 0 ]; then
    status=1
    line+=", FAILED (exit $code)"
    for a in $artifacts; do line+=$'\n'"    artifact: $a"; done
    grep -m1 -E 'ERROR: |invariant broken|Fatal error|SUMMARY: ' "$log" | sed 's/^/    /' >&2
  fi
  notes=$(grep -E '^NOTE [a-z]' "$log" | sort -u)
  [ -n "$notes" ] && line+=$'\n'"$(echo "$notes" | sed 's/^/    /')"
  summary+=("$line")
  echo "$line"
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
