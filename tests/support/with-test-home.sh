#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Runs a test program with a HOME and XDG folders of its own (teamspace_add_test): DIR is emptied, then
# HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR (0700) point inside it, so that no
# test reads or writes the developer's settings, keychain or data, and none sees another test's.
set -euo pipefail
dir=$1
shift
case "$dir" in
  */tests/home/*) ;;
  *) echo "with-test-home.sh: refusing to empty $dir (not under a build's tests/home)" >&2; exit 2 ;;
esac
rm -rf "$dir"
mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/cache" "$dir/runtime"
chmod 700 "$dir" "$dir/runtime"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" \
  XDG_RUNTIME_DIR="$dir/runtime"
exec "$@"
