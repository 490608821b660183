#!/bin/bash
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

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# time_runs NAME SETUP CMD...: runs SETUP (untimed) then CMD, $runs times; prints and records the median seconds.
declare -A med
time_runs() {
    local name=$1 setup=$2; shift 2
    local samples=()
    for ((i = 0; i < runs; i++)); do
        eval "$setup"
        local t0; t0=$(now)
        "$@" >/dev/null
        samples+=("$(echo "$(now) - $t0" | bc -l)")
    done
    med[$name]=$(printf '%s\n' "${samples[@]}" | median)
    printf '%-34s median %8.3f s   (runs: %s)\n' "$name" "${med[$name]}" "$(printf '%.3f ' "${samples[@]}")"
}
ratio() { printf '%-34s %6.2fx du -s\n' "$1" "$(echo "${med[$1]} / ${med[du]}" | bc -l)"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "tree: $(wc -l < "$tree/files.txt") files in $(find "$root" -type d | wc -l) folders (+ repository)"
du -s "$root" >/dev/null; du -s "$root" >/dev/null   # warm the cache
rm -f "$db" "$db-wal" "$db-shm"
"$cli" -w "$repo" -r "$root" --index "$db" scan --full >/dev/null

time_runs du : du -s "$root"
command -v gdu >/dev/null && time_runs gdu : gdu -n -p -c "$root"
time_runs "scan --full" : "$cli" -w "$repo" -r "$root" --index "$db" scan --full
time_runs "scan (no change)" : "$cli" -w "$repo" -r "$root" --index "$db" scan
seed=0
time_runs "scan (1% of files grown)" 'seed=$((seed+1)); $py "$here/grow.py" "$tree/files.txt" 0.01 $seed; sync' \
    "$cli" -w "$repo" -r "$root" --index "$db" scan

# Zero writes on a no-change rescan: what the scan says it wrote, and the database file's size and mtime.
before=$(stat -c '%s %Y.%y' "$db")
written=$("$cli" -w "$repo" -r "$root" --index "$db" --json scan | $py -c 'import json,sys; d=json.load(sys.stdin)["written"]; print(d["inserted"]+d["updated"]+d["deleted"])')
after=$(stat -c '%s %Y.%y' "$db")
echo "no-change rescan: $written rows written; database file $([ "$before" = "$after" ] && echo unchanged || echo CHANGED)"

echo
ratio du
[ -n "${med[gdu]:-}" ] && ratio gdu
ratio "scan --full"
ratio "scan (no change)"
ratio "scan (1% of files grown)"

big=$bench/t1m
if [ -d "$big/shared" ] || [ "${BENCH_1M:-1}" = 1 ]; then
    [ -d "$big/shared" ] || $py "$here/make_team_tree.py" --out "$big" --files 1000000 --folders 60000 --seed 2
    bigdb=$bench/index-1m.sqlite
    rm -f "$bigdb" "$bigdb-wal" "$bigdb-shm"
    du -s "$big/shared" >/dev/null
    echo
    echo "1,000,000-entry tree: full scan, peak resident memory"
    /usr/bin/time -f 'scan --full: %e s, max RSS %M KiB' "$cli" -w "$big/repo" -r "$big/shared" --index "$bigdb" scan --full >/dev/null
    t0=$(now); du -s "$big/shared" >/dev/null; echo "du -s on the same tree: $(echo "$(now) - $t0" | bc -l | cut -c1-6) s"
    echo "usage queries on the 1M-row index (in-process):"
    "$queries" "$bigdb" "$big/repo" 21
fi
