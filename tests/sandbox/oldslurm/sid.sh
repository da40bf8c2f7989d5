#!/bin/sh
# The old-Slurm sandbox's script on a Debian unstable root (Slurm 26.05 when this was written):
# the same commands as oldslurm.sh (start, stop, status, env, restart-sshd), its own root, state
# folder and ports. Tried by hand; not part of CI.
PATAGON_OLDSLURM_SUITE=sid exec "$(dirname "$0")/oldslurm.sh" "$@"
