"""Named schema steps, applied in order and recorded in ``_migrations``.

A step, once released, never changes: a schema change is a new step at the end.
The statements here are SQLite's; PostgreSQL runs the same named steps as
SQLAlchemy DDL (``postgres.py``, from the tables in ``schema.py``), and
tests/test_store.py checks that both give the same tables, columns, keys and
indexes.
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
    Migration(
        "0002_changes_feeds_mirrors",
        (
            # old/new are JSON; at: the day the change holds (the source's date);
            # recorded_on: the day it was recorded (the caller's "today").
            """CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                field TEXT NOT NULL,
                old TEXT NOT NULL,
                new TEXT NOT NULL,
                doc TEXT,
                at TEXT NOT NULL,
                recorded_on TEXT NOT NULL
            )""",
            "CREATE INDEX changes_recorded ON changes (recorded_on)",
            "CREATE INDEX changes_season ON changes (show_key, season, field)",
            """CREATE TABLE feed_state (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT
            )""",
            """CREATE TABLE feed_entries (
                feed TEXT NOT NULL,
                entry TEXT NOT NULL,
                seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (feed, entry)
            )""",
            # A near-duplicate of a stored document: its URL, not a second piece of evidence.
            """CREATE TABLE mirrors (
                url TEXT PRIMARY KEY,
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                title TEXT
            )""",
            "CREATE INDEX mirrors_doc ON mirrors (doc)",
            # MinHash signatures of stored documents, for near-duplicate detection.
            """CREATE TABLE fingerprints (
                doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                signature BLOB NOT NULL
            )""",
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
