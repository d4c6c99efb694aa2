#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan; see tests/fuzz/*.cpp) in build-fuzz and runs
# each for SECONDS (default 10):
#   1. every file in tests/fuzz/regressions/<target>/ once (inputs that crashed before a fix);
#   2. fuzzing from a copy of the seed corpus tests/fuzz/corpus/<target>/, so the committed corpus
#      never grows. New crashing inputs are kept in build-fuzz/artifacts/<target>/.
# Prints the executions per target and exits non-zero when any target crashed.
#
#   bash tests/fuzz/run.sh               # CI: 10 s per target
#   bash tests/fuzz/run.sh 600           # a longer run
#   bash tests/fuzz/run.sh 600 fuzz_csv  # one target (or several)
#   bash tests/fuzz/run.sh 600 fuzz_xls  # the legacy .xls reader: not in the default set, because
#                                        # libfreexl itself crashes (see known-crashes/README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-10}
shift || true
all=(fuzz_id_number fuzz_credit_code fuzz_dates fuzz_csv fuzz_spreadsheet fuzz_notice_template)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all[@]}"); fi
build=${TL_FUZZ_BUILD_DIR:-build-fuzz}
fuzzdir=tests/fuzz

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DTL_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}"

scratch=$(mktemp -d /dev/shm/tl-fuzz.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export TL_FUZZ_SCRATCH=$scratch
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:suppressions=$PWD/$fuzzdir/asan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/$fuzzdir/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
limits=(-rss_limit_mb=2048 -timeout=10)

failed=()
for t in "${targets[@]}"; do
    bin=$build/tests/fuzz/$t
    logs=$build/logs
    artifacts=$build/artifacts/$t
    mkdir -p "$logs" "$artifacts"

    # The inputs that crashed before: each must now pass.
    regressions=()
    if [ -d "$fuzzdir/regressions/$t" ]; then
        while IFS= read -r -d '' f; do regressions+=("$f"); done \
            < <(find "$fuzzdir/regressions/$t" -type f ! -name '*.md' -print0 | sort -z)
    fi
    if [ ${#regressions[@]} -gt 0 ]; then
        if ! "$bin" "${limits[@]}" "${regressions[@]}" >"$logs/$t.regressions.log" 2>&1; then
            echo "$t: a regression input crashes again (log: $logs/$t.regressions.log)"
            tail -n 40 "$logs/$t.regressions.log"
            failed+=("$t")
            continue
        fi
    fi

    # Fuzz from a copy of the seeds.
    corpus=$scratch/corpus-$t
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp -R "$fuzzdir/corpus/$t/." "$corpus/"
    seeds=$(find "$corpus" -type f | wc -l)
    status=0
    "$bin" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" >"$logs/$t.log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -n 1)
    grown=$(find "$corpus" -type f | wc -l)
    if [ "$status" -ne 0 ]; then
        echo "$t: CRASH after ${runs:-?} executions (exit $status; log: $logs/$t.log; input kept in $artifacts/)"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|tl-fuzz:|.*runtime error)' "$logs/$t.log" | head -n 5 || true
        tail -n 40 "$logs/$t.log"
        failed+=("$t")
    else
        printf '%-22s %10s executions in %ss, %d regression inputs, corpus %d -> %d\n' \
            "$t" "${runs:-?}" "$seconds" "${#regressions[@]}" "$seeds" "$grown"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing: ${#failed[@]} target(s) failed: ${failed[*]}"
    echo "Move a crashing input to $fuzzdir/regressions/<target>/ once it is fixed."
    exit 1
fi
echo "fuzzing: ${#targets[@]} target(s) ran ${seconds}s each without a crash"
