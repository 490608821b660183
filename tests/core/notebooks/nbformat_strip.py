# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
"""Reference for the stripper tests: nbformat's own read + the same stripping rules + nbformat's own write.

usage: /usr/bin/python3 nbformat_strip.py POLICY_JSON IN OUT [IN OUT ...]
POLICY_JSON: {"cellMetadataRemoved": [...], "notebookMetadataRemoved": [...], "keepOutputs": bool, "strip": bool,
"upgrade": bool} ("strip": false only reads and writes; "upgrade": true converts to nbformat 4 and numbers the
cells' ids cell-1, cell-2, … where nbformat draws random ones). Exit 0, or 3 with the reason on stderr when nbformat refuses a file.
"""
import json
import sys
import warnings

import nbformat


def remove_dotted(obj, dotted):
    parts = dotted.split(".")
    for part in parts[:-1]:
        obj = obj.get(part)
        if not isinstance(obj, dict):
            return
    obj.pop(parts[-1], None)


def strip(nb, policy):
    for cell in nb.cells:
        keep = policy["keepOutputs"] or cell.get("metadata", {}).get("keep_output") is True
        if cell.get("cell_type") == "code" and not keep:
            cell["outputs"] = []
            cell["execution_count"] = None
        metadata = cell.get("metadata")
        if isinstance(metadata, dict):
            for key in policy["cellMetadataRemoved"]:
                remove_dotted(metadata, key)
    for key in policy["notebookMetadataRemoved"]:
        remove_dotted(nb.metadata, key)


def main():
    policy = json.loads(sys.argv[1])
    paths = sys.argv[2:]
    warnings.simplefilter("ignore")
    for source, target in zip(paths[0::2], paths[1::2]):
        try:
            upgrade = policy.get("upgrade", False)
            nb = nbformat.read(source, as_version=4 if upgrade else nbformat.NO_CONVERT)
            if upgrade:
                for number, cell in enumerate(nb.cells, start=1):
                    cell.id = f"cell-{number}"
        except Exception as error:  # noqa: BLE001 - the test wants the reason, whatever it is
            print(f"{source}: {error}", file=sys.stderr)
            return 3
        if policy.get("strip", True):
            strip(nb, policy)
        nbformat.write(nb, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
