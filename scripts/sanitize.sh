#!/usr/bin/env bash
# Runs the test suite (swift-testing) under AddressSanitizer and/or
# ThreadSanitizer, each in its own build folder (.build-asan, .build-tsan),
# and prints for each: the closing line of the test run, and the first
# sanitizer reports with their top frames.
#
#   scripts/sanitize.sh                  # address, then thread
#   scripts/sanitize.sh thread           # one of them
#   scripts/sanitize.sh address -- --filter LoaderTests   # extra swift test arguments
#
# Exits non-zero when a test fails or a sanitizer reports anything. Full logs:
# .build-asan/sanitize.log, .build-tsan/sanitize.log. Environment:
# SANITIZE_NICE (default 10), SANITIZE_TIMEOUT (seconds per run, default 3600).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

kinds=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case "$1" in
    address | asan) kinds+=(address) ;;
    thread | tsan) kinds+=(thread) ;;
    *) echo "usage: scripts/sanitize.sh [address|thread]… [-- swift-test-arguments]" >&2; exit 2 ;;
  esac
  shift
done
[ "${1:-}" = "--" ] && shift
[ ${#kinds[@]} -eq 0 ] && kinds=(address thread)

# The Swift runtime's crash handler and the sanitizers' own do not mix.
export SWIFT_BACKTRACE=enable=no
# Toolchain leaks only (see the file); hocvu's own leaks are still reported.
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1}"

status=0
results=()
for kind in "${kinds[@]}"; do
  case $kind in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
  esac
  mkdir -p "$scratch"
  log="$scratch/sanitize.log"
  echo "== swift test --disable-xctest --sanitize=$kind --scratch-path $scratch (log: $log)"
  start=$(date +%s)
  timeout "${SANITIZE_TIMEOUT:-3600}" nice -n "${SANITIZE_NICE:-10}" \
    swift test --disable-xctest --sanitize="$kind" --scratch-path "$root/$scratch" "$@" >"$log" 2>&1
  code=$?
  elapsed=$(($(date +%s) - start))
  # swift-testing's closing line: "✔ Test run with N tests in M suites passed after …"
  # or "✘ Test run with N tests in M suites failed after … with K issues."
  closing=$(grep -E 'Test run with [0-9]+ tests' "$log" | tail -1)
  failed=$(grep -cE '^✘ Test [^r].* failed after' "$log")
  # Reports of the test process and of the hocvu processes the tests start.
  reports=$(grep -cE '==[0-9]+==ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer' "$log")
  line="$kind: exit $code after ${elapsed}s; ${closing:-no closing line (build failed?)}; failed tests: $failed; sanitizer reports: $reports"
  if [ "$code" -ne 0 ] || [ "$reports" -ne 0 ]; then
    status=1
    if grep -qE 'error: .*(compil|emit-module|link)' "$log"; then
      grep -E 'error:' "$log" | sort -u | head -10 | sed 's/^/    /'
    fi
    grep -E '^✘ Test [^r].* failed after' "$log" | head -20 | sed 's/^/    /'
    # Each report's kind and its first frames in hocvu (or the first frames at all).
    awk '
      /==[0-9]+==ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer/ { n++; if (n > 5) exit; print "    " $0; frames = 0; next }
      n && n <= 5 && /^ *#[0-9]+ / && frames < 6 { print "      " $0; frames++ }
      n && /^SUMMARY: / { print "    " $0 }
    ' "$log"
  fi
  results+=("$line")
  echo "$line"
done

echo "== summary"
printf '%s\n' "${results[@]}"
exit $status
