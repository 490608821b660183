#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the real QtKeychain backend
# (libsecret → org.freedesktop.secrets) works without a desktop. Used by tests registered with KEYCHAIN.
set -euo pipefail
if [ -z "${TEAMSPACE_IN_KEYRING_SESSION:-}" ]; then
  export TEAMSPACE_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/teamspace-keyring-XXXXXX")
# Without a pid (`--unlock` prints none) `kill 0` would signal the whole process group, ctest included.
trap '[ -z "${GNOME_KEYRING_PID:-}" ] || kill "$GNOME_KEYRING_PID" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' 'teamspace-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
       string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.05
done
"$@"
