#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Grows a fraction of the files listed in files.txt in place (sparse: ftruncate up by 4 KiB), the way outputs
grow between two scans without their folders' mtimes changing."""
import os
import random
import sys

listing, fraction, seed = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
files = open(listing).read().split("\n")[:-1]
rng = random.Random(seed)
for path in rng.sample(files, int(len(files) * fraction)):
    fd = os.open(path, os.O_WRONLY)
    os.ftruncate(fd, os.fstat(fd).st_size + 4096)
    os.close(fd)
