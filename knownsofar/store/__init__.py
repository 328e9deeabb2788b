"""The database: only SQL lives in this package; SQLite (sqlite3) or PostgreSQL
(SQLAlchemy Core, the ``[postgres]`` extra).

``open_store`` takes a path or a URL (``sqlite:///relative/path``,
``sqlite:////absolute/path``, ``sqlite://`` for memory, ``postgresql://`` or
``postgresql+psycopg://USER[:PASSWORD]@HOST[:PORT]/DATABASE``) and gives a ``Store``.
"""

from __future__ import annotations

from pathlib import Path

from knownsofar.store.core import IngestStats, Store
from knownsofar.store.rows import StoredChange
from knownsofar.store.target import database_exists, describe

__all__ = ["IngestStats", "Store", "StoredChange", "database_exists", "describe", "open_store"]


def open_store(url_or_path: str | Path) -> Store:
    """A Store for a SQLite path, a ``sqlite://`` or a ``postgresql://`` URL; StoreError
    (one line) for another URL, a bad one, a server that does not answer or a missing driver."""
    return Store(url_or_path)
