#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Pairs of notebook versions for the notebook-diff benchmark (issue 16; tests/bench/README.md).

Standard library only, deterministic for a seed. Writes under OUT:
  big5/       a 5 MB notebook of 300 cells (a.ipynb) and a second version (b.ipynb) with 20 changed cells:
              source edits, output changes, re-runs, a metadata change, inserts, deletes and one move
  big50/      the same at 50 MB / 3,000 cells, the changes scaled (200)
  big5-noid/, big50-noid/   the same notebooks without cell ids (nbformat 4.4)
  corpus/NN-name/   30 small pairs where the two tools should agree
Each pair folder holds a.ipynb, b.ipynb and truth.json: what the generator changed, in the shape of
`teamspace-cli notebook diff --json` ({"cells": [{"status", "a", "b", "changed"}]}, B's order, removed cells
where they stood), moved cells as matched ("moved": true). OUT/pairs.json lists the pairs.

usage: make_diff_pairs.py --out DIR [--seed 16] [--only big5,big50,noid,corpus]
"""
import argparse
import base64
import copy
import json
import os
import random
import struct
import zlib

SYLLABLES = ("ka ze ri mo tu pla gre sto vin dax lum qor bex yal fen wik sar nop hul cid jor mab tev oss "
             "ung rha ilk dre por quo sym thi vek ruz").split()
FUNCS = ("np.mean pd.read_csv plt.plot model.fit torch.tensor np.linspace df.groupby sns.histplot "
         "sklearn.metrics.f1_score json.loads np.random.default_rng scipy.stats.norm").split()


def word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def code_line(rng):
    kind = rng.random()
    if kind < 0.5:
        return "%s_%d = %s(%s, %s=%.4f)" % (word(rng), rng.randint(0, 999), rng.choice(FUNCS), word(rng),
                                           word(rng), rng.random() * 100)
    if kind < 0.7:
        return "for %s in range(%d):" % (word(rng), rng.randint(2, 5000))
    if kind < 0.85:
        return "    %s.append(%s[%d] * %s)" % (word(rng), word(rng), rng.randint(0, 99), word(rng))
    return "print(f\"%s {%s:.3f} %s\")" % (word(rng), word(rng), word(rng))


def prose_line(rng):
    return " ".join(word(rng) for _ in range(rng.randint(6, 14))) + "."


def lines_to_source(lines):
    """nbformat's on-disk layout: a list of lines, each but the last ending in a newline."""
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


def png_base64(rng, nbytes):
    """A valid PNG (RGB, random pixels, stored uncompressed) of about nbytes, base64 with a final newline."""
    side = max(4, int((max(nbytes, 64) / 3) ** 0.5))
    raw = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) +
           chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode("ascii") + "\n"


def cell_id(rng):
    return "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                           0x8000 | rng.getrandbits(14), rng.getrandbits(48))


def stream_output(rng, nlines=None):
    n = nlines or rng.randint(1, 8)
    return {"name": "stdout", "output_type": "stream",
            "text": lines_to_source([prose_line(rng) for _ in range(n)]) + ["\n"]}


def image_output(rng, image_bytes):
    return {"data": {"image/png": png_base64(rng, image_bytes),
                     "text/plain": ["<Figure size 640x480 with %d Axes>" % rng.randint(1, 4)]},
            "metadata": {"needs_background": "light"}, "output_type": "display_data"}


def result_output(rng, count):
    return {"data": {"text/plain": ["%s(%s=%d, %s=%.5f)" % (word(rng), word(rng), rng.randint(0, 99999),
                                                             word(rng), rng.random())]},
            "execution_count": count, "metadata": {}, "output_type": "execute_result"}


