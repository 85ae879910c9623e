"""graphkit: the open knowledge graph of the UNDP Accelerator Labs' SDG Innovation Commons.

>>> import graphkit
>>> graphkit.__version__
'0.1.0'
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from graphkit.__about__ import __version__
from graphkit.errors import EndpointError, GraphkitError, PageError, QueryError, StoreError

# Public names resolved lazily, so `import graphkit` stays cheap (no rdflib, no pandas).
_LAZY = {
    "Page": "graphkit.page",
    "read_page": "graphkit.reader",
    "read_pages": "graphkit.reader",
    "build": "graphkit.build",
    "BuildReport": "graphkit.build",
    "map_page": "graphkit.mapping",
    "open": "graphkit.kg",
    "KnowledgeGraph": "graphkit.kg",
    "Store": "graphkit.store",
    "extract_partners": "graphkit.partners",
}

__all__ = [
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
