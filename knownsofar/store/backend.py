"""The two databases behind one Store, and the little in which they differ.

The Store speaks one SQL to both: named parameters (``:name``), ``ON CONFLICT``
upserts, ``ORDER BY rowid`` for insertion order. A backend runs it:

- ``sqlite.py``: the standard library's sqlite3, one connection per store
  (WAL, busy timeout, ``BEGIN IMMEDIATE`` for writes). SQLAlchemy is not
  imported: measured, its execution layer cost every query ~45 us and every
  command ~0.3 s of import, for nothing SQLite needed.
- ``postgres.py``: SQLAlchemy Core (engine, pool, DDL) over psycopg 3, imported
  only for a PostgreSQL URL.

Every unit of work names its ``Scope``; a backend turns its own database
errors into one-line ``StoreError``s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from enum import Enum
from typing import Any, Protocol

from knownsofar.store.target import Target

__all__ = ["Backend", "Row", "Scope", "Session", "open_backend"]

Row = Sequence[Any]
Params = Mapping[str, Any]


class Scope(Enum):
    """What a unit of work does with its connection."""

    READ = "read"  # one query, in no transaction of its own where the database allows
    SNAPSHOT = "snapshot"  # several queries that must see one committed state
    WRITE = "write"  # one transaction holding the database's write lock, committed at the end


class Session(Protocol):
    """A connection inside one unit of work."""

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """All rows of a query."""
        ...

    def execute(self, sql: str, params: Params | None = None) -> int:
        """Run one statement; the number of rows it changed."""
        ...

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement once per parameter set."""
        ...

    def insert_id(self, sql: str, params: Params) -> int:
        """Run an INSERT into a table with an ``id`` key; the new row's id."""
        ...


class Backend(Protocol):
    """One open database.

    ``session(scope)`` gives the connection for a unit of work with the
    transaction its scope needs; a scope opened inside another on the same
    thread shares it (the reads of a snapshot). A WRITE commits when its block
    ends without an error; anything else is rolled back.
    """

    display: str

    def session(self, scope: Scope) -> AbstractContextManager[Session]: ...

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """All rows of one query (a READ, or part of this thread's open unit of work)."""
        ...

    def close(self) -> None: ...


def open_backend(target: Target) -> Backend:
    """The open database a target names, its schema brought up to date."""
    if target.kind == "postgresql":
        from knownsofar.store.postgres import PostgresBackend

        return PostgresBackend(target)
    from knownsofar.store.sqlite import SQLiteBackend

    return SQLiteBackend(target)
