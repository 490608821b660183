#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Times two commands as whole processes, in turn (A B A B …, after a warm-up of each), on the same input.
Issue 16's notebook-diff benchmark; tests/bench/README.md.

  time_pair.py --name NAME --a 'CMD' --a-out FILE --b 'CMD' --b-out FILE [--runs 5] [--warmup 1]
               [--inputs A.ipynb B.ipynb] [--goal-ratio 0.02] [--goal-ms 300] [--goal-rss 1.5]

Each counted run is the command itself, started and reaped here: wall time from start to reap
(time.perf_counter around it), CPU time (user + system) from os.wait4's rusage of that process. Peak RSS comes
from the warm-up runs, which run under /usr/bin/time -f %M (not wait4's ru_maxrss of our child: that would count
the Python image the child was forked from before its exec); a command without warm-up runs has all its runs
under /usr/bin/time, timed as they are. /usr/bin/time is not in the counted runs because on the virtual machines
here its own start-up (dynamic loading) costs 5 to 10 ms of wall time, as much as our whole diff of 10 MB. Each
command's stdout goes to its --*-out file (overwritten each run). Prints min / median / max of each figure, the
ratio A/B pair by pair (median and range) and the goals given (checked on medians; a miss is printed, never an
exit status).
--b-runs fewer than --runs: B runs only that often (a slow peer), each A run still alternates with B's while
they last.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd, out_path, ok=(0,), rss=False):
    """One run: timed as the command itself, or (rss=True) under /usr/bin/time for its peak RSS."""
    rss_path = out_path + ".rss"
    argv = ["/usr/bin/time", "-f", "%M", "-o", rss_path] + cmd if rss else cmd
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
        stderr = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode not in ok:
        sys.stderr.write("exit %d: %s\n%s" % (proc.returncode, " ".join(cmd), stderr.decode(errors="replace")))
    rss_kb = None
    if rss:
        with open(rss_path, encoding="ascii") as f:
            rss_kb = int(f.read().split()[-1])
        os.unlink(rss_path)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_kb": rss_kb, "rc": proc.returncode}


def spread(values, fmt):
    return "%s (%s–%s)" % (fmt(statistics.median(values)), fmt(min(values)), fmt(max(values)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--name", required=True)
    ap.add_argument("--a", required=True)
    ap.add_argument("--a-out", required=True)
    ap.add_argument("--b", required=True)
    ap.add_argument("--b-out", required=True)
    ap.add_argument("--a-ok", default="0", help="exit codes of A that are not failures (default 0; diff: 0,1)")
    ap.add_argument("--a-label", default="teamspace-cli notebook diff --json")
    ap.add_argument("--b-label", default="nbdime diff --out (4.0.4)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--b-runs", type=int)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--b-warmup", type=int, help="warm-up runs of B (default: --warmup)")
    ap.add_argument("--inputs", nargs=2)
    ap.add_argument("--goal-ratio", type=float)
    ap.add_argument("--goal-ms", type=float)
    ap.add_argument("--goal-rss", type=float)
    args = ap.parse_args()
    a_cmd, b_cmd = shlex.split(args.a), shlex.split(args.b)
    a_ok = tuple(int(x) for x in args.a_ok.split(","))
    b_runs = args.runs if args.b_runs is None else args.b_runs
    load0 = open("/proc/loadavg").read().split()[:3]
    b_warmup = args.warmup if args.b_warmup is None else args.b_warmup
    rss_a, rss_b = [], []  # peak RSS of the warm-up runs
    for k in range(max(args.warmup, b_warmup)):
        if k < args.warmup:
            rss_a.append(run(a_cmd, args.a_out, a_ok, rss=True)["rss_kb"])
        if k < b_warmup and b_runs:
            rss_b.append(run(b_cmd, args.b_out, rss=True)["rss_kb"])
    ra, rb = [], []
    for k in range(args.runs):
        ra.append(run(a_cmd, args.a_out, a_ok, rss=not rss_a))
        if k < b_runs:
            rb.append(run(b_cmd, args.b_out, rss=not rss_b))
    for rs, warm in ((ra, rss_a), (rb, rss_b)):
        for r in rs:
            if r["rss_kb"] is None:
                r["rss_kb"] = statistics.median(warm)
    load1 = open("/proc/loadavg").read().split()[:3]
    ms = lambda v: "%.1f ms" % (v * 1000) if v < 1 else "%.2f s" % v
    mb = lambda v: "%.1f MB" % (v / 1024)
    print("== %s: %d runs of ours, %d of nbdime, alternating, after %d / %d warm-up; load %s → %s on %d cores" % (
        args.name, len(ra), len(rb), args.warmup, b_warmup, " ".join(load0), " ".join(load1), os.cpu_count()))
    for label, rs, ok in ((args.a_label, ra, a_ok), (args.b_label, rb, (0,))):
        if not rs:
            continue
        bad = [r["rc"] for r in rs if r["rc"] not in ok]
        print("  %-40s wall %s  cpu %s  peak RSS %s%s" % (
            label, spread([r["wall"] for r in rs], ms), spread([r["cpu"] for r in rs], ms),
            spread([r["rss_kb"] for r in rs], mb), "  EXIT CODES %s" % bad if bad else ""))
    print("  (timed runs: the commands themselves; peak RSS: %s)" % (
        "their warm-up runs under /usr/bin/time" if rss_a and (rss_b or not rb) else
        "runs under /usr/bin/time (no warm-up for %s)" % ("ours" if not rss_a else "nbdime")))
    med_a = statistics.median(r["wall"] for r in ra)
    if rb:
        ratios = [x["wall"] / y["wall"] for x, y in zip(ra, rb)]
        print("  ratio ours/nbdime (wall, pair by pair): %s%s" % (
            spread(ratios, lambda v: "%.4f" % v), "" if args.goal_ratio is None else "   goal <= %g: %s" % (
                args.goal_ratio, "met" if statistics.median(ratios) <= args.goal_ratio else "MISSED")))
        cpu_ratios = [x["cpu"] / y["cpu"] for x, y in zip(ra, rb) if y["cpu"] > 0]
        if cpu_ratios:
            print("  ratio ours/nbdime (cpu): %s" % spread(cpu_ratios, lambda v: "%.4f" % v))
    if args.goal_ms is not None:
        print("  ours wall median %.1f ms   goal <= %g ms: %s" % (
            med_a * 1000, args.goal_ms, "met" if med_a * 1000 <= args.goal_ms else "MISSED"))
    if args.inputs:
        total = sum(os.path.getsize(p) for p in args.inputs)
        peak = statistics.median(r["rss_kb"] for r in ra) * 1024
        line = "  inputs %.1f MB together; ours peak %.2f x inputs" % (total / 1e6, peak / total)
        if rb:
            line += ", nbdime peak %.2f x inputs" % (statistics.median(r["rss_kb"] for r in rb) * 1024 / total)
        if args.goal_rss is not None:
            line += "   goal (ours) <= %g x: %s" % (args.goal_rss, "met" if peak / total <= args.goal_rss
                                                     else "MISSED")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
