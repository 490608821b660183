#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""nbdime's cell rows for every pair in a folder, in tst_notebookdiff's notation (tst_notebookdiffnbdime).

  PYTHONPATH=NBDIME_SRC /usr/bin/python3 nbdime_rows.py DIR

For each DIR/NAME.a.ipynb with its DIR/NAME.b.ipynb prints "NAME<TAB>ROWS": "=a:b" unchanged, "~a:b(parts)"
modified (the keys nbdime's patch of the cell names), "+:b" added, "-a:" removed, in B's order with removed cells
where they stood in A. nbdime's cell-list diff is a list of ops keyed by A's index: "addrange" (B's cells
inserted before A[key]), "removerange" (A[key:key+length]) and "patch" (A[key] matched, changed).
"""
import glob
import os
import sys

import nbformat
from nbdime.diffing.notebooks import diff_notebooks

PARTS = ["source", "outputs", "metadata", "attachments", "cell_type", "execution_count", "id"]


def rows(a, b):
    ops = []
    for op in diff_notebooks(a, b):
        if op.key == "cells":
            ops = op.diff
    order = {"removerange": 0, "addrange": 1, "patch": 2}
    out, i, j = [], 0, 0
    for op in sorted(ops, key=lambda o: (o.key, order[o.op])):
        while i < op.key:
            out.append("=%d:%d" % (i, j))
            i, j = i + 1, j + 1
        if op.op == "removerange":
            for _ in range(op.length):
                out.append("-%d:" % i)
                i += 1
        elif op.op == "addrange":
            for _ in op.valuelist:
                out.append("+:%d" % j)
                j += 1
        else:
            keys = sorted({e.key for e in op.diff}, key=lambda k: PARTS.index(k) if k in PARTS else len(PARTS))
            out.append("~%d:%d(%s)" % (i, j, ",".join(keys)))
            i, j = i + 1, j + 1
    while i < len(a.cells):
        out.append("=%d:%d" % (i, j))
        i, j = i + 1, j + 1
    return " ".join(out)


def main():
    folder = sys.argv[1]
    for first in sorted(glob.glob(os.path.join(folder, "*.a.ipynb"))):
        stem = first[: -len(".a.ipynb")]
        a = nbformat.read(first, as_version=4)
        b = nbformat.read(stem + ".b.ipynb", as_version=4)
        print("%s\t%s" % (os.path.basename(stem), rows(a, b)))


if __name__ == "__main__":
    main()
