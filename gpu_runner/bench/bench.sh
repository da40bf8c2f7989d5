#!/usr/bin/env bash
# Benchmark of patagon-train against the equivalent python3-torch loop (baseline.py): test
# accuracy and training images/s on Fashion-MNIST, and their ratio, for each batch size. Not run
# by ctest. The two sides run back to back, ROUNDS times, alternating which goes first (the
# machine may be shared and noisy); the ratio printed last is the median of the rounds.
#
#   gpu_runner/bench/bench.sh PATAGON_TRAIN [FASHION_DIR] [EPOCHS] [LIMIT_TRAIN] [THREADS] \
#       [BATCHES] [ROUNDS]
#
# BATCHES is a space-separated list (default "128 32"); ROUNDS defaults to 2. The goal on
# 2 CPU threads: ratio >= 1.0 at batch 128 and >= 1.1 at batch 32.
set -euo pipefail
TRAIN=${1:?usage: bench.sh PATH/TO/patagon-train [FASHION_DIR] [EPOCHS] [LIMIT_TRAIN] [THREADS] [BATCHES] [ROUNDS]}
DATA=${2:-/usr/share/datasets/fashion-mnist}
EPOCHS=${3:-2}
LIMIT=${4:-0}
THREADS=${5:-$(nproc)}
BATCHES=${6:-128 32}
ROUNDS=${7:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

limit=()
if [[ $LIMIT != 0 ]]; then
    limit=(--limit-train "$LIMIT")
fi
echo "Fashion-MNIST, smallcnn, SGD Nesterov + one-cycle, $EPOCHS epoch(s), ${LIMIT/#0/all} training images, $THREADS threads"
echo "host $(hostname), $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(date -u '+%Y-%m-%d %H:%M UTC')"
python3 -c 'import torch; print("python3-torch", torch.__version__)'
"$TRAIN" info | grep -i -m1 libtorch || true

run_cpp() { # run_cpp BATCH ROUND
    "$TRAIN" train --data "fashion-mnist:$DATA" --epochs "$EPOCHS" --batch-size "$1" \
        --val-split 0 --augment none --threads "$THREADS" --progress none \
        --out "$OUT/cpp-$1-$2" "${limit[@]}"
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(json.dumps({"test_accuracy": s["test_accuracy"], "images_per_second": s["images_per_second"]}))' \
        "$OUT/cpp-$1-$2/summary.json" >"$OUT/cpp-$1-$2.json"
}
run_py() { # run_py BATCH ROUND
    python3 "$HERE/baseline.py" --data "$DATA" --epochs "$EPOCHS" --batch-size "$1" \
        --threads "$THREADS" "${limit[@]}" >"$OUT/py-$1-$2.json"
}

for batch in $BATCHES; do
    for round in $(seq "$ROUNDS"); do
        if ((round % 2)); then
            run_cpp "$batch" "$round"
            run_py "$batch" "$round"
        else
            run_py "$batch" "$round"
            run_cpp "$batch" "$round"
        fi
    done
    python3 - "$OUT" "$batch" "$ROUNDS" <<'PY'
import json, statistics, sys
out, batch, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
print("batch %s" % batch)
print("  %-6s %-14s %9s %10s" % ("round", "", "accuracy", "images/s"))
ratios = []
for r in range(1, rounds + 1):
    cpp = json.load(open("%s/cpp-%s-%d.json" % (out, batch, r)))
    py = json.load(open("%s/py-%s-%d.json" % (out, batch, r)))
    ratios.append(cpp["images_per_second"] / py["images_per_second"])
    print("  %-6d %-14s %8.2f%% %10.0f" % (r, "patagon-train", 100 * cpp["test_accuracy"], cpp["images_per_second"]))
    print("  %-6s %-14s %8.2f%% %10.0f   ratio %.2f" % ("", "python3-torch", 100 * py["test_accuracy"], py["images_per_second"], ratios[-1]))
print("  speed ratio at batch %s (patagon-train / python3-torch, median of %d): %.2f" % (batch, rounds, statistics.median(ratios)))
PY
done
