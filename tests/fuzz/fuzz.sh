#!/usr/bin/env bash
# tests/fuzz/fuzz.sh [SECONDS] — build the libFuzzer targets into build-fuzz/ (clang, ASan,
# UBSan) and run each for SECONDS (default 20), two at a time. Runs where clang is: inside the
# build root (`scripts/dev fuzz` enters it). Any crash, sanitizer report, leak, time-out or
# broken promise fails the run and leaves the input in tests/fuzz/crashes/<target>/.
#
# Each target reads its corpus from tests/fuzz/corpus/<target>/ (seeds from captured real
# output, and the regression input of every crash found so far); what a run discovers goes to
# build-fuzz/corpus/<target>/, which later runs on this checkout start from too.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_TARGET=${1:-20}
JOBS=${PATAGON_FUZZ_JOBS:-2}
BUILD=$HERE/build-fuzz
CRASHES=$HERE/tests/fuzz/crashes

[[ $SECONDS_PER_TARGET =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS]" >&2; exit 2; }
command -v clang++ >/dev/null || { echo "[fuzz] error: clang++ is missing (scripts/buildroot-packages.txt lists it)" >&2; exit 1; }

log() { printf '[fuzz %s] %s\n' "$(date +%T)" "$*" >&2; }

start=$(date +%s)
if [[ ! -f $BUILD/build.ninja ]]; then
    CC=clang CXX=clang++ cmake -S "$HERE/tests/fuzz" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
cmake --build "$BUILD" -j "$(nproc)" >"$BUILD/build.log" 2>&1 || { tail -n 40 "$BUILD/build.log" >&2; exit 1; }
log "built in $(($(date +%s) - start)) s"

mapfile -t targets < <(sed -n '/^set(PATAGON_FUZZ_TARGETS/,/)/p' "$HERE/tests/fuzz/CMakeLists.txt" |
    sed -e 's/set(PATAGON_FUZZ_TARGETS//' -e 's/)//' | tr -s ' \n' '\n' | grep -v '^$')

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*.debug=false;*.warning=false'

run_one() { # target: exit status of the fuzzer, its log in build-fuzz/logs/
    local t=$1
    mkdir -p "$BUILD/corpus/$t" "$BUILD/logs" "$CRASHES/$t"
    "$BUILD/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$CRASHES/$t/" \
        "$BUILD/corpus/$t" "$HERE/tests/fuzz/corpus/$t" >"$BUILD/logs/$t.log" 2>&1
}

log "${#targets[@]} targets, ${SECONDS_PER_TARGET} s each, $JOBS at a time"
declare -A pids=()
failed=()
reap() {
    local t
    for t in "${!pids[@]}"; do
        if ! kill -0 "${pids[$t]}" 2>/dev/null; then
            if wait "${pids[$t]}"; then
                log "$t: $(grep -m1 -o 'stat::number_of_executed_units: [0-9]*' "$BUILD/logs/$t.log" | sed 's/.*: //') runs, no crash"
            else
                failed+=("$t")
                log "$t: FAILED (log: build-fuzz/logs/$t.log)"
                grep -E 'ERROR|runtime error|fuzz check failed|Test unit written' "$BUILD/logs/$t.log" | head -n 5 >&2 || true
            fi
            unset "pids[$t]"
        fi
    done
}
for t in "${targets[@]}"; do
    while ((${#pids[@]} >= JOBS)); do
        sleep 1
        reap
    done
    run_one "$t" &
    pids[$t]=$!
done
while ((${#pids[@]} > 0)); do
    sleep 1
    reap
done

log "done in $(($(date +%s) - start)) s"
if ((${#failed[@]} > 0)); then
    log "failed: ${failed[*]} (crashing inputs in tests/fuzz/crashes/; reproduce with build-fuzz/fuzz_TARGET FILE)"
    exit 1
fi