def error_output(rng):
    return {"ename": "ValueError", "evalue": "%s must be positive, got -%d" % (word(rng), rng.randint(1, 99)),
            "output_type": "error",
            "traceback": ["---------------------------------------------------------------------------",
                          "ValueError                                Traceback (most recent call last)",
                          "Cell In[%d], line %d" % (rng.randint(1, 300), rng.randint(1, 20)),
                          "ValueError: %s" % prose_line(rng)]}


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.count = 0

    def code(self, image_bytes=0, with_outputs=True):
        rng = self.rng
        self.count += 1
        cell = {"cell_type": "code", "execution_count": self.count, "id": cell_id(rng), "metadata": {},
                "outputs": [], "source": lines_to_source([code_line(rng) for _ in range(rng.randint(3, 14))])}
        if rng.random() < 0.15:
            cell["metadata"] = {"tags": [word(rng)]}
        if with_outputs:
            r = rng.random()
            if r < 0.6:
                cell["outputs"].append(stream_output(rng))
            if image_bytes:
                cell["outputs"].append(image_output(rng, image_bytes))
            elif r > 0.97:
                cell["outputs"].append(error_output(rng))
            elif r > 0.45:
                cell["outputs"].append(result_output(rng, self.count))
        return cell

    def markdown(self):
        rng = self.rng
        lines = ["## " + " ".join(word(rng) for _ in range(3)), ""] + [prose_line(rng)
                                                                       for _ in range(rng.randint(2, 6))]
        return {"cell_type": "markdown", "id": cell_id(rng), "metadata": {}, "source": lines_to_source(lines)}

    def raw(self):
        return {"cell_type": "raw", "id": cell_id(self.rng), "metadata": {},
                "source": lines_to_source([prose_line(self.rng) for _ in range(3)])}


def notebook(cells):
    return {"cells": cells, "metadata": {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2", "mimetype": "text/x-python",
                          "file_extension": ".py", "codemirror_mode": {"name": "ipython", "version": 3},
                          "nbconvert_exporter": "python", "pygments_lexer": "ipython3"}},
        "nbformat": 4, "nbformat_minor": 5}


