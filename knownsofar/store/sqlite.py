"""The SQLite store: documents, the seasons they describe, and their claims.

WAL journal, 30 s busy timeout, foreign keys on; every write is one
``BEGIN IMMEDIATE`` transaction (one per document, or one per batch), and every
read made of several queries runs in one read transaction, so it sees one
snapshot while other processes write. The database errors it meets are raised
as ``StoreError``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType

from knownsofar.claims import Claim, claims_from_record
from knownsofar.documents.model import Document
from knownsofar.errors import NotFound, StoreError
from knownsofar.names import match_show
from knownsofar.names import show_key as make_show_key
from knownsofar.record import SeasonRecord, SeasonState, Source
from knownsofar.resolve import TimelineEntry, resolve_season, timeline
from knownsofar.store.migrations import MIGRATIONS, apply_migrations
from knownsofar.store.rows import (
    claim_from_row,
    claim_row,
    content_hash,
    document_row,
    source_from_row,
)

__all__ = ["IngestStats", "Store", "StoredChange"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
_CLAIM_COLUMNS = (
    "doc, show_key, show, season, field, key, value, confirmed, holds_on, published, quote"
)
_INSERT_CLAIM = f"INSERT INTO claims ({_CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, content_hash, url, title, published, source, meta)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_SELECT_CLAIMS = f"SELECT {_CLAIM_COLUMNS} FROM claims"
_CLAIM_ORDER = " ORDER BY show_key, season, doc, id"
# Below SQLite's default limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class IngestStats:
    """What an ingest did: documents read, stored, already stored; claims stored."""

    documents_seen: int = 0
    documents_added: int = 0
    documents_unchanged: int = 0
    claims_added: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(
            self.documents_seen + other.documents_seen,
            self.documents_added + other.documents_added,
            self.documents_unchanged + other.documents_unchanged,
            self.claims_added + other.claims_added,
        )


def _connect(path: str) -> sqlite3.Connection:
    """An autocommit connection with WAL, busy timeout and foreign keys, schema applied."""
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
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


def _pick_display(counts: Counter[str]) -> str:
    """The most frequent spelling (ties: the first in sorted order)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


