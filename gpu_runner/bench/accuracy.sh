#!/usr/bin/env bash
# Accuracy benchmark on the real Fashion-MNIST: trains a model with the settings below and
# prints each epoch's time and test accuracy, then the final figures against the target. Not run
# by ctest (full runs take long on a CPU; see README.md for the measured times).
#
#   gpu_runner/bench/accuracy.sh PATAGON_TRAIN [MODEL] [FASHION_DIR] [THREADS] [LIMIT_TRAIN] [EPOCHS]
#
# MODEL: smallcnn (target 91% within 10 epochs) or resnet9 (target 93%). LIMIT_TRAIN > 0 trains
# on that many images (the full test set is still used): for measuring the time per epoch on a
# subset. EPOCHS overrides the model's epoch count. Extra options: PATAGON_TRAIN_ARGS.
# RUN_DIR=DIR keeps the run folder there instead of a temporary one, and continues the run in
# it if one was interrupted (--resume auto): long CPU runs can be stopped and taken up again.
set -euo pipefail
TRAIN=${1:?usage: accuracy.sh PATH/TO/patagon-train [MODEL] [FASHION_DIR] [THREADS] [LIMIT_TRAIN] [EPOCHS]}
MODEL=${2:-smallcnn}
DATA=${3:-/usr/share/datasets/fashion-mnist}
THREADS=${4:-$(nproc)}
LIMIT=${5:-0}
case $MODEL in
smallcnn)
    TARGET=0.91
    EPOCHS=${6:-10}
    ARGS=(--batch-size 128)
    ;;
resnet9)
    TARGET=0.93
    EPOCHS=${6:-12}
    # the DAWNBench recipe scaled to 28x28 grey images: one-cycle SGD, label smoothing, random
    # crops (padding 3) and flips
    ARGS=(--batch-size 128 --lr 0.1 --label-smoothing 0.1 --augment crop+flip)
    ;;
*)
    echo "accuracy.sh: MODEL is smallcnn or resnet9, not '$MODEL'" >&2
    exit 2
    ;;
esac
if [[ -n ${RUN_DIR:-} ]]; then
    mkdir -p "$RUN_DIR"
    OUT=$RUN_DIR
else
    OUT=$(mktemp -d)
    trap 'rm -rf "$OUT"' EXIT
fi
limit=()
[[ $LIMIT != 0 ]] && limit=(--limit-train "$LIMIT")
echo "Fashion-MNIST, $MODEL, $EPOCHS epochs, ${LIMIT/#0/all} training images, $THREADS threads, target $TARGET"
echo "host $(hostname), $(nproc) CPUs, $(date -u '+%Y-%m-%d %H:%M UTC')"
# --val-split 0: the test set is evaluated after every epoch (the figure reported); nothing is
# selected on it, the final model is the last one
# shellcheck disable=SC2086
"$TRAIN" train --data "fashion-mnist:$DATA" --model "$MODEL" --epochs "$EPOCHS" --val-split 0 \
    --threads "$THREADS" --progress lines --out "$OUT/run" --resume auto "${ARGS[@]}" \
    "${limit[@]}" ${PATAGON_TRAIN_ARGS:-}
python3 - "$OUT/run" "$TARGET" <<'PY'
import json, sys
s = json.load(open(sys.argv[1] + "/summary.json"))
epochs = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl") if json.loads(l)["event"] == "epoch"]
target = float(sys.argv[2])
per_epoch = s["train_seconds"] / max(1, len(epochs))
print("%s: %d epochs, test accuracy %.2f%% (target %.0f%%: %s), %.0f s in all, %.0f s of training per epoch, %.0f images/s"
      % (s["model"], s["epochs"], 100 * s["test_accuracy"], 100 * target,
         "reached" if s["test_accuracy"] >= target else "NOT reached", s["elapsed_seconds"], per_epoch,
         s["images_per_second"]))
first = next((e for e in epochs if e["val_accuracy"] >= target), None)
if first:
    print("first epoch at the target: %d (%.0f s)" % (first["epoch"], first["elapsed_seconds"]))
print("a full epoch (60,000 images) takes about %.0f s at this speed" % (60000 / s["images_per_second"]))
PY
