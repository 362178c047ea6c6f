#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service)
# and a throw-away HOME, so keychain tests never touch the developer's or CI user's keyring.
# See build-environment.md §4. dbus-run-session prints a harmless "Failed to set fd limit".
set -e
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "run-with-keyring.sh: dbus-run-session and gnome-keyring-daemon are required" >&2
  exit 1
fi
HOME=$(mktemp -d)
export HOME
unset XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS
export MLC_KEYCHAIN_REQUIRED=1
trap 'rm -rf "$HOME"' EXIT
# Not exec: the trap must remove the temporary HOME (the keyring file) afterwards.
dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
