#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Notebook diff beside nbdime 4.0.4, measured in the same run, and the agreement of the two (issue 16).
# usage: tests/bench/bench_notebook_diff.sh [--no-id-50] [--runs N] [--keep DIR] [TEAMSPACE_CLI]
#   TEAMSPACE_CLI  default build/release/app/cli/teamspace-cli (this script builds nothing)
#   --no-id-50     also time the 50 MB pair without cell ids (nbdime: minutes; off by default)
#   --runs N       timed runs of ours on each pair (default 5; nbdime: 5 on the 5 MB pairs, 2 on the 50 MB one,
#                  1 without ids)
#   --keep DIR     generate into DIR and keep it (default: a temporary folder, removed at the end)
# Needs /usr/bin/python3 with Debian's python3-nbformat, python3-colorama and python3-git, /usr/bin/time, and
# nbdime's source in NBDIME_SRC (default /tmp/nbdime): see tests/bench/README.md, "Notebook diff".
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
cli=$here/../../build/release/app/cli/teamspace-cli
runs=5
noid50=0
keep=
while [ $# -gt 0 ]; do
    case $1 in
    --no-id-50) noid50=1 ;;
    --runs) runs=$2; shift ;;
    --keep) keep=$2; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; exit 2 ;;
    *) cli=$1 ;;
    esac
    shift
done
NBDIME_SRC=${NBDIME_SRC:-/tmp/nbdime}
export PYTHONPATH="$NBDIME_SRC${PYTHONPATH:+:$PYTHONPATH}"

[ -x "$cli" ] || { echo "error: $cli is not built (cmake --build --preset release --target teamspace-cli)" >&2; exit 2; }
[ -f "$NBDIME_SRC/nbdime/diffing/notebooks.py" ] || {
    echo "error: no nbdime source in $NBDIME_SRC (set NBDIME_SRC; tests/bench/README.md)" >&2; exit 2; }
$py -c 'import nbdime.nbdiffapp' 2>/dev/null || {
    echo "error: $py cannot import nbdime.nbdiffapp from $NBDIME_SRC" \
        "(apt-get install python3-nbformat python3-colorama python3-git)" >&2; exit 2; }
nbdime_version=$($py -c 'import nbdime; print(nbdime.__version__)')
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

if [ -n "$keep" ]; then
    work=$keep
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
echo "teamspace-cli: $cli; nbdime $nbdime_version from $NBDIME_SRC; work: $work"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
$py "$here/make_diff_pairs.py" --out "$work/pairs"
mkdir -p "$work/ours/corpus" "$work/nbdime/corpus" "$work/nbdime-raw"

# time NAME OURS_RUNS NBDIME_RUNS NBDIME_WARMUP GOAL_OPTIONS...
time_pair() {
    name=$1; a_runs=$2; b_runs=$3; b_warmup=$4; shift 4
    d=$work/pairs/$name
    $py "$here/time_pair.py" --name "$name" --runs "$a_runs" --b-runs "$b_runs" --b-warmup "$b_warmup" \
        --a "'$cli' notebook diff '$d/a.ipynb' '$d/b.ipynb' --json" --a-out "$work/ours/$name.json" --a-ok 0,1 \
        --b "$py -m nbdime diff --out '$work/nbdime-raw/$name.json' '$d/a.ipynb' '$d/b.ipynb'" \
        --b-out "$work/nbdime-raw/$name.stdout" --b-label "nbdime diff --out ($nbdime_version)" \
        --inputs "$d/a.ipynb" "$d/b.ipynb" "$@"
    $py "$here/nbdime_cells.py" --from-diff "$work/nbdime-raw/$name.json" "$d/a.ipynb" "$d/b.ipynb" \
        > "$work/nbdime/$name.json"
}

echo
echo "Timing: the whole process each, alternating; ratio = ours / nbdime (below 1: ours is faster)."
time_pair big5 "$runs" 5 1 --goal-ratio 0.02 --goal-rss 1.5
time_pair big5-noid "$runs" 5 1 --goal-ratio 0.02 --goal-rss 1.5
time_pair big50 "$runs" 2 1 --goal-ms 300 --goal-rss 1.5
big="big5,big5-noid,big50"
if [ "$noid50" = 1 ]; then
    time_pair big50-noid "$runs" 1 0 --goal-ms 300 --goal-rss 1.5
    big="$big,big50-noid"
else
    echo "== big50-noid: not timed (nbdime takes minutes on it; --no-id-50 to include it)"
fi

# The corpus: ours one process a pair, nbdime in one process for all (no timing).
for d in "$work"/pairs/corpus/*/; do
    n=$(basename "$d")
    rc=0
    "$cli" notebook diff "$d/a.ipynb" "$d/b.ipynb" --json > "$work/ours/corpus/$n.json" || rc=$?
    [ "$rc" -le 1 ] || echo "ours failed on corpus/$n (exit $rc; 0 = the same, 1 = they differ)"
done
$py "$here/nbdime_cells.py" --pairs "$work/pairs/pairs.json" --out "$work/nbdime"

echo
echo "Agreement (same change set: cells matched, removed and added, and the words changed of each matched cell):"
$py "$here/compare_diffs.py" --pairs "$work/pairs/pairs.json" --ours "$work/ours" --nbdime "$work/nbdime" \
    --only "$big,corpus"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
