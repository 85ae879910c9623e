"""Docs that cannot rot: every command, query and notebook is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from graphkit.cli import main
from graphkit.queries import load_library

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_paths(group: click.Group = main, prefix: str = "graphkit") -> list[str]:
    out: list[str] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            out.extend(command_paths(command, path))
        else:
            out.append(path)
    return out


@pytest.mark.parametrize("command", command_paths())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"`{command}" in README, f"{command} is not documented in README.md"


@pytest.mark.parametrize("name", sorted(load_library()))
def test_every_query_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README, f"query {name} is not documented in README.md"


@pytest.mark.parametrize("notebook", sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_every_notebook_is_linked(notebook: str) -> None:
    assert f"(notebooks/{notebook})" in README


def test_readme_has_exactly_the_two_quickstart_commands() -> None:
    quickstart = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", quickstart, re.S)
    assert [b.strip() for b in blocks] == [
        'python3 -m pip install -e ".[dev]" && graphkit demo',
        "python3 -m pytest",
    ]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in ci
