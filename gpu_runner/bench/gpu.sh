#!/usr/bin/env bash
# GPU benchmark of patagon-train, for a machine with CMake, a C++ compiler, nvcc and a CUDA
# build of PyTorch (pip). One script builds the trainer against that PyTorch's LibTorch (with
# NCCL where the wheel has nccl.h; falling back to simpler builds if one fails) and measures, in
# about 5 minutes of wall time:
#   1. ResNet-9 time per epoch on 50,000 32x32 images (CIFAR-10 binary batches; synthetic ones of
#      the same size are written when the real CIFAR-10 is absent), bf16 autocast, channels_last;
#   2. time to the accuracy target on Fashion-MNIST (small CNN 91%, ResNet-9 93%), test accuracy
#      checked after every epoch;
#   3. the GPU's utilisation while training (nvidia-smi), a sign of host syncs or data stalls;
#   4. the small CNN through Python PyTorch on the same GPU (baseline.py, plain and --best), for
#      the images/s ratio;
#   5. data-parallel on 2 processes (on one GPU they share it: NCCL refuses that, so the automatic
#      choice is Gloo; NCCL is also tried, to record its answer) against 1 process, same global
#      batch and epochs: the final accuracies.
# Figures are printed; nothing is timed against a limit. The reference to beat: the public
# CIFAR-10 record of 94% in 3.83 s on one A100 with eager PyTorch. When OUT is set (the device
# tool), the log, info.json and each run's metrics land there.
#
#   gpu_runner/bench/gpu.sh prepare [FASHION_DIR]   (on a machine that has Fashion-MNIST, e.g.
#       Debian's dataset-fashion-mnist: copies its 4 files, ~30 MB, into gpu_runner/bench/data/,
#       which git ignores, so they travel with the working tree)
#   gpu_runner/bench/gpu.sh [run]                   (on the GPU machine)
#
# Environment: CIFAR10_DIR (real CIFAR-10 binary batches, optional), BUILD_DIR (default
# gpu_runner/build-gpu), JOBS (build parallelism), NCCL=OFF (do not try ProcessGroupNCCL),
# FASHION_EPOCHS (default 12), CIFAR_EPOCHS (default 4; with real CIFAR-10 also an accuracy run),
# PATAGON_TRAIN (an already built patagon-train: no build), SMOKE=1 (a check of this script on
# any machine, CPU included: tiny subsets, one epoch each; the figures mean nothing), STAGES
# (default "cifar fashion python dist": which measurements to run).
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
OUT=${OUT:-}
STAGES=" ${STAGES:-cifar fashion python dist} "
FAILED=()
failed() {
    printf 'gpu.sh: FAILED: %s (%s)\n' "$*" "$(elapsed)"
    FAILED+=("$*")
}
finish() {
    [[ -n ${SMI_PID:-} ]] && kill "$SMI_PID" 2>/dev/null
    if [[ -n $OUT && -d $WORK/runs ]]; then
        tar -C "$WORK/runs" --exclude='*.pt' -czf "$OUT/runs.tgz" . 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap finish EXIT
mkdir -p "$WORK/runs"
run_dir() { echo "$WORK/runs/$1"; }

say "machine"
tools=(python3)
[[ -z ${PATAGON_TRAIN:-} ]] && tools+=(cmake)
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
date -u '+%Y-%m-%d %H:%M UTC'
echo "$(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) memory"
nvidia-smi -L 2>/dev/null || true
nvidia-smi --query-gpu=driver_version,memory.total,clocks.max.sm --format=csv,noheader 2>/dev/null || true
if command -v nvcc >/dev/null; then nvcc --version | tail -n 1; fi
c++ --version 2>/dev/null | head -n 1 || true
cmake --version | head -n 1
SMOKE=${SMOKE:-0}
python3 - "$SMOKE" <<'PY' || die "python3 cannot import torch"
import os, sys
import torch
print("torch", torch.__version__, "CUDA", torch.version.cuda, "cuDNN", torch.backends.cudnn.version(),
      "NCCL", torch.cuda.nccl.version() if torch.cuda.is_available() else "-")
inc = os.path.join(os.path.dirname(torch.__file__), "include")
print("torch/include holds:", " ".join(sorted(os.listdir(inc))))
print("gloo headers:", os.path.exists(os.path.join(inc, "gloo", "algorithm.h")))
assert torch.cuda.is_available() or sys.argv[1] == "1", "torch sees no CUDA device"
if torch.cuda.is_available():
    print("device", torch.cuda.get_device_name(0), "capability %d.%d" % torch.cuda.get_device_capability(0),
          "bf16", torch.cuda.is_bf16_supported())
PY
# SMOKE=1: every run on a few hundred images, one epoch
quick=()
[[ $SMOKE == 1 ]] && quick=(--limit-train 1024 --limit-test 256)
epochs() { if [[ $SMOKE == 1 ]]; then echo 1; else echo "$1"; fi; }

# build NAME CMAKE-ARGS...: configures and builds into $BUILD-NAME; TRAIN is set on success
build() {
    local name=$1 dir=$BUILD-$1
    shift
    say "build '$name' ($(elapsed)): $*"
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    # TorchConfig looks for the CUDA toolkit; the arch list only silences its guess
    if ! TORCH_CUDA_ARCH_LIST=$ARCH timeout 120 cmake -S "$SRC" -B "$dir" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$PREFIX" -DPATAGON_TRAIN_TESTS=OFF \
        "$@" >"$WORK/configure-$name.log" 2>&1; then
        tail -n 25 "$WORK/configure-$name.log"
        [[ -n $OUT ]] && cp "$WORK/configure-$name.log" "$OUT/"
        echo "gpu.sh: configuring '$name' failed; trying the next build"
        return 1
    fi
    grep -E 'patagon-train:|CMake Warning' "$WORK/configure-$name.log" | head -n 10 || true
    if ! timeout 300 cmake --build "$dir" --target patagon-train -j "${JOBS:-$(nproc)}" \
        >"$WORK/build-$name.log" 2>&1; then
        grep -E 'error|Error' "$WORK/build-$name.log" | head -n 25
        [[ -n $OUT ]] && cp "$WORK/build-$name.log" "$OUT/"
        echo "gpu.sh: building '$name' failed; trying the next build"
        return 1
    fi
    TRAIN=$dir/patagon-train
    echo "built $TRAIN ($(elapsed))"
}

if [[ -n ${PATAGON_TRAIN:-} ]]; then
    TRAIN=$PATAGON_TRAIN
    echo "using $TRAIN (no build)"
else
    PREFIX=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
    ARCH=$(python3 -c 'import torch; print("%d.%d" % torch.cuda.get_device_capability(0))' 2>/dev/null || true)
    # nccl.h of pip's NVIDIA wheels (site-packages/nvidia/.../include/nccl.h)
    NCCL_ROOT=$(python3 - <<'PY'
import glob, os, torch
base = os.path.dirname(os.path.dirname(torch.__file__))
hits = sorted(glob.glob(os.path.join(base, "nvidia", "**", "include", "nccl.h"), recursive=True))
print(os.path.dirname(os.path.dirname(hits[0])) if hits else "")
PY
    )
    echo "nccl.h: ${NCCL_ROOT:-not in the wheels}/include"
    TRAIN=
    std=()
    nccl=(-DPATAGON_TRAIN_NCCL=ON)
    [[ -n $NCCL_ROOT ]] && nccl+=(-DNCCL_ROOT="$NCCL_ROOT")
    if [[ ${NCCL:-ON} == ON ]] && ! build nccl "${nccl[@]}"; then
        if grep -qs 'C++20' "$WORK"/build-nccl.log; then std=(-DCMAKE_CXX_STANDARD=20); fi
        [[ ${#std[@]} -gt 0 ]] && build nccl20 "${nccl[@]}" "${std[@]}" || true
    fi
    [[ -n $TRAIN ]] || build plain "${std[@]}" || true
    [[ -n $TRAIN ]] || build nodiscovery "${std[@]}" -DPATAGON_TRAIN_SKIP_CUDA_DISCOVERY=ON \
        -DPATAGON_TRAIN_CUDA_DEVICE_INFO=OFF || true
    [[ -n $TRAIN ]] || die "no build of patagon-train succeeded (logs above)"
fi

say "patagon-train info ($(elapsed))"
"$TRAIN" info
"$TRAIN" info --json >"$WORK/info.json"
[[ -n $OUT ]] && cp "$WORK/info.json" "$OUT/"
python3 - "$WORK/info.json" "$SMOKE" <<'PY' || die "patagon-train does not see CUDA"
import json, sys
info = json.load(open(sys.argv[1]))
print(json.dumps({k: info.get(k) for k in ("libtorch", "cuda", "distributed")}, indent=1))
assert info["environment"]["cuda_available"] or sys.argv[2] == "1", "cuda_available is not true"
PY

# gpu_sampler NAME: samples utilisation every 100 ms in the background until gpu_report NAME
gpu_sampler() {
    SMI_PID=
    command -v nvidia-smi >/dev/null || return 0
    nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader,nounits \
        -lms 100 >"$WORK/$1.smi" 2>/dev/null &
    SMI_PID=$!
}
# gpu_report NAME [RUN_DIR]: mean utilisation over the samples, and over the steady epochs of
# RUN_DIR (from the end of the first epoch, which holds cuDNN's autotuning, to the last)
gpu_report() {
    [[ -n ${SMI_PID:-} ]] || return 0
    kill "$SMI_PID" 2>/dev/null || true
    wait "$SMI_PID" 2>/dev/null || true
    SMI_PID=
    python3 - "$WORK/$1.smi" "${2:-}" <<'PY'
import datetime, json, sys
rows = []
for line in open(sys.argv[1]):
    f = [x.strip() for x in line.split(",")]
    try:
        t = datetime.datetime.strptime(f[0], "%Y/%m/%d %H:%M:%S.%f").timestamp()
        rows.append((t, float(f[1]), int(f[2])))
    except (ValueError, IndexError):
        pass
busy = [u for _, u, _ in rows if u > 0]
if busy:
    print("GPU utilisation while busy: mean %.0f%% over %d samples of 100 ms (max memory %d MiB)"
          % (sum(busy) / len(busy), len(busy), max(m for _, _, m in rows)))
if sys.argv[2]:
    epochs = [json.loads(l) for l in open(sys.argv[2] + "/metrics.jsonl")]
    epochs = [e for e in epochs if e["event"] == "epoch"]
    if len(epochs) > 1:
        lo, hi = epochs[0]["time"], epochs[-1]["time"]
        steady = [u for t, u, _ in rows if lo <= t <= hi]
        if steady:
            print("GPU utilisation over epochs 2-%d (%.1f s, evaluation included): mean %.0f%%, min %.0f%% over %d samples"
                  % (len(epochs), hi - lo, sum(steady) / len(steady), min(steady), len(steady)))
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
    print("time per epoch: first %.2f s (cuDNN autotuning, warm-up), then median %.3f s; images/s median %.0f"
          % (secs[0], statistics.median(secs[1:]), statistics.median(e["images_per_second"] for e in epochs[1:])))
train_to_here = lambda e: sum(x["epoch_seconds"] for x in epochs if x["epoch"] <= e["epoch"])
if target > 0:
    if reached:
        print("target %.0f%%: reached after epoch %d: %.2f s of training, %.2f s wall since start (data loading and evaluation included)"
              % (100 * target, reached["epoch"], train_to_here(reached), reached["elapsed_seconds"]))
    else:
        print("target %.0f%%: NOT reached in %d epochs (best %.2f%%)" % (100 * target, len(epochs), 100 * max(e["val_accuracy"] for e in epochs)))
print("resolved:", json.dumps({k: start["resolved"].get(k) for k in ("batch_size", "amp", "channels_last", "steps_per_epoch", "backend")}),
      "device:", start["environment"]["device"])
PY
}
# median images/s of a run's epochs after the first
run_rate() {
    python3 -c '
import json, statistics, sys
e = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
r = [x["images_per_second"] for x in e if x["event"] == "epoch"]
print("%.0f" % statistics.median(r[1:] or r))' "$1"
}

if [[ $STAGES == *" cifar "* ]]; then
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
        # records of 1 label byte + 3072 pixel bytes, as the real batches; noise, so accuracy
        # means nothing here, only time
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
    if timeout 150 "$TRAIN" train --data "cifar10:$CIFAR" --model resnet9 \
        --epochs "$(epochs "${CIFAR_EPOCHS:-10}")" --batch-size 512 --amp bf16 --channels-last on \
        --val-split 0 --progress none --out "$(run_dir cifar)" "${quick[@]}"; then
        gpu_report cifar "$(run_dir cifar)"
        epochs_report "$(run_dir cifar)" 0
    else
        gpu_report cifar
        failed "ResNet-9 on CIFAR-format data"
    fi

    if [[ $REAL_CIFAR == 1 ]]; then
        say "ResNet-9 on the real CIFAR-10, 10 epochs, toward 94% ($(elapsed))"
        timeout 180 "$TRAIN" train --data "cifar10:$CIFAR" --model resnet9 --epochs "$(epochs 10)" \
            --batch-size 512 --lr 0.4 --label-smoothing 0.2 --weight-decay 5e-4 --amp bf16 \
            --channels-last on --val-split 0 --progress none --out "$(run_dir cifar-acc)" \
            "${quick[@]}" && epochs_report "$(run_dir cifar-acc)" 0.94 ||
            failed "the CIFAR accuracy run"
    fi
fi

[[ -f $DATA/fashion-mnist/train-images-idx3-ubyte.gz ]] ||
    die "Fashion-MNIST not in $DATA/fashion-mnist: run 'gpu_runner/bench/gpu.sh prepare' where it is installed"
# decompressed once here: the build may lack zlib's headers, and then reads plain IDX files only
FASHION=$WORK/fashion-mnist
mkdir -p "$FASHION"
for f in "$DATA"/fashion-mnist/*.gz; do
    gzip -dc "$f" >"$FASHION/$(basename "$f" .gz)"
done

if [[ $STAGES == *" fashion "* ]]; then
    say "Fashion-MNIST, small CNN, batch 128, bf16, channels_last, target 91% ($(elapsed))"
    if timeout 120 "$TRAIN" train --data "fashion-mnist:$FASHION" --model smallcnn \
        --epochs "$(epochs 10)" --batch-size 128 --amp bf16 --val-split 0 --progress none \
        --out "$(run_dir fashion-small)" "${quick[@]}"; then
        epochs_report "$(run_dir fashion-small)" 0.91
    else
        failed "the small CNN run"
    fi
fi

if [[ $STAGES == *" fashion "* ]]; then
    say "Fashion-MNIST, ResNet-9, batch 256, bf16, channels_last, target 93% ($(elapsed))"
    gpu_sampler fashion
    if timeout 200 "$TRAIN" train --data "fashion-mnist:$FASHION" --model resnet9 \
        --epochs "$(epochs "${FASHION_EPOCHS:-12}")" --batch-size 256 --lr 0.1 \
        --label-smoothing 0.1 --augment crop+flip --amp bf16 --channels-last on --val-split 0 \
        --progress none --out "$(run_dir fashion-resnet9)" "${quick[@]}"; then
        gpu_report fashion "$(run_dir fashion-resnet9)"
        epochs_report "$(run_dir fashion-resnet9)" 0.93
    else
        gpu_report fashion
        failed "the ResNet-9 Fashion-MNIST run"
    fi
fi

# Python PyTorch against patagon-train, the same small CNN, batch 128, 4 epochs, like for like:
# fp32 against baseline.py, bf16 + channels_last + fused SGD against baseline.py --best; twice,
# interleaved (the machine's speed drifts), images/s as the median of epochs 2-4
if [[ $STAGES == *" python "* ]]; then
    limit=()
    [[ $SMOKE == 1 ]] && limit=(--limit-train 1024)
    for rep in $(seq 1 "${PY_REPEATS:-2}"); do
        for variant in plain best; do
            say "small CNN, batch 128, $variant, round $rep: patagon-train, then Python ($(elapsed))"
            flags=() ours=(--amp off --channels-last off)
            [[ $variant == best ]] && flags=(--best) && ours=(--amp bf16 --channels-last on)
            name=small-$variant-$rep
            if timeout 60 "$TRAIN" train --data "fashion-mnist:$FASHION" --model smallcnn \
                --epochs "$(epochs 4)" --batch-size 128 --lr 0.05 "${ours[@]}" --val-split 0 \
                --progress none --out "$(run_dir "$name")" "${limit[@]}" >/dev/null; then
                echo "patagon-train: $(run_rate "$(run_dir "$name")") images/s"
            else
                failed "patagon-train small CNN ($variant)"
                continue
            fi
            if PYTHONUNBUFFERED=1 timeout 90 python3 "$HERE/baseline.py" --data "$FASHION" \
                --epochs "$(epochs 4)" --batch-size 128 --lr 0.05 "${flags[@]}" "${limit[@]}" \
                >"$WORK/runs/python-$variant-$rep.json"; then
                python3 - "$WORK/runs/python-$variant-$rep.json" "$(run_rate "$(run_dir "$name")")" <<'PY'
import json, statistics, sys
p = json.load(open(sys.argv[1]))
rates = p["epoch_images_per_second"]
py = statistics.median(rates[1:] or rates)
ours = float(sys.argv[2])
print("Python: %.0f images/s (epochs %s), test accuracy %.4f; patagon-train / Python = %.2f"
      % (py, rates, p["test_accuracy"], ours / py if py else float("nan")))
PY
            else
                failed "Python baseline ($variant)"
            fi
        done
    done
fi

# dist_run NAME WORLD BATCH [ARGS...]: WORLD processes on this machine's GPUs
dist_run() {
    local name=$1 world=$2 batch=$3 pids=() rc=0
    shift 3
    local port=$((29600 + RANDOM % 300))
    for ((r = 0; r < world; r++)); do
        WORLD_SIZE=$world RANK=$r LOCAL_RANK=$r MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
            timeout 150 "$TRAIN" train --data "fashion-mnist:$FASHION" --model smallcnn \
            --epochs "$(epochs 6)" --batch-size "$batch" --amp bf16 --val-split 0 --progress none \
            --out "$(run_dir "$name")" "${quick[@]}" "$@" >"$WORK/$name-$r.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || rc=$?; done
    tail -n 3 "$WORK/$name-0.log"
    return $rc
}
GPUS=$(python3 -c 'import torch; print(torch.cuda.device_count())' 2>/dev/null || echo 0)
if [[ $STAGES == *" dist "* ]]; then
    say "data-parallel: small CNN, 6 epochs, global batch 128: 1 process ($(elapsed))"
    dist_run dist-1 1 128 && epochs_report "$(run_dir dist-1)" 0 || failed "1-process run"
    if ((GPUS >= 2)); then
        say "data-parallel: 2 processes of batch 64, one GPU each, backend auto ($(elapsed))"
        dist_run dist-2 2 64 && epochs_report "$(run_dir dist-2)" 0 || failed "2-process run"
    else
        # NCCL refuses two ranks on one GPU ("Duplicate GPU detected"), and pip's wheels have
        # no Gloo headers: here a group of one runs every NCCL exchange of the trainer
        for backend in $(python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))["distributed"]["backends"]))' "$WORK/info.json"); do
            say "data-parallel: a group of one over $backend (one GPU here) ($(elapsed))"
            dist_run "dist-one-$backend" 1 128 --dist-backend "$backend" &&
                epochs_report "$(run_dir "dist-one-$backend")" 0 || failed "group of one ($backend)"
        done
    fi
    python3 - "$WORK/runs" <<'PY'
import glob, json, os, sys
for d in sorted(glob.glob(os.path.join(sys.argv[1], "dist-*"))):
    try:
        s = json.load(open(os.path.join(d, "summary.json")))
        print("%-20s test accuracy %.4f" % (os.path.basename(d), s["test_accuracy"]))
    except (OSError, ValueError, KeyError):
        print("%-20s no summary" % os.path.basename(d))
PY
fi

say "done in $(elapsed)"
if [[ ${#FAILED[@]} -gt 0 ]]; then
    printf 'gpu.sh: %d stage(s) failed: %s\n' "${#FAILED[@]}" "$(IFS=';'; echo "${FAILED[*]}")"
    exit 1
fi
