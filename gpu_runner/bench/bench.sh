#!/usr/bin/env bash
# Benchmark of patagon-train against the equivalent python3-torch loop (baseline.py): test
# accuracy and training images/s on Fashion-MNIST, and their ratio. Not run by ctest.
#
#   gpu_runner/bench/bench.sh PATAGON_TRAIN [FASHION_DIR] [EPOCHS] [LIMIT_TRAIN] [THREADS]
set -euo pipefail
TRAIN=${1:?usage: bench.sh PATH/TO/patagon-train [FASHION_DIR] [EPOCHS] [LIMIT_TRAIN] [THREADS]}
DATA=${2:-/usr/share/datasets/fashion-mnist}
EPOCHS=${3:-2}
LIMIT=${4:-0}
THREADS=${5:-$(nproc)}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

limit=()
pylimit=()
if [[ $LIMIT != 0 ]]; then
    limit=(--limit-train "$LIMIT")
    pylimit=(--limit-train "$LIMIT")
fi
echo "Fashion-MNIST, smallcnn, $EPOCHS epochs, batch 128, ${LIMIT/#0/all} training images, $THREADS threads"
"$TRAIN" train --data "fashion-mnist:$DATA" --epochs "$EPOCHS" --batch-size 128 --val-split 0 \
    --augment none --threads "$THREADS" --progress none --out "$OUT/run" "${limit[@]}"
python3 "$HERE/baseline.py" --data "$DATA" --epochs "$EPOCHS" --batch-size 128 \
    --threads "$THREADS" "${pylimit[@]}" >"$OUT/python.json"
python3 - "$OUT/run/summary.json" "$OUT/python.json" <<'PY'
import json, sys
cpp = json.load(open(sys.argv[1]))
py = json.load(open(sys.argv[2]))
print("%-16s %10s %12s %8s" % ("", "accuracy", "images/s", "device"))
print("%-16s %9.2f%% %12.0f %8s" % ("patagon-train", 100 * cpp["test_accuracy"], cpp["images_per_second"], cpp["device"]))
print("%-16s %9.2f%% %12.0f %8s" % ("python3-torch", 100 * py["test_accuracy"], py["images_per_second"], py["device"]))
print("speed ratio (patagon-train / python): %.2f" % (cpp["images_per_second"] / py["images_per_second"]))
PY
