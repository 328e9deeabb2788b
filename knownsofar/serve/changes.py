"""Changes of season states, derived from the store's timelines (for the API and feed).

The store keeps no change log of its own yet, so a change is a timeline entry
of a season paired with the value it replaced (the previous entry of the same
field and key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from knownsofar.names import slugify
from knownsofar.record import Source
from knownsofar.render.escape import clean_text
from knownsofar.render.words import value_words
from knownsofar.resolve import TimelineEntry
from knownsofar.serve.models import Change

__all__ = ["change_order", "changes_from_timeline", "changes_since"]


def _words(field: str, value: Any) -> str:
    """A value in a few plain words; raw text if the words helper cannot read it."""
    try:
        return value_words(field, value)
    except ValueError:  # pydantic ValidationError is a ValueError
        return clean_text(value)


def _summary(entry: TimelineEntry, old: Any) -> str:
    """A change in words: ``release: early 2027 → March 5, 2027`` (first: no arrow)."""
    subject = f"{entry.field} ({entry.key})" if entry.field == "cast" else entry.field
    new = _words(entry.field, entry.value)
    if old is None:
        return f"{subject}: {new}"
    return f"{subject}: {_words(entry.field, old)} → {new}"


def changes_from_timeline(show: str, season: int, entries: Sequence[TimelineEntry]) -> list[Change]:
    """Each timeline entry of one season as a Change, with the value it replaced."""
    last: dict[tuple[str, str], Any] = {}
    changes = []
    for entry in entries:
        slot = (entry.field, entry.key)
        old = last.get(slot)
        last[slot] = entry.value
        changes.append(
            Change(
                show=show,
                season=season,
                slug=slugify(show),
                field=entry.field,
                key=entry.key,
                old=old,
                new=entry.value,
                summary=_summary(entry, old),
                confirmed=entry.confirmed,
                date=entry.date,
                quote=entry.quote,
                source=entry.source or Source(doc=entry.doc),
            )
        )
    return changes


def change_order(change: Change) -> tuple[bool, dt.date, str, int]:
    """Chronological order: undated first, then by date, show slug and season."""
    return (change.date is not None, change.date or dt.date.min, change.slug, change.season)


def changes_since(changes: Iterable[Change], since: dt.date | None) -> list[Change]:
    """The changes on or after ``since`` (undated ones only when ``since`` is None)."""
    if since is None:
        return list(changes)
    return [c for c in changes if c.date is not None and c.date >= since]
