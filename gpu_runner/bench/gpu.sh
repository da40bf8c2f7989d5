#!/usr/bin/env bash
# GPU benchmark of patagon-train, for a machine with CMake, a C++ compiler, nvcc and a CUDA
# build of PyTorch (pip). One script builds the trainer against that PyTorch's LibTorch and
# measures, in about 8 minutes of wall time:
#   1. ResNet-9 time per epoch on 50,000 32x32 images (CIFAR-10 binary batches; synthetic ones of
#      the same size are written when the real CIFAR-10 is absent), bf16 autocast, channels_last;
#   2. time to the accuracy target on Fashion-MNIST (small CNN 91%, ResNet-9 93%), test accuracy
#      checked after every epoch;
#   3. the GPU's utilisation while training (nvidia-smi), a sign of host syncs or data stalls.
# Figures are printed; nothing is timed against a limit. The reference to beat: the public
# CIFAR-10 record of 94% in 3.83 s on one A100 with eager PyTorch.
#
#   gpu_runner/bench/gpu.sh prepare [FASHION_DIR]   (on a machine that has Fashion-MNIST, e.g.
#       Debian's dataset-fashion-mnist: copies its 4 files, ~30 MB, into gpu_runner/bench/data/,
#       which git ignores, so they travel with the working tree)
#   gpu_runner/bench/gpu.sh [run]                   (on the GPU machine)
#
# Environment: CIFAR10_DIR (real CIFAR-10 binary batches, optional), BUILD_DIR (default
# gpu_runner/build-gpu), JOBS (build parallelism), NCCL=ON (also build ProcessGroupNCCL),
# FASHION_EPOCHS (default 12), CIFAR_EPOCHS (default 4; with real CIFAR-10 also an accuracy run),
# PATAGON_TRAIN (an already built patagon-train: no build), SMOKE=1 (a check of this script on
# any machine, CPU included: tiny subsets, one epoch each; the figures mean nothing).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/.." && pwd)
DATA=$HERE/data
MODE=${1:-run}

say() { printf '\n== %s\n' "$*"; }
die() {
    printf 'gpu.sh: %s\n' "$*" >&2
    exit 1
}

if [[ $MODE == prepare ]]; then
    from=${2:-/usr/share/datasets/fashion-mnist}
    mkdir -p "$DATA/fashion-mnist"
    for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
        if [[ -f $from/$f.gz ]]; then
            cp "$from/$f.gz" "$DATA/fashion-mnist/"
        elif [[ -f $from/$f ]]; then
            gzip -c "$from/$f" >"$DATA/fashion-mnist/$f.gz"
        else
            die "$from/$f(.gz) not found (Debian: apt install dataset-fashion-mnist)"
        fi
    done
    du -sh "$DATA/fashion-mnist"
    echo "prepared; git ignores $DATA"
    exit 0
fi
[[ $MODE == run ]] || die "usage: gpu.sh [prepare [FASHION_DIR] | run]"

T0=$(date +%s)
elapsed() { echo "$(($(date +%s) - T0)) s"; }
BUILD=${BUILD_DIR:-$SRC/build-gpu}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [[ -n ${SMI_PID:-} ]] && kill "$SMI_PID" 2>/dev/null || true' EXIT

say "machine"
tools=(python3)
[[ -z ${PATAGON_TRAIN:-} ]] && tools+=(cmake nvcc)
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
date -u '+%Y-%m-%d %H:%M UTC'
echo "$(nproc) CPUs"
nvidia-smi -L 2>/dev/null || true
if command -v nvcc >/dev/null; then nvcc --version | tail -n 1; fi
SMOKE=${SMOKE:-0}
python3 - "$SMOKE" <<'PY' || die "python3 cannot import a CUDA build of torch"
import sys
import torch
print("torch", torch.__version__, "CUDA", torch.version.cuda, "cuDNN", torch.backends.cudnn.version())
assert torch.cuda.is_available() or sys.argv[1] == "1", "torch sees no CUDA device"
if torch.cuda.is_available():
    print("device", torch.cuda.get_device_name(0), "capability %d.%d" % torch.cuda.get_device_capability(0))
PY
# SMOKE=1: every run on a few hundred images, one epoch
quick=()
[[ $SMOKE == 1 ]] && quick=(--limit-train 1024 --limit-test 256)
epochs() { if [[ $SMOKE == 1 ]]; then echo 1; else echo "$1"; fi; }

