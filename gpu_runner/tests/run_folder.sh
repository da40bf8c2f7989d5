# gpu_runner.run_folder: one trainer per run folder. A second trainer started on a folder in use
# (a job started twice) exits 1 naming the holder's host and PID and writes nothing; temporary
# files have names of their own (mkstemp), not the PID's; a failure while loading the data into
# a folder that exists (out of memory in a decoding thread here) is an error event in
# metrics.jsonl, and a later run may start there.
source "$(dirname "$0")/lib.sh"
need_fashion
HOST=$(py 'import socket; print(socket.gethostname())')
ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 1000 --limit-test 200 --batch-size 32
      --threads 1)

# A file in the way of NAME.tmp.PID (another node's trainer of the same PID, on a shared file
# system) does not matter: here a folder of that name, for the PID the trainer will have.
R=$WORK/pid-named
mkdir -p "$R"
run 0 pid-named bash -c 'mkdir "$1/metrics.jsonl.tmp.$$" "$1/summary.json.tmp.$$" && exec "${@:2}"' \
    pid-named "$R" "$PATAGON_TRAIN" "${ARGS[@]}" --epochs 1 --out "$R"
rmdir "$R"/metrics.jsonl.tmp.* "$R"/summary.json.tmp.*
check_run_dir "$R"
expect_in "$R/.lock" "host $HOST PID "
pass "temporary files do not collide with PID-named ones; $R/.lock names the holder"

# Two trainers on one folder: the second one is refused while the first holds it.
R=$WORK/twice
"$PATAGON_TRAIN" "${ARGS[@]}" --epochs 3 --out "$R" >"$WORK/first.out" 2>"$WORK/first.err" &
FIRST=$!
trap 'kill -KILL $FIRST 2>/dev/null || true' EXIT # not left stopped if a check below fails
for _ in $(seq 1 600); do # its start event: it holds the folder now
    [[ -f $R/metrics.jsonl ]] && break
    kill -0 $FIRST 2>/dev/null || break
    sleep 0.1
done
[[ -f $R/metrics.jsonl ]] || { cat "$WORK/first.err" >&2; fail "the first trainer did not start"; }
kill -STOP $FIRST # so that it still holds the folder, however slow the second one is
before=$(cat "$R/metrics.jsonl")
for mode in resume fresh; do
    extra=()
    [[ $mode == resume ]] && extra=(--resume auto)
    run 1 "second-$mode" "$PATAGON_TRAIN" "${ARGS[@]}" --epochs 3 --out "$R" "${extra[@]}"
    expect_in "$WORK/second-$mode.err" "$R is in use by another trainer (host $HOST PID $FIRST"
    [[ $(cat "$R/metrics.jsonl") == "$before" ]] || fail "second-$mode: metrics.jsonl changed"
    pass "second trainer ($mode): $(head -n 1 "$WORK/second-$mode.err")"
done
kill -CONT $FIRST
kill -TERM $FIRST
rc=0
wait $FIRST || rc=$?
[[ $rc == 3 ]] || { cat "$WORK/first.err" >&2; fail "first trainer: exit code $rc, expected 3"; }
trap - EXIT
run 0 after "$PATAGON_TRAIN" "${ARGS[@]}" --epochs 3 --out "$R" --resume auto
check_run_dir "$R"
pass "the folder is free once its trainer ended: resumed to completion"

# Out of memory in a decoding thread: reported (stderr, exit 1, an error event in the folder
# that exists), never std::terminate. The address space is limited (ulimit -v) to what the
# trainer has used when it opens that image, plus less than the 192 MiB of an 8192x8192 image
# (the largest one decoded), which then cannot be allocated. What it has used is read from
# /proc while it waits to open a FIFO in the image's place (and then refuses the FIFO).
"$PATAGON_TESTDATA" imagefolder "$WORK/images" --classes 2 --per-class 8
IMAGE=$WORK/images/train/class_1/a_large.png
OOM_ARGS=(train --data "imagefolder:$WORK/images" --threads 1 --cache-dir none --epochs 1)
mkfifo "$IMAGE"
"$PATAGON_TRAIN" "${OOM_ARGS[@]}" --out "$WORK/probe" >"$WORK/probe.out" 2>"$WORK/probe.err" &
PROBE=$!
# should the trainer end without opening the FIFO, this opens it instead, so the test goes on
(while grep -q '^State:[[:space:]]*[^Z]' /proc/$PROBE/status 2>/dev/null; do sleep 0.2; done
 exec 4<"$IMAGE") &
GUARD=$!
exec 3>"$IMAGE" # returns once a reader has it open
PEAK=$(awk '/^VmPeak:/ {print $2}' /proc/$PROBE/status 2>/dev/null || true)
exec 3>&-
rc=0
wait $PROBE || rc=$?
kill $GUARD 2>/dev/null || true
wait $GUARD 2>/dev/null || true
[[ -n $PEAK ]] || fail "the trainer ended before it opened $IMAGE: $(cat "$WORK/probe.err")"
[[ $rc == 1 ]] || fail "probe: exit code $rc, expected 1"
expect_in "$WORK/probe.err" "cannot read image $IMAGE: not a regular file"
rm "$IMAGE"
# Under AddressSanitizer (the sanitized suite) there is no address-space limit to run under
# (its shadow memory takes terabytes) and its allocator ends the program on a failed
# `operator new` instead of throwing: this part runs in the normal suite only.
if [[ -z ${PATAGON_SANITIZED:-} ]]; then
    LIMIT=$((PEAK + 96 * 1024)) # KiB
    "$PATAGON_TESTDATA" png-header "$IMAGE" 8192 8192
    R=$WORK/oom
    mkdir -p "$R"
    run 1 oom bash -c 'ulimit -v "$1"; shift; exec "$@"' oom "$LIMIT" "$PATAGON_TRAIN" \
        "${OOM_ARGS[@]}" --out "$R"
    expect_in "$WORK/oom.err" "cannot read image $IMAGE: out of memory while decoding it"
    py '
events = [json.loads(l) for l in open(sys.argv[1])]
assert [e["event"] for e in events] == ["error"], events
assert "out of memory while decoding" in events[0]["message"] and sys.argv[2] in events[0]["message"], events
    ' "$R/metrics.jsonl" "$IMAGE" || fail "no error event in $R/metrics.jsonl"
    pass "out of memory in a decoding thread (limit $((LIMIT / 1024)) MiB): $(head -n 1 "$WORK/oom.err")"
    rm "$IMAGE"
    run 0 after-oom "$PATAGON_TRAIN" "${OOM_ARGS[@]}" --out "$R"
    check_run_dir "$R"
    pass "a run starts in the folder of a failed start"
else
    pass "out of memory in a decoding thread: normal suite only (AddressSanitizer's allocator)"
fi
