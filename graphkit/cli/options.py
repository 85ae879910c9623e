"""Options several commands share, declared once."""

from __future__ import annotations

from pathlib import Path

import click

from graphkit.store import DEFAULT_STORE

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Store directory (default {DEFAULT_STORE}).",
)
