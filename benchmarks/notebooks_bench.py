"""Time the notebooks: how long each takes to run top to bottom, with a warm gazetteer.

Usage::

    .venv/bin/python benchmarks/notebooks_bench.py [--repeat N] [--json]

The embedded default gazetteer is opened (and built if needed) first, so the figures are
for a warm cache. Each notebook in ``notebooks/`` is then executed with nbclient in a
kernel of this interpreter, from the ``notebooks/`` folder, as the test suite does. For
each: the wall time from kernel start to the last cell (median of ``--repeat`` runs,
default 1), the time of its slowest cell, and the number of code cells. Temporary files
the notebooks write go to a folder removed afterwards. Target: all three together
< 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import nbclient
import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _report import table  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402

NOTEBOOKS = HERE.parent / "notebooks"
TARGET_TOTAL_S = 30.0


def _cell_seconds(cell: Any) -> float:
    """Seconds a cell took, from the timing nbclient records in its metadata."""
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return 0.0
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def run_once(path: Path) -> tuple[float, float, int]:
    """Execute one notebook; its wall time, slowest cell and code-cell count."""
    nb = nbformat.read(path, as_version=4)
    # No kernel folders: "python3" is ipykernel's kernel for this interpreter.
    km = KernelManager(kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[]))
    client = nbclient.NotebookClient(
        nb,
        km=km,
        timeout=300,
        record_timing=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.perf_counter()
    client.execute()
    wall = time.perf_counter() - start
    code = [c for c in nb.cells if c.cell_type == "code"]
    return wall, max((_cell_seconds(c) for c in code), default=0.0), len(code)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per notebook (median)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    Gazetteer.default().close()  # warm: build the cache file now if it is missing
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="notebooks-bench-") as tmp:
        os.environ["TMPDIR"] = tmp  # the kernels inherit it
        for path in sorted(NOTEBOOKS.glob("*.ipynb")):
            runs = [run_once(path) for _ in range(args.repeat)]
            rows.append(
                {
                    "notebook": path.name,
                    "seconds": round(statistics.median(r[0] for r in runs), 2),
                    "slowest_cell_s": round(max(r[1] for r in runs), 2),
                    "code_cells": runs[0][2],
                }
            )
    total = round(sum(r["seconds"] for r in rows), 2)
    if args.json:
        print(json.dumps({"notebooks": rows, "total_s": total, "target_s": TARGET_TOTAL_S}))
    else:
        body = [[r["notebook"], r["seconds"], r["slowest_cell_s"], r["code_cells"]] for r in rows]
        print(table(["notebook", "seconds", "slowest cell s", "code cells"], body))
        verdict = "met" if total < TARGET_TOTAL_S else "NOT met"
        print(f"  total {total} s (target < {TARGET_TOTAL_S:g} s: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