if [[ -n ${PATAGON_TRAIN:-} ]]; then
    TRAIN=$PATAGON_TRAIN
    echo "using $TRAIN (no build)"
else
    PREFIX=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
    ARCH=$(python3 -c 'import torch; print("%d.%d" % torch.cuda.get_device_capability(0))')

    say "build ($(elapsed))"
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    # TorchConfig looks for the CUDA toolkit; the arch list only silences its guess
    if ! TORCH_CUDA_ARCH_LIST=$ARCH cmake -S "$SRC" -B "$BUILD" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$PREFIX" -DPATAGON_TRAIN_TESTS=OFF \
        -DPATAGON_TRAIN_NCCL="${NCCL:-OFF}" >"$WORK/configure.log" 2>&1; then
        tail -n 40 "$WORK/configure.log"
        die "configure failed (log above)"
    fi
    grep -iE 'warning|not found' "$WORK/configure.log" | head -n 20 || true
    timeout 400 cmake --build "$BUILD" --target patagon-train -j "${JOBS:-$(nproc)}" >"$WORK/build.log" 2>&1 ||
        { tail -n 40 "$WORK/build.log"; die "build failed (log above)"; }
    TRAIN=$BUILD/patagon-train
    echo "built $TRAIN ($(elapsed))"
fi

say "patagon-train info"
"$TRAIN" info --json >"$WORK/info.json"
python3 - "$WORK/info.json" "$SMOKE" <<'PY' || die "patagon-train does not see CUDA"
import json, sys
info = json.load(open(sys.argv[1]))
print(json.dumps(info, indent=1)[:1500])
text = json.dumps(info)
assert '"cuda_available": true' in text or sys.argv[2] == "1", "cuda_available is not true"
PY

# gpu_sampler NAME: samples utilisation every 200 ms in the background until gpu_report NAME
gpu_sampler() {
    SMI_PID=
    command -v nvidia-smi >/dev/null || return 0
    nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader,nounits -lms 200 \
        >"$WORK/$1.smi" 2>/dev/null &
    SMI_PID=$!
}
gpu_report() {
    [[ -n ${SMI_PID:-} ]] || return 0
    kill "$SMI_PID" 2>/dev/null || true
    wait "$SMI_PID" 2>/dev/null || true
    SMI_PID=
    python3 - "$WORK/$1.smi" <<'PY'
import sys
rows = [l.split(",") for l in open(sys.argv[1]) if l.strip()]
util = [float(r[0]) for r in rows if r[0].strip().replace(".", "").isdigit()]
busy = [u for u in util if u > 0]
if busy:
    print("GPU utilisation while busy: mean %.0f%% over %d samples (max memory %s MiB)"
          % (sum(busy) / len(busy), len(busy), max(int(r[1]) for r in rows)))
PY
}

# epochs_report RUN_DIR TARGET : per-epoch table, time to TARGET test accuracy (val = test)
epochs_report() {
    python3 - "$1" "$2" <<'PY'
import json, statistics, sys
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
start = events[0]
epochs = [e for e in events if e["event"] == "epoch"]
target = float(sys.argv[2])
print("%5s %10s %10s %10s %12s" % ("epoch", "train s", "elapsed s", "test acc", "images/s"))
reached = None
for e in epochs:
    print("%5d %10.2f %10.2f %9.2f%% %12.0f" % (e["epoch"], e["epoch_seconds"], e["elapsed_seconds"],
                                             100 * e["val_accuracy"], e["images_per_second"]))
    if reached is None and e["val_accuracy"] >= target:
        reached = e
secs = [e["epoch_seconds"] for e in epochs]
if len(secs) > 1:
    print("time per epoch: first %.2f s (cuDNN benchmark, warm-up), then median %.2f s" % (secs[0], statistics.median(secs[1:])))
train_to_here = lambda e: sum(x["epoch_seconds"] for x in epochs if x["epoch"] <= e["epoch"])
if target > 0:
    if reached:
        print("target %.0f%%: reached after epoch %d: %.2f s of training, %.2f s wall since start (data loading and evaluation included)"
              % (100 * target, reached["epoch"], train_to_here(reached), reached["elapsed_seconds"]))
    else:
        print("target %.0f%%: NOT reached in %d epochs (best %.2f%%)" % (100 * target, len(epochs), 100 * max(e["val_accuracy"] for e in epochs)))
print("resolved:", json.dumps({k: start["resolved"][k] for k in ("batch_size", "amp", "channels_last", "steps_per_epoch", "backend")}),
      "device:", start["environment"]["device"])
PY
}

