"""The database: only SQL lives in this package (SQLite now; PostgreSQL later).

``open_store`` takes a path or a URL (``sqlite:///relative/path``,
``sqlite:////absolute/path``, ``sqlite://`` for memory) and gives a ``Store``.
"""

from __future__ import annotations

from pathlib import Path

from knownsofar.errors import StoreError
from knownsofar.store.sqlite import IngestStats, Store

__all__ = ["IngestStats", "Store", "open_store"]

_SQLITE = "sqlite://"


def open_store(url_or_path: str | Path) -> Store:
    """A Store for a SQLite path or ``sqlite://`` URL; StoreError for other URLs."""
    target = str(url_or_path)
    if target.startswith(_SQLITE):
        path = target.removeprefix(_SQLITE).removeprefix("/")
        return Store(path or ":memory:")
    if "://" in target:
        scheme = target.split("://", 1)[0]
        raise StoreError(f"{target}: unsupported database URL scheme {scheme!r} (use a path)")
    return Store(target)
