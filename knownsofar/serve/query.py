"""Scorecard and API queries: filter, sort and page the snapshot's seasons (pure)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, Literal, TypeVar

from knownsofar.names import show_key
from knownsofar.record import ReleaseStatus, RenewalStatus
from knownsofar.serve.site import SeasonRow, Snapshot

__all__ = [
    "SORTS", "Page", "SeasonQuery", "SortName", "find_seasons", "order_rows", "page_of",
    "select_seasons",
]  # fmt: skip

T = TypeVar("T")

SortName = Literal[
    "show", "-show", "season", "-season", "platform", "-platform", "renewal", "-renewal",
    "release", "-release", "last_change", "-last_change", "sources", "-sources",
]  # fmt: skip

_RENEWAL_ORDER = ("final", "renewed", "pending", "cancelled", "unknown")
_RELEASE_ORDER = ("released", "dated", "window", "not_announced", "unknown")
_FAR = dt.date.max


def _release_key(row: SeasonRow) -> tuple[Any, ...]:
    """Soonest first: by the day or the window's start, then by status."""
    release = row.state.release
    day = release.date or (release.window[0] if release.window else None)
    return (day is None, day or _FAR, _RELEASE_ORDER.index(release.status))


SORTS: dict[str, Callable[[SeasonRow], Any]] = {
    "show": lambda r: (r.key, r.state.season),
    "season": lambda r: (r.state.season, r.key),
    "platform": lambda r: ((r.state.platform or "\uffff").casefold(), r.key),
    "renewal": lambda r: (_RENEWAL_ORDER.index(r.state.renewal.status), r.key),
    "release": _release_key,
    "last_change": lambda r: (r.last_change or dt.date.min, r.key),
    "sources": lambda r: (len(r.state.sources), r.key),
}


@dataclass(frozen=True)
class SeasonQuery:
    """Filters (None: any) and the sort of a list of seasons."""

    q: str | None = None
    renewal: RenewalStatus | None = None
    release: ReleaseStatus | None = None
    platform: str | None = None
    stale: bool | None = None
    sort: SortName = "show"

    @cached_property
    def wanted(self) -> str:
        """``q`` as a show match key (case, accents, punctuation, leading "the" ignored)."""
        return show_key(self.q) if self.q else ""

    def matches(self, row: SeasonRow) -> bool:
        """Whether ``row`` passes every filter; ``q`` matches the show name loosely."""
        state = row.state
        return (
            (not self.wanted or self.wanted in row.key)
            and (self.renewal is None or state.renewal.status == self.renewal)
            and (self.release is None or state.release.status == self.release)
            and (self.stale is None or state.release.stale == self.stale)
            and (
                self.platform is None
                or (state.platform or "").casefold() == self.platform.casefold()
            )
        )


def order_rows(rows: Sequence[SeasonRow], name: str) -> tuple[SeasonRow, ...]:
    """``rows`` in ascending order of the sort ``name`` (a key of ``SORTS``)."""
    return tuple(sorted(rows, key=SORTS[name]))


def select_seasons(ordered: Sequence[SeasonRow], query: SeasonQuery) -> Sequence[SeasonRow]:
    """The rows passing the filters, in the requested order (``-name``: descending).

    ``ordered`` is already in ascending order of the sort (``order_rows``), so
    callers can keep that order between requests.
    """
    filtered = query.q or query.renewal or query.release or query.platform
    found = (
        [r for r in ordered if query.matches(r)] if filtered or query.stale is not None else ordered
    )
    return found[::-1] if query.sort.startswith("-") else found


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items, the page number (from 1), and the totals."""

    items: Sequence[T]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def page_of(items: Sequence[T], page: int, per_page: int) -> Page[T]:
    """Page ``page`` (from 1) of ``items``; past the end it is empty."""
    start = (page - 1) * per_page
    return Page(items[start : start + per_page], page, per_page, len(items))


def find_seasons(snapshot: Snapshot, query: SeasonQuery) -> Sequence[SeasonRow]:
    """The snapshot's rows for ``query``; sort orders and filtered lists are kept per snapshot."""
    name = query.sort.removeprefix("-")
    ordered = snapshot.memo("order", name, lambda: order_rows(snapshot.rows, name))
    return snapshot.memo("select", query, lambda: select_seasons(ordered, query))
