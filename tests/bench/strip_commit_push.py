#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""The peer of bench_sync: strip notebooks the way nbstripout does (python), then git add/commit/push.

usage: strip_commit_push.py nbformat|json REPO
Strips every notebooks/**/*.ipynb in REPO with the same rules as Teamspace's default strip policy
(outputs and execution counts cleared, volatile cell and notebook metadata removed), writes them back,
then runs `git add -A`, `git commit`, `git push origin main`.
"""
import json
import pathlib
import subprocess
import sys

CELL_KEYS = ("collapsed", "scrolled", "ExecuteTime", "execution", "heading_collapsed", "hidden",
             "outputId", "executionInfo", "colab")


def strip(nb):
    for cell in nb["cells"]:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        for key in CELL_KEYS:
            cell.get("metadata", {}).pop(key, None)
    meta = nb.get("metadata", {})
    meta.pop("signature", None)
    meta.pop("widgets", None)
    meta.get("colab", {}).pop("provenance", None)


def main():
    mode, repo = sys.argv[1], pathlib.Path(sys.argv[2])
    paths = sorted(repo.glob("notebooks/**/*.ipynb"))
    if mode == "nbformat":
        import nbformat
        for path in paths:
            nb = nbformat.read(str(path), as_version=nbformat.NO_CONVERT)
            strip(nb)
            nbformat.write(nb, str(path))
    else:
        for path in paths:
            with open(path, encoding="utf-8") as f:
                nb = json.load(f)
            strip(nb)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(nb, f, indent=1, sort_keys=True, ensure_ascii=False)
                f.write("\n")
    git = ["git", "-C", str(repo)]
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "bench"],
                   check=True)
    subprocess.run(git + ["push", "-q", "origin", "main"], check=True)


if __name__ == "__main__":
    main()
