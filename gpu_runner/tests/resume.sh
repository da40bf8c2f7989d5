# gpu_runner.resume: a run interrupted (inside an epoch, and at an epoch's end) and resumed with
# --resume auto repeats the uninterrupted run: same schedule, optimizer state and random draws.
source "$(dirname "$0")/lib.sh"
need_fashion
ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 2000 --limit-test 500 --epochs 2
      --batch-size 64 --augment crop+flip --label-smoothing 0.1 --threads 2 --seed 7)
# 1800 training images after the validation split: 28 steps an epoch, 56 in all

run 0 straight "$PATAGON_TRAIN" "${ARGS[@]}" --out "$WORK/straight"
check_run_dir "$WORK/straight"

# compare RUN_A RUN_B : per-epoch metrics and the final test result agree
compare() {
    py '
def epochs(d):
    return [json.loads(l) for l in open(d + "/metrics.jsonl") if json.loads(l)["event"] == "epoch"]
a, b = epochs(sys.argv[1]), epochs(sys.argv[2])
assert len(a) == len(b) == 2, (len(a), len(b))
for x, y in zip(a, b):
    for k in ("train_loss", "val_loss"):
        assert abs(x[k] - y[k]) <= 1e-4 * max(1, abs(x[k])), (k, x[k], y[k])
    for k in ("train_accuracy", "val_accuracy"):
        assert abs(x[k] - y[k]) <= 0.005, (k, x[k], y[k])
    assert abs(x["lr"] - y["lr"]) < 1e-12, (x["lr"], y["lr"])
sa = json.load(open(sys.argv[1] + "/summary.json"))
sb = json.load(open(sys.argv[2] + "/summary.json"))
assert abs(sa["test_accuracy"] - sb["test_accuracy"]) <= 0.005, (sa["test_accuracy"], sb["test_accuracy"])
assert abs(sa["test_loss"] - sb["test_loss"]) <= 1e-3, (sa["test_loss"], sb["test_loss"])
print("epoch 2 train loss %.6f vs %.6f, test accuracy %.4f vs %.4f" % (a[1]["train_loss"], b[1]["train_loss"], sa["test_accuracy"], sb["test_accuracy"]))
' "$1" "$2" || fail "$2 does not repeat $1"
}

for stop in 40 28; do # inside epoch 2; at the end of epoch 1
    R=$WORK/stopped-$stop
    run 3 "stop-$stop" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --signal-at-step $stop
    [[ -f $R/checkpoints/last.pt && ! -e $R/summary.json ]] || fail "interrupted run $R: files"
    py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
last = events[-1]
assert last["event"] == "interrupted" and last["signal"] == "SIGUSR1" and last["resumable"], last
assert last["exit_code"] == 3 and last["global_step"] == int(sys.argv[2]), last
' "$R" "$stop" || fail "interrupted event"
    expect_in "$WORK/stop-$stop.out" "SIGUSR1 received" "--resume auto"
    run 0 "resume-$stop" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --resume auto
    check_run_dir "$R"
    py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
names = [e["event"] for e in events]
assert names.count("start") == 2 and names.count("interrupted") == 1, names
resumed = [e for e in events if e["event"] == "start"][1]["resumed"]
assert resumed["global_step"] == int(sys.argv[2]), resumed
' "$R" "$stop" || fail "resumed metrics.jsonl"
    compare "$WORK/straight" "$R"
    pass "interrupted at step $stop and resumed: same result"
done

# a resumed run with other training options is refused, and nothing is written
R=$WORK/stopped-40
before=$(md5sum "$R/metrics.jsonl" "$R/checkpoints/last.pt")
run 1 other-options "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --resume auto --lr 0.2
expect_in "$WORK/other-options.err" "$R/checkpoints/last.pt" "other training options"
[[ $(md5sum "$R/metrics.jsonl" "$R/checkpoints/last.pt") == "$before" ]] || fail "files changed"
pass "resume with other options refused"

# resuming a finished run only repeats the final evaluation
run 0 resume-finished "$PATAGON_TRAIN" "${ARGS[@]}" --out "$WORK/straight" --resume auto
compare "$WORK/straight" "$WORK/straight"
pass "resuming a finished run"
