# The parts of the sandbox clusters' scripts that are the same for both (tests/sandbox/sandbox.sh,
# Slurm 24.11 in the build root; tests/sandbox/oldslurm/oldslurm.sh, Slurm 22.05 in a bookworm
# root): starting and stopping daemons by PID file, waiting for them, generated secrets, and the
# status. Sourced; the caller sets STATE, ETC, RUN, LOG, DB, CLIENT, the ports and say/fail/running.

stop_one() { # stop_one PIDFILE COMM
    running "$1" "$2" || { rm -f "$1"; return 0; }
    local pid i
    pid=$(cat "$1")
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 50); do running "$1" "$2" || break; sleep 0.2; done
    running "$1" "$2" && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$1"
    say "stopped $2 (pid $pid)"
}

listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

wait_until() { # wait_until SECONDS LOGFILE DESCRIPTION CMD...
    local secs=$1 logfile=$2 what=$3 i
    shift 3
    for i in $(seq $((secs * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
    fail "timed out after ${secs}s waiting for $what" "$logfile"
}

secret() { # secret FILE COMMAND...: the file's content, made once by COMMAND
    [[ -s $1 ]] || { "${@:2}" >"$1"; chmod 0600 "$1"; }
    cat "$1"
}

db_password() { secret "$CLIENT/db.password" sh -c 'head -c 18 /dev/urandom | base64 | tr -d "+/="'; }

account_password() { secret "$CLIENT/password" sh -c 'head -c 12 /dev/urandom | base64 | tr -d "+/="'; }

start_mariadb() {
    local sql=(mariadb --no-defaults -S "$DB/mariadbd.sock" -u root)
    running "$DB/mariadbd.pid" mariadbd && return 0
    listening "$DB_PORT" && fail "port $DB_PORT is taken by another program"
    if [[ ! -d $DB/data/mysql ]]; then
        mariadb-install-db --defaults-file="$DB/my.cnf" --skip-test-db \
            --auth-root-authentication-method=socket >"$LOG/mariadb-install.log" 2>&1 ||
            fail "mariadb-install-db failed" "$LOG/mariadb-install.log"
    fi
    setsid /usr/sbin/mariadbd --defaults-file="$DB/my.cnf" </dev/null >/dev/null 2>&1 &
    wait_until 60 "$LOG/mariadbd.log" "MariaDB" "${sql[@]}" -e 'select 1'
    "${sql[@]}" -e "CREATE DATABASE IF NOT EXISTS slurm_acct_db;
        CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY '$(db_password)';
        GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';"
    say "MariaDB running on 127.0.0.1:$DB_PORT"
}

start_slurmdbd() {
    running "$RUN/slurmdbd.pid" slurmdbd && return 0
    listening "$DBD_PORT" && fail "port $DBD_PORT is taken by another program"
    /usr/sbin/slurmdbd || fail "slurmdbd did not start" "$LOG/slurmdbd.log"
    wait_until 60 "$LOG/slurmdbd.log" "slurmdbd" listening "$DBD_PORT"
    say "slurmdbd running"
}

start_slurmctld() {
    running "$RUN/slurmctld.pid" slurmctld && return 0
    listening "$CTLD_PORT" && fail "port $CTLD_PORT is taken by another program"
    touch "$LOG/slurmctld.log"
    chown slurm:slurm "$LOG/slurmctld.log"
    /usr/sbin/slurmctld -f "$ETC/slurm.conf" || fail "slurmctld did not start" "$LOG/slurmctld.log"
    wait_until 30 "$LOG/slurmctld.log" "slurmctld" bash -c 'scontrol ping | grep -q UP'
    say "slurmctld running"
}

start_slurmd() {
    if ! running "$RUN/slurmd.pid" slurmd; then
        listening "$SLURMD_PORT" && fail "port $SLURMD_PORT is taken by another program"
        /usr/sbin/slurmd -f "$ETC/slurm.conf" -N "$NODE" || fail "slurmd did not start" "$LOG/slurmd.log"
    fi
    wait_until 60 "$LOG/slurmd.log" "node $NODE to be idle" \
        bash -c "sinfo -h -n '$NODE' -o %T | grep -Eq '^(idle|mixed|allocated)'"
    say "slurmd running, node $NODE ready"
}

do_status() {
    local rc=0 d name file
    for d in "munged:$MUNGE/munged.pid" "mariadbd:$DB/mariadbd.pid" "slurmdbd:$RUN/slurmdbd.pid" \
        "slurmctld:$RUN/slurmctld.pid" "slurmd:$RUN/slurmd.pid" "sshd:$RUN/sshd.pid"; do
        name=${d%%:*} file=${d#*:}
        if running "$file" "$name"; then echo "$name: running (pid $(cat "$file"))"; else echo "$name: stopped"; rc=3; fi
    done
    running "$RUN/slurmctld.pid" slurmctld && sinfo
    return $rc
}
