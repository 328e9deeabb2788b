"""What the routes read: a snapshot of every resolved season, cached, and ingest.

Resolving thousands of seasons per request would be slow, so ``Site`` keeps a
``Snapshot`` (states, timelines, changes) and rebuilds it in the background when
the day or the number of documents changes; writes by other processes that keep
the number of documents (a document replaced under its id) are picked up once
the snapshot is older than ``max_age`` seconds.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from knownsofar.changes import Change as LogChange
from knownsofar.changes import ingest_document_with_changes, list_changes
from knownsofar.documents.build import build_document
from knownsofar.documents.jsonl import read_jsonl_line
from knownsofar.documents.model import Document
from knownsofar.errors import NotFound
from knownsofar.extract import extract_document
from knownsofar.names import match_show, show_key, slugify
from knownsofar.record import DocMeta, SeasonRecord, SeasonState, Source
from knownsofar.resolve import timeline
from knownsofar.serve.changes import changes_from_timeline, log_from_timeline
from knownsofar.serve.models import IngestResult, TimelineChange
from knownsofar.store import Store

__all__ = ["SeasonRow", "Site", "Snapshot", "build_snapshot", "patch_snapshot"]

log = logging.getLogger(__name__)

T = TypeVar("T")
TodayProvider = Callable[[], dt.date]
MAX_AGE_SECONDS = 300.0
MEMO_SIZE = 256


@dataclass(frozen=True)
class SeasonRow:
    """One tracked season: its state, its changes and what the scorecard shows of it."""

    key: str
    slug: str
    state: SeasonState
    changes: tuple[TimelineChange, ...]
    last_change: dt.date | None

    @cached_property
    def json(self) -> bytes:
        """The state as the API's JSON (``SeasonState``), serialised once."""
        return self.state.model_dump_json().encode()

    @property
    def path(self) -> str:
        """The article's path: ``/shows/<slug>/seasons/<n>``."""
        return f"/shows/{self.slug}/seasons/{self.state.season}"


