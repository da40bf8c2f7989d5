#!/usr/bin/env bash
# Prints a fresh time-based one-time code for the sandbox account. pam_oath refuses a code
# at or before the last one used (replay protection), and tests log in several times within
# one 30-second step, so each call takes the next unused step (pam_oath's window is 10 steps).
set -euo pipefail
state=${PATAGON_SANDBOX_DIR:-/var/lib/patagon-sandbox}
secret=$(cat "$state/client/otp.secret")
exec 9>"$state/client/otp.last"
flock 9
last=$(cat "$state/client/otp.step" 2>/dev/null || echo 0)
now=$(($(date +%s) / 30))
step=$((last + 1 > now ? last + 1 : now))
while ((step > $(date +%s) / 30 + 8)); do sleep 1; done
echo "$step" >"$state/client/otp.step"
oathtool --totp -N "@$((step * 30))" "$secret"
