#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian packages (preset `package`: Release, dpkg-buildflags) and installs them with apt into a clean
# Debian 12 root, then runs the programs from /usr/bin there. Needs root (chroot, mounts) and mmdebstrap; uses the
# Debian mirror configured in /etc/apt. Not part of ctest (minutes, root).
#   installers/linux/test-debs.sh                  configure and build the preset, cpack, lintian, install, run
#   installers/linux/test-debs.sh --build-dir DIR  the same from another configured build folder (no preset)
#   installers/linux/test-debs.sh --no-build       use the .debs already in build/package (or DIR)
# The bootstrapped root is cached as build/debian12-cache/root.tar and the .debs apt downloads beside it, so a
# rerun takes seconds plus the build; delete that folder to start afresh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
out="$top/build/package"
cache="$top/build/debian12-cache"
build=1
preset=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --build-dir) out=$(cd "${2:?--build-dir needs a folder}" && pwd); preset=0; shift ;;
    *) echo "usage: $0 [--build-dir DIR] [--no-build]" >&2; exit 2 ;;
  esac
  shift
done

[ "$(id -u)" -eq 0 ] || { echo "error: $0 needs root (chroot and mounts); run it with sudo" >&2; exit 2; }
for tool in mmdebstrap lintian; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing: installers/linux/install-deps.sh --packaging" >&2; exit 2; }
done

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
started=$(date +%s)
if [ "$build" = 1 ]; then
  cd "$top"
  if [ "$preset" = 1 ]; then
    step "build (preset package)"
    cmake --preset package >/dev/null
  else
    step "build ($out)"
  fi
  cmake --build "$out" -j "${JOBS:-2}"
  step "cpack -G DEB"
  (cd "$out" && rm -f ./*.deb ./*.ddeb && cpack -G DEB >/dev/null)
fi
shopt -s nullglob
debs=("$out"/*.deb)
ddebs=("$out"/*.ddeb)
[ ${#debs[@]} -eq 2 ] || { echo "error: expected 2 .deb files in $out, found ${#debs[@]}" >&2; exit 1; }
ls -l "${debs[@]}" "${ddebs[@]}"

step "lintian"
lintian --info --display-info "${debs[@]}" "${ddebs[@]}" || true

root_tar="$cache/root.tar"
mkdir -p "$cache/apt-archives/partial"
if [ ! -s "$root_tar" ]; then
  step "mmdebstrap bookworm (cached in $root_tar)"
  sources=(/etc/apt/sources.list.d/*.sources /etc/apt/sources.list)
  existing=()
  for s in "${sources[@]}"; do [ -s "$s" ] && existing+=("$s"); done
  mmdebstrap --variant=apt --mode=root --format=tar bookworm "$root_tar.part" "${existing[@]}"
  mv "$root_tar.part" "$root_tar"
fi

root=$(mktemp -d /tmp/teamspace-debroot.XXXXXX)
cleanup() {
  for m in var/cache/apt/archives proc dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "clean root in $root"
tar -C "$root" -xf "$root_tar"
mkdir -p "$root/tmp/debs"
mount --bind /dev "$root/dev"
mount -t proc proc "$root/proc"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "${debs[@]}" "$root/tmp/debs/"

step "apt-get install ./teamspace-cli_*.deb ./teamspace_*.deb (and man-db, to read the man pages)"
chroot "$root" apt-get update -qq
in_root=()
for deb in "${debs[@]}"; do in_root+=("/tmp/debs/${deb##*/}"); done
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${in_root[@]}" man-db \
  >"$out/chroot-install.log" 2>&1 || { tail -30 "$out/chroot-install.log"; exit 1; }
echo "installed: $(chroot "$root" dpkg-query -W -f='${Package} ${Version}, ' teamspace-cli teamspace)"

failures=0
check() { # check NAME COMMAND...: runs in the clean root, prints pass/fail
  local name=$1; shift
  if chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@" >"$out/check.log" 2>&1; then
    printf 'pass  %s\n' "$name"
  else
    printf 'FAIL  %s (exit %s)\n' "$name" "$?"; sed 's/^/      /' "$out/check.log" | tail -15; failures=$((failures + 1))
  fi
  sed 's/^/      /' "$out/check.log" | head -5
}
step "run from /usr/bin in the clean root"
check "teamspace-cli demo create /tmp/demo" /usr/bin/teamspace-cli demo create /tmp/demo
check "teamspace-cli --workspace /tmp/demo/repo member list" /usr/bin/teamspace-cli --workspace /tmp/demo/repo member list
check "teamspace --version (no display)" /usr/bin/teamspace --version
check "man teamspace-cli" sh -c 'man -P cat teamspace-cli | grep -q "completion"'
check "man teamspace" sh -c 'man -P cat teamspace | grep -q -- "--panel"'
check "bash completion installed" test -s /usr/share/bash-completion/completions/teamspace-cli
check "teamspace-cli needs no Qt GUI" sh -c '! dpkg-query -W -f="\${Depends}" teamspace-cli | grep -q "libqt6gui\|libqt6widgets"'

echo
echo "total $(( $(date +%s) - started )) s; $failures failed"
[ "$failures" -eq 0 ]
