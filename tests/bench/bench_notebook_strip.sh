#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Notebook stripping speed and memory, next to Python peers measured in the same run (see README.md).
# usage: tests/bench/bench_notebook_strip.sh [TEAMSPACE_CLI] [SIZE_MB]
# Default CLI: build/release/app/cli/teamspace-cli (cmake --preset release && cmake --build --preset release
# --target teamspace-cli). Needs /usr/bin/python3 with python3-nbformat and /usr/bin/time.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../build/release/app/cli/teamspace-cli}
size_mb=${2:-50}
py=/usr/bin/python3
peers=$here/notebook_bench_peers.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$cli" ] || { echo "error: $cli not built (cmake --build --preset release --target teamspace-cli)" >&2; exit 2; }
$py -c 'import nbformat' 2>/dev/null || { echo "error: python3-nbformat missing for $py" >&2; exit 2; }

$py "$peers" make-images "$work/big.ipynb" "$size_mb"
$py "$peers" make-small "$work/small.ipynb"
big_bytes=$(stat -c %s "$work/big.ipynb")
echo "input: $work/big.ipynb, $big_bytes bytes; load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# best of N wall-clock seconds and the peak RSS (kB) of that run, from /usr/bin/time -v
measure() { # name runs command...
    name=$1; runs=$2; shift 2
    best=""; best_rss=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null
        secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(k=1;k<=n;k++) s=s*60+p[k]; print s}' "$work/time.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; best_rss=$rss; fi
        i=$((i + 1))
    done
    printf '%-34s %8.3f s   peak RSS %7d kB (%.2f x file)\n' "$name" "$best" "$best_rss" \
        "$(awk "BEGIN{print $best_rss * 1024 / $big_bytes}")"
}

measure "teamspace-cli notebook strip" 3 sh -c "'$cli' notebook strip --stdout '$work/big.ipynb' > '$work/ours.ipynb'"
ours=$best; ours_rss=$best_rss
measure "python json.load+strip+json.dump" 3 sh -c "$py '$peers' json '$work/big.ipynb' '$work/json.ipynb'"
pyjson=$best
measure "nbformat read+strip+write" 3 sh -c "$py '$peers' nbformat '$work/big.ipynb' '$work/nbformat.ipynb'"
nbf=$best

cmp -s "$work/ours.ipynb" "$work/nbformat.ipynb" && same=identical || same=DIFFERENT
awk "BEGIN{printf \"ratio vs json script: %.3f (target <= 0.6)   ratio vs nbformat: %.3f (target <= 0.4)\n\", $ours/$pyjson, $ours/$nbf}"
awk "BEGIN{printf \"teamspace peak memory: %.2f x file size (target <= 3)\n\", $ours_rss*1024/$big_bytes}"
echo "output of teamspace vs nbformat: $same"

# One small notebook end to end (process start included), in place on a fresh copy each time, 21 runs,
# timed around the process by Python's perf_counter (the copy is outside the timing). /bin/true is the floor.
small_bytes=$(stat -c %s "$work/small.ipynb")
$py "$peers" time-small "$cli" "$work/small.ipynb" "$work/s.ipynb" "$small_bytes"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
