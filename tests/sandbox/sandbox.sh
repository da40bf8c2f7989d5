#!/usr/bin/env bash
# The sandbox cluster: a real single-node Slurm (munge, slurmctld, slurmd, slurmdbd with a
# private MariaDB) and a real OpenSSH server, all on 127.0.0.1, for the app and its tests.
# Runs inside the Debian 13 build root (scripts/dev sandbox start|stop|status|env).
#
#   start    configure (once) and start whatever is not running; prints the connection details
#   stop     cancel the sandbox's jobs and stop the daemons it started (by PID, never by name)
#   status   which daemons run, and sinfo
#   env      the connection details as KEY=VALUE lines (also kept in $STATE/sandbox.env)
#   restart-sshd  end every SSH session and start sshd again (tests drop connections with it)
#
# Logins: user `researcher`; port 2222 takes the client key, the password, or
# keyboard-interactive (password through PAM); port 2223 takes keyboard-interactive only,
# asking for the password and then a time-based one-time password (pam_oath), as clusters
# with 2FA do; port 2224 takes the SSH "password" method only.
# Jump hosts: a second sshd with a host key of its own (in no known_hosts file) forwards to the
# cluster's ports; port 2227 takes the client key or the password, port 2228 only the password.
set -euo pipefail

# The daemons started from here must not inherit the caller's open files: a lock held through
# `flock LOCK scripts/dev sandbox start` would otherwise stay held for as long as they run.
for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ] && [ "$fd" -lt 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

STATE=${PATAGON_SANDBOX_DIR:-/var/lib/patagon-sandbox}
ACCOUNT=researcher
# Accounts whose login shells are what real clusters have: rc files that print banners on
# stdout and stderr (module systems, quota notices), and shells other than bash.
NOISY_ACCOUNT=noisy TCSH_ACCOUNT=tcshuser FISH_ACCOUNT=fishuser
SSH_PORT=${PATAGON_SANDBOX_SSH_PORT:-2222}
OTP_PORT=${PATAGON_SANDBOX_OTP_PORT:-2223}
PASSWORD_PORT=${PATAGON_SANDBOX_PASSWORD_PORT:-2224}
FEW_SESSIONS_PORT=${PATAGON_SANDBOX_FEW_SESSIONS_PORT:-2225} # MaxSessions 3, as strict sites set
NO_SFTP_PORT=${PATAGON_SANDBOX_NO_SFTP_PORT:-2226} # an SFTP subsystem whose program is missing
BASTION_PORT=${PATAGON_SANDBOX_BASTION_PORT:-2227} # a jump host, its own host key
BASTION_PASSWORD_PORT=${PATAGON_SANDBOX_BASTION_PASSWORD_PORT:-2228} # a jump host, password only
CTLD_PORT=16817
SLURMD_PORT=16818
DBD_PORT=16819
DB_PORT=13306
CPUS=4 # more than the machine has, on purpose: config_overrides keeps the node usable
MEM_MB=4096
CLUSTER=sandbox
NODE=$(hostname)

ETC=$STATE/etc RUN=$STATE/run LOG=$STATE/log MUNGE=$STATE/munge SPOOL=$STATE/spool
SAVE=$STATE/slurmctld DB=$STATE/mysql SSHD=$STATE/sshd CLIENT=$STATE/client GPUDEV=$STATE/gpu
export SLURM_CONF=$ETC/slurm.conf
# shellcheck source=daemons.sh
. "$(dirname "${BASH_SOURCE[0]}")/daemons.sh"

say() { printf '[sandbox] %s\n' "$*" >&2; }
fail() {
    local what=$1 logfile=${2:-}
    printf '[sandbox] error: %s\n' "$what" >&2
    if [[ -n $logfile && -r $logfile ]]; then
        printf '[sandbox] last lines of %s:\n' "$logfile" >&2
        tail -n 25 "$logfile" >&2
    fi
    exit 1
}

[[ $(id -u) == 0 ]] || fail "the sandbox cluster needs root (it starts munged, slurmd and sshd). Run it through 'sudo scripts/dev sandbox start'."

# ------------------------------------------------------------------ processes, by PID file only
# running PIDFILE COMM: the PID in PIDFILE is alive, not a zombie, and its name starts with COMM
running() {
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ && -d /proc/$pid ]] || return 1
    [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] || return 1
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$2"* ]]
}

