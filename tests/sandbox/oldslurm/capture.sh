#!/usr/bin/env bash
# Captures what a sandbox cluster's Slurm prints for the commands the app runs (see
# core/slurm/slurmcommands.cpp, core/slurm/clusterfacts.cpp, core/container/clusterprobe.cpp),
# with jobs in every state, as golden files for the parser tests.
#
#   tests/sandbox/oldslurm/capture.sh ENV_FILE OUT_DIR
#
# ENV_FILE: a sandbox.env with SANDBOX_OTHER_USER (the old-Slurm sandbox's). Submits, as the
# second user, one running job; as the researcher: running, pending, completed, failed
# (exit 3), killed by a signal, cancelled, and one with `-o compat-%j.out` and no `-e`. Every
# command runs over ssh as that user, the way the app runs it. Job ids in the files are the
# cluster's own (see OUT_DIR/jobs.txt for which is which).
set -euo pipefail

ENV_FILE=${1:?usage: capture.sh ENV_FILE OUT_DIR}
OUT=${2:?usage: capture.sh ENV_FILE OUT_DIR}
# shellcheck disable=SC1090
. "$ENV_FILE"
mkdir -p "$OUT"
SEP=$'\x1f'

# on USER ARGV...: run ARGV over ssh as USER, each word quoted for the remote shell
on() {
    local user=$1 cmd='' a
    shift
    for a in "$@"; do cmd+=" $(printf '%q' "$a")"; done
    ssh -q -p "$SANDBOX_SSH_PORT" -i "$SANDBOX_KEY" -o UserKnownHostsFile="$SANDBOX_KNOWN_HOSTS" \
        -o BatchMode=yes "$user@$SANDBOX_SSH_HOST" "${cmd# }"
}
me() { on "$SANDBOX_USER" "$@"; }
# save NAME ARGV...: stdout to NAME, stderr to NAME.stderr when not empty, exit status to jobs.txt
save() {
    local name=$1 rc=0
    shift
    me "$@" >"$OUT/$name" 2>"$OUT/$name.stderr" || rc=$?
    [[ -s $OUT/$name.stderr ]] || rm -f "$OUT/$name.stderr"
    [[ -s $OUT/$name ]] || rm -f "$OUT/$name"
    printf '%s\texit %s\t%s\n' "$name" "$rc" "$*" >>"$OUT/commands.txt"
}
submit() { # submit USER ARGS...: the job id
    local user=$1
    shift
    on "$user" sbatch --parsable "$@" | cut -d';' -f1
}
state() { me squeue -h -j "$1" -o %T 2>/dev/null || true; }

: >"$OUT/commands.txt"
other=$(submit "$SANDBOX_OTHER_USER" -J other-running --wrap 'sleep 900')
running=$(submit "$SANDBOX_USER" -J running -p gpu --gres=gpu:A100:1 --wrap 'sleep 900')
cancelled=$(submit "$SANDBOX_USER" -J cancelled --wrap 'sleep 900')
compat=$(submit "$SANDBOX_USER" -J compat-hello -o 'compat-%j.out' --wrap 'echo hello; echo oops >&2; sleep 900')
completed=$(submit "$SANDBOX_USER" -J completed --wrap 'echo done; sleep 4')
failed=$(submit "$SANDBOX_USER" -J failed --wrap 'exit 3')
signalled=$(submit "$SANDBOX_USER" -J killed --wrap 'kill -9 $$')
pending=$(submit "$SANDBOX_USER" -J pending -c 4 --wrap 'sleep 60')
held=$(submit "$SANDBOX_USER" -J later --begin=now+1hour --wrap 'true')
for _ in $(seq 30); do [[ $(state "$cancelled") == RUNNING ]] && break; sleep 1; done
sleep 3
me scancel "$cancelled"
# Until the short ones have ended and accounting has them.
for _ in $(seq 60); do
    [[ $(me sacct -n -X -P -j "$completed,$failed,$signalled,$cancelled" -o State | grep -cvE 'PENDING|RUNNING') == 4 ]] && break
    sleep 1
