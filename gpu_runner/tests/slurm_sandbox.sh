# gpu_runner.slurm_sandbox: patagon-train under the sandbox cluster's real Slurm, as a user would
# run it: over ssh as the sandbox user, `srun -n 2 -c 1` starts two tasks on the (single) compute
# node, which is this machine. The binary is copied into the user's home over ssh first, as the
# app deploys it: the build tree may be where that user cannot look. The tasks meet
# through the SLURM_* variables alone (first host of SLURM_JOB_NODELIST, port from the job id),
# train data-parallel over Gloo on a Fashion-MNIST subset, and only rank 0 writes the run folder.
# Needs the sandbox (scripts/dev sandbox start; CI starts it) and read access for the sandbox
# user to the dataset.
source "$(dirname "$0")/lib.sh"
need_fashion

SANDBOX_ENV=${PATAGON_SANDBOX_ENV:-/var/lib/patagon-sandbox/sandbox.env}
[[ -r $SANDBOX_ENV ]] || fail "sandbox cluster not configured ($SANDBOX_ENV missing): run 'scripts/dev sandbox start'"
# shellcheck disable=SC1090
source "$SANDBOX_ENV"

# on_cluster ARGV... : runs ARGV as the sandbox user, each word quoted for the remote shell
on_cluster() {
    local quoted
    quoted=$(printf '%q ' "$@")
    ssh -p "$SANDBOX_SSH_PORT" -i "$SANDBOX_KEY" -o UserKnownHostsFile="$SANDBOX_KNOWN_HOSTS" \
        -o BatchMode=yes -o ConnectTimeout=20 "$SANDBOX_USER@$SANDBOX_SSH_HOST" "$quoted"
}

on_cluster true || fail "cannot log in to the sandbox cluster as $SANDBOX_USER (scripts/dev sandbox start)"
# the data must be readable by that user, not only by the one running ctest
on_cluster test -r "$FASHION/train-images-idx3-ubyte.gz" -o -r "$FASHION/train-images-idx3-ubyte" ||
    fail "$SANDBOX_USER cannot read Fashion-MNIST in $FASHION"

# the run folder belongs to the sandbox user, in their home (as on a cluster)
REMOTE=$(on_cluster mktemp -d "$SANDBOX_HOME/patagon-train-test.XXXXXX") || fail "mktemp on the cluster"
[[ $REMOTE == "$SANDBOX_HOME"/patagon-train-test.* ]] || fail "unexpected folder '$REMOTE'"
trap 'on_cluster rm -rf "$REMOTE" >/dev/null 2>&1 || true' EXIT
# shellcheck disable=SC2016
on_cluster sh -c 'cat >"$1" && chmod 0755 "$1"' copy "$REMOTE/patagon-train" <"$PATAGON_TRAIN" ||
    fail "could not copy $PATAGON_TRAIN to the cluster"
R=$REMOTE/run

# Each task prints its rank and PID, then becomes the trainer (exec keeps the PID), so the start
# event's PID tells which task wrote the run folder. No MASTER_* nor RANK variables: the
# rendezvous comes from Slurm's. -c 1: --threads defaults to SLURM_CPUS_PER_TASK.
# shellcheck disable=SC2016
TASK='echo "task rank=$SLURM_PROCID pid=$$ ntasks=$SLURM_NTASKS nodelist=$SLURM_JOB_NODELIST"; exec "$@"'
rc=0
on_cluster env -u MASTER_ADDR -u MASTER_PORT -u RANK -u WORLD_SIZE \
    srun --label -n 2 -c 1 -t 10 -J patagon-train-test bash -c "$TASK" task \
    "$REMOTE/patagon-train" train --data "fashion-mnist:$FASHION" --limit-train 4000 --limit-test 1000 \
    --epochs 2 --batch-size 32 --progress lines --out "$R" \
    >"$WORK/srun.out" 2>"$WORK/srun.err" || rc=$?
if [[ $rc != 0 ]]; then
    tail -n 30 "$WORK/srun.out" "$WORK/srun.err" >&2
    fail "srun -n 2 exited with $rc"
fi
cat "$WORK/srun.out"

# both tasks ran, in one job step of two tasks on the node
for rank in 0 1; do
    grep -Eq "^ *$rank: task rank=$rank pid=[0-9]+ ntasks=2 nodelist=$SANDBOX_NODE\$" "$WORK/srun.out" ||
        fail "task $rank did not start as rank $rank of 2 on $SANDBOX_NODE"