# ------------------------------------------------------------------ configuration (idempotent)
configure() {
    mkdir -p "$ETC" "$RUN" "$LOG" "$MUNGE" "$SPOOL" "$SAVE" "$DB" "$SSHD" "$CLIENT" "$GPUDEV" \
        "$STATE/otp"
    chmod 0755 "$STATE" "$ETC" "$RUN" "$LOG" "$SPOOL" "$GPUDEV"
    chmod 0700 "$CLIENT" "$SSHD" "$STATE/otp"

    # munge: socket folder owned by munge, traversable, not group/world-writable
    chown munge:munge "$MUNGE"
    chmod 0755 "$MUNGE"
    [[ -s $MUNGE/munge.key ]] || mungekey --create --keyfile="$MUNGE/munge.key"
    chown munge:munge "$MUNGE/munge.key"
    chmod 0400 "$MUNGE/munge.key"

    # A GPU for Slurm: a character device (slurmd refuses plain files); jobs run on the CPU.
    [[ -c $GPUDEV/nvidia0 ]] || { rm -f "$GPUDEV/nvidia0"; mknod -m 0666 "$GPUDEV/nvidia0" c 1 3; }

    chown slurm:slurm "$SAVE" "$LOG"
    chmod 0700 "$SAVE"
    mkdir -p "$SPOOL/slurmd"
    cat >"$ETC/slurm.conf" <<EOF
# The sandbox cluster (tests/sandbox/sandbox.sh). Every port on 127.0.0.1.
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
PlugStackConfig=$ETC/plugstack.conf
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
OverTimeLimit=0
MinJobAge=600
# A 2,000-task array for the Jobs page benchmark (Slurm's default MaxArraySize is 1001), and
# room for a few of them while finished records stay MinJobAge seconds.
MaxArraySize=4001
MaxJobCount=20000
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
    # No cgroup file system in the build root's namespace: slurmd 24.11 needs this to start.
    echo "CgroupPlugin=disabled" >"$ETC/cgroup.conf"
    # The account first: the images copy /etc, and a container must know its user (as Enroot
    # adds the user's passwd and group entries to every container).
    configure_account
    "$(dirname "$0")/pyxis/setup.sh" "$ETC" "$STATE"
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
    chmod 0644 "$ETC/slurm.conf" "$ETC/gres.conf" "$ETC/cgroup.conf" "$ETC/plugstack.conf"
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
    chmod 0644 "$DB/my.cnf"
    touch "$LOG/mariadbd.log"
    chown mysql:mysql "$LOG/mariadbd.log"

    configure_sshd
    write_env
    write_profile
}

otp_secret() { secret "$CLIENT/otp.secret" sh -c 'head -c 20 /dev/urandom | od -An -tx1 | tr -d " \n"'; }

