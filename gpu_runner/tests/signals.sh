# gpu_runner.signals: SIGUSR1 and SIGTERM from outside (as Slurm sends them) stop a run after
# the current step with exit code 3 and a resumable last.pt; the resumed run completes.
source "$(dirname "$0")/lib.sh"
need_fashion
R=$WORK/run
ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 2000 --limit-test 500 --epochs 4
      --batch-size 32 --threads 2 --progress lines --out "$R")

# signal_run NAME SIGNAL : starts a run, signals it once it trains, checks the interruption
signal_run() {
    local name=$1 sig=$2
    local lines
    lines=$( [[ -f $R/metrics.jsonl ]] && wc -l <"$R/metrics.jsonl" || echo 0)
    "$PATAGON_TRAIN" "${ARGS[@]}" --resume auto >"$WORK/$name.out" 2>"$WORK/$name.err" &
    local pid=$!
    # wait for this process's start event, then let it train a moment
    for _ in $(seq 1 600); do
        if [[ -f $R/metrics.jsonl ]] && (($(wc -l <"$R/metrics.jsonl") > lines)); then
            break
        fi
        kill -0 $pid 2>/dev/null || break
        sleep 0.1
    done
    sleep 1
    local sent
    sent=$(date +%s.%N)
    kill -s "$sig" $pid
    local rc=0
    wait $pid || rc=$?
    local took
    took=$(py 'print(round(float(sys.argv[2]) - float(sys.argv[1]), 2))' "$sent" "$(date +%s.%N)")
    [[ $rc == 3 ]] || { cat "$WORK/$name.err" >&2; fail "$name: exit code $rc after SIG$sig, expected 3"; }
    py 'assert float(sys.argv[1]) < 15, "took %s s to stop" % sys.argv[1]' "$took" || fail "slow stop"
    [[ -f $R/checkpoints/last.pt && ! -e $R/summary.json ]] || fail "$name: files after SIG$sig"
    if find "$R" -name '*.tmp.*' | grep -q .; then fail "$name: temporary files left"; fi
    py '
e = json.loads(open(sys.argv[1]).read().splitlines()[-1])
assert e["event"] == "interrupted" and e["signal"] == "SIG" + sys.argv[2] and e["resumable"], e
' "$R/metrics.jsonl" "$sig" || fail "$name: interrupted event"
    expect_in "$WORK/$name.out" "SIG$sig received"
    pass "SIG$sig: stopped in ${took}s with exit code 3"
}

signal_run first USR1
signal_run second TERM
run 0 finish "$PATAGON_TRAIN" "${ARGS[@]}" --resume auto
check_run_dir "$R"
py '
events = [json.loads(l) for l in open(sys.argv[1])]
names = [e["event"] for e in events]
assert names.count("start") == 3 and names.count("interrupted") == 2, names
' "$R/metrics.jsonl" || fail "event sequence"
pass "resumed twice to completion, test accuracy $(summary_value "$R" test_accuracy)"
