# gpu_runner.distributed: two processes train data-parallel over c10d Gloo on the CPU
# (RANK/WORLD_SIZE rendezvous on 127.0.0.1); only rank 0 writes the run folder; a signal to one
# process stops both at the same step, and both resume.
source "$(dirname "$0")/lib.sh"
need_fashion

# the Slurm variables give the same rendezvous (read by info, no processes started)
SLURM_NTASKS=4 SLURM_PROCID=1 SLURM_LOCALID=1 SLURM_JOB_ID=1234 \
    SLURM_JOB_NODELIST='gpu[07-09,12],cpu1' run 0 info-slurm "$PATAGON_TRAIN" info --json
py '
d = json.load(open(sys.argv[1]))["distributed"]
assert (d["world_size"], d["rank"], d["local_rank"], d["source"]) == (4, 1, 1, "slurm"), d
assert d["master_addr"] == "gpu07" and d["master_port"] == 29734, d
' "$WORK/info-slurm.out" || fail "Slurm rendezvous variables"
pass "rendezvous from SLURM_* variables"

# job ids past 2^20 (busy clusters): the port still comes from the id; MASTER_PORT wins
SLURM_NTASKS=2 SLURM_PROCID=0 SLURM_JOB_ID=48123456 SLURM_JOB_NODELIST=gpu1 \
    run 0 info-bigid "$PATAGON_TRAIN" info --json
py 'd = json.load(open(sys.argv[1]))["distributed"]; assert d["master_port"] == 29956, d' \
    "$WORK/info-bigid.out" || fail "a job id above 2^20"
SLURM_NTASKS=2 SLURM_PROCID=0 SLURM_JOB_ID=99999999999999999999 MASTER_PORT=31000 \
    SLURM_JOB_NODELIST=gpu1 run 0 info-port "$PATAGON_TRAIN" info --json
py 'd = json.load(open(sys.argv[1]))["distributed"]; assert d["master_port"] == 31000, d' \
    "$WORK/info-port.out" || fail "MASTER_PORT with any job id"
pass "job ids above 2^20"

PORT=$((20000 + RANDOM % 20000))
R=$WORK/run
ARGS=(train --data "fashion-mnist:$FASHION" --limit-train 4000 --limit-test 1000 --epochs 2
      --batch-size 32 --threads 1 --progress lines --out "$R")

# launch EXTRA... : both ranks in the background (rank 1 also gets RANK1_ARGS); sets PIDS
RANK1_ARGS=()
launch() {
    PIDS=()
    for rank in 0 1; do
        local extra=()
        [[ $rank == 1 ]] && extra=("${RANK1_ARGS[@]}")
        RANK=$rank WORLD_SIZE=2 LOCAL_RANK=$rank MASTER_ADDR=127.0.0.1 MASTER_PORT=$PORT \
            "$PATAGON_TRAIN" "${ARGS[@]}" "$@" "${extra[@]}" >"$WORK/$NAME-$rank.out" 2>"$WORK/$NAME-$rank.err" &
        PIDS+=($!)
    done
}
# finish EXPECTED : waits for both ranks, checks their exit codes
finish() {
    for rank in 0 1; do
        local rc=0
        wait "${PIDS[$rank]}" || rc=$?
        [[ $rc == "$1" ]] || { tail "$WORK/$NAME-$rank.err" >&2; fail "$NAME: rank $rank exited with $rc, expected $1"; }
    done
}

# rank 1 receives SIGUSR1 after its step 30: both stop after the same step
NAME=stop
RANK1_ARGS=(--signal-at-step 30)
launch
RANK1_ARGS=()
PORT=$((PORT + 1))
finish 3
py '
e = json.loads(open(sys.argv[1]).read().splitlines()[-1])
assert e["event"] == "interrupted" and e["global_step"] == 30, e
assert e["signal"] == "another process\x27s signal", e
' "$R/metrics.jsonl" || fail "interrupted event"
pass "both processes stopped after step 30 with exit code 3"

NAME=resume
launch --resume auto
finish 0
check_run_dir "$R"
py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
start = events[0]
assert start["resolved"]["distributed"]["world_size"] == 2 and start["resolved"]["backend"] == "gloo", start["resolved"]
assert start["resolved"]["global_batch_size"] == 64 and start["resolved"]["steps_per_epoch"] == 56, start["resolved"]
s = json.load(open(sys.argv[1] + "/summary.json"))
assert s["test_accuracy"] >= 0.7, s["test_accuracy"]
print("2 processes: test accuracy", s["test_accuracy"])
' "$R" || fail "distributed run"
expect_in "$WORK/resume-0.out" "2 processes" "done: test accuracy"
[[ ! -s $WORK/resume-1.out ]] || fail "rank 1 printed progress"
pass "resumed on 2 processes to completion: $(summary_value "$R" test_accuracy)"

