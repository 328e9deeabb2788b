"""Named schema steps, applied in order and recorded in ``_migrations``.

A step, once released, never changes: a schema change is a new step at the end.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

__all__ = ["MIGRATIONS", "Migration", "applied_migrations", "apply_migrations"]


@dataclass(frozen=True)
class Migration:
    """One schema step: its name and the statements it runs, in one transaction."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_documents_records_claims",
        (
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                url TEXT,
                title TEXT,
                published TEXT,
                source TEXT NOT NULL DEFAULT '',
                ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                meta TEXT NOT NULL DEFAULT '{}'
            )""",
            # One row per season a document gives a record for, so a season is
            # known even while its records say nothing that becomes a claim.
            """CREATE TABLE records (
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                PRIMARY KEY (doc, show_key, season, show)
            )""",
            """CREATE TABLE claims (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                field TEXT NOT NULL,
                key TEXT NOT NULL DEFAULT '',
                value TEXT NOT NULL,
                confirmed INTEGER NOT NULL,
                holds_on TEXT,
                published TEXT,
                quote TEXT
            )""",
            "CREATE INDEX claims_show_season ON claims (show_key, season)",
            "CREATE INDEX claims_doc ON claims (doc)",
            "CREATE INDEX records_show_season ON records (show_key, season)",
            "CREATE INDEX documents_published ON documents (published)",
        ),
    ),
)

_CREATE_TABLE = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)"""


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps already applied, in the order they were applied."""
    conn.execute(_CREATE_TABLE)
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending step (each in its own transaction); the names applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``). BEGIN
    IMMEDIATE takes the write lock first, so two processes opening a new
    database do not both run a step: the second sees it recorded and skips it.
    """
    applied_now: list[str] = []
    for migration in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if migration.name not in applied_migrations(conn):
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute("INSERT INTO _migrations (name) VALUES (?)", (migration.name,))
                applied_now.append(migration.name)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied_now
