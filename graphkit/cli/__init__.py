"""The `graphkit` command line: thin commands over the library, one module per area."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from graphkit.__about__ import __version__
from graphkit.errors import GraphkitError


class _Group(click.Group):
    """A group that turns graphkit's own errors into one line and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphkitError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: the open knowledge graph of the SDG Innovation Commons."""


def _register() -> None:
    # Each area module exposes COMMANDS: a list of click commands to add to the group.
    from importlib import import_module

    for name in ("build", "query", "network", "publish", "validate", "partners"):
        try:
            module = import_module(f"graphkit.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"graphkit.cli.{name}":
                continue  # that area is not built yet
            raise
        commands: list[Callable[..., Any]] = getattr(module, "COMMANDS", [])
        for command in commands:
            main.add_command(command)  # type: ignore[arg-type]


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
