# gpu_runner.fashion_mnist: one epoch on 6,000 real Fashion-MNIST images reaches >= 75% test
# accuracy; the run folder follows the protocol; eval, predict and info read the checkpoint.
source "$(dirname "$0")/lib.sh"
need_fashion
DATA=fashion-mnist:$FASHION
RUN=$WORK/run

run 0 train "$PATAGON_TRAIN" train --data "$DATA" --limit-train 6000 --limit-test 2000 \
    --epochs 1 --batch-size 32 --threads 2 --out "$RUN"
check_run_dir "$RUN"
acc=$(summary_value "$RUN" test_accuracy)
ips=$(summary_value "$RUN" images_per_second)
echo "test accuracy $acc, $ips images/s"
py 'assert float(sys.argv[1]) >= 0.75, "test accuracy %s < 0.75" % sys.argv[1]' "$acc" ||
    fail "accuracy below 75%"
expect_in "$WORK/train.out" "epoch 1/1" "done: test accuracy"
py '
events = [json.loads(l) for l in open(sys.argv[1])]
start = events[0]
assert start["data"]["train_images"] == 5400 and start["data"]["val_images"] == 600, start["data"]
assert start["data"]["test_images"] == 2000 and start["data"]["classes"][9] == "Ankle boot"
assert start["config"]["limit_train"] == 6000 and start["resumed"] is False
assert [e["event"] for e in events] == ["start", "epoch", "checkpoint", "checkpoint", "done"], [e["event"] for e in events]
' "$RUN/metrics.jsonl" || fail "metrics.jsonl content"
pass "train: accuracy $acc"

run 0 eval "$PATAGON_TRAIN" eval --checkpoint "$RUN/checkpoints/last.pt" --data "$DATA" \
    --limit-test 2000 --json --threads 2
py 'e = json.load(open(sys.argv[1])); assert abs(e["test_accuracy"] - float(sys.argv[2])) < 1e-9, (e, sys.argv[2])' \
    "$WORK/eval.out" "$acc" || fail "eval disagrees with summary.json"
pass "eval repeats the test accuracy"

run 0 predict "$PATAGON_TRAIN" predict --checkpoint "$RUN/checkpoints/best.pt" --data "$DATA" \
    --limit-test 200 --output "$WORK/predictions.csv" --threads 2
py '
rows = open(sys.argv[1]).read().splitlines()
assert rows[0] == "index,label,predicted,confidence,class", rows[0]
assert len(rows) == 201, len(rows)
right = sum(1 for r in rows[1:] if r.split(",")[1] == r.split(",")[2])
assert right >= 140, right
assert all(0 < float(r.split(",")[3]) <= 1 for r in rows[1:])
' "$WORK/predictions.csv" || fail "predict output"
pass "predict"

run 0 info "$PATAGON_TRAIN" info --checkpoint "$RUN/checkpoints/last.pt" --json
py 'c = json.load(open(sys.argv[1]))["checkpoint"]; assert c["model"] == "smallcnn" and c["epoch"] == 1 and c["classes"] == 10, c' \
    "$WORK/info.out" || fail "info --checkpoint"
pass "info --checkpoint"

# a second run into the same folder must not overwrite the first
before=$(md5sum "$RUN/metrics.jsonl")
run 1 again "$PATAGON_TRAIN" train --data "$DATA" --limit-train 100 --epochs 1 --out "$RUN"
expect_in "$WORK/again.err" "already holds a run" "--resume auto"
[[ $(md5sum "$RUN/metrics.jsonl") == "$before" ]] || fail "metrics.jsonl changed"
pass "an existing run is not overwritten"
