"""The store: documents, the seasons they describe, and their claims.

One Store on two databases (``backend.py``): a SQLite file, the default, or a
PostgreSQL database that several processes share. Every write is one
transaction holding the database's write lock (one per document, or one per
batch, planned by ``plan.py``), and every read made of several queries runs in
one read transaction, so it sees one snapshot while other processes write. The
database errors it meets are raised as ``StoreError``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType

from knownsofar.claims import Claim
from knownsofar.documents.model import Document
from knownsofar.errors import NotFound
from knownsofar.names import match_show
from knownsofar.names import show_key as make_show_key
from knownsofar.record import SeasonRecord, SeasonState, Source
from knownsofar.resolve import TimelineEntry, resolve_season, timeline
from knownsofar.store import sql
from knownsofar.store.backend import Row, Scope, Session, open_backend
from knownsofar.store.plan import BatchPlan, plan_batch
from knownsofar.store.rows import (
    StoredChange,
    claim_from_row,
    claim_row,
    content_hash,
    document_row,
    source_from_row,
)
from knownsofar.store.target import parse_target

__all__ = ["Hashed", "IngestStats", "Store", "StoredChange"]

log = logging.getLogger(__name__)

# Parameters per statement: below SQLite's oldest default limit (999).
_CHUNK = 500
Hashed = tuple[Document, list[SeasonRecord], str, str | None]
"""A document to store, its records, its content hash and its meta's JSON (or None)."""


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