configure_account() {
    id "$ACCOUNT" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$ACCOUNT"
    local home
    home=$(getent passwd "$ACCOUNT" | cut -d: -f6)
    echo "$ACCOUNT:$(account_password)" | chpasswd
    [[ -s $CLIENT/id_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C sandbox-client -f "$CLIENT/id_ed25519"
    install -d -m 0700 -o "$ACCOUNT" -g "$ACCOUNT" "$home/.ssh"
    install -m 0600 -o "$ACCOUNT" -g "$ACCOUNT" "$CLIENT/id_ed25519.pub" "$home/.ssh/authorized_keys"
    configure_shell_accounts
    # Login shells of the account find the sandbox's Slurm (sshd also sets it, see SetEnv).
    echo "export SLURM_CONF=$ETC/slurm.conf" >/etc/profile.d/patagon-sandbox.sh
    # Time-based one-time passwords (RFC 6238, 30 s, 6 digits) through pam_oath.
    printf 'HOTP/T30/6\t%s\t-\t%s\n' "$ACCOUNT" "$(otp_secret)" >"$STATE/otp/users.oath"
    chmod 0600 "$STATE/otp/users.oath"
    cat >/etc/pam.d/patagon-otp <<EOF
# keyboard-interactive with a password and a one-time password (sandbox port $OTP_PORT)
auth     required pam_unix.so
auth     required pam_oath.so usersfile=$STATE/otp/users.oath window=10 digits=6
account  required pam_unix.so
session  required pam_unix.so
EOF
}

configure_shell_accounts() {
    local user shell home
    for user in "$NOISY_ACCOUNT:/bin/bash" "$TCSH_ACCOUNT:/usr/bin/tcsh" "$FISH_ACCOUNT:/usr/bin/fish"; do
        shell=${user#*:} user=${user%%:*}
        id "$user" >/dev/null 2>&1 || useradd --create-home --shell "$shell" "$user"
        home=$(getent passwd "$user" | cut -d: -f6)
        install -d -m 0700 -o "$user" -g "$user" "$home/.ssh" "$home/.config" "$home/.config/fish"
        install -m 0600 -o "$user" -g "$user" "$CLIENT/id_ed25519.pub" "$home/.ssh/authorized_keys"
    done
    # As on many clusters: printed by every shell, interactive or not.
    home=$(getent passwd "$NOISY_ACCOUNT" | cut -d: -f6)
    printf '%s\n' 'echo "Welcome to the sandbox cluster! Modules loaded: gcc/12 cuda/12.4"' \
        'echo "Disk quota: 81% of 50 GB used" >&2' >"$home/.bashrc"
    home=$(getent passwd "$TCSH_ACCOUNT" | cut -d: -f6)
    printf '%s\n' 'echo "tcsh: welcome"' 'echo "tcsh: quota notice" > /dev/stderr' >"$home/.tcshrc"
    home=$(getent passwd "$FISH_ACCOUNT" | cut -d: -f6)
    printf '%s\n' 'echo "fish: welcome"' 'echo "fish: quota notice" >&2' >"$home/.config/fish/config.fish"
}

# sshd_config_common NAME HOSTKEY PORT...: what every sandbox sshd has, on stdout; the caller
# appends its Match blocks.
sshd_config_common() {
    local name=$1 hostkey=$2 p
    shift 2
    echo "# The sandbox's OpenSSH server $name (tests/sandbox/sandbox.sh)"
    for p in "$@"; do echo "Port $p"; done
    cat <<EOF
ListenAddress 127.0.0.1
HostKey $hostkey
PidFile $RUN/$name.pid
AllowUsers $ACCOUNT $NOISY_ACCOUNT $TCSH_ACCOUNT $FISH_ACCOUNT
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
}

configure_sshd() {
    local t
    for t in ed25519 ecdsa; do
        [[ -s $SSHD/ssh_host_${t}_key ]] || ssh-keygen -q -t "$t" -N '' -C sandbox-host -f "$SSHD/ssh_host_${t}_key"
    done
    # A second ed25519 key, for tests of a host whose key has changed.
    [[ -s $SSHD/other_host_ed25519_key ]] || ssh-keygen -q -t ed25519 -N '' -C sandbox-other -f "$SSHD/other_host_ed25519_key"
    # The jump host's own key: in no known_hosts file, as a new bastion's would be.
    [[ -s $SSHD/bastion_host_ed25519_key ]] || ssh-keygen -q -t ed25519 -N '' -C sandbox-bastion -f "$SSHD/bastion_host_ed25519_key"
    {
        sshd_config_common sshd "$SSHD/ssh_host_ed25519_key" "$SSH_PORT" "$OTP_PORT" \
            "$PASSWORD_PORT" "$FEW_SESSIONS_PORT" "$NO_SFTP_PORT"
        cat <<EOF

Match LocalPort $OTP_PORT
    AuthenticationMethods keyboard-interactive
    PAMServiceName patagon-otp

Match LocalPort $PASSWORD_PORT
    AuthenticationMethods password

Match LocalPort $FEW_SESSIONS_PORT
    MaxSessions 3

Match LocalPort $NO_SFTP_PORT
    Subsystem sftp /nonexistent/sftp-server
EOF
    } >"$SSHD/sshd_config"
    {
        sshd_config_common bastion "$SSHD/bastion_host_ed25519_key" "$BASTION_PORT" "$BASTION_PASSWORD_PORT"
        cat <<EOF
AllowTcpForwarding yes

Match LocalPort $BASTION_PASSWORD_PORT
    AuthenticationMethods password
EOF
    } >"$SSHD/bastion_config"
    chmod 0600 "$SSHD/sshd_config" "$SSHD/bastion_config"
    local key
    key=$(cut -d' ' -f1,2 "$SSHD/ssh_host_ed25519_key.pub")
    local p
    for p in "$SSH_PORT" "$OTP_PORT" "$PASSWORD_PORT" "$FEW_SESSIONS_PORT" "$NO_SFTP_PORT"; do printf '[127.0.0.1]:%s %s\n' "$p" "$key"; done >"$CLIENT/known_hosts"
}

write_env() {
    local home
    home=$(getent passwd "$ACCOUNT" | cut -d: -f6)
    cat >"$STATE/sandbox.env" <<EOF
SANDBOX_SSH_HOST=127.0.0.1
SANDBOX_SSH_PORT=$SSH_PORT
SANDBOX_OTP_PORT=$OTP_PORT
SANDBOX_PASSWORD_PORT=$PASSWORD_PORT
SANDBOX_FEW_SESSIONS_PORT=$FEW_SESSIONS_PORT
SANDBOX_NO_SFTP_PORT=$NO_SFTP_PORT
SANDBOX_BASTION_PORT=$BASTION_PORT
SANDBOX_BASTION_PASSWORD_PORT=$BASTION_PASSWORD_PORT
SANDBOX_BASTION_HOST_KEY_SHA256=$(ssh-keygen -lf "$SSHD/bastion_host_ed25519_key.pub" | cut -d' ' -f2)
SANDBOX_USER=$ACCOUNT
SANDBOX_NOISY_USER=$NOISY_ACCOUNT
SANDBOX_TCSH_USER=$TCSH_ACCOUNT
SANDBOX_FISH_USER=$FISH_ACCOUNT
SANDBOX_PASSWORD=$(account_password)
SANDBOX_OTP_SECRET=$(otp_secret)
SANDBOX_KEY=$CLIENT/id_ed25519
SANDBOX_KNOWN_HOSTS=$CLIENT/known_hosts
SANDBOX_HOST_KEY_SHA256=$(ssh-keygen -lf "$SSHD/ssh_host_ed25519_key.pub" | cut -d' ' -f2)
SANDBOX_OTHER_HOST_KEY=$SSHD/other_host_ed25519_key
SANDBOX_SLURM_CONF=$ETC/slurm.conf
SANDBOX_NODE=$NODE
SANDBOX_HOME=$home
SANDBOX_STATE=$STATE
EOF
    chmod 0600 "$STATE/sandbox.env"
}

# The connection profile `sandbox` that the app loads (a drop-in file of its profiles folder).
write_profile() {
    local dir=${XDG_CONFIG_HOME:-$HOME/.config}/patagon-studio/profiles
    mkdir -p "$dir"
    cat >"$dir/sandbox.ini" <<EOF
[General]
name=sandbox
host=127.0.0.1
port=$SSH_PORT
user=$ACCOUNT
identityFile=$CLIENT/id_ed25519
knownHostsFile=$CLIENT/known_hosts
cpuPartition=cpu
gpuPartition=gpu
gpuGres=gpu:A100:1
EOF
}

# ------------------------------------------------------------------ start
start_munge() {
    running "$MUNGE/munged.pid" munged && return 0
    runuser -u munge -- /usr/sbin/munged --socket="$MUNGE/munge.socket.2" \
        --key-file="$MUNGE/munge.key" --pid-file="$MUNGE/munged.pid" \
        --log-file="$MUNGE/munged.log" --seed-file="$MUNGE/munged.seed" ||
        fail "munged did not start" "$MUNGE/munged.log"
    wait_until 10 "$MUNGE/munged.log" "munged" test -S "$MUNGE/munge.socket.2"
    munge -S "$MUNGE/munge.socket.2" -n | unmunge -S "$MUNGE/munge.socket.2" >/dev/null ||
        fail "munge could not check its own credential" "$MUNGE/munged.log"
    say "munged running"
}




register_accounts() {
    sacctmgr -nP list cluster format=cluster | grep -qx "$CLUSTER" ||
        sacctmgr -i add cluster "$CLUSTER" >/dev/null
    sacctmgr -nP list account format=account | grep -qx research ||
        sacctmgr -i add account research Description=sandbox Organization=sandbox >/dev/null
    sacctmgr -nP list user format=user | grep -qx "$ACCOUNT" ||
        sacctmgr -i add user "$ACCOUNT" DefaultAccount=research >/dev/null
}


# start_sshd_instance NAME PORT: starts the sshd of its configuration ($SSHD/sshd_config, or
# $SSHD/NAME_config), or makes a running one reload it when it changed.
start_sshd_instance() {
    local name=$1 port=$2 config sum
    config=$SSHD/${name}_config
    [[ $name == sshd ]] && config=$SSHD/sshd_config
    sum=$(sha256sum "$config" | cut -d' ' -f1)
    if running "$RUN/$name.pid" sshd; then
        # A changed configuration is picked up by SIGHUP (sshd re-executes itself).
        if [[ $(cat "$RUN/$name.config-sum" 2>/dev/null) != "$sum" ]]; then
            kill -HUP "$(cat "$RUN/$name.pid")"
            echo "$sum" >"$RUN/$name.config-sum"
            wait_until 10 "$LOG/$name.log" "$name to reload" listening "$port"
            say "$name reloaded its configuration"
        fi
        return 0
    fi
    listening "$port" && fail "port $port is taken by another program"
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    /usr/sbin/sshd -t -f "$config" 2>"$LOG/$name.log" || fail "sshd rejects $config" "$LOG/$name.log"
    /usr/sbin/sshd -f "$config" -E "$LOG/$name.log" || fail "$name did not start" "$LOG/$name.log"
    echo "$sum" >"$RUN/$name.config-sum"
    wait_until 10 "$LOG/$name.log" "$name" listening "$port"
}

start_sshd() {
    start_sshd_instance sshd "$PASSWORD_PORT"
    start_sshd_instance bastion "$BASTION_PASSWORD_PORT"
    say "sshd running on 127.0.0.1:$SSH_PORT and :$OTP_PORT, the jump host on :$BASTION_PORT"
}

# A real daemon restart, as an admin would do it: the sessions it serves end (their clients see
# the connection reset), then a fresh sshd listens again. Tests use it to drop connections.
restart_sshd() {
    local pid child
    if running "$RUN/sshd.pid" sshd; then
        pid=$(cat "$RUN/sshd.pid")
        for child in $(pgrep -P "$pid" || true); do kill -TERM "$child" 2>/dev/null || true; done
    fi
    stop_one "$RUN/sshd.pid" sshd
    start_sshd
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
    print_details
}

print_details() {
    # shellcheck disable=SC1091
    . "$STATE/sandbox.env"
    cat <<EOF
The sandbox cluster is running.
  ssh -p $SANDBOX_SSH_PORT -i $SANDBOX_KEY -o UserKnownHostsFile=$SANDBOX_KNOWN_HOSTS $SANDBOX_USER@127.0.0.1
  password login:            port $SANDBOX_SSH_PORT, password in $CLIENT/password
  password method only:      port $SANDBOX_PASSWORD_PORT
  password + one-time code:  port $SANDBOX_OTP_PORT, code from: oathtool --totp \$(cat $CLIENT/otp.secret)
  jump host (own host key):  port $SANDBOX_BASTION_PORT (key or password), $SANDBOX_BASTION_PASSWORD_PORT (password only)
  host key:                  $SANDBOX_HOST_KEY_SHA256
  partitions:                cpu (default), gpu (GRES gpu:A100:1)
  app profile:               sandbox (patagon-studio <command> --profile sandbox)
  all details:               $STATE/sandbox.env
EOF
}

# ------------------------------------------------------------------ stop, status
our_stepds() { # slurmstepd daemons of this sandbox, recognised by SLURM_CONF in their environment
    local p
    for p in /proc/[0-9]*; do
        [[ $(cat "$p/comm" 2>/dev/null) == slurmstepd ]] || continue
        tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qx "SLURM_CONF=$ETC/slurm.conf" && echo "${p#/proc/}"
    done
    return 0
}

do_stop() {
    [[ -d $STATE ]] || { say "nothing to stop"; return 0; }
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
    stop_one "$RUN/bastion.pid" sshd
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
restart-sshd) restart_sshd ;;
status) do_status ;;
env) [[ -r $STATE/sandbox.env ]] || fail "the sandbox was never started"; cat "$STATE/sandbox.env" ;;
*) echo "usage: sandbox.sh start|stop|restart|restart-sshd|status|env" >&2; exit 2 ;;
esac
