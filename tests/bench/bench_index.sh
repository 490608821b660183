#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Index benchmark (not part of ctest): times du -s, gdu and teamspace-cli on the same synthetic team tree in one
# run, warm cache, and prints medians and ratios to du -s. See tests/bench/README.md.
#   tests/bench/bench_index.sh [BUILD_DIR]     env: BENCH_DIR (default /tmp/teamspace-bench), RUNS (default 5)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/dev}
cli=$build/app/cli/teamspace-cli
queries=$build/tests/bench/bench_index_queries
bench=${BENCH_DIR:-/tmp/teamspace-bench}
runs=${RUNS:-5}
py=/usr/bin/python3

[ -x "$queries" ] || cmake --build "$build" --target bench_index_queries >/dev/null
tree=$bench/t300k
[ -d "$tree/shared" ] || $py "$here/make_team_tree.py" --out "$tree" --files 300000 --folders 20000
root=$tree/shared repo=$tree/repo db=$bench/index-300k.sqlite

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Each round runs every case once, in turn, so that all cases see the same machine load (the machine is shared);
# wall time and CPU time (user + sys) are both recorded: CPU time is what a busy machine distorts least.
names=() cmds=() setups=()
add_case() { names+=("$1"); setups+=("$2"); cmds+=("$3"); }
declare -A wall cpu
run_rounds() {
    local out; out=$(mktemp)
    for ((r = 0; r < runs; r++)); do
        for ((c = 0; c < ${#names[@]}; c++)); do
            eval "${setups[$c]}"
            # Wall time to the millisecond (GNU time's %e rounds to 10 ms, a tenth of a ratio point here).
            local t0 t1; t0=$(date +%s%N)
            /usr/bin/time -f '%U %S' -o "$out" bash -c "${cmds[$c]}" >/dev/null
            t1=$(date +%s%N)
            read -r u s < "$out"
            wall[${names[$c]}]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}') "
            cpu[${names[$c]}]+="$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') "
        done
    done
    rm -f "$out"
}
report() {
    local du_wall du_cpu
    du_wall=$(printf '%s\n' ${wall[du]} | median); du_cpu=$(printf '%s\n' ${cpu[du]} | median)
    printf '%-28s %9s %7s %9s %7s   %s\n' case "wall (s)" "x du" "cpu (s)" "x du" "wall runs"
    for n in "${names[@]}"; do
        local w c
        w=$(printf '%s\n' ${wall[$n]} | median); c=$(printf '%s\n' ${cpu[$n]} | median)
        printf '%-28s %9.3f %6.2fx %9.3f %6.2fx   %s\n' "$n" "$w" "$(awk -v a="$w" -v b="$du_wall" 'BEGIN {print a / b}')" \
            "$c" "$(awk -v a="$c" -v b="$du_cpu" 'BEGIN {print a / b}')" "${wall[$n]}"
    done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "tree: $(wc -l < "$tree/files.txt") files in $(find "$root" -type d | wc -l) folders (+ repository)"
du -s "$root" >/dev/null; du -s "$root" >/dev/null   # warm the cache
# The local database and the file index's own cache file next to it (x.sqlite -> x.files.sqlite).
dbfiles=${db%.sqlite}.files.sqlite
rm -f "$db" "$db-wal" "$db-shm" "$dbfiles" "$dbfiles-wal" "$dbfiles-shm"
"$cli" -w "$repo" -r "$root" --index "$db" scan --full >/dev/null

cli_args="-w $repo -r $root --index $db"
seed=0
add_case du : "du -s $root"
command -v gdu >/dev/null && add_case gdu : "gdu -n -p -c $root"
add_case "scan --full" : "$cli $cli_args scan --full"
add_case "scan (no change)" : "$cli $cli_args scan"
add_case "scan (1% of files grown)" 'seed=$((seed+1)); $py "$here/grow.py" "$tree/files.txt" 0.01 $seed; sync' "$cli $cli_args scan"
run_rounds
report

# Zero writes on a no-change rescan: what the scan says it wrote, and the database file's size and mtime.
before=$(stat -c '%s %y' "$db" "$dbfiles")
written=$("$cli" -w "$repo" -r "$root" --index "$db" --json scan | $py -c 'import json,sys; d=json.load(sys.stdin)["written"]; print(d["inserted"]+d["updated"]+d["deleted"])')
after=$(stat -c '%s %y' "$db" "$dbfiles")
echo "no-change rescan: $written rows written; database files (main and index) $([ "$before" = "$after" ] && echo unchanged || echo CHANGED)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

big=$bench/t1m
if [ -d "$big/shared" ] || [ "${BENCH_1M:-1}" = 1 ]; then
    [ -d "$big/shared" ] || $py "$here/make_team_tree.py" --out "$big" --files 1000000 --folders 60000 --seed 2
    bigdb=$bench/index-1m.sqlite
    bigfiles=${bigdb%.sqlite}.files.sqlite
    rm -f "$bigdb" "$bigdb-wal" "$bigdb-shm" "$bigfiles" "$bigfiles-wal" "$bigfiles-shm"
    du -s "$big/shared" >/dev/null
    echo
    echo "1,000,000-entry tree: time and peak resident memory (one run each)"
    /usr/bin/time -f 'scan --full: %e s, max RSS %M KiB' "$cli" -w "$big/repo" -r "$big/shared" --index "$bigdb" scan --full >/dev/null
    /usr/bin/time -f 'scan (no change): %e s, max RSS %M KiB' "$cli" -w "$big/repo" -r "$big/shared" --index "$bigdb" scan >/dev/null
    $py "$here/grow.py" "$big/files.txt" 0.01 $((seed + 1000)); sync
    /usr/bin/time -f 'scan (1%% of files grown): %e s, max RSS %M KiB' "$cli" -w "$big/repo" -r "$big/shared" --index "$bigdb" scan >/dev/null
    /usr/bin/time -f 'du -s on the same tree: %e s' du -s "$big/shared" >/dev/null
    echo "usage queries on the 1M-row index (in-process):"
    "$queries" "$bigdb" "$big/repo" 21
fi
