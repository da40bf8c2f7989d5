#!/bin/sh
# Runs a test inside its own D-Bus session with a real Secret Service (gnome-keyring), unlocked,
# under a throw-away HOME, so keychain tests never touch the user's keyring. The keyring daemon
# is this script's child and is stopped with the session.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
exec dbus-run-session -- sh -c '
    printf %s patagon-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    keyring=$!
    for i in $(seq 50); do
        busctl --user status org.freedesktop.secrets >/dev/null 2>&1 && break
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
        sleep 0.1
    done
    "$@"; rc=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit $rc' sh "$@"