class Store:
    """Documents and their claims in one SQLite file (``":memory:"`` for tests).

    A document whose content hash is already stored is skipped. A document
    whose id is stored with other content replaces it: the old document, its
    records and its claims are deleted and the new ones stored, in one
    transaction.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        try:
            self._conn = _connect(self.path)
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"{self.path}: cannot open the database: {e}") from e

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back (and raised as StoreError) on a database error."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {e}") from e
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as e:
                self._conn.execute("ROLLBACK")
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"{self.path}: {e}") from e
                raise

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read transaction: the queries inside see the same committed state."""
        with self._lock:
            if self._conn.in_transaction:
                yield
                return
            try:
                self._conn.execute("BEGIN")
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {e}") from e
            try:
                yield
            finally:
                self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple[object, ...]]:
        """All rows of a read query."""
        with self._lock:
            try:
                return list(self._conn.execute(sql, tuple(params)))
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {e}") from e

    # -- writing ---------------------------------------------------------

    def _store(self, conn: sqlite3.Connection, doc: Document, records: list[SeasonRecord]) -> int:
        """Store one document inside a transaction; claims stored, or -1 if already stored."""
        digest = content_hash(doc)
        if conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
            return -1
        if conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,)).rowcount:
            log.info("document %s changed; its earlier version is replaced", doc.id)
        conn.execute(_INSERT_DOCUMENT, document_row(doc, digest))
        claims = [c for r in records for c in claims_from_record(r, doc.id, doc.published)]
        conn.executemany(
            "INSERT OR IGNORE INTO records (doc, show_key, show, season) VALUES (?, ?, ?, ?)",
            [(doc.id, make_show_key(r.show), r.show, r.season) for r in records],
        )
        conn.executemany(_INSERT_CLAIM, map(claim_row, claims))
        return len(claims)

    def is_stored(self, doc: Document) -> bool:
        """Whether this exact document (same content hash) is already in the store, so a
        re-run can skip extracting it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash(doc),)
            ).fetchone()
        return row is not None

    def add_document(self, doc: Document, records: list[SeasonRecord]) -> bool:
        """Store a document and its records' claims; False (nothing changed) if already stored.

        "Already stored" means its content hash is (under any id); the records
        are not part of the hash, so re-extracting an unchanged document does
        not update its claims.
        """
        with self._transaction() as conn:
            return self._store(conn, doc, records) >= 0

    def add_many(
        self, items: Iterable[tuple[Document, list[SeasonRecord]]], batch_size: int = 200
    ) -> IngestStats:
        """Store documents in batches, one transaction per batch, pulling items lazily.

        A batch is read from ``items`` before its transaction starts, so slow
        producers (extraction) never hold the write lock.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        stats = IngestStats()
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            stats += self._add_batch(batch)
        return stats

    def _add_batch(self, batch: list[tuple[Document, list[SeasonRecord]]]) -> IngestStats:
        """Store one batch in one transaction."""
        added = unchanged = claims = 0
        with self._transaction() as conn:
            for doc, records in batch:
                stored = self._store(conn, doc, records)
                added += stored >= 0
                unchanged += stored < 0
                claims += max(stored, 0)
        return IngestStats(len(batch), added, unchanged, claims)

    # -- reading ---------------------------------------------------------

    def document_count(self) -> int:
        """How many documents are stored."""
        return int(str(self._query("SELECT COUNT(*) FROM documents")[0][0]))

    def shows(self) -> dict[str, str]:
        """Every show: key -> display name (the spelling most documents use)."""
        rows = self._query(
            "SELECT show_key, show, COUNT(DISTINCT doc) FROM records GROUP BY show_key, show"
        )
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for key, show, n in rows:
            counts[str(key)][str(show)] += int(str(n))
        return {key: _pick_display(c) for key, c in sorted(counts.items())}

    def seasons(self) -> list[tuple[str, str, int]]:
        """Every season known: (show_key, display name, season), sorted by key and season."""
        with self._snapshot():
            shows = self.shows()
            rows = self._query(
                "SELECT DISTINCT show_key, season FROM records ORDER BY show_key, season"
            )
        return [(str(key), shows[str(key)], int(str(season))) for key, season in rows]

    def find_show(self, query: str) -> str:
        """The key of the show ``query`` names (SPEC: SHOW matching); NotFound, AmbiguousShow."""
        return match_show(query, self.shows())

    def latest_season(self, show_key: str) -> int:
        """The highest season number known for a show; NotFound if the show is unknown."""
        row = self._query("SELECT MAX(season) FROM records WHERE show_key = ?", (show_key,))
        if row[0][0] is None:
            raise NotFound(f"no show {show_key!r}")
        return int(str(row[0][0]))

    def claims(self, show_key: str, season: int) -> list[Claim]:
        """Every claim about one season, in storage order (doc, then insertion)."""
        rows = self._query(
            f"{_SELECT_CLAIMS} WHERE show_key = ? AND season = ?{_CLAIM_ORDER}",
            (show_key, season),
        )
        return [claim_from_row(row) for row in rows]

    def sources(self, doc_ids: Iterable[str]) -> dict[str, Source]:
        """The stored documents among ``doc_ids`` as Sources (id -> Source)."""
        ids = sorted(set(doc_ids))
        found: dict[str, Source] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id, url, title, published FROM documents WHERE id IN ({marks})"
            for row in self._query(sql, chunk):
                source = source_from_row(row)
                found[source.doc] = source
        return found

    def _display(self, show_key: str) -> str | None:
        """The display name of one show (as ``shows()``), None if unknown."""
        rows = self._query(
            "SELECT show, COUNT(DISTINCT doc) FROM records WHERE show_key = ? GROUP BY show",
            (show_key,),
        )
        counts = Counter({str(show): int(str(n)) for show, n in rows})
        return _pick_display(counts) if counts else None

    def _require_season(self, show_key: str, season: int) -> str:
        """The display name of the show; NotFound unless the season is known."""
        rows = self._query(
            "SELECT 1 FROM records WHERE show_key = ? AND season = ? LIMIT 1", (show_key, season)
        )
        display = self._display(show_key)
        if not rows or display is None:
            raise NotFound(f"no season {season} of {display or show_key!r}")
        return display

    def state(self, show_key: str, season: int, today: dt.date) -> SeasonState:
        """The resolved state of one season (SPEC: resolving); NotFound if unknown."""
        with self._snapshot():
            display = self._require_season(show_key, season)
            claims = self.claims(show_key, season)
            sources = self.sources(c.doc for c in claims)
        return resolve_season(claims, sources, today, show=display, season=season)

    def states(self, today: dt.date) -> list[SeasonState]:
        """The resolved state of every season, in ``seasons()`` order."""
        grouped: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        with self._snapshot():
            for row in self._query(_SELECT_CLAIMS + _CLAIM_ORDER):
                claim = claim_from_row(row)
                grouped[(claim.show_key, claim.season)].append(claim)
            sources = self.sources(c.doc for claims in grouped.values() for c in claims)
            seasons = self.seasons()
        return [
            resolve_season(grouped.get((key, season), []), sources, today, show=name, season=season)
            for key, name, season in seasons
        ]

    def timeline(self, show_key: str, season: int) -> list[TimelineEntry]:
        """Each field's value changes for one season, in date order; NotFound if unknown."""
        with self._snapshot():
            self._require_season(show_key, season)
            claims = self.claims(show_key, season)
            sources = self.sources(c.doc for c in claims)
        return timeline(claims, sources)

    # -- changes, feeds, mirrors (watch) ---------------------------------

    def record_changes(self, changes: Iterable[StoredChange]) -> list[int]:
        """Store changes in one transaction; their new ids, in order."""
        ids: list[int] = []
        with self._transaction() as conn:
            for c in changes:
                cursor = conn.execute(_INSERT_CHANGE, c.row())
                ids.append(int(cursor.lastrowid or 0))
        return ids

    def changes(self, since: dt.date | None = None) -> list[StoredChange]:
        """The changes recorded on or after ``since`` (all if None), oldest first."""
        where, params = ("WHERE recorded_on >= ?", (since.isoformat(),)) if since else ("", ())
        rows = self._query(f"SELECT {_CHANGE_COLUMNS}, id FROM changes {where} ORDER BY id", params)
        return [StoredChange.from_row(row) for row in rows]

    def latest_change_values(self, field: str) -> dict[tuple[str, int], str]:
        """(show_key, season) -> the JSON ``new`` of the last change recorded to ``field``."""
        rows = self._query(
            "SELECT show_key, season, new FROM changes WHERE id IN"
            " (SELECT MAX(id) FROM changes WHERE field = ? GROUP BY show_key, season)",
            (field,),
        )
        return {(str(k), int(str(s))): str(v) for k, s, v in rows}

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) last seen for a feed; (None, None) if never fetched."""
        rows = self._query("SELECT etag, last_modified FROM feed_state WHERE url = ?", (url,))
        if not rows:
            return None, None
        etag, modified = rows[0]
        return (str(etag) if etag else None, str(modified) if modified else None)

    def set_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a feed's validators for the next conditional request."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO feed_state (url, etag, last_modified) VALUES (?, ?, ?)",
                (url, etag, last_modified),
            )

    def seen_entries(self, feed: str, entries: Iterable[str]) -> set[str]:
        """The entry ids among ``entries`` already seen in ``feed``."""
        ids, seen = sorted(set(entries)), set[str]()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT entry FROM feed_entries WHERE feed = ? AND entry IN ({marks})"
            seen.update(str(row[0]) for row in self._query(sql, [feed, *chunk]))
        return seen

    def mark_entry_seen(self, feed: str, entry: str) -> None:
        """Remember that an entry of a feed was handled (ingested or given up on)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO feed_entries (feed, entry) VALUES (?, ?)", (feed, entry)
            )

    def add_mirror(self, doc: str, url: str, title: str | None = None) -> bool:
        """Record ``url`` as a copy of stored document ``doc``; False if already known."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO mirrors (url, doc, title) VALUES (?, ?, ?)",
                (url, doc, title),
            )
            return cursor.rowcount > 0

    def mirrors(self, doc: str) -> list[str]:
        """The URLs recorded as copies of a document, in the order recorded."""
        rows = self._query("SELECT url FROM mirrors WHERE doc = ? ORDER BY rowid", (doc,))
        return [str(row[0]) for row in rows]

    def fingerprints(self) -> list[tuple[str, bytes]]:
        """Every stored document's near-duplicate signature: (doc id, signature bytes)."""
        rows = self._query("SELECT doc, signature FROM fingerprints ORDER BY rowid")
        return [(str(doc), sig) for doc, sig in rows if isinstance(sig, bytes)]

    def set_fingerprint(self, doc: str, signature: bytes) -> None:
        """Store a document's near-duplicate signature (replacing an earlier one)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO fingerprints (doc, signature) VALUES (?, ?)",
                (doc, signature),
            )


_CHANGE_COLUMNS = "show_key, show, season, field, old, new, doc, at, recorded_on"
_INSERT_CHANGE = f"INSERT INTO changes ({_CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


@dataclass(frozen=True)
class StoredChange:
    """A row of ``changes``: ``old`` and ``new`` as JSON text, days as dates."""

    show_key: str
    show: str
    season: int
    field: str
    old: str
    new: str
    doc: str | None
    at: dt.date
    recorded_on: dt.date
    id: int | None = None

    def row(self) -> tuple[object, ...]:
        """The columns of ``_CHANGE_COLUMNS``, in order."""
        return (
            self.show_key,
            self.show,
            self.season,
            self.field,
            self.old,
            self.new,
            self.doc,
            self.at.isoformat(),
            self.recorded_on.isoformat(),
        )

    @classmethod
    def from_row(cls, row: tuple[object, ...]) -> StoredChange:
        """A StoredChange from ``_CHANGE_COLUMNS`` followed by ``id``."""
        key, show, season, field, old, new, doc, at, recorded, id_ = row
        return cls(
            show_key=str(key),
            show=str(show),
            season=int(str(season)),
            field=str(field),
            old=str(old),
            new=str(new),
            doc=None if doc is None else str(doc),
            at=dt.date.fromisoformat(str(at)),
            recorded_on=dt.date.fromisoformat(str(recorded)),
            id=int(str(id_)),
        )
