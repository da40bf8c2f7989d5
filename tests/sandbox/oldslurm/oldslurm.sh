#!/usr/bin/env bash
# The old-Slurm sandbox: a second single-node cluster on Slurm 22.05 (Debian 12's packages:
# munge, slurmctld, slurmd, slurmdbd with a private MariaDB) and an OpenSSH server, all on
# 127.0.0.1, beside the main sandbox (tests/sandbox/sandbox.sh, Slurm 24.11) and on ports of
# its own. Clusters run what they installed years ago; this is what the app is checked against.
#
#   start    make the bookworm root (once), configure (once), start what is not running
#   stop     cancel its jobs and stop the daemons it started (by PID, never by name)
#   status   which daemons run, and sinfo
#   env      the connection details as KEY=VALUE lines ($STATE/sandbox.env, same keys as the
#            main sandbox's: point a test at it with PATAGON_SANDBOX_ENV)
#   root     create or refresh the bookworm root only
#   restart-sshd  end every SSH session and have sshd start again (tests drop connections
#            with it; it works from the build root too, where the tests run)
#
# PATAGON_OLDSLURM_SUITE=sid (or tests/sandbox/oldslurm/sid.sh) runs the same cluster from Debian
# unstable instead (Slurm 26.05 when this was written): its own root
# (/var/cache/patagon-studio/sid), state folder (/var/lib/patagon-sidslurm) and ports, so it runs
# beside the other two. It is tried by hand, not in CI (see the README).
#
# The root is made with debootstrap under $PATAGON_OLDSLURM_ROOT (default
# /var/cache/patagon-studio/bookworm) and entered as scripts/dev enters the build root: a private
# mount namespace and pivot_root. The state folder (/var/lib/patagon-oldslurm: configuration,
# keys, logs, the accounts' homes) is bind-mounted in from the build root's tree, so the same
# paths hold inside the build root, where the tests run. Accounts: `researcher` (the user), and
# `other`, whose jobs must never show up as the researcher's; both take the client key. No
# Pyxis: 22.05 clusters without it are what this sandbox stands for.
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
HERE=$(cd "$(dirname "$SELF")/../../.." && pwd)
CACHE=${PATAGON_CACHE:-/var/cache/patagon-studio}
SUITE=${PATAGON_OLDSLURM_SUITE:-bookworm}
case $SUITE in # STATE: the same path in both roots
bookworm) STATE=/var/lib/patagon-oldslurm PORT_OFFSET=0 CLUSTER=oldsandbox ;;
sid) STATE=/var/lib/patagon-sidslurm PORT_OFFSET=100 CLUSTER=sidsandbox ;;
*) echo "PATAGON_OLDSLURM_SUITE: bookworm or sid, not $SUITE" >&2; exit 2 ;;
esac
OLDROOT=${PATAGON_OLDSLURM_ROOT:-$CACHE/$SUITE}
BUILDROOT=${PATAGON_ROOT:-$CACHE/trixie}
MIRROR=${PATAGON_MIRROR:-http://deb.debian.org/debian}
PKGLIST=$(dirname "$SELF")/packages.txt
# shellcheck source=../daemons.sh
. "$(dirname "$SELF")/../daemons.sh"

say() { printf '[oldslurm] %s\n' "$*" >&2; }
fail() {
    local what=$1 logfile=${2:-}
    printf '[oldslurm] error: %s\n' "$what" >&2
    if [[ -n $logfile && -r $logfile ]]; then
        printf '[oldslurm] last lines of %s:\n' "$logfile" >&2
        tail -n 25 "$logfile" >&2
    fi
    exit 1
}

# ================================================================== on the host: root and entry
packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PKGLIST" | grep -v '^$'; }
packages_hash() { packages | sort | sha256sum | cut -d' ' -f1; }
# Where the state folder lives on the host: inside the build root when there is one.
state_on_host() { if [[ -d $BUILDROOT/var/lib ]]; then echo "$BUILDROOT$STATE"; else echo "$STATE"; fi; }

ensure_root() {
    mkdir -p "$CACHE"
    exec 8>"$CACHE/.oldslurm.lock"
    flock 8
    if [[ ! -e $OLDROOT/.patagon-bootstrapped ]]; then
        command -v debootstrap >/dev/null || {
            say "installing debootstrap on the host"
            apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
        }
        say "creating the Debian $SUITE root in $OLDROOT (debootstrap, a minute or more)"
        rm -rf "$OLDROOT"
        debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$OLDROOT" "$MIRROR" \
            >"$CACHE/debootstrap-$SUITE.log" 2>&1 ||
            fail "debootstrap failed" "$CACHE/debootstrap-$SUITE.log"
        touch "$OLDROOT/.patagon-bootstrapped"
    fi
    local stamp=$OLDROOT/var/lib/patagon-studio/packages.sha256
    if [[ $(cat "$stamp" 2>/dev/null) != "$(packages_hash)" ]]; then
        say "installing $SUITE's Slurm, munge, MariaDB and OpenSSH into $OLDROOT"
        if [[ $SUITE == sid ]]; then # unstable has no updates or security suites
            echo "deb $MIRROR sid main" >"$OLDROOT/etc/apt/sources.list"
            # Its Release file expires within a week; a mirror that lags (or a clock ahead)
            # would refuse it.
            echo 'Acquire::Check-Valid-Until "false";' >"$OLDROOT/etc/apt/apt.conf.d/99patagon"
        else
            cat >"$OLDROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb ${MIRROR%/debian}/debian-security $SUITE-security main
EOF
        fi
        # No init system here: keep postinst scripts from starting distro daemons.
        printf '#!/bin/sh\nexit 101\n' >"$OLDROOT/usr/sbin/policy-rc.d"
        chmod 755 "$OLDROOT/usr/sbin/policy-rc.d"
        # shellcheck disable=SC2046
        enter /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; { apt-get update -q &&
            apt-get install -y -q --no-install-recommends $(packages | tr '\n' ' ') &&
            apt-get clean; } >/var/log/patagon-apt.log 2>&1" ||
            fail "installing the packages failed" "$OLDROOT/var/log/patagon-apt.log"
        mkdir -p "$(dirname "$stamp")"
        packages_hash >"$stamp"
    fi
    flock -u 8
}

enter() { unshare --mount --propagation private -- "$SELF" __enter "$@"; }

do_enter() { # inside the new mount namespace, still on the host's root
    local root=$OLDROOT state
    state=$(state_on_host)
    mkdir -p "$state" "$root$STATE" "$root$HERE"
    chmod 0755 "$state"
    mount --bind "$root" "$root"
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
    mount --bind "$HERE" "$root$HERE"
    mount --bind "$state" "$root$STATE"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    # slurmctld must resolve its own host name to 127.0.0.1 (not 127.0.1.1)
    local host
    host=$(hostname)
    if ! grep -Eq "^127\.0\.0\.1[[:space:]].*[[:space:]]$host([[:space:]]|\$)" "$root/etc/hosts" 2>/dev/null; then
        sed -i "/[[:space:]]$host\$/d" "$root/etc/hosts" 2>/dev/null || true
        printf '127.0.0.1\tlocalhost %s\n::1\tlocalhost ip6-localhost\n' "$host" >>"$root/etc/hosts"
    fi
    cd "$root"
    mkdir -p .oldroot
    pivot_root . .oldroot
    cd /
    exec /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 PATAGON_OLDSLURM_INSIDE=1 PATAGON_OLDSLURM_SUITE="$SUITE" \
        /bin/bash -c 'umount -l /.oldroot && cd / && exec "$@"' _ "$@"
}

# Signals only, so that it works from the build root as well: the sessions' processes end, and
# SIGHUP makes sshd execute itself again inside the bookworm root (same PID), which writes its
# PID file anew once it listens again.
restart_sshd() {
    local pidfile pid child i
    pidfile=$(state_on_host)/run/sshd.pid
    pid=$(cat "$pidfile" 2>/dev/null) || pid=
    [[ $pid =~ ^[0-9]+$ && $(cat "/proc/$pid/comm" 2>/dev/null) == sshd ]] ||
        fail "the old-Slurm sandbox's sshd is not running"
    for child in $(pgrep -P "$pid" || true); do kill -TERM "$child" 2>/dev/null || true; done
    rm -f "$pidfile"
    kill -HUP "$pid"
    for i in $(seq 100); do
        [[ -s $pidfile ]] && return 0
        sleep 0.2
    done
    echo "$pid" >"$pidfile" # stop must still find it
    fail "sshd did not start again" "$(state_on_host)/log/sshd.log"
}

host_main() {
    [[ $(id -u) == 0 ]] || fail "the old-Slurm sandbox needs root (it makes a Debian 12 root and starts daemons). Run it with sudo."
    local cmd=${1:-status}
    case $cmd in
    __enter) shift; do_enter "$@" ;;
    root) ensure_root ;;
    start | stop | status | restart)
        ensure_root
        enter "$SELF" "$cmd"
        ;;
    restart-sshd) restart_sshd ;;
    env)
        [[ -r $(state_on_host)/sandbox.env ]] || fail "the old-Slurm sandbox was never started"
        cat "$(state_on_host)/sandbox.env"
        ;;
    *) echo "usage: oldslurm.sh start|stop|restart|status|env|root|restart-sshd" >&2; exit 2 ;;
    esac
}

