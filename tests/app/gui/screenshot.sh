#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Screenshots of the main window on the demo workspace, drawn by a real X server (Xvfb, 1280x800x24).
#   tests/app/gui/screenshot.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR defaults to build/dev, OUT_DIR to BUILD_DIR/screenshots. Writes teamspace-*.png (panels, dialog, banner,
# Storage on the demo and on a generated 50,000-file tree, light and dark; Notebooks light and dark, the assign
# dialog with its runner suggestion, Notebooks as ben, a non-lead: read-only; Sync on a team's clone with pending
# changes, a sync in progress, its result, a set-aside copy diffed, the sign-in dialog, light and dark), then the
# same at 2x scale (QT_SCALE_FACTOR=2: teamspace-*-2x.png).
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
build=$(cd "${1:-$top/build/dev}" && pwd)
out=${2:-$build/screenshots}
test_bin="$build/tests/app/gui/tst_screenshots"
[ -x "$test_bin" ] || { echo "error: $test_bin is not built (cmake --build --preset dev)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (installers/linux/install-deps.sh)" >&2; exit 2; }
mkdir -p "$out"
# The test keeps HOME and settings private itself; xcb is the real X platform, not the offscreen one.
TEAMSPACE_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s '-screen 0 1280x800x24' "$test_bin" -silent
TEAMSPACE_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 \
  xvfb-run -a -s '-screen 0 2560x1600x24' "$test_bin" -silent
ls -l "$out"/teamspace-*.png