# One process with the doubled batch sees the same global batches (consecutive slices of one
# shuffled order) and the same learning rates; only batch norm's statistics differ (per process
# over 32 images instead of over 64), so the loss curve matches within a small tolerance.
run 0 single "$PATAGON_TRAIN" train --data "fashion-mnist:$FASHION" --limit-train 4000 \
    --limit-test 1000 --epochs 2 --batch-size 64 --threads 2 --progress none --out "$WORK/single"
py '
def epochs(d):
    return [json.loads(l) for l in open(d + "/metrics.jsonl") if json.loads(l)["event"] == "epoch"]
two, one = epochs(sys.argv[1]), epochs(sys.argv[2])
assert [e["global_step"] for e in two] == [e["global_step"] for e in one] == [56, 112], (two, one)
for a, b in zip(two, one):
    print("epoch %d: train loss %.4f vs %.4f, val loss %.4f vs %.4f, val acc %.4f vs %.4f, lr %.6g vs %.6g"
          % (a["epoch"], a["train_loss"], b["train_loss"], a["val_loss"], b["val_loss"],
             a["val_accuracy"], b["val_accuracy"], a["lr"], b["lr"]))
    assert abs(a["lr"] - b["lr"]) <= 1e-12 * max(1, b["lr"]), (a["lr"], b["lr"])
    assert abs(a["train_loss"] - b["train_loss"]) <= 0.05 * b["train_loss"], (a, b)
    assert abs(a["val_loss"] - b["val_loss"]) <= 0.08 * b["val_loss"], (a, b)
    assert abs(a["val_accuracy"] - b["val_accuracy"]) <= 0.03, (a, b)
s2 = json.load(open(sys.argv[1] + "/summary.json"))
s1 = json.load(open(sys.argv[2] + "/summary.json"))
print("test accuracy: 2 processes %.4f, 1 process %.4f" % (s2["test_accuracy"], s1["test_accuracy"]))
assert abs(s2["test_accuracy"] - s1["test_accuracy"]) <= 0.03, (s2["test_accuracy"], s1["test_accuracy"])
' "$R" "$WORK/single" || fail "2 processes x batch 32 and 1 process x batch 64 differ"
pass "2 processes x batch 32 follow 1 process x batch 64"

# the reduction backend: this CPU build has Gloo only; asking for NCCL stops both ranks after the
# rendezvous with a message naming what the build has
py 'd = json.load(open(sys.argv[1]))["distributed"]; assert d["backends"] == ["gloo"], d' \
    "$WORK/info-slurm.out" || fail "info lists the backends"
NAME=nccl
PORT=$((PORT + 1))
launch --dist-backend nccl --out "$WORK/nccl-run"
finish 1
expect_in "$WORK/nccl-0.err" "--dist-backend nccl: this build of patagon-train has gloo"
pass "--dist-backend nccl refused by a Gloo-only build, naming what it has"

# WORLD_SIZE=1 with a backend named: a group of one runs the whole exchange (broadcast, gradient
# average, stop flags, statistics) and learns as a plain run does
RANK=0 WORLD_SIZE=1 LOCAL_RANK=0 MASTER_ADDR=127.0.0.1 MASTER_PORT=$((PORT + 1)) \
    run 0 group-of-one "$PATAGON_TRAIN" train --data "fashion-mnist:$FASHION" --limit-train 4000 \
    --limit-test 1000 --epochs 2 --batch-size 64 --threads 2 --progress none \
    --dist-backend gloo --out "$WORK/group-of-one"
py '
start = json.loads(open(sys.argv[1] + "/metrics.jsonl").readline())
assert start["resolved"]["backend"] == "gloo", start["resolved"]
one = json.load(open(sys.argv[1] + "/summary.json"))["test_accuracy"]
plain = json.load(open(sys.argv[2] + "/summary.json"))["test_accuracy"]
assert abs(one - plain) <= 0.03, (one, plain)
' "$WORK/group-of-one" "$WORK/single" || fail "a group of one"
pass "WORLD_SIZE=1 --dist-backend gloo: a group of one, as accurate as a plain run"