if [[ ${PATAGON_OLDSLURM_INSIDE:-0} != 1 ]]; then
    host_main "$@"
    exit
fi

# ================================================================== inside the bookworm root
# The daemons must not inherit the caller's open files (a lock held by the caller, say).
for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ] && [ "$fd" -lt 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

ACCOUNT=researcher
OTHER_ACCOUNT=other
# Ports beside the main sandbox's (2222-2226, 16817-16819, 13306); sid's 100 higher.
SSH_PORT=${PATAGON_OLDSLURM_SSH_PORT:-$((2322 + PORT_OFFSET))}
CTLD_PORT=$((17817 + PORT_OFFSET))
SLURMD_PORT=$((17818 + PORT_OFFSET))
DBD_PORT=$((17819 + PORT_OFFSET))
DB_PORT=$((14306 + PORT_OFFSET))
CPUS=4 # more than the machine has, on purpose: config_overrides keeps the node usable
MEM_MB=4096
NODE=$(hostname)

ETC=$STATE/etc RUN=$STATE/run LOG=$STATE/log MUNGE=$STATE/munge SPOOL=$STATE/spool
SAVE=$STATE/slurmctld DB=$STATE/mysql SSHD=$STATE/sshd CLIENT=$STATE/client GPUDEV=$STATE/gpu
HOMES=$STATE/home
export SLURM_CONF=$ETC/slurm.conf

running() { # running PIDFILE COMM: alive, not a zombie, and named COMM...
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ && -d /proc/$pid ]] || return 1
    [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] || return 1
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$2"* ]]
}

