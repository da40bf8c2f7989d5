# gpu_runner.models: ResNet-9 and ResNet-18 train on 32x32 colour and 28x28 grey images, with
# AdamW, cosine schedule with warm-up, label smoothing, gradient clipping and bf16 autocast.
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
train_one resnet18 "mnist:$WORK/mnist" resnet18-mnist --schedule constant --amp bf16
train_one resnet9 "mnist:$WORK/mnist" resnet9-mnist --amp bf16 --channels-last on
py '
start = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())
r = start["resolved"]
assert r["amp"] is True and r["channels_last"] is True and r["parameters"] > 6000000, r
' "$WORK/resnet9-mnist" || fail "resolved settings"

run 0 eval18 "$PATAGON_TRAIN" eval --checkpoint "$WORK/resnet18-mnist/checkpoints/last.pt" \
    --data "mnist:$WORK/mnist" --json --amp bf16
py 'e = json.load(open(sys.argv[1])); assert e["model"] == "resnet18" and e["test_images"] == 40, e' \
    "$WORK/eval18.out" || fail "eval of resnet18"
pass "eval of a ResNet-18 checkpoint"
