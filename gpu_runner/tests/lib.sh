# Shared helpers of the gpu_runner tests (sourced; run by ctest with the environment that
# CMakeLists.txt sets: PATAGON_TRAIN, PATAGON_TESTDATA, PATAGON_FASHION_MNIST_DIR,
# PATAGON_TEST_WORK, PYTHON3).
set -euo pipefail

: "${PATAGON_TRAIN:?set by ctest}"
: "${PATAGON_TESTDATA:?set by ctest}"
: "${PATAGON_TEST_WORK:?set by ctest}"
PYTHON3=${PYTHON3:-python3}
FASHION=${PATAGON_FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}
WORK=$PATAGON_TEST_WORK
rm -rf "$WORK"
mkdir -p "$WORK"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

pass() { echo "ok - $*"; }

need_fashion() {
    [[ -e $FASHION/train-images-idx3-ubyte.gz || -e $FASHION/train-images-idx3-ubyte ]] ||
        fail "Fashion-MNIST not found in $FASHION (configure with -DPATAGON_FASHION_MNIST_DIR=DIR; Debian: apt install dataset-fashion-mnist)"
}

# run EXPECTED_RC NAME CMD... : runs CMD, keeps its output in $WORK/NAME.{out,err}, checks rc
run() {
    local expected=$1 name=$2
    shift 2
    local rc=0
    "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    if [[ $rc != "$expected" ]]; then
        echo "--- stdout of $name" >&2
        tail -n 20 "$WORK/$name.out" >&2
        echo "--- stderr of $name" >&2
        tail -n 20 "$WORK/$name.err" >&2
        fail "$name: exit code $rc, expected $expected ($*)"
    fi
}

# expect_in FILE TEXT... : every TEXT occurs in FILE (fixed strings)
expect_in() {
    local file=$1
    shift
    for text in "$@"; do
        grep -qF -- "$text" "$file" || fail "'$text' not in $file: $(head -c 600 "$file")"
    done
}

# py 'EXPRESSION-OR-STATEMENTS' ARGS... : runs Python with json imported, arguments as argv
py() {
    local code=$1
    shift
    "$PYTHON3" -c "import json, sys, math
$code" "$@"
}

# check_run_dir DIR : the protocol files of a completed run are all there and well-formed
check_run_dir() {
    local dir=$1
    [[ -f $dir/summary.json ]] || fail "$dir/summary.json missing"
    [[ -f $dir/checkpoints/last.pt ]] || fail "$dir/checkpoints/last.pt missing"
    [[ -f $dir/checkpoints/best.pt ]] || fail "$dir/checkpoints/best.pt missing"
    if find "$dir" -name '*.tmp.*' | grep -q .; then
        fail "temporary files left in $dir"
    fi
    py '
s = json.load(open(sys.argv[1] + "/summary.json"))
for k in ("test_accuracy", "best_val_accuracy", "epochs", "images_per_second", "elapsed_seconds", "device", "model", "format"):
    assert k in s, "summary.json lacks " + k
assert 0 <= s["test_accuracy"] <= 1 and 0 <= s["best_val_accuracy"] <= 1, s
assert s["images_per_second"] > 0 and s["elapsed_seconds"] > 0, s
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
assert all(e["format"] == 1 and "time" in e for e in events), "format/time missing"
assert events[0]["event"] == "start" and events[-1]["event"] == "done", [e["event"] for e in events]
start = events[0]
for k in ("config", "environment", "data", "resolved"):
    assert k in start, "start lacks " + k
epochs = [e for e in events if e["event"] == "epoch"]
assert len(epochs) == s["epochs"], (len(epochs), s["epochs"])
for e in epochs:
    for k in ("epoch", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "images_per_second", "lr", "elapsed_seconds"):
        assert k in e and e[k] is not None, "epoch event lacks " + k
    assert math.isfinite(e["train_loss"]) and 0 <= e["val_accuracy"] <= 1, e
assert [e["epoch"] for e in epochs] == list(range(1, len(epochs) + 1)), [e["epoch"] for e in epochs]
assert any(e["event"] == "checkpoint" and e["kind"] == "last" for e in events)
' "$dir" || fail "protocol files of $dir are not as documented"
}

# summary_value DIR KEY
summary_value() {
    py 'print(json.load(open(sys.argv[1] + "/summary.json"))[sys.argv[2]])' "$1" "$2"
}
