#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Teamspace needs to build, run and test, skipping what is already there.
# Usage: installers/linux/install-deps.sh [--runtime-only | --packaging]
#   --packaging  also what test-debs.sh needs (lintian, mmdebstrap)
set -euo pipefail

build=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-svg-dev qtkeychain-qt6-dev libgit2-dev libsqlite3-dev
       rapidjson-dev libxxhash-dev libacl1-dev help2man qt6-l10n-tools qt6-tools-dev)
# Loaded at run time, so no -dev package pulls them in (see docs/TOOLCHAIN.md).
runtime=(libqt6svg6 libsecret-1-0 fonts-dejavu-core)
# The test suite runs GUI tests on the offscreen platform (qt6-qpa-plugins) or starts its own X server, D-Bus session, keyring, HTTP git remote, and compares with nbformat;
# it validates the desktop file and metainfo (desktop-file-utils, appstream) and runs the completions (zsh, fish).
testing=(qt6-qpa-plugins xvfb xauth dbus gnome-keyring lighttpd git python3-nbformat imagemagick acl
         desktop-file-utils appstream zsh fish)
packaging=(lintian mmdebstrap)

wanted=("${runtime[@]}")
case "${1:-}" in
  --runtime-only) ;;
  --packaging) wanted+=("${build[@]}" "${testing[@]}" "${packaging[@]}") ;;
  "") wanted+=("${build[@]}" "${testing[@]}") ;;
  *) echo "usage: $0 [--runtime-only | --packaging]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: installing ${missing[*]} needs root (run as root or install sudo)" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