done
sleep 2
cat >"$OUT/jobs.txt" <<EOF
other-running $other (user $SANDBOX_OTHER_USER)
running $running (-p gpu --gres=gpu:A100:1)
compat-hello $compat (-o compat-%j.out, no -e)
completed $completed
failed $failed (exit 3)
killed $signalled (kill -9)
cancelled $cancelled (scancel while running)
pending $pending (-c 4: Resources)
later $held (--begin=now+1hour)
EOF

save sinfo-version.txt sinfo --version
save scontrol-version.txt scontrol --version
save squeue-me.json squeue --json --me
save squeue-all.json squeue --json
save squeue-user.json squeue --json -u "$SANDBOX_USER"
save squeue-text.txt squeue --me --noheader --array \
    "--format=%i$SEP%A$SEP%F$SEP%K$SEP%j$SEP%T$SEP%r$SEP%P$SEP%u$SEP%M$SEP%l$SEP%D$SEP%N$SEP%b$SEP%S$SEP%V$SEP%e$SEP%Z$SEP%a"
save squeue-text-all-states.txt squeue --me --noheader --array --states=all \
    "--format=%i$SEP%A$SEP%F$SEP%K$SEP%j$SEP%T$SEP%r$SEP%P$SEP%u$SEP%M$SEP%l$SEP%D$SEP%N$SEP%b$SEP%S$SEP%V$SEP%e$SEP%Z$SEP%a"
save squeue-comments.txt squeue --me --noheader --states=all "--format=%i$SEP%k"
save squeue-start.txt squeue --start --me --noheader "--format=%i$SEP%S$SEP%r"
fields=JobID,JobIDRaw,JobName,Partition,Account,State,ExitCode,Elapsed,MaxRSS,NodeList,Submit,Start,End,Timelimit,AllocTRES,ReqTRES,Reason,WorkDir,User,Cluster
since=$(date -d '-1 day' +%Y-%m-%dT%H:%M:%S)
save sacct.txt sacct --parsable2 --noheader "--delimiter=$SEP" "--format=$fields" "--starttime=$since"
save sacct-paths.txt sacct --parsable2 --noheader "--delimiter=$SEP" "--format=$fields,StdOut,StdErr" "--starttime=$since"
save sacct.json sacct --json "--starttime=$since"
save sacct-all-users.json sacct --json --allusers "--starttime=$since"
save scontrol-show-job.txt scontrol show job -o
save scontrol-show-job-compat.txt scontrol show job -o "$compat"
save scontrol-show-job-missing.txt scontrol show job -o 999999
save scontrol-show-partition.txt scontrol show partition -o
save sinfo-gres.txt sinfo -h -o '%P|%G'
save sinfo-nodes.txt sinfo -h -N -o '%N|%P|%t'
save sinfo.txt sinfo
save sacctmgr-assoc.txt sacctmgr -nP show assoc "user=$SANDBOX_USER" format=account,qos
save srun-help.txt srun --help
save squeue-known-missing.txt squeue --noheader --states=all --format=%i --jobs=999999
save squeue-known-some.txt squeue --noheader --states=all --format=%i "--jobs=999999,$completed"
save scancel-missing.txt scancel 999999
save scancel-other.txt scancel "$other"
save sbatch-bad-partition.txt sbatch --parsable -p nosuch --wrap true
save sbatch-bad-gres.txt sbatch --parsable --gres=gpu:H100:1 --wrap true
save sbatch-bad-time.txt sbatch --parsable -p gpu -t 3-00:00:00 --hold --wrap true
save sbatch-container.txt sbatch --parsable --container-image=ubuntu --wrap true
save sbatch-too-many-cpus.txt sbatch --parsable -c 64 --hold --wrap true
printf 'echo no shebang\n' | me sh -c 'cat >/tmp/noshebang.sh'
save sbatch-no-shebang.txt sbatch --parsable /tmp/noshebang.sh
printf '#!/bin/sh\r\necho dos\r\n' | me sh -c 'cat >/tmp/dos.sh'
save sbatch-dos.txt sbatch --parsable /tmp/dos.sh
save compat-output.txt sh -c "ls ~/compat-* ~/slurm-*.out"

# Leave nothing running.
on "$SANDBOX_OTHER_USER" scancel "$other" || true
me scancel -u "$SANDBOX_USER" || true
echo "captured into $OUT"
