# gpu_runner.imagefolder: PNG and JPEG files of mixed sizes in class folders are decoded on
# worker threads, cropped and resized, learnt, and predicted one file at a time.
source "$(dirname "$0")/lib.sh"
"$PATAGON_TESTDATA" imagefolder "$WORK/images" --classes 3 --per-class 24

R=$WORK/run
run 0 train "$PATAGON_TRAIN" train --data "imagefolder:$WORK/images" --image-size 32 \
    --epochs 3 --batch-size 16 --val-split 0 --threads 2 --out "$R"
check_run_dir "$R"
py '
start = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())
d = start["data"]
assert d["classes"] == ["class_0", "class_1", "class_2"], d
assert d["train_images"] == 72 and d["test_images"] == 18 and d["val_source"] == "test", d
assert (d["channels"], d["height"], d["width"]) == (3, 32, 32), d
s = json.load(open(sys.argv[1] + "/summary.json"))
assert s["test_accuracy"] >= 0.8, s["test_accuracy"]
' "$R" || fail "image folder run"
pass "trained on an image folder: $(summary_value "$R" test_accuracy)"

run 0 predict "$PATAGON_TRAIN" predict --checkpoint "$R/checkpoints/last.pt" \
    "$WORK/images/test/class_2/img_0.png" "$WORK/images/test/class_1/img_1.jpg"
py '
rows = open(sys.argv[1]).read().splitlines()
assert rows[0] == "path,predicted,confidence,class" and len(rows) == 3, rows
assert rows[1].endswith(",class_2") and rows[2].endswith(",class_1"), rows
' "$WORK/predict.out" || fail "predict on files"
pass "predict on image files"

echo "broken" >"$WORK/broken.jpg"
run 1 predict-bad "$PATAGON_TRAIN" predict --checkpoint "$R/checkpoints/last.pt" \
    "$WORK/images/test/class_2/img_0.png" "$WORK/broken.jpg" --output "$WORK/never.csv"
expect_in "$WORK/predict-bad.err" "cannot read image $WORK/broken.jpg"
[[ ! -e $WORK/never.csv ]] || fail "predict wrote output despite a bad image"
pass "predict refuses an unreadable image"

# one folder of classes: every fifth image of a class is held out as the test set
mkdir -p "$WORK/flat"
cp -r "$WORK/images/train/." "$WORK/flat/"
run 0 info "$PATAGON_TRAIN" info --data "imagefolder:$WORK/flat" --image-size 24 --json
py '
d = json.load(open(sys.argv[1]))["data"]
assert d["train_images"] == 60 and d["test_images"] == 12 and d["height"] == 24, d
' "$WORK/info.out" || fail "flat image folder"
pass "flat image folder split 80/20"

# decoded images are cached (here under $XDG_CACHE_HOME, the default) and reused while the
# files are unchanged; a changed file, a damaged entry or an unwritable folder never fails a run
export XDG_CACHE_HOME=$WORK/xdg-cache
cache_state() { # cache_state NAME EXPECTED_TRAIN EXPECTED_TEST [ARGS...]
    local name=$1 train=$2 test=$3
    shift 3
    run 0 "$name" "$PATAGON_TRAIN" info --data "imagefolder:$WORK/images" --image-size 24 \
        --json "$@"
    py '
c = json.load(open(sys.argv[1]))["data"]["decode_cache"]
assert (c["train"], c["test"]) == (sys.argv[2], sys.argv[3]), c
if sys.argv[4]:
    assert c["dir"] == sys.argv[4], c
' "$WORK/$name.out" "$train" "$test" "${CACHE_DIR:-}" || fail "decode cache in $name"
}
CACHE_DIR=$XDG_CACHE_HOME/patagon-train cache_state cache-first written written
[[ $(ls "$XDG_CACHE_HOME/patagon-train" | grep -c '^imagefolder-.*\.u8$') == 2 ]] ||
    fail "two cache entries expected: $(ls "$XDG_CACHE_HOME/patagon-train")"
cache_state cache-again hit hit
touch -d '2001-01-01' "$WORK/images/train/class_0/img_0.png"
cache_state cache-changed written hit
for f in "$XDG_CACHE_HOME"/patagon-train/*.u8; do truncate -s 100 "$f"; done
cache_state cache-damaged written written
cache_state cache-repaired hit hit
# same size, other bytes: the checksum notices
for f in "$XDG_CACHE_HOME"/patagon-train/*.u8; do
    printf 'garbage' | dd of="$f" bs=1 seek=2000 conv=notrunc status=none
done
cache_state cache-altered written written
cache_state cache-none off off --cache-dir none
echo "a file, not a folder" >"$WORK/not-a-folder"
cache_state cache-unwritable unwritable unwritable --cache-dir "$WORK/not-a-folder/cache"
expect_in "$WORK/cache-unwritable.err" "warning: decoded images not cached"
[[ -z $(find "$XDG_CACHE_HOME" -name '*.tmp.*') ]] || fail "a temporary cache file was left"
pass "decoded images cached, reused, refreshed on change, optional"
