# gpu_runner.models: ResNet-9 and ResNet-18 train on 32x32 colour and 28x28 grey images, with
# AdamW, cosine schedule with warm-up, label smoothing, gradient clipping and bf16 autocast; the
# fused SGD and AdamW steps compute what LibTorch's own steps do, and their checkpoints
# interchange.
source "$(dirname "$0")/lib.sh"
"$PATAGON_TESTDATA" cifar "$WORK/cifar" --train 160 --test 40 --batches 1
"$PATAGON_TESTDATA" mnist "$WORK/mnist" --train 160 --test 40

# trains MODEL DATA NAME EXTRA... and checks the run folder
train_one() {
    local model=$1 data=$2 name=$3
    shift 3
    run 0 "$name" "$PATAGON_TRAIN" train --model "$model" --data "$data" --epochs 1 \
        --batch-size 32 --threads 2 --out "$WORK/$name" "$@"
    check_run_dir "$WORK/$name"
    pass "$name: test accuracy $(summary_value "$WORK/$name" test_accuracy), $(summary_value "$WORK/$name" images_per_second) images/s"
}

train_one resnet9 "cifar10:$WORK/cifar" resnet9-cifar --optimizer adamw --schedule cosine \
    --warmup-epochs 0.5 --label-smoothing 0.1 --clip-grad 1.0
# bf16 is emulated on CPUs without bf16 instructions (a few images/s): small runs
train_one resnet18 "mnist:$WORK/mnist" resnet18-mnist --schedule constant --amp bf16 \
    --limit-train 64 --limit-test 16
train_one resnet9 "mnist:$WORK/mnist" resnet9-mnist --amp bf16 --channels-last on \
    --limit-train 64 --limit-test 16
py '
start = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())
r = start["resolved"]
assert r["amp"] is True and r["channels_last"] is True and r["parameters"] > 6000000, r
' "$WORK/resnet9-mnist" || fail "resolved settings"
train_one smallcnn "mnist:$WORK/mnist" smallcnn-nchw --channels-last off
py '
r = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())["resolved"]
assert r["channels_last"] is False, r
' "$WORK/smallcnn-nchw" || fail "channels-last off"

# fused and plain optimiser steps compute the same: equal losses after the first epoch's 32 steps
# (float rounding apart; a strong weight decay makes a mistake in it visible), close ones after
# three epochs at high learning rates, where rounding differences grow. A fused run interrupted
# and continued with the plain step (and so with the plain step's reading of its state) too.
compare_losses() { # compare_losses RUN_A RUN_B [TOLERANCE_OF_LATER_TRAIN_LOSSES]
    py '
def epochs(d):
    return [json.loads(l) for l in open(d + "/metrics.jsonl") if json.loads(l)["event"] == "epoch"]
a, b = epochs(sys.argv[1]), epochs(sys.argv[2])
assert len(a) == len(b) == 3, (len(a), len(b))
for x, y in zip(a, b):
    for k in ("train_loss", "val_loss"):
        # the validation loss after epoch 1 moves more: the Adam scaling amplifies rounding
        tolerance = (1e-4 if k == "train_loss" else 1e-3) if x["epoch"] == 1 else 3e-2
        if x["epoch"] > 1 and k == "train_loss" and len(sys.argv) > 3:
            tolerance = float(sys.argv[3])
        assert math.isclose(x[k], y[k], rel_tol=tolerance), (x["epoch"], k, x[k], y[k])
' "$@"
}
need_fashion
for optimizer in sgd adamw; do
    ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 1024 --limit-test 256 --epochs 3
        --batch-size 32 --threads 2 --val-split 0 --optimizer "$optimizer" --weight-decay 0.05)
    run 0 "$optimizer-fused" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$WORK/$optimizer-fused"
    run 0 "$optimizer-plain" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$WORK/$optimizer-plain" \
        --fused-optimizer off
    compare_losses "$WORK/$optimizer-fused" "$WORK/$optimizer-plain" ||
        fail "fused and plain $optimizer differ"
    R=$WORK/$optimizer-switch
    run 3 "$optimizer-switch-stop" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --signal-at-step 40
    run 0 "$optimizer-switch" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --fused-optimizer off \
        --resume auto
    compare_losses "$WORK/$optimizer-fused" "$R" ||
        fail "a fused $optimizer checkpoint continued with the plain step"
    # a checkpoint saved in NCHW (as every CPU run before channels_last became the default)
    # continued in channels_last: the fused step brings the saved state to the new layout;
    # compared with a run in NCHW throughout (the two layouts' kernels round differently; the
    # train losses stay within 0.2%, and state read in the wrong layout moved them by 1.7-3.5%)
    run 0 "$optimizer-nchw" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$WORK/$optimizer-nchw" \
        --channels-last off
    R=$WORK/$optimizer-layout
    run 3 "$optimizer-layout-stop" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --signal-at-step 40 \
        --channels-last off
    run 0 "$optimizer-layout" "$PATAGON_TRAIN" "${ARGS[@]}" --out "$R" --resume auto
    compare_losses "$WORK/$optimizer-nchw" "$R" 1e-2 ||
        fail "an NCHW $optimizer checkpoint continued in channels_last"
    pass "fused $optimizer steps equal LibTorch's own, and their checkpoints interchange"
done

run 0 eval18 "$PATAGON_TRAIN" eval --checkpoint "$WORK/resnet18-mnist/checkpoints/last.pt" \
    --data "mnist:$WORK/mnist" --json --amp bf16
py 'e = json.load(open(sys.argv[1])); assert e["model"] == "resnet18" and e["test_images"] == 40, e' \
    "$WORK/eval18.out" || fail "eval of resnet18"
pass "eval of a ResNet-18 checkpoint"