def dumps(nb):
    """nbformat.write's layout: indent 1, sorted keys, non-ASCII kept, a final newline."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def without_ids(nb):
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        cell.pop("id", None)
    nb["nbformat_minor"] = 4
    return nb


def edit_source(rng, cell):
    """Changes one line of a cell's source (a token), or appends one: the cell stays recognisable."""
    lines = "".join(cell["source"]).split("\n")
    k = rng.randrange(len(lines))
    if len(lines[k]) > 12 and rng.random() < 0.7:
        lines[k] = lines[k][: len(lines[k]) // 2] + "_%s" % word(rng) + lines[k][len(lines[k]) // 2:]
    else:
        lines.insert(k + 1, code_line(rng) if cell["cell_type"] == "code" else prose_line(rng))
    cell["source"] = lines_to_source(lines)


def change_outputs(rng, cell, image_bytes):
    """New output data: a regenerated image, else different stream text, else a stream added."""
    for out in cell["outputs"]:
        if "data" in out and "image/png" in out["data"]:
            out["data"]["image/png"] = png_base64(rng, image_bytes)
            return
    for out in cell["outputs"]:
        if out["output_type"] == "stream":
            text = "".join(out["text"]).split("\n")
            text[0] = prose_line(rng)
            out["text"] = lines_to_source(text)
            return
    cell["outputs"].insert(0, stream_output(rng, 2))


def make_big(seed, ncells, target_mb):
    """A notebook of ncells (2/3 code, some with PNG figures sized so the file is about target_mb) and a
    second version with ncells/15 changed cells. Returns (a, b, truth)."""
    gen = Gen(seed)
    rng = gen.rng
    plan = []
    for i in range(ncells):
        r = rng.random()
        plan.append("md" if r < 0.3 else "raw" if r < 0.31 else "img" if r < 0.46 else "code")
    text_only = Gen(seed + 1)
    cells = [text_only.markdown() if p == "md" else text_only.raw() if p == "raw" else text_only.code(1)
             for p in plan]
    text_bytes = len(dumps(notebook(cells)).encode())
    nimg = plan.count("img")
    image_bytes = max(1000, int((target_mb * 1e6 - text_bytes) / nimg * 3 / 4))
    cells = [gen.markdown() if p == "md" else gen.raw() if p == "raw" else
             gen.code(image_bytes if p == "img" else 0) for p in plan]
    a = notebook(cells)

    # The changes, on cells at least 3 apart (so no two change regions touch), by kind per 20 changes.
    scale = ncells // 300
    kinds = (["edit"] * 6 + ["outputs"] * 4 + ["rerun"] * 2 + ["metadata"] * 1 + ["insert"] * 3 +
             ["delete"] * 3 + ["move"] * 1) * scale
    candidates = list(range(2, ncells - 2, 4))
    rng.shuffle(candidates)
    chosen = sorted(candidates[: len(kinds)])
    rng.shuffle(kinds)
    change = {}
    for idx, kind in zip(chosen, kinds):
        if kind in ("outputs", "rerun") and cells[idx]["cell_type"] != "code":
            kind = "edit"
        change[idx] = kind
    # Move targets: cells far away, not next to another change.
    changed_near = set()
    for idx in change:
        changed_near.update(range(idx - 1, idx + 2))
    rows = []  # (a index or None, cell, changed words, moved)
    moved = []
    for i, cell in enumerate(a["cells"]):
        kind = change.get(i)
        c = copy.deepcopy(cell)
        words = []
        if kind == "edit":
            edit_source(rng, c)
            words = ["source"]
        elif kind == "outputs":
            change_outputs(rng, c, image_bytes)
            words = ["outputs"]
        elif kind == "rerun":
            edit_source(rng, c)
            change_outputs(rng, c, image_bytes)
            gen.count += 1
            c["execution_count"] = ncells + gen.count
            for out in c["outputs"]:
                if "execution_count" in out:
                    out["execution_count"] = c["execution_count"]
            words = ["source", "outputs", "execution_count"]
        elif kind == "metadata":
            c["metadata"] = dict(c["metadata"], tags=c["metadata"].get("tags", []) + ["checked"])
            words = ["metadata"]
        elif kind == "delete":
            rows.append((i, None, [], False))
            continue
        elif kind == "move":
            moved.append((i, c))
            rows.append((i, "moved-away", [], True))
            continue
        rows.append((i, c, words, False))
        if kind == "insert":
            new = gen.code(image_bytes if rng.random() < 0.3 else 0) if rng.random() < 0.7 else gen.markdown()
            rows.append((None, new, [], False))
    for i, c in moved:  # put each moved cell back 20 to 40 cells further on, where nothing else changed
        pos = next(k for k, row in enumerate(rows) if row[0] == i)
        target = pos + rng.randint(20, 40)
        while target < len(rows) and (rows[target][0] is None or rows[target][0] in changed_near):
            target += 1
        if target >= len(rows):
            target = pos - 20
        rows.insert(target, (i, c, [], True))
    b_cells, truth = [], []
    for a_idx, c, words, is_move in rows:
        if c == "moved-away":
            continue
        if c is None:
            truth.append({"status": "removed", "a": a_idx, "b": None, "changed": []})
            continue
        b_idx = len(b_cells)
        b_cells.append(c)
        status = "added" if a_idx is None else "modified" if words else "unchanged"
        entry = {"status": status, "a": a_idx, "b": b_idx, "changed": words}
        if is_move:
            entry["moved"] = True
        truth.append(entry)
    b = notebook(b_cells)
    return a, b, {"cells": truth}


# --- The corpus of small pairs -------------------------------------------------------------------------------

def small_base(seed, with_ids=True):
    """Nine cells: markdown, code, code with a small figure, markdown, code, raw, code, markdown, code."""
    gen = Gen(seed)
    cells = [gen.markdown(), gen.code(), gen.code(3000), gen.markdown(), gen.code(), gen.raw(), gen.code(),
             gen.markdown(), gen.code()]
    nb = notebook(cells)
    return (nb if with_ids else without_ids(nb)), gen


def derive(a, spec):
    """B from A by a spec: ("keep", i), ("mod", i, words, fn), ("move", i), ("new", cell); A's cells not named
    are removed. Returns (b, truth) with removed cells placed after the row of the A cell before them."""
    rows, named = [], set()
    for item in spec:
        if item[0] == "new":
            rows.append({"status": "added", "a": None, "cell": item[1], "changed": []})
            continue
        i = item[1]
        named.add(i)
        c = copy.deepcopy(a["cells"][i])
        words = []
        if item[0] == "mod":
            words = item[2]
            item[3](c)
        row = {"status": "modified" if words else "unchanged", "a": i, "cell": c, "changed": words}
        if item[0] == "move":
            row["moved"] = True
        rows.append(row)
    for r in range(len(a["cells"])):
        if r in named:
            continue
        pos = 0
        for k, row in enumerate(rows):
            if row["a"] is not None and row["a"] < r and not row.get("moved"):
                pos = k + 1
        rows.insert(pos, {"status": "removed", "a": r, "cell": None, "changed": []})
    b = copy.deepcopy(a)
    b["cells"], truth = [], []
    for row in rows:
        entry = {"status": row["status"], "a": row["a"], "b": None, "changed": row["changed"]}
        if row["cell"] is not None:
            entry["b"] = len(b["cells"])
            b["cells"].append(row["cell"])
        if row.get("moved"):
            entry["moved"] = True
        truth.append(entry)
    return b, {"cells": truth}


def keep_all(n, but=()):
    return [("keep", i) for i in range(n) if i not in but]


def corpus(seed):
    """30 small pairs: (name, a, b, truth)."""
    out = []

    def add(name, a, spec, b_post=None):
        b, truth = derive(a, spec)
        if b_post:
            b_post(b)
        out.append((name, a, b, truth))

    def base(k, ids=True):
        return small_base(seed * 1000 + k, ids)

    def mod(i, words, fn):
        return ("mod", i, words, fn)

    def spec_mod(n, i, words, fn):
        return [mod(i, words, fn) if k == i else ("keep", k) for k in range(n)]

    def set_src(text):
        return lambda c: c.__setitem__("source", lines_to_source(text.split("\n")))

    a, g = base(1)
    add("identical", a, keep_all(9))
    a, g = base(2, False)
    add("identical-noid", a, keep_all(9))
    a, g = base(3)
    out.append(("identical-other-layout", a, a, {"cells": [{"status": "unchanged", "a": i, "b": i, "changed": []}
                                                           for i in range(9)]}))  # written differently below
    a, g = base(4)
    add("one-line-code", a, spec_mod(9, 4, ["source"], lambda c: edit_source(g.rng, c)))
    a, g = base(5, False)
    add("one-line-code-noid", a, spec_mod(9, 6, ["source"], lambda c: edit_source(g.rng, c)))
    a, g = base(6)
    add("one-line-markdown", a, spec_mod(9, 3, ["source"], lambda c: edit_source(g.rng, c)))
    a, g = base(7, False)
    add("line-appended-noid", a, spec_mod(9, 8, ["source"], lambda c: c.__setitem__(
        "source", c["source"][:-1] + [c["source"][-1] + "\n", "print('done')"])))
    a, g = base(8)
    add("outputs-stream-text", a, spec_mod(9, 1, ["outputs"], lambda c: c.__setitem__(
        "outputs", [stream_output(g.rng, 3)])))
    a, g = base(9, False)
    add("outputs-image-replaced-noid", a, spec_mod(9, 2, ["outputs"], lambda c: change_outputs(g.rng, c, 3000)))
    a, g = base(10)
    add("output-added", a, spec_mod(9, 4, ["outputs"], lambda c: c["outputs"].append(stream_output(g.rng, 2))))

    def clear(c):
        c["outputs"], c["execution_count"] = [], None
    a, g = base(11)
    code = [i for i, c in enumerate(a["cells"]) if c["cell_type"] == "code"]
    add("outputs-cleared", a, [mod(i, ["outputs", "execution_count"] if a["cells"][i]["outputs"] else
                                   ["execution_count"], clear) if i in code else ("keep", i) for i in range(9)])
    a, g = base(12)
    add("execution-count-only", a, spec_mod(9, 6, ["execution_count"],
                                            lambda c: c.__setitem__("execution_count", 99)))
    a, g = base(13)
    add("cell-metadata-only", a, spec_mod(9, 4, ["metadata"], lambda c: c["metadata"].__setitem__(
        "tags", ["slow"])))
    a, g = base(14, False)
    add("cell-metadata-only-noid", a, spec_mod(9, 3, ["metadata"], lambda c: c["metadata"].__setitem__(
        "jupyter", {"source_hidden": True})))
    a, g = base(15)
    add("notebook-metadata-only", a, keep_all(9), lambda b: b["metadata"]["kernelspec"].__setitem__(
        "display_name", "Python 3.12"))
    a, g = base(16)
    add("insert-middle", a, keep_all(5) + [("new", g.code())] + [("keep", i) for i in range(5, 9)])
    a, g = base(17, False)
    add("insert-first-noid", a, [("new", without_ids(notebook([g.markdown()]))["cells"][0])] + keep_all(9))
    a, g = base(18, False)
    add("insert-last-noid", a, keep_all(9) + [("new", without_ids(notebook([g.code()]))["cells"][0])])
    a, g = base(19)
    add("delete-middle", a, keep_all(9, but=(4,)))
    a, g = base(20, False)
    add("delete-first-noid", a, keep_all(9, but=(0,)))
    a, g = base(21)
    add("delete-run-of-3", a, keep_all(9, but=(3, 4, 5)))
    a, g = base(22)
    add("move-down", a, [("keep", 0), ("keep", 2), ("keep", 3), ("keep", 4), ("keep", 5), ("keep", 6),
                         ("move", 1), ("keep", 7), ("keep", 8)])
    a, g = base(23, False)
    add("move-up-noid", a, [("keep", 0), ("move", 6), ("keep", 1), ("keep", 2), ("keep", 3), ("keep", 4),
                            ("keep", 5), ("keep", 7), ("keep", 8)])
    a, g = base(24)

    def drop_ids(b):
        for c in b["cells"]:
            c.pop("id", None)
        b["nbformat_minor"] = 4
    add("ids-present-then-absent", a, spec_mod(9, 4, ["source"], lambda c: edit_source(g.rng, c)), drop_ids)

    def to_markdown(c):
        c["cell_type"] = "markdown"
        del c["outputs"], c["execution_count"]
    a, g = base(25)
    c6 = a["cells"][6]
    add("type-code-to-markdown", a, spec_mod(9, 6, ["cell_type"] + ["outputs"] * bool(c6["outputs"]) + [
        "execution_count"] * (c6["execution_count"] is not None), to_markdown))
    a, g = base(26, False)
    add("type-markdown-to-raw-noid", a, spec_mod(9, 7, ["cell_type"], lambda c: c.__setitem__(
        "cell_type", "raw")))

    def attach(c, rng=None):
        c["source"] = c["source"][:-1] + [c["source"][-1] + "\n", "![plot.png](attachment:plot.png)"]
        c["attachments"] = {"plot.png": {"image/png": png_base64(rng, 2000)}}
    a, g = base(27)
    add("attachment-added", a, spec_mod(9, 3, ["source", "attachments"], lambda c: attach(c, g.rng)))
    a, g = base(28, False)
    attach(a["cells"][7], g.rng)
    add("attachment-changed-noid", a, spec_mod(9, 7, ["attachments"], lambda c: c["attachments"][
        "plot.png"].__setitem__("image/png", png_base64(g.rng, 2000))))
    a, g = base(29)
    add("raw-cell-edit", a, spec_mod(9, 5, ["source"], lambda c: edit_source(g.rng, c)))
    a, g = base(30)
    add("mixed", a, [("keep", 0), mod(1, ["source"], lambda c: edit_source(g.rng, c)), ("keep", 2),
                     ("new", g.markdown()), ("keep", 3), ("keep", 5),
                     mod(6, ["outputs"], lambda c: c.__setitem__("outputs", [stream_output(g.rng, 4)])),
                     ("keep", 7), ("keep", 8)])
    return out


def other_layout(nb):
    """The same notebook written otherwise: sources as one string, indent 2, keys unsorted (same content)."""
    nb = copy.deepcopy(nb)
    for c in nb["cells"]:
        c["source"] = "".join(c["source"])
    return json.dumps(nb, indent=2) + "\n"


def write_pair(out, name, a, b, truth, b_text=None):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "a.ipynb"), "w", encoding="utf-8") as f:
        f.write(dumps(a))
    with open(os.path.join(d, "b.ipynb"), "w", encoding="utf-8") as f:
        f.write(b_text if b_text is not None else dumps(b))
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
    return {"name": name, "dir": d, "a_bytes": os.path.getsize(os.path.join(d, "a.ipynb")),
            "b_bytes": os.path.getsize(os.path.join(d, "b.ipynb")), "cells_a": len(a["cells"]),
            "cells_b": len(b["cells"]), "changed": sum(e["status"] != "unchanged" or bool(e.get("moved"))
                                                       for e in truth["cells"])}


