#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Builds a synthetic team workspace for the index benchmark: a shared folder shaped like a real team's
(data/raw, data/processed, results/<member>/<run>/..., checkpoints/<member>/..., models/, misc) and a notebook
repository with teamspace.json and notebooks/<member>/*.ipynb. Files are sparse (ftruncate), so 300,000 files
with terabytes of apparent size take only inodes. Deterministic for a given --seed. Writes files.txt (every
shared-folder file, for grow.py)."""
import argparse
import json
import os
import random

MEMBERS = ["lea", "ana", "ben", "chen", "dara", "eli", "fay", "gus"]
# (area, share of folders, per-member, typical size range in bytes)
AREAS = [
    ("data/raw", 0.15, False, (10_000, 2_000_000_000)),
    ("data/processed", 0.15, False, (1_000, 200_000_000)),
    ("results", 0.40, True, (100, 50_000_000)),
    ("checkpoints", 0.15, True, (1_000_000, 1_000_000_000)),
    ("models", 0.05, False, (1_000_000, 4_000_000_000)),
    ("misc", 0.10, False, (100, 5_000_000)),
]


def log_uniform(rng, low, high):
    import math
    return int(math.exp(rng.uniform(math.log(low), math.log(high))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", type=int, default=300_000)
    ap.add_argument("--folders", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--wide", type=int, default=0,
                    help="also write data/raw/frames with this many files (one wide folder for the GUI bench)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = os.path.join(args.out, "shared")
    repo = os.path.join(args.out, "repo")
    os.makedirs(root, exist_ok=True)
    os.makedirs(repo, exist_ok=True)

    folders = []  # (relative path, size range)
    for area, share, per_member, sizes in AREAS:
        count = max(1, int(args.folders * share))
        tops = [f"{area}/{m}" for m in MEMBERS] if per_member else [area]
        # A tree of fan-out ~12 under each top: run folders, then step folders, then shards.
        made = 0
        level = list(tops)
        for t in tops:
            folders.append((t, sizes))
            made += 1
        while made < count:
            nxt = []
            for parent in level:
                for k in range(12):
                    if made >= count:
                        break
                    p = f"{parent}/{'run' if parent.count('/') < 3 else 'part'}{k:03d}"
                    folders.append((p, sizes))
                    nxt.append(p)
                    made += 1
            level = nxt
    for rel, _ in folders:
        os.makedirs(os.path.join(root, rel), exist_ok=True)

    listing = open(os.path.join(args.out, "files.txt"), "w")
    per_folder = args.files / len(folders)
    written = 0
    for i, (rel, (low, high)) in enumerate(folders):
        target = int(per_folder * (i + 1)) - written
        for f in range(max(0, target)):
            name = f"f{f:05d}.{rng.choice(['npy', 'csv', 'parquet', 'pt', 'json', 'png'])}"
            path = os.path.join(root, rel, name)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o644)
            os.ftruncate(fd, log_uniform(rng, low, high))
            os.close(fd)
            listing.write(path + "\n")
            written += 1
    if args.wide:
        wide = os.path.join(root, "data/raw/frames")
        os.makedirs(wide, exist_ok=True)
        for f in range(args.wide):
            path = os.path.join(wide, f"frame{f:06d}.png")
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o644)
            os.ftruncate(fd, log_uniform(rng, 10_000, 5_000_000))
            os.close(fd)
            listing.write(path + "\n")
            written += 1
    listing.close()

    for m in MEMBERS:
        d = os.path.join(repo, "notebooks", m)
        os.makedirs(d, exist_ok=True)
        for n in range(25):
            with open(os.path.join(d, f"nb{n:02d}.ipynb"), "w") as f:
                json.dump({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, f)
    manifest = {
        "version": 1, "id": "bench-team", "name": "Benchmark team", "template": "colab-team",
        "members": [{"id": m, "name": m.title(), "email": f"{m}@example.org",
                     "role": "lead" if m == "lea" else "member", "quotaBytes": 15_000_000_000_000} for m in MEMBERS],
        "layout": [
            {"path": "data/raw", "role": "raw", "location": "root", "perMember": False},
            {"path": "data/processed", "role": "processed", "location": "root", "perMember": False},
            {"path": "results", "role": "results", "location": "root", "perMember": True},
            {"path": "checkpoints", "role": "checkpoints", "location": "root", "perMember": True},
            {"path": "models", "role": "models", "location": "root", "perMember": False},
            {"path": "notebooks", "role": "notebooks", "location": "repository", "perMember": True},
        ],
        "notebooks": [], "policies": {},
    }
    with open(os.path.join(repo, "teamspace.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"{written} files in {len(folders)} folders under {root}")


if __name__ == "__main__":
    main()
