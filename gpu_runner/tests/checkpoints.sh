# gpu_runner.checkpoints: checkpoints are written at most every --checkpoint-every seconds (and
# always after the last epoch and on interruption); between writes the best epoch is kept as a
# copy, and the best.pt written from it later equals the one written at once: same weights, same
# position, same optimizer state.
source "$(dirname "$0")/lib.sh"
need_fashion
ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 2000 --limit-test 500 --epochs 4
      --batch-size 64 --val-split 0 --threads 2 --seed 3 --progress none)
# 2000 training images: 31 steps an epoch; step 100 is in epoch 4

# checkpoints EVENTS_DIR : the kinds and epochs of the checkpoint events, in order
checkpoints() {
    py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
print(" ".join("%s@%d" % (e["kind"], e["epoch"]) for e in events if e["event"] == "checkpoint"))
' "$1"
}

# every epoch, as before --checkpoint-every; interrupted in epoch 4
run 3 every "$PATAGON_TRAIN" "${ARGS[@]}" --checkpoint-every 0 --signal-at-step 100 \
    --out "$WORK/every"
# an interval no run reaches: nothing until the interruption, then the best epoch and last
run 3 deferred "$PATAGON_TRAIN" "${ARGS[@]}" --signal-at-step 100 --out "$WORK/deferred"
EVERY=$(checkpoints "$WORK/every")
DEFERRED=$(checkpoints "$WORK/deferred")
BEST_EPOCH=$(py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
acc = [e["val_accuracy"] for e in events if e["event"] == "epoch"]
print(acc.index(max(acc)) + 1)' "$WORK/deferred")
[[ $DEFERRED == "best@$BEST_EPOCH last@3" ]] ||
    fail "deferred checkpoints: '$DEFERRED', expected 'best@$BEST_EPOCH last@3' (every epoch: $EVERY)"
[[ $EVERY == *"last@1 "*"last@2 "*"last@3" ]] || fail "--checkpoint-every 0: '$EVERY'"
pass "checkpoints every epoch with 0 ($EVERY); deferred: $DEFERRED"

# the two best.pt: same position, and the same weights (eval gives the same test result)
for run in every deferred; do
    run 0 "info-$run" "$PATAGON_TRAIN" info --checkpoint "$WORK/$run/checkpoints/best.pt" --json
    run 0 "eval-$run" "$PATAGON_TRAIN" eval --checkpoint "$WORK/$run/checkpoints/best.pt" \
        --data "fashion-mnist:$FASHION" --limit-test 500 --threads 2 --json
done
py '
a, b = (json.load(open(p))["checkpoint"] for p in sys.argv[1:3])
for k in ("epoch", "step_in_epoch", "global_step", "best_val_accuracy"):
    assert a[k] == b[k], (k, a[k], b[k])
x, y = (json.load(open(p)) for p in sys.argv[3:5])
assert x["test_accuracy"] == y["test_accuracy"] and abs(x["test_loss"] - y["test_loss"]) < 1e-6, (x, y)
' "$WORK/info-every.out" "$WORK/info-deferred.out" "$WORK/eval-every.out" \
    "$WORK/eval-deferred.out" || fail "best.pt written later differs from best.pt written at once"
pass "best.pt of epoch $BEST_EPOCH written later equals the one written at once"

# and the same optimizer state: resuming from each best.pt for one more epoch gives the same run
for run in every deferred; do
    run 0 "resume-$run" "$PATAGON_TRAIN" "${ARGS[@]}" --resume "$WORK/$run/checkpoints/best.pt" \
        --out "$WORK/resumed-$run"
done
py '
def epochs(d):
    return [json.loads(l) for l in open(d + "/metrics.jsonl") if json.loads(l)["event"] == "epoch"]
a, b = epochs(sys.argv[1]), epochs(sys.argv[2])
assert [e["epoch"] for e in a] == [e["epoch"] for e in b] and a, (a, b)
for x, y in zip(a, b):
    assert abs(x["train_loss"] - y["train_loss"]) <= 1e-5 * max(1, x["train_loss"]), (x, y)
    assert x["val_accuracy"] == y["val_accuracy"], (x, y)
' "$WORK/resumed-every" "$WORK/resumed-deferred" ||
    fail "resuming from the two best.pt differs (optimizer state)"
pass "resuming from either best.pt gives the same epochs"

# a completed run with the interval: one pair of writes, after the last epoch
run 0 complete "$PATAGON_TRAIN" "${ARGS[@]}" --epochs 2 --out "$WORK/complete"
check_run_dir "$WORK/complete"
[[ $(checkpoints "$WORK/complete") == *"last@2" ]] || fail "complete: $(checkpoints "$WORK/complete")"
pass "a short run writes its checkpoints once, at the end: $(checkpoints "$WORK/complete")"
