"""The build job: graph output, incremental store, rejections, reproducibility."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from graphkit.build import build
from graphkit.cli import main

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")

PAGE = """# Water for every village

[[focal_point:someone@example.org]]

[[year:2022]]

[[type:learningplan]]

[[methods:Ethnography]]
[[sdgs:6. Clean water and sanitation]]
[[country:Kenya]]
[[latlng:-1.29,36.82]]
## Challenge statement

> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)

Our challenge is that villages lack safe water.
"""


@pytest.fixture()
def pages(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(examples_dir, folder)
    return folder


def sources_in(ttl: Path) -> set[str]:
    g = rdflib.Graph()
    g.parse(ttl)
    return {
        str(ident)
        for _, src in g.subject_objects(PROV.wasDerivedFrom)
        for ident in g.objects(src, DCT.identifier)
    }


def test_every_example_page_becomes_a_report(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    report = build([pages], output=out)
    assert report.rejected == []
    assert sources_in(out) == {p.name for p in pages.glob("*.md")}


def test_no_email_in_the_graph_by_default(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    build([pages], output=out)
    assert "@example.org" not in out.read_text(encoding="utf-8")


def test_include_contacts_publishes_mailboxes(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "water.md").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "g.ttl"
    build([tmp_path / "p"], output=out, include_contacts=True)
    assert "mailto:someone@example.org" in out.read_text(encoding="utf-8")


def test_two_builds_are_byte_identical(pages: Path, tmp_path: Path) -> None:
    # Separate processes: nothing cached in one interpreter may hide a random id.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    for name in ("a.ttl", "b.ttl"):
        subprocess.run(
            [sys.executable, "-m", "graphkit", "build", str(pages), "-o", str(tmp_path / name)],
            check=True,
            env=env,
            capture_output=True,
        )
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_unchanged_rebuild_maps_nothing(pages: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = build([pages], store=store)
    second = build([pages], store=store)
    assert first.mapped == first.pages > 0
    assert (second.mapped, second.unchanged, second.removed) == (0, first.pages, 0)
    assert second.triples == first.triples
    assert second.by_type == first.by_type


def test_rebuild_remaps_changed_and_drops_removed_pages(pages: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([pages], store=store)
    files = sorted(pages.glob("*.md"))
    files[0].write_text(
        files[0].read_text(encoding="utf-8") + "\n[[thematic_areas:extra area]]\n", encoding="utf-8"
    )
    files[1].unlink()
    again = build([pages], store=store, output=tmp_path / "g.ttl")
    assert (again.mapped, again.removed) == (1, 1)
    names = sources_in(tmp_path / "g.ttl")
    assert files[1].name not in names and files[0].name in names
    assert "extra area" in (tmp_path / "g.ttl").read_text(encoding="utf-8")


def test_interrupted_build_writes_no_output(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphkit.build as build_module

    calls = {"n": 0}
    real = build_module.map_page

    def flaky(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "map_page", flaky)
    with pytest.raises(KeyboardInterrupt):
        build([pages], store=tmp_path / "store", output=tmp_path / "g.ttl")
    assert not (tmp_path / "g.ttl").exists()
    monkeypatch.setattr(build_module, "map_page", real)
    report = build([pages], store=tmp_path / "store")
    assert report.mapped == report.pages  # nothing was half-recorded as done
    clean = build([pages], store=tmp_path / "clean")
    assert report.triples == clean.triples  # and nothing half-loaded is left over


def test_cli_build_reports_and_rejects(tmp_path: Path, examples_dir: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(sorted(examples_dir.glob("*.md"))[0], folder)
    (folder / "empty.md").write_bytes(b"")
    (folder / "latin1.md").write_bytes("# Caf\xe9\n\n[[type:blog]]\n".encode("latin-1"))
    result = CliRunner().invoke(
        main, ["build", str(folder), "--no-store", "--report", str(tmp_path / "r.json")]
    )
    assert result.exit_code == 1
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["pages"] == 1
    assert {Path(r["file"]).name for r in data["rejected"]} == {"empty.md", "latin1.md"}
    assert all(r["error"] for r in data["rejected"])
    assert set(data) >= {"pages", "by_type", "rejected", "seconds"}


def test_cli_build_of_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere"), "--no-store"])
    assert result.exit_code != 0
    assert "nowhere" in result.output and "Traceback" not in result.output


def test_corpus_builds_without_rejections(corpus_dir: Path, tmp_path: Path) -> None:
    report = build([corpus_dir], store=None)
    assert report.rejected == []
    assert report.pages == len([p for p in corpus_dir.iterdir() if not p.name.startswith(".")])