def noid_truth(truth):
    return truth  # the same cells change; ids are not part of the shape


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--only", default="big5,big50,noid,corpus")
    args = ap.parse_args()
    only = set(args.only.split(","))
    os.makedirs(args.out, exist_ok=True)
    pairs = []
    for name, ncells, mb in (("big5", 300, 5), ("big50", 3000, 50)):
        if name not in only:
            continue
        a, b, truth = make_big(args.seed, ncells, mb)
        pairs.append(write_pair(args.out, name, a, b, truth))
        if "noid" in only:
            pairs.append(write_pair(args.out, name + "-noid", without_ids(a), without_ids(b), noid_truth(truth)))
    if "corpus" in only:
        for k, (name, a, b, truth) in enumerate(corpus(args.seed), 1):
            text = other_layout(b) if name == "identical-other-layout" else None
            pairs.append(write_pair(args.out, "corpus/%02d-%s" % (k, name), a, b, truth, text))
    with open(os.path.join(args.out, "pairs.json"), "w", encoding="utf-8") as f:
        json.dump(pairs, f, indent=1)
    for p in pairs:
        print("%-40s %10d -> %10d bytes, %5d -> %5d cells, %4d changed" % (
            p["name"], p["a_bytes"], p["b_bytes"], p["cells_a"], p["cells_b"], p["changed"]))


if __name__ == "__main__":
    main()
