#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Compares `teamspace-cli notebook diff --json` with nbdime's diff (nbdime_cells.py's shape) pair by pair, and
both with what make_diff_pairs.py changed (truth.json). Issue 16; tests/bench/README.md.

  compare_diffs.py --pairs OUT/pairs.json --ours DIR --nbdime DIR [--only NAME,NAME|corpus]

DIR/<pair name>.json for each side. A pair agrees when both report the same change set: the same cells matched
(a, b), removed and added, for each matched cell the same words in "changed" (any other word is set aside and
named), and the same notebook-metadata keys. The order of the rows is compared separately. Each difference is
explained when its kind is known: a moved cell (one side matches it, the other removes and re-adds it), a
changed cell type (nbdime never matches cells of different types by content), an id that only one side counts
(nbdime: an id added or gone; ours: ids compared only when both cells have one), other words for the same cell,
or another alignment. Prints; never fails (exit 0 unless the input is unusable).
"""
import argparse
import json
import os
import sys

OUR_WORDS = {"source", "outputs", "metadata", "attachments", "cell_type", "execution_count", "id"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def index(diff):
    """(matched {(a, b): set(words)}, removed {a}, added {b}, extra words {(a, b): set})"""
    matched, removed, added, extra = {}, set(), set(), {}
    for c in diff["cells"]:
        if c["status"] == "removed":
            removed.add(c["a"])
        elif c["status"] == "added":
            added.add(c["b"])
        else:
            words = set(c.get("changed") or [])
            matched[(c["a"], c["b"])] = words & OUR_WORDS
            if words - OUR_WORDS:
                extra[(c["a"], c["b"])] = words - OUR_WORDS
    return matched, removed, added, extra


def describe(m):
    a, b = m
    return "a%s→b%s" % (a, b)


def a_of(m):
    return m[0]


def explain(ours, theirs, truth, cell_types, cell_ids=None):
    """The differences between ours and theirs, each with a reason when one is known."""
    om, orem, oadd, _ = index(ours)
    tm, trem, tadd, _ = index(theirs)
    moved = {(c["a"], c["b"]) for c in truth["cells"] if c.get("moved")} if truth else set()
    out = []
    for m in sorted(set(om) | set(tm), key=lambda m: (m[0], m[1])):
        if m in om and m in tm:
            if om[m] != tm[m]:
                reason = ""
                if om[m] ^ tm[m] == {"id"} and cell_ids and (cell_ids[0][a_of(m)] is None) != (
                        cell_ids[1][m[1]] is None):
                    reason = " [id on one side only: %s]" % ("A" if cell_ids[0][a_of(m)] is not None else "B")
                out.append("%s: changed words differ: ours %s, nbdime %s%s" % (
                    describe(m), sorted(om[m]) or "[]", sorted(tm[m]) or "[]", reason))
            continue
        mine = m in om
        a, b = m
        other_a = next((x for x in (tm if mine else om) if x[0] == a), None)
        other_b = next((x for x in (tm if mine else om) if x[1] == b), None)
        if other_a or other_b:
            if mine:  # report each alignment difference once, from our side
                out.append("%s: aligned differently (ours %s, nbdime %s)" % (
                    describe(m), describe(m), ", ".join(describe(x) for x in {other_a, other_b} if x)))
            continue
        who, other = ("ours", "nbdime") if mine else ("nbdime", "ours")
        if m in moved:
            reason = "moved cell"
        elif cell_types and cell_types[0][a] != cell_types[1][b]:
            reason = "cell type %s → %s" % (cell_types[0][a], cell_types[1][b])
        else:
            reason = "matching"
        out.append("%s: %s matches it (%s), %s removes a%d and adds b%d [%s]" % (
            describe(m), who, ",".join(sorted((om if mine else tm)[m])) or "no change", other, a, b, reason))
    for a in sorted(orem ^ trem):
        if not any(x[0] == a for x in list(om) + list(tm)):
            out.append("a%d: removed by %s only" % (a, "ours" if a in orem else "nbdime"))
    for b in sorted(oadd ^ tadd):
        if not any(x[1] == b for x in list(om) + list(tm)):
            out.append("b%d: added by %s only" % (b, "ours" if b in oadd else "nbdime"))
    return out


def same_set(x, y):
    a, b = index(x), index(y)
    return a[0] == b[0] and a[1] == b[1] and a[2] == b[2]


def changed_rows(diff):
    """Rows added, removed or with a word of ours in "changed"."""
    return sum(c["status"] in ("added", "removed") or bool(set(c.get("changed") or []) & OUR_WORDS)
               for c in diff["cells"])


def order(diff):
    return [(c["status"] == "removed", c["a"], c["b"]) for c in diff["cells"]]


def cell_field(pair_dir, field):
    try:
        return tuple([c.get(field) for c in load(os.path.join(pair_dir, s + ".ipynb"))["cells"]] for s in "ab")
    except (OSError, ValueError, KeyError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--ours", required=True)
    ap.add_argument("--nbdime", required=True)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    only = [x for x in args.only.split(",") if x]
    pairs = [p for p in load(args.pairs)
             if not only or p["name"] in only or ("corpus" in only and p["name"].startswith("corpus/"))]
    agree = 0
    counted = 0
    for p in pairs:
        name = p["name"]
        try:
            ours = load(os.path.join(args.ours, name + ".json"))
        except (OSError, ValueError) as e:
            print("%-36s  no result of ours (%s)" % (name, e))
            continue
        try:
            theirs = load(os.path.join(args.nbdime, name + ".json"))
        except (OSError, ValueError) as e:
            print("%-36s  no result of nbdime (%s)" % (name, e))
            continue
        counted += 1
        truth = load(os.path.join(p["dir"], "truth.json"))
        changed_o, changed_t = changed_rows(ours), changed_rows(theirs)
        notes = []
        meta_o, meta_t = sorted(ours.get("metadata") or []), sorted(theirs.get("metadata") or [])
        if same_set(ours, theirs) and meta_o == meta_t:
            agree += 1
            verdict = "AGREE"
            if order(ours) != order(theirs):
                notes.append("same change set, rows in another order")
        else:
            verdict = "DIFFER"
        extra = index(theirs)[3]
        if extra:
            notes.append("nbdime's words outside our shape: " + "; ".join(
                "%s %s" % (describe(m), ",".join(sorted(w))) for m, w in sorted(extra.items())))
        if meta_o != meta_t:
            notes.append("notebook metadata keys: ours %s, nbdime %s" % (meta_o, meta_t))
        truth_o = "=truth" if same_set(ours, truth) else "≠truth"
        truth_t = "=truth" if same_set(theirs, truth) else "≠truth"
        print("%-36s  %-6s  rows changed: ours %d (%s), nbdime %d (%s)%s" % (
            name, verdict, changed_o, truth_o, changed_t, truth_t, "".join("; " + n for n in notes)))
        if verdict == "DIFFER":
            for line in explain(ours, theirs, truth, cell_field(p["dir"], "cell_type"), cell_field(p["dir"], "id")):
                print("    " + line)
    print("agreement: %d of %d pairs have the same change set" % (agree, counted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