say "CIFAR-format data, 50,000 + 10,000 images of 32x32 ($(elapsed))"
CIFAR=${CIFAR10_DIR:-}
if [[ -z $CIFAR && -f $DATA/cifar-10-batches-bin/data_batch_1.bin ]]; then
    CIFAR=$DATA/cifar-10-batches-bin
fi
REAL_CIFAR=1
if [[ -z $CIFAR ]]; then
    REAL_CIFAR=0
    CIFAR=$WORK/cifar-synthetic
    mkdir -p "$CIFAR"
    # records of 1 label byte + 3072 pixel bytes, as the real batches; noise, so accuracy means
    # nothing here, only time
    python3 - "$CIFAR" <<'PY'
import os, sys
import torch
g = torch.Generator().manual_seed(0)
for name in ["data_batch_%d.bin" % i for i in range(1, 6)] + ["test_batch.bin"]:
    rec = torch.randint(0, 256, (10000, 3073), dtype=torch.uint8, generator=g)
    rec[:, 0] = torch.randint(0, 10, (10000,), dtype=torch.uint8, generator=g)
    with open(os.path.join(sys.argv[1], name), "wb") as f:
        f.write(rec.numpy().tobytes())
PY
    echo "synthetic (real CIFAR-10 absent: set CIFAR10_DIR to measure accuracy too)"
else
    echo "real CIFAR-10 in $CIFAR"
fi

say "ResNet-9, 50,000 32x32 images, batch 512, bf16 autocast, channels_last ($(elapsed))"
gpu_sampler cifar
timeout 180 "$TRAIN" train --data "cifar10:$CIFAR" --model resnet9 --epochs "$(epochs "${CIFAR_EPOCHS:-4}")" \
    --batch-size 512 --amp bf16 --channels-last on --val-split 0 --progress none \
    --out "$WORK/cifar" "${quick[@]}" || die "the CIFAR run failed"
gpu_report cifar
epochs_report "$WORK/cifar" 0

if [[ $REAL_CIFAR == 1 ]]; then
    say "ResNet-9 on the real CIFAR-10, 10 epochs, toward 94% ($(elapsed))"
    timeout 180 "$TRAIN" train --data "cifar10:$CIFAR" --model resnet9 --epochs "$(epochs 10)" \
        --batch-size 512 --lr 0.4 --label-smoothing 0.2 --weight-decay 5e-4 --amp bf16 \
        --channels-last on --val-split 0 --progress none --out "$WORK/cifar-acc" "${quick[@]}" ||
        die "the CIFAR accuracy run failed"
    epochs_report "$WORK/cifar-acc" 0.94
fi

[[ -f $DATA/fashion-mnist/train-images-idx3-ubyte.gz ]] ||
    die "Fashion-MNIST not in $DATA/fashion-mnist: run 'gpu_runner/bench/gpu.sh prepare' where it is installed"
# decompressed once here: the build may lack zlib's headers, and then reads plain IDX files only
FASHION=$WORK/fashion-mnist
mkdir -p "$FASHION"
for f in "$DATA"/fashion-mnist/*.gz; do
    gzip -dc "$f" >"$FASHION/$(basename "$f" .gz)"
done

say "Fashion-MNIST, small CNN, target 91% ($(elapsed))"
timeout 120 "$TRAIN" train --data "fashion-mnist:$FASHION" --model smallcnn --epochs "$(epochs 10)" \
    --batch-size 128 --amp bf16 --val-split 0 --progress none --out "$WORK/fashion-small" \
    "${quick[@]}" ||
    die "the small CNN run failed"
epochs_report "$WORK/fashion-small" 0.91

say "Fashion-MNIST, ResNet-9, target 93% ($(elapsed))"
gpu_sampler fashion
timeout 240 "$TRAIN" train --data "fashion-mnist:$FASHION" --model resnet9 \
    --epochs "$(epochs "${FASHION_EPOCHS:-12}")" --batch-size 256 --lr 0.1 --label-smoothing 0.1 \
    --augment crop+flip --amp bf16 --channels-last on --val-split 0 --progress none \
    --out "$WORK/fashion-resnet9" "${quick[@]}" || die "the ResNet-9 run failed"
gpu_report fashion
epochs_report "$WORK/fashion-resnet9" 0.93

say "done in $(elapsed)"