def _pick_display(counts: Counter[str]) -> str:
    """The most frequent spelling (ties: the first in sorted order)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _chunks(values: Sequence[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


class Store:
    """Documents and their claims in one database: a SQLite file (``":memory:"`` for
    tests) or a ``postgresql://`` URL (``target.py``).

    A document whose content hash is already stored is skipped. A document
    whose id is stored with other content replaces it: the old document, its
    records and its claims are deleted and the new ones stored, in one
    transaction.
    """

    def __init__(self, path: str | Path) -> None:
        target = parse_target(path)
        self.path = target.display
        self._backend = open_backend(target)

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        """Close the database connections (checkpointing SQLite's WAL)."""
        self._backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _query(self, statement: str, params: dict[str, object] | None = None) -> list[Row]:
        """All rows of a read query."""
        return self._backend.rows(statement, params)

    # -- writing ---------------------------------------------------------

    def _stored_rows(self, session: Session, ids: list[str], digests: list[str]) -> list[Row]:
        """The stored (id, content_hash) rows having one of ``ids`` or ``digests``."""
        rows: list[Row] = []
        half = _CHUNK // 2
        for start in range(0, len(ids), half):
            id_marks, id_params = sql.in_list("id", ids[start : start + half])
            hash_marks, hash_params = sql.in_list("hash", digests[start : start + half])
            statement = sql.STORED_ROWS.format(ids=id_marks, digests=hash_marks)
            rows += session.rows(statement, id_params | hash_params)
        return rows

    def _write(self, session: Session, plan: BatchPlan) -> None:
        """Carry out a batch's plan: delete the replaced documents, insert the new ones."""
        for doc_id in plan.replaced:
            log.info("document %s changed; its earlier version is replaced", doc_id)
        for chunk in _chunks(plan.replaced):
            marks, params = sql.in_list("id", chunk)
            session.execute(sql.DELETE_DOCUMENTS.format(ids=marks), params)
        planned = list(plan.inserts.values())
        if not planned:
            return
        session.execute_many(
            sql.INSERT_DOCUMENT, [document_row(p.doc, p.digest, p.meta) for p in planned]
        )
        records = [
            {"doc": p.doc.id, "show_key": make_show_key(r.show), "show": r.show, "season": r.season}
            for p in planned
            for r in p.records
        ]
        if records:
            session.execute_many(sql.INSERT_RECORD, records)
        claims = [claim_row(c) for p in planned for c in p.claims]
        if claims:
            session.execute_many(sql.INSERT_CLAIM, claims)

    def is_stored(self, doc: Document) -> bool:
        """Whether this exact document (same content hash) is already in the store, so a
        re-run can skip extracting it."""
        return bool(self._query(sql.IS_STORED, {"digest": content_hash(doc)}))

    def add_document(self, doc: Document, records: list[SeasonRecord]) -> bool:
        """Store a document and its records' claims; False (nothing changed) if already stored.

        "Already stored" means its content hash is (under any id); the records
        are not part of the hash, so re-extracting an unchanged document does
        not update its claims.
        """
        return self._add_batch([(doc, records)], [content_hash(doc)]).documents_added == 1

    def add_many(
        self, items: Iterable[tuple[Document, list[SeasonRecord]]], batch_size: int = 200
    ) -> IngestStats:
        """Store documents in batches, one transaction per batch, pulling items lazily.

        A batch is read from ``items`` before its transaction starts, so slow
        producers (extraction) never hold the write lock.
        """
        hashed = ((doc, records, content_hash(doc), None) for doc, records in items)
        return self.add_hashed(hashed, batch_size)

    def add_hashed(self, items: Iterable[Hashed], batch_size: int = 200) -> IngestStats:
        """``add_many`` for documents whose content hash (``rows.content_hash``) is already
        computed, and maybe their meta's JSON (``rows.meta_json``; None: made here from
        ``doc.meta``): ``batch``'s workers make both, so the one process that stores
        does not."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        stats = IngestStats()
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            stats += self._add_batch(
                [(doc, records) for doc, records, *_ in batch],
                [item[2] for item in batch],
                [item[3] for item in batch],
            )
        return stats

    def _add_batch(
        self,
        batch: list[tuple[Document, list[SeasonRecord]]],
        digests: list[str],
        metas: list[str | None] | None = None,
    ) -> IngestStats:
        """Store one batch in one transaction (``plan.py``: as if one by one, in order)."""
        with self._backend.session(Scope.WRITE) as session:
            stored = self._stored_rows(session, [doc.id for doc, _ in batch], digests)
            plan = plan_batch(batch, digests, stored, metas)
            self._write(session, plan)
        return IngestStats(len(batch), plan.added, plan.unchanged, plan.claims)

    # -- reading ---------------------------------------------------------

    def document_count(self) -> int:
        """How many documents are stored."""
        return int(self._query(sql.COUNT_DOCUMENTS)[0][0])

    def shows(self) -> dict[str, str]:
        """Every show: key -> display name (the spelling most documents use)."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for key, show, n in self._query(sql.SHOW_SPELLINGS):
            counts[key][show] += int(n)
        return {key: _pick_display(c) for key, c in sorted(counts.items())}

    def seasons(self) -> list[tuple[str, str, int]]:
        """Every season known: (show_key, display name, season), sorted by key and season."""
        with self._backend.session(Scope.SNAPSHOT):
            shows = self.shows()
            rows = self._query(sql.SEASONS)
        return [(key, shows[key], int(season)) for key, season in rows]

    def find_show(self, query: str) -> str:
        """The key of the show ``query`` names (SPEC: SHOW matching); NotFound, AmbiguousShow."""
        return match_show(query, self.shows())

    def latest_season(self, show_key: str) -> int:
        """The highest season number known for a show; NotFound if the show is unknown."""
        latest = self._query(sql.LATEST_SEASON, {"key": show_key})[0][0]
        if latest is None:
            raise NotFound(f"no show {show_key!r}")
        return int(latest)

    def claims(self, show_key: str, season: int) -> list[Claim]:
        """Every claim about one season, in storage order (doc, then insertion)."""
        rows = self._query(sql.SEASON_CLAIMS, {"key": show_key, "season": season})
        return [claim_from_row(row) for row in rows]

    def sources(self, doc_ids: Iterable[str]) -> dict[str, Source]:
        """The stored documents among ``doc_ids`` as Sources (id -> Source)."""
        found: dict[str, Source] = {}
        for chunk in _chunks(sorted(set(doc_ids))):
            marks, params = sql.in_list("id", chunk)
            for row in self._query(sql.SOURCES.format(ids=marks), params):
                source = source_from_row(row)
                found[source.doc] = source
        return found

    def _display(self, show_key: str) -> str | None:
        """The display name of one show (as ``shows()``), None if unknown."""
        rows = self._query(sql.SHOW_SPELLINGS_OF, {"key": show_key})
        counts = Counter({str(show): int(n) for show, n in rows})
        return _pick_display(counts) if counts else None

    def _require_season(self, show_key: str, season: int) -> str:
        """The display name of the show; NotFound unless the season is known."""
        rows = self._query(sql.SEASON_KNOWN, {"key": show_key, "season": season})
        display = self._display(show_key)
        if not rows or display is None:
            raise NotFound(f"no season {season} of {display or show_key!r}")
        return display

    def state(self, show_key: str, season: int, today: dt.date) -> SeasonState:
        """The resolved state of one season (SPEC: resolving); NotFound if unknown."""
        with self._backend.session(Scope.SNAPSHOT):
            display = self._require_season(show_key, season)
            claims = self.claims(show_key, season)
            sources = self.sources(c.doc for c in claims)
        return resolve_season(claims, sources, today, show=display, season=season)

    def states(self, today: dt.date) -> list[SeasonState]:
        """The resolved state of every season, in ``seasons()`` order."""
        grouped: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        with self._backend.session(Scope.SNAPSHOT):
            for row in self._query(sql.ALL_CLAIMS):
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
        with self._backend.session(Scope.SNAPSHOT):
            self._require_season(show_key, season)
            claims = self.claims(show_key, season)
            sources = self.sources(c.doc for c in claims)
        return timeline(claims, sources)

    # -- changes, feeds, mirrors (watch) ---------------------------------

    def record_changes(self, changes: Iterable[StoredChange]) -> list[int]:
        """Store changes in one transaction; their new ids, in order."""
        ids: list[int] = []
        with self._backend.session(Scope.WRITE) as session:
            ids += (session.insert_id(sql.INSERT_CHANGE, c.row()) for c in changes)
        return ids

    def changes(self, since: dt.date | None = None) -> list[StoredChange]:
        """The changes recorded on or after ``since`` (all if None), oldest first."""
        if since is None:
            rows = self._query(sql.CHANGES.format(where=""))
        else:
            query = sql.CHANGES.format(where=" WHERE recorded_on >= :since")
            rows = self._query(query, {"since": since.isoformat()})
        return [StoredChange.from_row(row) for row in rows]

    def latest_change_values(self, field: str) -> dict[tuple[str, int], str]:
        """(show_key, season) -> the JSON ``new`` of the last change recorded to ``field``."""
        rows = self._query(sql.LATEST_CHANGES, {"field": field})
        return {(str(k), int(s)): str(v) for k, s, v in rows}

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) last seen for a feed; (None, None) if never fetched."""
        rows = self._query(sql.FEED_STATE, {"url": url})
        if not rows:
            return None, None
        etag, modified = rows[0]
        return (str(etag) if etag else None, str(modified) if modified else None)

    def set_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a feed's validators for the next conditional request."""
        with self._backend.session(Scope.WRITE) as session:
            params = {"url": url, "etag": etag, "last_modified": last_modified}
            session.execute(sql.SET_FEED_STATE, params)

    def seen_entries(self, feed: str, entries: Iterable[str]) -> set[str]:
        """The entry ids among ``entries`` already seen in ``feed``."""
        seen = set[str]()
        for chunk in _chunks(sorted(set(entries))):
            marks, params = sql.in_list("entry", chunk)
            rows = self._query(sql.SEEN_ENTRIES.format(ids=marks), {"feed": feed, **params})
            seen.update(str(row[0]) for row in rows)
        return seen

    def mark_entry_seen(self, feed: str, entry: str) -> None:
        """Remember that an entry of a feed was handled (ingested or given up on)."""
        with self._backend.session(Scope.WRITE) as session:
            session.execute(sql.MARK_ENTRY_SEEN, {"feed": feed, "entry": entry})

    def add_mirror(self, doc: str, url: str, title: str | None = None) -> bool:
        """Record ``url`` as a copy of stored document ``doc``; False if already known."""
        with self._backend.session(Scope.WRITE) as session:
            return session.execute(sql.ADD_MIRROR, {"url": url, "doc": doc, "title": title}) > 0

    def mirrors(self, doc: str) -> list[str]:
        """The URLs recorded as copies of a document, in the order recorded."""
        return [str(row[0]) for row in self._query(sql.MIRRORS, {"doc": doc})]

    def fingerprints(self) -> list[tuple[str, bytes]]:
        """Every stored document's near-duplicate signature: (doc id, signature bytes)."""
        rows = self._query(sql.FINGERPRINTS)
        return [(str(doc), bytes(sig)) for doc, sig in rows if isinstance(sig, bytes | memoryview)]

    def set_fingerprint(self, doc: str, signature: bytes) -> None:
        """Store a document's near-duplicate signature (replacing an earlier one)."""
        with self._backend.session(Scope.WRITE) as session:
            session.execute(sql.SET_FINGERPRINT, {"doc": doc, "signature": signature})
