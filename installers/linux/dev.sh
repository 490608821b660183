#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The README's two commands.
#   installers/linux/dev.sh demo   install what is missing, build, open the app on a fresh demo workspace
#                                  (no display: run the CLI's main job on the demo and print the report)
#   installers/linux/dev.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$top"

mode=${1:-}
case "$mode" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

"$here/install-deps.sh"

preset=dev
[ "${CI:-}" = "true" ] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
bin="$top/build/$preset/app"

if [ "$mode" = test ]; then
  exec ctest --preset "$preset"
fi

demo_dir="${TEAMSPACE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/teamspace/demo}"
if [ -e "$demo_dir" ]; then
  chmod -R u+w "$demo_dir" 2>/dev/null || true
  rm -rf "$demo_dir"
fi
"$bin/cli/teamspace-cli" demo create "$demo_dir"
echo "demo workspace: $demo_dir/repo (shared folder: $demo_dir/shared)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/gui/teamspace" "$demo_dir/repo"
fi
echo "no display: running the CLI's main job on the demo instead"
exec "$bin/cli/teamspace-cli" --workspace "$demo_dir/repo" report