done
pid0=$(sed -nE 's/^ *0: task rank=0 pid=([0-9]+).*/\1/p' "$WORK/srun.out")
pid1=$(sed -nE 's/^ *1: task rank=1 pid=([0-9]+).*/\1/p' "$WORK/srun.out")
[[ $pid0 != "$pid1" ]] || fail "both tasks report PID $pid0"
pass "srun started rank 0 (pid $pid0) and rank 1 (pid $pid1); both exited with 0"

# only rank 0 prints: rank 1's only line is the wrapper's
expect_in "$WORK/srun.out" "0: patagon-train: smallcnn on fashion-mnist" "2 processes" \
    "0: epoch 2/2" "0: done: test accuracy"
[[ $(grep -Ec '^ *1: ' "$WORK/srun.out") == 1 ]] || fail "rank 1 printed progress: $(grep -E '^ *1: ' "$WORK/srun.out")"

# The run folder, read as the user who owns it: exactly the protocol files, no leftovers.
# (ctest's user can read it too: the sandbox node is this machine.) .lock is the run folder's
# lock file (README: one trainer at a time); it stays, as lock files do.
on_cluster find "$R" -printf '%P %u\n' | sort >"$WORK/files.txt"
cat >"$WORK/expected-files.txt" <<EOF
 $SANDBOX_USER
.lock $SANDBOX_USER
checkpoints $SANDBOX_USER
checkpoints/best.pt $SANDBOX_USER
checkpoints/last.pt $SANDBOX_USER
metrics.jsonl $SANDBOX_USER
summary.json $SANDBOX_USER
EOF
diff <(sort "$WORK/expected-files.txt") "$WORK/files.txt" >&2 ||
    fail "the run folder does not hold exactly the protocol files"
mkdir -p "$WORK/run"
for f in metrics.jsonl summary.json; do
    on_cluster cat "$R/$f" >"$WORK/run/$f" || fail "cannot read $R/$f"
done
py '
events = [json.loads(l) for l in open(sys.argv[1] + "/metrics.jsonl")]
names = [e["event"] for e in events]
# one writer: one start event, one epoch event per epoch, and nothing interleaved; a short run
# writes its checkpoints once, after the last epoch (best, then last)
assert names == ["start", "epoch", "epoch", "checkpoint", "checkpoint", "done"], names
assert [e["kind"] for e in events if e["event"] == "checkpoint"] == ["best", "last"], events
start = events[0]
d = start["resolved"]["distributed"]
assert (d["world_size"], d["rank"], d["local_rank"], d["source"]) == (2, 0, 0, "slurm"), d
assert d["master_addr"] == sys.argv[3], d
job = int(start["environment"]["slurm"]["SLURM_JOB_ID"])
assert d["master_port"] == 29500 + job % 1000, (d, job)
assert start["resolved"]["backend"] == "gloo", start["resolved"]
assert start["resolved"]["batch_size"] == 32 and start["resolved"]["global_batch_size"] == 64, start["resolved"]
assert start["resolved"]["steps_per_epoch"] == 3600 // 64, start["resolved"]
env = start["environment"]
assert env["pid"] == int(sys.argv[2]), ("the run folder was written by pid %s, not rank 0" % env["pid"], sys.argv[2])
assert env["slurm"]["SLURM_PROCID"] == "0" and env["slurm"]["SLURM_NTASKS"] == "2", env["slurm"]
assert env["slurm"]["SLURM_CPUS_PER_TASK"] == "1" and env["threads"] == 1, env
assert start["data"]["train_images"] == 3600 and start["data"]["test_images"] == 1000, start["data"]
epochs = [e for e in events if e["event"] == "epoch"]
assert [e["epoch"] for e in epochs] == [1, 2] and [e["global_step"] for e in epochs] == [56, 112], epochs
assert epochs[1]["train_loss"] < epochs[0]["train_loss"], epochs
s = json.load(open(sys.argv[1] + "/summary.json"))
assert s["status"] == "completed" and s["epochs"] == 2 and s["global_steps"] == 112, s
assert s["train_images"] == 3600 and s["test_images"] == 1000 and s["device"] == "cpu", s
assert 0.7 <= s["test_accuracy"] <= 1 and 0.7 <= s["best_val_accuracy"] <= 1, s
assert s["images_per_second"] > 0 and s["elapsed_seconds"] > 0, s
print("srun -n 2: test accuracy %.4f, %.0f images/s, job %d" % (s["test_accuracy"], s["images_per_second"], job))
' "$WORK/run" "$pid0" "$SANDBOX_NODE" || fail "the run folder written under srun -n 2 is not as expected"
pass "only rank 0 wrote the run folder; rendezvous from SLURM_*; summary sane"
