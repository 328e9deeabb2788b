"""The SQLite backend: one file (or memory), the standard library's sqlite3.

WAL journal with ``synchronous = NORMAL`` (SQLite's advice for WAL: a commit does not
wait for the disk; a power cut can lose the last commits, never corrupt the file, and a
re-run restores them), 30 s busy timeout, foreign keys on. One autocommit connection per
store, shared by its threads under a lock: a READ runs on its own, a SNAPSHOT
in ``BEGIN`` (in WAL mode, one snapshot while others write), a WRITE in
``BEGIN IMMEDIATE`` (the file's write lock, waited for up to the busy timeout).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from knownsofar.errors import StoreError
from knownsofar.store.backend import Params, Row, Scope
from knownsofar.store.migrations import MIGRATIONS, apply_migrations
from knownsofar.store.target import Target

__all__ = ["BUSY_TIMEOUT_MS", "SQLiteBackend"]

BUSY_TIMEOUT_MS = 30_000
_BEGIN = {Scope.SNAPSHOT: "BEGIN", Scope.WRITE: "BEGIN IMMEDIATE"}


def _connect(path: str) -> sqlite3.Connection:
    """An autocommit connection with WAL, busy timeout and foreign keys, schema applied."""
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if _pending_migrations(conn):
        apply_migrations(conn)
    return conn


def _pending_migrations(conn: sqlite3.Connection) -> bool:
    """True unless every step is recorded; read-only, so opening a current
    database never waits for another process's write lock."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").fetchone():
        return True
    applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    return any(m.name not in applied for m in MIGRATIONS)


class _Session:
    """The store's connection inside one unit of work; sqlite3 errors become StoreError."""

    def __init__(self, conn: sqlite3.Connection, display: str) -> None:
        self.conn, self.display = conn, display

    def _fail(self, e: sqlite3.Error) -> StoreError:
        return StoreError(f"{self.display}: {e}")

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        try:
            return self.conn.execute(sql, params or {}).fetchall()
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def execute(self, sql: str, params: Params | None = None) -> int:
        try:
            return self.conn.execute(sql, params or {}).rowcount
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def insert_id(self, sql: str, params: Params) -> int:
        try:
            return int(self.conn.execute(sql, params).lastrowid or 0)
        except sqlite3.Error as e:
            raise self._fail(e) from e


class SQLiteBackend:
    """One SQLite database (a file, or ``":memory:"``)."""

    def __init__(self, target: Target) -> None:
        self.display = target.display
        self._lock = threading.RLock()
        try:
            self._conn = _connect(target.location)
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"{self.display}: cannot open the database: {e}") from e
        self._session = _Session(self._conn, self.display)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with self._lock:
            self._conn.close()

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        with self._lock:
            return self._session.rows(sql, params)

    @contextmanager
    def session(self, scope: Scope) -> Iterator[_Session]:
        with self._lock:
            if self._conn.in_transaction or scope is Scope.READ:
                if scope is Scope.WRITE:
                    raise RuntimeError("a write cannot run inside another unit of work")
                yield self._session
                return
            self._session.execute(_BEGIN[scope])
            try:
                yield self._session
                self._session.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
