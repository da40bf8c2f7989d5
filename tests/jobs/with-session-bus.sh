#!/bin/sh
# Runs a test inside its own D-Bus session bus, so the notifications it sends and the
# notification service it registers never reach the desktop of whoever runs it.
set -eu
exec dbus-run-session -- "$@"
