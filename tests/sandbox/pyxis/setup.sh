#!/usr/bin/env bash
# Sets up the sandbox's Pyxis-compatible SPANK plugin (called by tests/sandbox/sandbox.sh).
# Arguments: ETC_DIR (where plugstack.conf lives) STATE_DIR.
set -euo pipefail
etc=$1
[[ -e $etc/plugstack.conf ]] || echo "# SPANK plugins of the sandbox" >"$etc/plugstack.conf"
