# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Peers and input for bench_notebook_strip.sh (run with /usr/bin/python3).

  make-images OUT MB       write a notebook of base64 PNG-like display_data outputs, about MB megabytes
  make-small OUT           write a small Colab-style notebook (a few cells and outputs)
  json IN OUT              json.load + the default stripping rules + json.dump in nbformat's layout
  nbformat IN OUT          nbformat.read + the same rules + nbformat.write
  time-small CLI IN COPY BYTES   time `CLI notebook strip COPY` on fresh copies of IN (21 runs)
"""
import json
import sys

CELL_KEYS = ["collapsed", "scrolled", "ExecuteTime", "execution", "heading_collapsed", "hidden",
             "outputId", "executionInfo", "colab"]
NOTEBOOK_KEYS = ["signature", "widgets", "colab.provenance"]


def remove_dotted(obj, dotted):
    parts = dotted.split(".")
    for part in parts[:-1]:
        obj = obj.get(part)
        if not isinstance(obj, dict):
            return
    obj.pop(parts[-1], None)


def strip(nb):
    for cell in nb["cells"]:
        metadata = cell.get("metadata", {})
        if cell.get("cell_type") == "code" and metadata.get("keep_output") is not True:
            cell["outputs"] = []
            cell["execution_count"] = None
        for key in CELL_KEYS:
            remove_dotted(metadata, key)
    for key in NOTEBOOK_KEYS:
        remove_dotted(nb["metadata"], key)


def image_notebook(megabytes):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    image_bytes = 500_000
    line = "".join(alphabet[(i * 7) % 64] for i in range(76))
    image = "\n".join([line] * (image_bytes // 77)) + "\n"
    cells = []
    for i in range(max(1, megabytes * 1_000_000 // image_bytes)):
        cells.append({
            "cell_type": "code", "execution_count": i + 1, "id": f"cell{i}",
            "metadata": {"colab": {"height": 300}, "executionInfo": {"elapsed": 12}, "outputId": f"o{i}"},
            "outputs": [{"output_type": "display_data", "metadata": {},
                         "data": {"image/png": image, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}],
            "source": [f"plt.plot(x[{i}])\n", "plt.show()"],
        })
    return {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"accelerator": "GPU", "colab": {"provenance": [], "gpuType": "T4"},
                         "kernelspec": {"display_name": "Python 3", "name": "python3"}}}


def small_notebook():
    nb = image_notebook(1)
    nb["cells"] = nb["cells"][:1]
    nb["cells"][0]["outputs"][0]["data"]["image/png"] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"
    for i in range(10):
        nb["cells"].append({"cell_type": "code", "execution_count": i, "id": f"s{i}", "metadata": {"colab": {}},
                            "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"step {i}\n"] * 5}],
                            "source": [f"x = {i}\n", "print(x)"]})
    return nb


def main():
    mode = sys.argv[1]
    if mode == "make-images":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            json.dump(image_notebook(int(sys.argv[3])), f, indent=2)  # Colab's layout
    elif mode == "make-small":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            json.dump(small_notebook(), f, indent=2)
    elif mode == "json":
        with open(sys.argv[2], encoding="utf-8") as f:
            nb = json.load(f)
        strip(nb)
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            json.dump(nb, f, sort_keys=True, indent=1, ensure_ascii=False, separators=(",", ": "))
            f.write("\n")
    elif mode == "nbformat":
        import nbformat
        nb = nbformat.read(sys.argv[2], as_version=nbformat.NO_CONVERT)
        strip(nb)
        nbformat.write(nb, sys.argv[3])
    elif mode == "time-small":
        import shutil
        import statistics
        import subprocess
        import time
        cli, source, copy, size = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]

        def timed(args, before=None):
            runs = []
            for _ in range(21):
                if before:
                    before()
                start = time.perf_counter()
                subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
                runs.append((time.perf_counter() - start) * 1000)
            return statistics.median(runs), min(runs)

        strip_median, strip_min = timed([cli, "notebook", "strip", copy], lambda: shutil.copyfile(source, copy))
        stdout_median, stdout_min = timed([cli, "notebook", "strip", "--stdout", source])
        version_median, version_min = timed([cli, "--version"])
        true_median, true_min = timed(["/bin/true"])
        print(f"small notebook ({size} bytes) strip in place: median {strip_median:.1f} ms, best {strip_min:.1f} ms"
              f" (target <= 20 ms); strip --stdout (no fsync): median {stdout_median:.1f} ms, best {stdout_min:.1f} ms;"
              f" teamspace-cli --version: median {version_median:.1f} ms, best {version_min:.1f} ms;"
              f" /bin/true: median {true_median:.1f} ms")
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
