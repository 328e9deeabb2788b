"""The tables as SQLAlchemy Core objects: the schema of ``migrations.py``, for PostgreSQL.

SQLite's released steps are SQL; PostgreSQL's same-named steps create these
tables (``postgres.py``), and tests/test_store.py checks that both give the same
tables, columns, keys and indexes. Where PostgreSQL needs more to behave like
SQLite, it is said here:

- text is compared and sorted byte by byte (collation ``"C"``, whatever the
  database's own), as SQLite's BINARY does, so every ORDER BY agrees;
- integer keys are 64-bit identities (``BIGSERIAL``), as SQLite's rowids are;
- ``rowid``, the order rows were inserted in (``ORDER BY rowid``), is SQLite's
  own; the tables read that way (``ROWID_TABLES``) get an identity column of
  that name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

__all__ = [
    "ROWID_TABLES",
    "changes",
    "claims",
    "documents",
    "feed_entries",
    "feed_state",
    "fingerprints",
    "metadata",
    "migrations_table",
    "mirrors",
    "records",
]


class utc_timestamp(FunctionElement[str]):
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` text (a column default, as
    SQLite's ``strftime('%Y-%m-%dT%H:%M:%SZ', 'now')``)."""

    type = Text()
    inherit_cache = True


@compiles(utc_timestamp, "postgresql")
def _utc_timestamp_postgresql(element: utc_timestamp, compiler: SQLCompiler, **kw: Any) -> str:
    return """to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


TEXT = Text(collation="C")
KEY = BigInteger
metadata = MetaData()


def _doc_column(**kw: Any) -> Column[str]:
    """A ``doc`` column: the document it belongs to, deleted with it."""
    return Column("doc", TEXT, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, **kw)


documents = Table(
    "documents",
    metadata,
    Column("id", TEXT, primary_key=True),
    Column("content_hash", TEXT, nullable=False, unique=True),
    Column("url", TEXT),
    Column("title", TEXT),
    Column("published", TEXT),
    Column("source", TEXT, nullable=False, server_default=""),
    Column("ingested_at", TEXT, nullable=False, server_default=utc_timestamp()),
    Column("meta", TEXT, nullable=False, server_default="{}"),
    Index("documents_published", "published"),
)

# One row per season a document gives a record for, so a season is known even
# while its records say nothing that becomes a claim.
records = Table(
    "records",
    metadata,
    _doc_column(),
    Column("show_key", TEXT, nullable=False),
    Column("show", TEXT, nullable=False),
    Column("season", Integer, nullable=False),
    PrimaryKeyConstraint("doc", "show_key", "season", "show"),
    Index("records_show_season", "show_key", "season"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", KEY, primary_key=True),
    _doc_column(),
    Column("show_key", TEXT, nullable=False),
    Column("show", TEXT, nullable=False),
    Column("season", Integer, nullable=False),
    Column("field", TEXT, nullable=False),
    Column("key", TEXT, nullable=False, server_default=""),
    Column("value", TEXT, nullable=False),
    Column("confirmed", Integer, nullable=False),
    Column("holds_on", TEXT),
    Column("published", TEXT),
    Column("quote", TEXT),
    Index("claims_show_season", "show_key", "season"),
    Index("claims_doc", "doc"),
)

# old/new are JSON; at: the day the change holds (the source's date);
# recorded_on: the day it was recorded (the caller's "today").
changes = Table(
    "changes",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("show_key", TEXT, nullable=False),
    Column("show", TEXT, nullable=False),
    Column("season", Integer, nullable=False),
    Column("field", TEXT, nullable=False),
    Column("old", TEXT, nullable=False),
    Column("new", TEXT, nullable=False),
    Column("doc", TEXT),
    Column("at", TEXT, nullable=False),
    Column("recorded_on", TEXT, nullable=False),
    Index("changes_recorded", "recorded_on"),
    Index("changes_season", "show_key", "season", "field"),
)

feed_state = Table(
    "feed_state",
    metadata,
    Column("url", TEXT, primary_key=True),
    Column("etag", TEXT),
    Column("last_modified", TEXT),
)

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("feed", TEXT, primary_key=True),
    Column("entry", TEXT, primary_key=True),
    Column("seen_at", TEXT, nullable=False, server_default=utc_timestamp()),
)

# A near-duplicate of a stored document: its URL, not a second piece of evidence.
mirrors = Table(
    "mirrors",
    metadata,
    Column("url", TEXT, primary_key=True),
    _doc_column(),
    Column("title", TEXT),
    Index("mirrors_doc", "doc"),
)

# MinHash signatures of stored documents, for near-duplicate detection.
fingerprints = Table(
    "fingerprints",
    metadata,
    _doc_column(primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

migrations_table = Table(
    "_migrations",
    MetaData(),  # not part of ``metadata``: created before any step, by the runner
    Column("name", TEXT, primary_key=True),
    Column("applied_at", TEXT, nullable=False, server_default=utc_timestamp()),
)

# Tables read in insertion order (``ORDER BY rowid``): PostgreSQL adds the column.
ROWID_TABLES = (mirrors, fingerprints)
