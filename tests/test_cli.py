"""The command line: version, help on every command, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import main


def all_commands(group: click.Group = main, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, (*prefix, name)))
    return found


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert graphkit.__version__ in result.output


@pytest.mark.parametrize("path", all_commands())
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_the_expected_commands_exist() -> None:
    names = {p[0] for p in all_commands()}
    assert {"build", "inspect", "demo"} <= names


def test_inspect_prints_json(examples_dir: Path) -> None:
    page = sorted(examples_dir.glob("*.md"))[0]
    result = CliRunner().invoke(main, ["inspect", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["file"] == page.name and data["doc_type"]


def test_inspect_of_a_bad_page_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(main, ["inspect", str(bad)])
    assert result.exit_code != 0
    assert "bad.md" in result.output and "Traceback" not in result.output


def test_demo_runs_on_the_examples(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "demo" / "graph.ttl").stat().st_size > 1000


def test_public_api_is_pinned() -> None:
    assert graphkit.__all__ == sorted(
        [
            "BuildReport",
            "EndpointError",
            "GraphkitError",
            "KnowledgeGraph",
            "Page",
            "PageError",
            "QueryError",
            "Store",
            "StoreError",
            "__version__",
            "build",
            "extract_partners",
            "map_page",
            "open",
            "read_page",
            "read_pages",
        ]
    )
    for name in graphkit.__all__:
        assert getattr(graphkit, name) is not None
