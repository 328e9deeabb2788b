"""The PostgreSQL backend: SQLAlchemy Core over psycopg 3, for several processes
(servers, ingests, watchers) sharing one database.

A pool of connections, each checked before use (a server restart costs no
error); every thread's unit of work takes its own. A WRITE first takes a
transaction-level advisory lock, so writers queue one behind the other as on
SQLite, and content-hash idempotence and replace-by-id hold across processes;
a SNAPSHOT is a ``REPEATABLE READ`` transaction; a READ (one statement) runs in
autocommit mode. The schema steps of ``migrations.py`` run as DDL made from
``schema.py``, each in a WRITE (so under the same lock), and are recorded in
``_migrations`` as on SQLite.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import DDL, Connection, Engine, Table, TextClause, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.schema import CreateIndex, CreateTable, ExecutableDDLElement

from knownsofar.errors import StoreError
from knownsofar.store import schema
from knownsofar.store.backend import Params, Row, Scope
from knownsofar.store.migrations import MIGRATIONS
from knownsofar.store.target import POSTGRES_HINT, Target

__all__ = ["STEPS", "WRITE_LOCK_KEY", "PostgresBackend"]

CONNECT_TIMEOUT_S = 10
# The advisory lock every write (and every schema step) holds while it runs.
WRITE_LOCK_KEY = zlib.crc32(b"knownsofar.store.write")


def _create(table: Table) -> list[ExecutableDDLElement]:
    """CREATE TABLE and its indexes (and the rowid column SQLite would have given it)."""
    ddl: list[ExecutableDDLElement] = [CreateTable(table)]
    if table in schema.ROWID_TABLES:
        rowid = f"ALTER TABLE {table.name} ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY"
        ddl.append(DDL(rowid))  # type: ignore[no-untyped-call]
    return ddl + [CreateIndex(index) for index in sorted(table.indexes, key=lambda i: str(i.name))]


# PostgreSQL's statements for each step of MIGRATIONS (same names, same order).
STEPS: dict[str, list[ExecutableDDLElement]] = {
    "0001_documents_records_claims": [
        *_create(schema.documents),
        *_create(schema.records),
        *_create(schema.claims),
    ],
    "0002_changes_feeds_mirrors": [
        *_create(schema.changes),
        *_create(schema.feed_state),
        *_create(schema.feed_entries),
        *_create(schema.mirrors),
        *_create(schema.fingerprints),
    ],
}
assert list(STEPS) == [m.name for m in MIGRATIONS], "a step of migrations.py has no DDL here"


_ISOLATION = {
    Scope.READ: "AUTOCOMMIT",
    Scope.SNAPSHOT: "REPEATABLE READ",
    Scope.WRITE: "READ COMMITTED",
}


@lru_cache(maxsize=512)
def _text(sql: str) -> TextClause:
    return text(sql)


def _clean(params: Params | None) -> dict[str, Any]:
    """Parameters as PostgreSQL takes them: text cannot hold NUL, which becomes U+FFFD."""
    return {
        key: value.replace("\x00", "\ufffd") if isinstance(value, str) else value
        for key, value in (params or {}).items()
    }


def _fail(display: str, e: BaseException) -> StoreError:
    """A one-line StoreError: the driver's first line, not the SQL."""
    cause = e.orig if isinstance(e, DBAPIError) and e.orig is not None else e
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return StoreError(f"{display}: {lines[0] if lines else type(cause).__name__}")


class _Session:
    """A pooled connection inside one unit of work."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        return list(self.conn.execute(_text(sql), _clean(params)))

    def execute(self, sql: str, params: Params | None = None) -> int:
        return int(self.conn.execute(_text(sql), _clean(params)).rowcount)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        self.conn.execute(_text(sql), [_clean(row) for row in rows])

    def insert_id(self, sql: str, params: Params) -> int:
        return int(self.conn.execute(_text(f"{sql} RETURNING id"), _clean(params)).scalar_one())


class PostgresBackend:
    """One PostgreSQL database, its schema brought up to date on opening."""

    def __init__(self, target: Target) -> None:
        self.display = target.display
        self._local = threading.local()
        self._engine = self._create_engine(target)
        try:
            self._migrate()
        except StoreError as e:
            self._engine.dispose()
            cause = e.__cause__ or e
            raise _fail(f"{self.display}: cannot open the database", cause) from cause

    def _create_engine(self, target: Target) -> Engine:
        try:
            return create_engine(
                target.location,
                pool_pre_ping=True,
                connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
                # an INSERT's rowcount says whether ON CONFLICT DO NOTHING inserted
                execution_options={"preserve_rowcount": True},
            )
        except (ImportError, NoSuchModuleError) as e:
            raise StoreError(
                f"{self.display}: the PostgreSQL driver (psycopg) is missing: {POSTGRES_HINT}"
            ) from e

    def close(self) -> None:
        self._engine.dispose()

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        with self.session(Scope.READ) as session:
            return session.rows(sql, params)

    @contextmanager
    def session(self, scope: Scope) -> Iterator[_Session]:
        held: tuple[_Session, Scope] | None = getattr(self._local, "held", None)
        if held is not None:
            if scope is Scope.WRITE and held[1] is not Scope.WRITE:
                raise RuntimeError("a write cannot run inside another unit of work")
            yield held[0]
            return
        try:
            with self._engine.connect() as conn:
                self._local.held = held = (_Session(conn), scope)
                try:
                    yield from self._unit(conn, held[0], scope)
                finally:
                    self._local.held = None
        except SQLAlchemyError as e:
            raise _fail(self.display, e) from e

    def _unit(self, conn: Connection, session: _Session, scope: Scope) -> Iterator[_Session]:
        """Begin the scope's transaction, yield, commit a write (closing rolls back the rest)."""
        # A READ is one statement: autocommit spares it a BEGIN and a ROLLBACK round trip.
        conn.execution_options(isolation_level=_ISOLATION[scope])
        conn.begin()
        if scope is Scope.WRITE:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        yield session
        if scope is Scope.WRITE:
            conn.commit()

    # -- schema ------------------------------------------------------------------

    def _applied(self, conn: Connection) -> list[str]:
        """Names of the steps applied, in order (numbered names break same-second ties)."""
        if not inspect(conn).has_table(schema.migrations_table.name):
            return []
        query = "SELECT name FROM _migrations ORDER BY applied_at, name"
        return [str(row[0]) for row in conn.execute(text(query))]

    def _migrate(self) -> None:
        """Apply every pending step, each in its own WRITE; first a read, so opening a
        current database never waits for a writer."""
        with self.session(Scope.READ) as session:
            if set(self._applied(session.conn)) >= set(STEPS):
                return
        for name, statements in STEPS.items():
            with self.session(Scope.WRITE) as session:
                conn = session.conn
                conn.execute(CreateTable(schema.migrations_table, if_not_exists=True))
                if name in self._applied(conn):
                    continue
                for statement in statements:
                    conn.execute(statement)
                conn.execute(text("INSERT INTO _migrations (name) VALUES (:name)"), {"name": name})