configure() {
    mkdir -p "$ETC" "$RUN" "$LOG" "$MUNGE" "$SPOOL/slurmd" "$SAVE" "$DB" "$SSHD" "$CLIENT" \
        "$GPUDEV" "$HOMES"
    chmod 0755 "$STATE" "$ETC" "$RUN" "$LOG" "$SPOOL" "$GPUDEV" "$HOMES"
    chmod 0700 "$CLIENT" "$SSHD"
    chown munge:munge "$MUNGE"
    chmod 0755 "$MUNGE"
    [[ -s $MUNGE/munge.key ]] || mungekey --create --keyfile="$MUNGE/munge.key"
    chown munge:munge "$MUNGE/munge.key"
    chmod 0400 "$MUNGE/munge.key"
    [[ -c $GPUDEV/nvidia0 ]] || { rm -f "$GPUDEV/nvidia0"; mknod -m 0666 "$GPUDEV/nvidia0" c 1 3; }
    chown slurm:slurm "$SAVE" "$LOG"
    chmod 0700 "$SAVE"
    cat >"$ETC/slurm.conf" <<EOF
# The old-Slurm sandbox (tests/sandbox/oldslurm/oldslurm.sh). Every port on 127.0.0.1.
ClusterName=$CLUSTER
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=slurm
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$MUNGE/munge.socket.2
StateSaveLocation=$SAVE
SlurmdSpoolDir=$SPOOL/slurmd
SlurmctldPidFile=$RUN/slurmctld.pid
SlurmdPidFile=$RUN/slurmd.pid
SlurmctldLogFile=$LOG/slurmctld.log
SlurmdLogFile=$LOG/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=5
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$DBD_PORT
AccountingStoragePass=$MUNGE/munge.socket.2
AccountingStorageTRES=gres/gpu
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=$((MEM_MB / CPUS))
SchedulerType=sched/backfill
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
SlurmdParameters=config_overrides
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
OverTimeLimit=0
MinJobAge=600
MessageTimeout=10
GresTypes=gpu
NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE CPUs=$CPUS RealMemory=$MEM_MB Gres=gpu:A100:1 State=UNKNOWN
PartitionName=cpu Nodes=$NODE Default=YES MaxTime=INFINITE DefaultTime=01:00:00 State=UP
PartitionName=gpu Nodes=$NODE Default=NO MaxTime=2-00:00:00 DefaultTime=01:00:00 State=UP
EOF
    cat >"$ETC/gres.conf" <<EOF
AutoDetect=off
NodeName=$NODE Name=gpu Type=A100 File=$GPUDEV/nvidia0
EOF
    cat >"$ETC/slurmdbd.conf" <<EOF
AuthType=auth/munge
AuthInfo=socket=$MUNGE/munge.socket.2
DbdHost=$NODE
DbdAddr=127.0.0.1
DbdPort=$DBD_PORT
SlurmUser=slurm
PidFile=$RUN/slurmdbd.pid
LogFile=$LOG/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$DB_PORT
StorageUser=slurm
StoragePass=$(db_password)
StorageLoc=slurm_acct_db
EOF
    if [[ $SUITE == sid ]]; then
        # Newer slurmd loads a cgroup plugin whatever the task plugins (and warns that the
        # host's v1 is deprecated); as in the main sandbox, none is used here.
        echo "CgroupPlugin=disabled" >"$ETC/cgroup.conf"
        chmod 0644 "$ETC/cgroup.conf"
    fi
    chmod 0644 "$ETC/slurm.conf" "$ETC/gres.conf"
    chown slurm:slurm "$ETC/slurmdbd.conf"
    chmod 0600 "$ETC/slurmdbd.conf"

    chown mysql:mysql "$DB"
    chmod 0750 "$DB"
    cat >"$DB/my.cnf" <<EOF
[mariadbd]
user=mysql
datadir=$DB/data
socket=$DB/mariadbd.sock
pid-file=$DB/mariadbd.pid
log-error=$LOG/mariadbd.log
bind-address=127.0.0.1
port=$DB_PORT
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
innodb_lock_wait_timeout=900
skip-name-resolve
EOF
    # MariaDB 11.8 (sid) turns this on; slurmdbd says it would then fail on a write conflict.
    if [[ $SUITE == sid ]]; then echo "innodb_snapshot_isolation=OFF" >>"$DB/my.cnf"; fi
    chmod 0644 "$DB/my.cnf"
    touch "$LOG/mariadbd.log"
    chown mysql:mysql "$LOG/mariadbd.log"

    [[ -s $CLIENT/id_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C oldslurm-client -f "$CLIENT/id_ed25519"
    local user home
    for user in "$ACCOUNT" "$OTHER_ACCOUNT"; do
        home=$HOMES/$user
        id "$user" >/dev/null 2>&1 || useradd --create-home --home-dir "$home" --shell /bin/bash "$user"
        echo "$user:$(account_password)" | chpasswd
        install -d -m 0700 -o "$user" -g "$user" "$home/.ssh"
        install -m 0600 -o "$user" -g "$user" "$CLIENT/id_ed25519.pub" "$home/.ssh/authorized_keys"
    done
    echo "export SLURM_CONF=$ETC/slurm.conf" >/etc/profile.d/patagon-oldslurm.sh

    [[ -s $SSHD/ssh_host_ed25519_key ]] || ssh-keygen -q -t ed25519 -N '' -C oldslurm-host -f "$SSHD/ssh_host_ed25519_key"
    cat >"$SSHD/sshd_config" <<EOF
# The old-Slurm sandbox's OpenSSH server (tests/sandbox/oldslurm/oldslurm.sh)
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSHD/ssh_host_ed25519_key
PidFile $RUN/sshd.pid
AllowUsers $ACCOUNT $OTHER_ACCOUNT
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
UsePAM yes
X11Forwarding no
PrintMotd no
AcceptEnv LANG LC_*
SetEnv SLURM_CONF=$ETC/slurm.conf
Subsystem sftp internal-sftp
LogLevel VERBOSE
MaxStartups 50:30:100
MaxSessions 50
EOF
    chmod 0600 "$SSHD/sshd_config"
    printf '[127.0.0.1]:%s %s\n' "$SSH_PORT" "$(cut -d' ' -f1,2 "$SSHD/ssh_host_ed25519_key.pub")" >"$CLIENT/known_hosts"
    write_env
}

write_env() {
    cat >"$STATE/sandbox.env" <<EOF
SANDBOX_SSH_HOST=127.0.0.1
SANDBOX_SSH_PORT=$SSH_PORT
SANDBOX_USER=$ACCOUNT
SANDBOX_OTHER_USER=$OTHER_ACCOUNT
SANDBOX_PASSWORD=$(account_password)
SANDBOX_KEY=$CLIENT/id_ed25519
SANDBOX_KNOWN_HOSTS=$CLIENT/known_hosts
SANDBOX_HOST_KEY_SHA256=$(ssh-keygen -lf "$SSHD/ssh_host_ed25519_key.pub" | cut -d' ' -f2)
SANDBOX_SLURM_CONF=$ETC/slurm.conf
SANDBOX_SLURM_VERSION=$(sinfo --version | cut -d' ' -f2)
SANDBOX_NODE=$NODE
SANDBOX_HOME=$HOMES/$ACCOUNT
SANDBOX_STATE=$STATE
SANDBOX_PYXIS=0
SANDBOX_SCRIPT=tests/sandbox/oldslurm/$([[ $SUITE == sid ]] && echo sid.sh || echo oldslurm.sh)
EOF
    chmod 0600 "$STATE/sandbox.env"
}

start_munge() {
    running "$MUNGE/munged.pid" munged && return 0
    runuser -u munge -- /usr/sbin/munged --socket="$MUNGE/munge.socket.2" \
        --key-file="$MUNGE/munge.key" --pid-file="$MUNGE/munged.pid" \
        --log-file="$MUNGE/munged.log" --seed-file="$MUNGE/munged.seed" ||
        fail "munged did not start" "$MUNGE/munged.log"
    wait_until 10 "$MUNGE/munged.log" "munged" test -S "$MUNGE/munge.socket.2"
    say "munged running"
}




register_accounts() {
    sacctmgr -nP list cluster format=cluster | grep -qx "$CLUSTER" ||
        sacctmgr -i add cluster "$CLUSTER" >/dev/null
    sacctmgr -nP list account format=account | grep -qx research ||
        sacctmgr -i add account research Description=sandbox Organization=sandbox >/dev/null
    local user
    for user in "$ACCOUNT" "$OTHER_ACCOUNT"; do
        sacctmgr -nP list user format=user | grep -qx "$user" ||
            sacctmgr -i add user "$user" DefaultAccount=research >/dev/null
    done
}


start_sshd() {
    running "$RUN/sshd.pid" sshd && return 0
    listening "$SSH_PORT" && fail "port $SSH_PORT is taken by another program"
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    /usr/sbin/sshd -t -f "$SSHD/sshd_config" 2>"$LOG/sshd.log" || fail "sshd rejects its configuration" "$LOG/sshd.log"
    /usr/sbin/sshd -f "$SSHD/sshd_config" -E "$LOG/sshd.log" || fail "sshd did not start" "$LOG/sshd.log"
    wait_until 10 "$LOG/sshd.log" "sshd" listening "$SSH_PORT"
    say "sshd running on 127.0.0.1:$SSH_PORT"
}

our_stepds() { # slurmstepd daemons of this cluster, recognised by SLURM_CONF in their environment
    local p
    for p in /proc/[0-9]*; do
        [[ $(cat "$p/comm" 2>/dev/null) == slurmstepd ]] || continue
        tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qx "SLURM_CONF=$ETC/slurm.conf" && echo "${p#/proc/}"
    done
    return 0
}

do_start() {
    configure
    start_munge
    start_mariadb
    start_slurmdbd
    start_slurmctld
    register_accounts
    start_slurmd
    start_sshd
    cat <<EOF
The old-Slurm sandbox ($(sinfo --version)) is running.
  ssh -p $SSH_PORT -i $CLIENT/id_ed25519 -o UserKnownHostsFile=$CLIENT/known_hosts $ACCOUNT@127.0.0.1
  second user:   $OTHER_ACCOUNT (same key)
  all details:   $STATE/sandbox.env (PATAGON_SANDBOX_ENV=$STATE/sandbox.env)
EOF
}

do_stop() {
    if running "$RUN/slurmctld.pid" slurmctld; then
        local jobs
        jobs=$(squeue -h -o %A 2>/dev/null | tr '\n' ' ' || true)
        if [[ -n ${jobs// /} ]]; then
            say "cancelling jobs $jobs"
            # shellcheck disable=SC2086
            scancel $jobs 2>/dev/null || true
            sleep 2
        fi
    fi
    stop_one "$RUN/sshd.pid" sshd
    stop_one "$RUN/slurmd.pid" slurmd
    local s
    for s in $(our_stepds); do kill -TERM "$s" 2>/dev/null || true; done
    stop_one "$RUN/slurmctld.pid" slurmctld
    stop_one "$RUN/slurmdbd.pid" slurmdbd
    stop_one "$DB/mariadbd.pid" mariadbd
    stop_one "$MUNGE/munged.pid" munged
}


case ${1:-status} in
start) do_start ;;
stop) do_stop ;;
restart) do_stop; do_start ;;
status) do_status ;;
*) echo "usage: oldslurm.sh start|stop|restart|status" >&2; exit 2 ;;
esac
