#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""nbdime's notebook diff in the shape of `teamspace-cli notebook diff --json` (issue 16; tests/bench/README.md).

  nbdime_cells.py A.ipynb B.ipynb                      run nbdime's engine here and print the cells
  nbdime_cells.py --from-diff DIFF.json A.ipynb B.ipynb  convert what `python3 -m nbdime diff --out DIFF.json A B`
                                                       wrote (the bench times that process, then converts)
  nbdime_cells.py --pairs OUT/pairs.json --out DIR     every pair of make_diff_pairs.py in one process,
                                                       DIR/<name>.json each (the corpus: no timing)

Needs nbdime's source on PYTHONPATH (or --nbdime DIR; default /tmp/nbdime) and Debian's python3-nbformat,
python3-colorama for the engine. The shape: {"cells": [{"status", "a", "b", "changed"}], "metadata": [keys]}
in B's order, removed cells where they stood in A. nbdime's cell-list diff is a list of ops keyed by the index
in A: "addrange" (cells of B inserted before A[key]), "removerange" (A[key:key+length] removed) and "patch"
(A[key] matched with the next cell of B, its diff a dict diff whose keys name what changed); cells no op names
are matched and unchanged. nbdime never matches cells of different types and has no moves: a moved cell is a
removal plus an insertion. Its words map one to one onto ours ("source", "outputs", "metadata", "attachments",
"execution_count"); "id" (a matched cell whose id changed or went away) is kept as it is and is not one of ours.
"""
import argparse
import json
import os
import sys


def cells_from_diff(diff, len_a, len_b):
    """Converts nbdime's notebook diff (a list of ops) to our shape."""
    cells_ops, metadata_keys = [], []
    for op in diff:
        if op["key"] == "cells":
            if op["op"] != "patch":
                raise ValueError("nbdime replaced the whole cell list (op %s)" % op["op"])
            cells_ops = op["diff"]
        elif op["key"] == "metadata":
            metadata_keys = sorted({e["key"] for e in op.get("diff", [])}) if op["op"] == "patch" else ["*"]
    out = []
    i = j = 0

    def keep_until(key):
        nonlocal i, j
        while i < key:
            out.append({"status": "unchanged", "a": i, "b": j, "changed": []})
            i += 1
            j += 1

    # At one key nbdime may list the insertion first; removals first, as ours (after the cell before them in A).
    rank = {"removerange": 0, "addrange": 1, "patch": 2}
    for op in sorted(cells_ops, key=lambda op: (op["key"], rank.get(op["op"], 3))):
        keep_until(op["key"])
        if op["op"] == "addrange":
            for _ in op["valuelist"]:
                out.append({"status": "added", "a": None, "b": j, "changed": []})
                j += 1
        elif op["op"] == "removerange":
            for _ in range(op["length"]):
                out.append({"status": "removed", "a": i, "b": None, "changed": []})
                i += 1
        elif op["op"] == "patch":
            words = sorted({e["key"] for e in op["diff"]})
            out.append({"status": "modified", "a": i, "b": j, "changed": words})
            i += 1
            j += 1
        else:
            raise ValueError("unexpected op on the cell list: %s" % op["op"])
    keep_until(len_a)
    if i != len_a or j != len_b:
        raise ValueError("nbdime's diff does not cover the notebooks (%d/%d, %d/%d)" % (i, len_a, j, len_b))
    return {"cells": out, "metadata": metadata_keys}


def cell_count(path):
    with open(path, encoding="utf-8") as f:
        return len(json.load(f)["cells"])


def diff_files(a_path, b_path):
    """nbdime's own reading (nbformat.read as version 4) and engine, as its nbdiff command runs them."""
    from nbdime.diffing.notebooks import diff_notebooks
    from nbdime.utils import read_notebook
    a = read_notebook(a_path, on_null="empty")
    b = read_notebook(b_path, on_null="empty")
    return cells_from_diff(diff_notebooks(a, b), len(a["cells"]), len(b["cells"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--from-diff")
    ap.add_argument("--pairs")
    ap.add_argument("--out")
    ap.add_argument("--nbdime", default=os.environ.get("NBDIME_SRC", "/tmp/nbdime"))
    args = ap.parse_args()
    sys.path.insert(0, args.nbdime)
    if args.from_diff:
        with open(args.from_diff, encoding="utf-8") as f:
            diff = json.load(f)
        a, b = args.files
        json.dump(cells_from_diff(diff, cell_count(a), cell_count(b)), sys.stdout)
    elif args.pairs:
        with open(args.pairs, encoding="utf-8") as f:
            pairs = json.load(f)
        for p in pairs:
            if not p["name"].startswith("corpus/"):
                continue
            target = os.path.join(args.out, p["name"] + ".json")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                json.dump(diff_files(os.path.join(p["dir"], "a.ipynb"), os.path.join(p["dir"], "b.ipynb")), f)
    elif len(args.files) == 2:
        json.dump(diff_files(*args.files), sys.stdout)
    else:
        ap.error("give A B, --from-diff DIFF A B, or --pairs PAIRS --out DIR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
