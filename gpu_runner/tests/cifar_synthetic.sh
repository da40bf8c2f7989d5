# gpu_runner.cifar_synthetic: CIFAR-10 binary batches written by the test itself (class colours
# and stripes) are read, augmented and learnt; the cifar-10-batches-bin sub-folder is found.
source "$(dirname "$0")/lib.sh"
"$PATAGON_TESTDATA" cifar "$WORK/cifar" --train 1000 --test 200 --batches 5

run 0 info "$PATAGON_TRAIN" info --data "cifar10:$WORK/cifar" --json
py '
d = json.load(open(sys.argv[1]))["data"]
assert d["train_images"] == 1000 and d["test_images"] == 200, d
assert (d["channels"], d["height"], d["width"]) == (3, 32, 32), d
assert d["classes"][0] == "red" and d["classes"][9] == "grey", d["classes"]
' "$WORK/info.out" || fail "info --data cifar10"
pass "info reads the batches and batches.meta.txt"

R=$WORK/run
run 0 train "$PATAGON_TRAIN" train --data "cifar10:$WORK/cifar" --epochs 2 --batch-size 32 \
    --threads 2 --out "$R"
check_run_dir "$R"
py '
start = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())
assert start["resolved"]["augment"] == "crop+flip" and start["resolved"]["crop_padding"] == 4, start["resolved"]
assert start["data"]["train_images"] == 900 and start["data"]["val_images"] == 100, start["data"]
s = json.load(open(sys.argv[1] + "/summary.json"))
assert s["test_accuracy"] >= 0.8, s["test_accuracy"]
print("synthetic CIFAR test accuracy", s["test_accuracy"])
' "$R" || fail "cifar run"
pass "2 epochs on synthetic CIFAR-10 with crop+flip: $(summary_value "$R" test_accuracy)"

mkdir -p "$WORK/nested"
mv "$WORK/cifar" "$WORK/nested/cifar-10-batches-bin"
run 0 eval "$PATAGON_TRAIN" eval --checkpoint "$R/checkpoints/best.pt" --data "cifar10:$WORK/nested" --json
py 'e = json.load(open(sys.argv[1])); assert e["test_images"] == 200 and e["test_accuracy"] >= 0.8, e' \
    "$WORK/eval.out" || fail "eval through cifar-10-batches-bin"
pass "cifar-10-batches-bin sub-folder"
