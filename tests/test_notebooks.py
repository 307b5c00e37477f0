"""The notebooks in ``notebooks/``: committed without outputs, free of logic, and runnable.

Each notebook is executed top to bottom with nbclient in a kernel of this interpreter
(``sys.executable``), once from the ``notebooks/`` folder (as Jupyter starts it) and once
from the repository root, and any error in any cell fails the test. The notebooks read
the embedded default gazetteer; the ``default_gazetteer`` fixture builds it first, so a
cell never waits for a build.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import nbclient
import nbformat
import pytest
from IPython.core.inputtransformer2 import TransformerManager
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

from gazetteer import Gazetteer

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT_S = 120
"""Per cell; a warm run of all three notebooks takes a few seconds per notebook."""


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _kernel_manager() -> KernelManager:
    """A kernel manager whose ``python3`` is ipykernel's kernel on ``sys.executable``.

    With no kernel folders to search, jupyter_client falls back to the kernel ipykernel
    describes for the running interpreter, so a ``python3`` kernelspec installed for
    another Python (user or system wide) cannot be picked up instead.
    """
    km = KernelManager(kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[]))
    assert km.kernel_spec is not None and km.kernel_spec.argv[0] == sys.executable
    return km


def test_the_three_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_quickstart.ipynb",
        "02_geocode_a_table.ipynb",
        "03_gazetteer.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_committed_notebook_has_no_outputs(path: Path) -> None:
    """Strip with: jupyter nbconvert --clear-output --ClearMetadataPreprocessor.enabled=True
    --inplace notebooks/*.ipynb"""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for number, cell in enumerate(nb.cells, 1):
        assert "execution" not in cell.metadata, f"{path.name}: cell {number} has run timings"
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [], f"{path.name}: cell {number} has outputs"
        assert cell.execution_count is None, f"{path.name}: cell {number} has a count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_defines_no_functions_or_classes(path: Path) -> None:
    code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    for number, cell in enumerate(code, 1):
        # IPython syntax (%magics, !shell) becomes plain Python first.
        python = TransformerManager().transform_cell(cell.source)
        tree = ast.parse(python, filename=f"{path.name} code cell {number}")
        defined = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
        ]
        assert not defined, (
            f"{path.name} code cell {number} defines logic at line {defined[0].lineno};"
            " put it in the packages"
        )


FOLDERS = [
    pytest.param(REPO / "notebooks", id="from-notebooks"),  # where Jupyter starts a notebook
    pytest.param(REPO, id="from-repo-root"),  # nbconvert, papermill or a script from the root
]


@pytest.mark.parametrize("cwd", FOLDERS)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_runs_without_error_and_shows_its_maps_inline(
    path: Path,
    cwd: Path,
    default_gazetteer: Gazetteer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Temporary files the notebook makes go to this test's folder, not the system one.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        km=_kernel_manager(),
        timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    ran = [c for c in nb.cells if c.cell_type == "code"]
    assert ran and all(c.execution_count is not None for c in ran)
    for number, cell in enumerate(ran, 1):
        if "render_map(" in cell.source:
            html = [o["data"].get("text/html", "") for o in cell.outputs if "data" in o]
            assert any("<iframe" in h for h in html), (
                f"{path.name} code cell {number} makes a map but shows none inline"
            )
