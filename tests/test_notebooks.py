"""The notebooks run top to bottom on the bundled examples, show what they promise, and are
committed without outputs."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
KERNEL = "graphkit-tests"

# What each notebook must show once executed: an interactive network (graphkit's vis-network
# page in an iframe), HTML tables (DataFrames), a PNG chart; and lines it must print.
EXPECTED: dict[str, dict[str, object]] = {
    "01-quickstart": {"tables": 5, "text": ["pages ->", "triples"]},
    "02-partner-networks": {
        "networks": 2,
        "tables": 4,
        "charts": 1,
        "text": ["is the strongest bridge", "communities"],
    },
    "03-sparql-cookbook": {"tables": 10, "text": ["kg.query('partners-by-sector'"]},
    "04-publish": {"tables": 3, "text": ["conforms: True", "give the same answers"]},
}


def _strip_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "strip_notebooks", ROOT / "scripts" / "strip_notebooks.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_four_notebooks() -> None:
    assert [p.stem for p in PATHS] == sorted(EXPECTED)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_committed_notebooks_are_stripped(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{path.name} has no code"
    assert not [c for c in code if c.outputs], f"{path.name} has outputs: run strip_notebooks.py"
    assert all(c.execution_count is None for c in code), f"{path.name} has execution counts"
    assert _strip_module().stripped_text(path) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebooks_open_with_what_and_how_long(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    assert "What it shows" in first.source and "How long" in first.source
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "GRAPHKIT_CORPUS" in tagged[0].source


def test_strip_removes_outputs_and_counts_but_keeps_tags(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("1 + 1", metadata={"tags": ["parameters"], "scrolled": True})
        ]
    )
    nb.cells[0].outputs = [
        nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)
    ]
    nb.cells[0].execution_count = 1
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    strip = _strip_module()
    assert strip.main(["--check", str(path)]) == 1
    assert strip.main([str(path)]) == 0
    assert strip.main(["--check", str(path)]) == 0
    cell = nbformat.read(path, as_version=4).cells[0]
    assert cell.outputs == [] and cell.execution_count is None
    assert dict(cell.metadata) == {"tags": ["parameters"]}


def test_virtuoso_config_listens_on_localhost_only(tmp_path: Path) -> None:
    from graphkit.virtuoso import write_config

    ini = write_config(tmp_path, http_port=18890, sql_port=18891).read_text(encoding="utf-8")
    assert "ServerPort                  = 127.0.0.1:18890" in ini
    assert "ServerPort               = 127.0.0.1:18891" in ini
    assert f"DatabaseFile       = {tmp_path.resolve()}/virtuoso.db" in ini
    assert "/var/lib/virtuoso" not in ini


# -- executing them ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A kernelspec for this very interpreter, found through JUPYTER_PATH."""
    pytest.importorskip("ipykernel", reason="pip install 'graphkit[notebooks]'")
    data = tmp_path_factory.mktemp("jupyter")
    spec = data / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "graphkit tests", "language": "python"}),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(data))
        for name in ("GRAPHKIT_CORPUS", "GRAPHKIT_COUNTRY", "GRAPHKIT_NO_VIRTUOSO"):
            mp.delenv(name, raising=False)  # the examples, with the notebooks' own defaults
        yield KERNEL


def _shown(nb: nbformat.NotebookNode) -> dict[str, object]:
    networks = tables = charts = 0
    text: list[str] = []
    stderr: list[str] = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                (stderr if out.name == "stderr" else text).append(out.text)
            data = out.get("data", {})
            html = data.get("text/html", "")
            networks += "<iframe" in html and "vis-network" in html
            tables += "<table" in html
            charts += "image/png" in data
            text.append(data.get("text/plain", ""))
    return {
        "networks": networks,
        "tables": tables,
        "charts": charts,
        "text": "\n".join(text),
        "stderr": "\n".join(stderr),
    }


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebook_executes_and_shows_its_results(path: Path, kernel: str) -> None:
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    # Raises CellExecutionError (with the failing cell and traceback) on any error.
    NotebookClient(
        nb, timeout=300, kernel_name=kernel, resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    shown = _shown(nb)
    expected = EXPECTED[path.stem]
    for key in ("networks", "tables", "charts"):
        assert shown[key] >= expected.get(key, 0), f"{path.name}: {key} {shown[key]}"
    for line in expected["text"]:  # type: ignore[attr-defined]
        assert line in shown["text"], f"{path.name} does not print {line!r}"
    assert "Warning" not in shown["stderr"], f"{path.name} warns: {shown['stderr'][:300]}"
