"""What the routes read: a snapshot of every resolved season, cached, and ingest.

Resolving thousands of seasons per request would be slow, so ``Site`` keeps a
``Snapshot`` (states, timelines, changes) built once per (today, number of
documents, writes made through this app). Writes by other processes that keep
the number of documents (a document replaced under its id) are picked up by a
background refresh once the snapshot is older than ``max_age`` seconds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from knownsofar.documents.build import build_document
from knownsofar.documents.jsonl import read_jsonl_line
from knownsofar.errors import NotFound
from knownsofar.extract import extract_document
from knownsofar.names import match_show, show_key, slugify
from knownsofar.record import DocMeta, SeasonState, Source
from knownsofar.resolve import timeline
from knownsofar.serve.changes import change_order, changes_from_timeline
from knownsofar.serve.models import Change, IngestResult
from knownsofar.store import Store

__all__ = ["SeasonRow", "Site", "Snapshot", "build_snapshot"]

log = logging.getLogger(__name__)

TodayProvider = Callable[[], dt.date]
MAX_AGE_SECONDS = 30.0


@dataclass(frozen=True)
class SeasonRow:
    """One tracked season: its state, its changes and what the scorecard shows of it."""

    key: str
    slug: str
    state: SeasonState
    changes: tuple[Change, ...]
    last_change: dt.date | None

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
    changes: tuple[Change, ...] = ()
    platforms: tuple[str, ...] = ()

    def find(self, show: str, season: int | None = None) -> SeasonRow:
        """The row of SHOW (slug or title, SPEC matching), its latest season by default."""
        key = match_show(show, self.shows)
        if season is None:
            season = max(s for k, s in self.by_season if k == key)
        row = self.by_season.get((key, season))
        if row is None:
            raise NotFound(f"no season {season} of {self.shows[key]}")
        return row


def _row(store: Store, state: SeasonState, sources: Mapping[str, Source]) -> SeasonRow:
    key = show_key(state.show)
    entries = timeline(store.claims(key, state.season), sources)
    changes = tuple(changes_from_timeline(state.show, state.season, entries))
    dated = [c.date for c in changes if c.date is not None]
    return SeasonRow(key, slugify(state.show), state, changes, max(dated, default=None))


def build_snapshot(store: Store, today: dt.date) -> Snapshot:
    """Resolve every season of ``store`` against ``today`` (SPEC: resolving)."""
    states = store.states(today)
    sources = {s.doc: s for state in states for s in state.sources}
    rows = tuple(_row(store, state, sources) for state in states)
    platforms = sorted({r.state.platform for r in rows if r.state.platform}, key=str.casefold)
    return Snapshot(
        today=today,
        rows=rows,
        shows={r.key: r.state.show for r in rows},
        by_season={(r.key, r.state.season): r for r in rows},
        changes=tuple(sorted((c for r in rows for c in r.changes), key=change_order)),
        platforms=tuple(platforms),
    )


class Site:
    """The store behind the web app, the day it judges by, and its write token."""

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
        self._writes = 0
        self._snapshot: Snapshot | None = None
        self._key: tuple[dt.date, int, int] | None = None
        self._built_at = 0.0
        self._refreshing = False

    def _current_key(self) -> tuple[dt.date, int, int]:
        return (self.today_provider(), self.store.document_count(), self._writes)

    def snapshot(self) -> Snapshot:
        """The snapshot for today and the store as it is (rebuilt when either changed)."""
        key = self._current_key()
        with self._lock:
            if self._snapshot is None or self._key != key:
                self._install(key, build_snapshot(self.store, key[0]))
            elif time.monotonic() - self._built_at > self.max_age and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, args=(key,), daemon=True).start()
            assert self._snapshot is not None
            return self._snapshot

    def _install(self, key: tuple[dt.date, int, int], snapshot: Snapshot) -> None:
        self._snapshot, self._key, self._built_at = snapshot, key, time.monotonic()

    def _refresh(self, key: tuple[dt.date, int, int]) -> None:
        """Rebuild in the background, installing the result unless a newer one came."""
        try:
            snapshot = build_snapshot(self.store, key[0])
            with self._lock:
                if self._key == key:
                    self._install(key, snapshot)
        except Exception:
            log.exception("refreshing the snapshot failed; the previous one is kept")
        finally:
            self._refreshing = False

    def ingest(self, body: bytes) -> IngestResult:
        """Store one document given in SPEC's JSON Lines object format; InputError if bad."""
        fallback = "api:" + hashlib.sha256(body).hexdigest()[:16]
        doc = build_document(read_jsonl_line(body, "request body", fallback))
        records = extract_document(doc)
        added = self.store.add_document(doc, records)
        with self._lock:
            self._writes += 1
        meta = DocMeta(id=doc.id, url=doc.url, title=doc.title, published=doc.published)
        seasons = [f"{r.show} season {r.season}" for r in records]
        return IngestResult(doc=meta, added=added, records=len(records), seasons=seasons)
