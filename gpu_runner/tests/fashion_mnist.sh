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

# In-epoch progress events, rate-limited by the host clock: with a short interval several
# arrive, in step order, between the start and the epoch event.
run 0 train-progress "$PATAGON_TRAIN" train --data "$DATA" --limit-train 3000 --limit-test 200 \
    --epochs 1 --batch-size 16 --threads 2 --progress-interval 0.05 --out "$WORK/run-progress"
py '
import math
events = [json.loads(l) for l in open(sys.argv[1])]
names = [e["event"] for e in events]
progress = [e for e in events if e["event"] == "progress"]
assert len(progress) >= 2, names
assert names.index("epoch") > max(i for i, n in enumerate(names) if n == "progress"), names
assert names[0] == "start" and events[0]["config"]["progress_interval"] == 0.05, events[0]["config"]
steps = [p["step_in_epoch"] for p in progress]
assert steps == sorted(steps) and len(set(steps)) == len(steps) and steps[-1] < 168, steps
for p in progress:
    assert p["format"] == 1 and p["epoch"] == 1 and p["epochs"] == 1 and p["steps_per_epoch"] == 168, p
    assert p["global_step"] == p["step_in_epoch"], p
    assert math.isfinite(p["train_loss"]) and 0 < p["train_loss"] < 10, p
    assert p["images_per_second"] > 0 and p["lr"] > 0 and p["elapsed_seconds"] > 0, p
times = [p["time"] for p in progress]
assert all(b - a >= 0.04 for a, b in zip(times, times[1:])), times
' "$WORK/run-progress/metrics.jsonl" || fail "progress events"
pass "progress events: rate-limited, in step order, with loss and speed"

run 0 eval "$PATAGON_TRAIN" eval --checkpoint "$RUN/checkpoints/last.pt" --data "$DATA" \
    --limit-test 2000 --json --threads 2
py '
e = json.load(open(sys.argv[1]))
assert abs(e["test_accuracy"] - float(sys.argv[2])) < 1e-9, (e, sys.argv[2])
m = e["confusion_matrix"]
assert e["classes"][0] == "T-shirt/top" and len(e["classes"]) == 10 and len(m) == 10 and all(len(r) == 10 for r in m), e
assert sum(map(sum, m)) == 2000 == e["test_images"], m
assert abs(sum(m[c][c] for c in range(10)) / 2000 - e["test_accuracy"]) < 1e-9, m
for c in range(10):
    assert abs(e["per_class_accuracy"][c] - m[c][c] / sum(m[c])) < 1e-9, (c, e["per_class_accuracy"], m)
' "$WORK/eval.out" "$acc" || fail "eval disagrees with summary.json, or its confusion matrix is wrong"
pass "eval repeats the test accuracy; per-class accuracy and confusion matrix agree"

run 0 eval-text "$PATAGON_TRAIN" eval --checkpoint "$RUN/checkpoints/last.pt" --data "$DATA" \
    --limit-test 500 --threads 2
expect_in "$WORK/eval-text.out" "test accuracy" "per class:" "Ankle boot" "confusion matrix (rows: true class"

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

run 0 predict-top3 "$PATAGON_TRAIN" predict --checkpoint "$RUN/checkpoints/best.pt" --data "$DATA" \
    --limit-test 50 --top-k 3 --output "$WORK/top3.csv" --threads 2
py '
import csv
rows = list(csv.reader(open(sys.argv[1])))
assert rows[0] == ["index", "label", "predicted", "confidence", "class", "predicted_2", "confidence_2", "class_2", "predicted_3", "confidence_3", "class_3"], rows[0]
top1 = {r.split(",")[0]: r.split(",")[2] for r in open(sys.argv[2]).read().splitlines()[1:51]}
assert len(rows) == 51
for r in rows[1:]:
    assert r[2] == top1[r[0]], (r, top1[r[0]])  # the first place is the top-1 prediction
    conf = [float(r[3]), float(r[6]), float(r[9])]
    assert 1 >= conf[0] >= conf[1] >= conf[2] >= 0 and sum(conf) <= 1 + 1e-5, r
    assert len({r[2], r[5], r[8]}) == 3, r
' "$WORK/top3.csv" "$WORK/predictions.csv" || fail "predict --top-k 3"
pass "predict --top-k 3"

# Image files for a grey model (Fashion-MNIST): read as RGB, turned into luma
"$PATAGON_TESTDATA" imagefolder "$WORK/photos" --classes 1 --per-class 2 >/dev/null ||
    fail "could not write test images"
mapfile -t photos < <(find "$WORK/photos" -type f | sort | head -n 2)
[[ ${#photos[@]} == 2 ]] || fail "expected two test images, found ${#photos[*]}"
run 0 predict-files "$PATAGON_TRAIN" predict --checkpoint "$RUN/checkpoints/best.pt" \
    --top-k 3 --threads 2 "${photos[@]}"
py '
import csv
rows = list(csv.reader(open(sys.argv[1])))
assert rows[0][:4] == ["path", "predicted", "confidence", "class"] and len(rows[0]) == 10, rows[0]
assert [r[0] for r in rows[1:]] == sys.argv[2:], rows
for r in rows[1:]:
    conf = [float(r[2]), float(r[5]), float(r[8])]
    assert 1 >= conf[0] >= conf[1] >= conf[2] >= 0, r
' "$WORK/predict-files.out" "${photos[@]}" || fail "predict on image files with a grey model"
pass "predict reads image files for a grey model"

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