@dataclass(frozen=True)
class Snapshot:
    """Every season resolved against ``today``, with lookups by show and season."""

    today: dt.date
    rows: tuple[SeasonRow, ...]
    shows: dict[str, str] = field(default_factory=dict)
    by_season: dict[tuple[str, int], SeasonRow] = field(default_factory=dict)
    log: tuple[LogChange, ...] = ()
    platforms: tuple[str, ...] = ()
    _memo: dict[Hashable, dict[Hashable, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def memo(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept for this snapshot under (kind, key): sort orders, filtered
        lists, pages. Each kind keeps its ``MEMO_SIZE`` latest, oldest evicted first.

        A snapshot never changes, so what is derived from it stays true for its life.
        """
        kept = self._memo.setdefault(kind, {})
        try:
            value: T = kept[key]
            return value
        except KeyError:
            pass
        value = compute()
        if len(kept) >= MEMO_SIZE:
            kept.pop(next(iter(kept)), None)
        kept[key] = value
        return value

    def find(self, show: str, season: int | None = None) -> SeasonRow:
        """The row of SHOW (slug or title, SPEC matching), its latest season by default."""
        key = match_show(show, self.shows)
        if season is None:
            season = max(s for k, s in self.by_season if k == key)
        row = self.by_season.get((key, season))
        if row is None:
            raise NotFound(f"no season {season} of {self.shows[key]}")
        return row


def _row(store: Store, key: str, state: SeasonState, sources: Mapping[str, Source]) -> SeasonRow:
    entries = timeline(store.claims(key, state.season), sources)
    changes = tuple(changes_from_timeline(state.show, state.season, entries))
    dated = [c.date for c in changes if c.date is not None]
    return SeasonRow(key, slugify(state.show), state, changes, max(dated, default=None))


def _log(store: Store, rows: Iterable[SeasonRow]) -> tuple[LogChange, ...]:
    """The store's change log, oldest first; derived from the timelines if it has none."""
    recorded = list_changes(store)
    if recorded:
        return tuple(recorded)
    derived = (
        c for r in rows for c in log_from_timeline(r.state.show, r.key, r.state.season, r.changes)
    )
    return tuple(sorted(derived, key=lambda c: (c.at, c.show_key, c.season)))


def _assemble(store: Store, today: dt.date, rows: list[SeasonRow]) -> Snapshot:
    rows.sort(key=lambda r: (r.key, r.state.season))
    platforms = sorted({r.state.platform for r in rows if r.state.platform}, key=str.casefold)
    return Snapshot(
        today=today,
        rows=tuple(rows),
        shows={r.key: r.state.show for r in rows},
        by_season={(r.key, r.state.season): r for r in rows},
        log=_log(store, rows),
        platforms=tuple(platforms),
    )


def build_snapshot(store: Store, today: dt.date) -> Snapshot:
    """Resolve every season of ``store`` against ``today`` (SPEC: resolving)."""
    states = store.states(today)
    sources = {s.doc: s for state in states for s in state.sources}
    return _assemble(store, today, [_row(store, show_key(st.show), st, sources) for st in states])


def patch_snapshot(store: Store, old: Snapshot, seasons: Iterable[tuple[str, int]]) -> Snapshot:
    """``old`` with the given (show key, season) rows resolved again (dropped if gone)."""
    rows = {(r.key, r.state.season): r for r in old.rows}
    for key, season in set(seasons):
        try:
            state = store.state(key, season, old.today)
        except NotFound:
            rows.pop((key, season), None)
            continue
        rows[(key, season)] = _row(store, key, state, {s.doc: s for s in state.sources})
    return _assemble(store, old.today, list(rows.values()))


def _citing(snapshot: Snapshot | None, doc_id: str) -> set[tuple[str, int]]:
    """The seasons whose state uses document ``doc_id``."""
    rows = snapshot.rows if snapshot else ()
    return {(r.key, r.state.season) for r in rows if any(s.doc == doc_id for s in r.state.sources)}


SnapshotKey = tuple[dt.date, int]


class Site:
    """The store behind the web app, the day it judges by, and its write token.

    The first request builds the snapshot. After that, a new day or a different
    number of documents (another process ingested) starts a rebuild in the
    background while requests keep the previous snapshot; so does age
    (``max_age``). Writes through ``ingest`` patch the seasons they touch at once,
    so a client reads its own write.
    """

    def __init__(
        self,
        store: Store,
        today_provider: TodayProvider,
        token: str | None = None,
        max_age: float = MAX_AGE_SECONDS,
    ) -> None:
        self.store = store
        self.today_provider = today_provider
        self.token = token or None
        self.max_age = max_age
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._key: SnapshotKey | None = None
        self._generation = 0
        self._built_at = 0.0
        self._refreshing = False

    def _current_key(self) -> SnapshotKey:
        return (self.today_provider(), self.store.document_count())

    def snapshot(self) -> Snapshot:
        """The latest snapshot (built now if there is none yet)."""
        key = self._current_key()
        with self._lock:
            if self._snapshot is None:
                self._install(key, build_snapshot(self.store, key[0]))
            elif self._key != key or time.monotonic() - self._built_at > self.max_age:
                self._start_refresh(key)
            assert self._snapshot is not None
            return self._snapshot

    def _start_refresh(self, key: SnapshotKey) -> None:
        if not self._refreshing:
            self._refreshing = True
            generation = self._generation
            threading.Thread(target=self._refresh, args=(key, generation), daemon=True).start()

    def _install(self, key: SnapshotKey, snapshot: Snapshot) -> None:
        self._snapshot, self._key, self._built_at = snapshot, key, time.monotonic()
        self._generation += 1
        # A snapshot is hundreds of thousands of long-lived objects; left to the cyclic
        # GC, every full collection walks them all (tens of ms of pause per request
        # that triggers one). Frozen, they are skipped; reference counting still frees
        # a replaced snapshot.
        gc.freeze()

    def _refresh(self, key: SnapshotKey, generation: int) -> None:
        """Rebuild in the background; installed unless a write patched the snapshot since."""
        try:
            snapshot = build_snapshot(self.store, key[0])
            with self._lock:
                if self._generation == generation:
                    self._install(key, snapshot)
        except Exception:
            log.exception("refreshing the snapshot failed; the previous one is kept")
        finally:
            self._refreshing = False

    def wait_for_refresh(self, timeout: float = 60.0) -> None:
        """Block until no background rebuild runs (for tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        while self._refreshing and time.monotonic() < deadline:
            time.sleep(0.01)

    def ingest(self, body: bytes) -> IngestResult:
        """Store one document given in SPEC's JSON Lines object format; InputError if bad."""
        fallback = "api:" + hashlib.sha256(body).hexdigest()[:16]
        doc = build_document(read_jsonl_line(body, "request body", fallback))
        records = extract_document(doc)
        added, changes = self._store(doc, records)
        meta = DocMeta(id=doc.id, url=doc.url, title=doc.title, published=doc.published)
        seasons = [f"{r.show} season {r.season}" for r in records]
        return IngestResult(
            doc=meta, added=added, records=len(records), seasons=seasons, changes=changes
        )

    def _store(self, doc: Document, records: list[SeasonRecord]) -> tuple[bool, int]:
        """Add the document, recording its changes (as ``watch`` does); patch the seasons
        it touches (and its earlier version did). Stored?, and how many changes."""
        with self._lock:
            before = self._current_key()
            today = self._snapshot.today if self._snapshot else before[0]
            added, changes = ingest_document_with_changes(self.store, doc, records, today)
            if not added or self._snapshot is None:
                return added, len(changes)
            touched = {(show_key(r.show), r.season) for r in records}
            touched |= _citing(self._snapshot, doc.id)
            # Only this write is patched in: if others came in between, the key stays
            # behind the store's count and the next request starts a full rebuild.
            key = self._key if self._key != before else self._current_key()
            self._install(key or before, patch_snapshot(self.store, self._snapshot, touched))
            return added, len(changes)
