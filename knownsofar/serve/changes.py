"""Changes for the web: the article's timeline, and the change log for the API and feed.

The change log is ``knownsofar.changes`` (recorded by ``watch`` and by writes
through the web app). A store filled by plain ``ingest`` has none; for it the
log is derived from each season's timeline: every dated claim, split into the
log's fields (``renewal.status``, ``release.window``, ``cast[<actor>]`` ...),
is a change where it differs from the value before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from knownsofar.changes import Change as LogChange
from knownsofar.changes import state_fields
from knownsofar.names import slugify
from knownsofar.record import SeasonState, Source
from knownsofar.render.escape import clean_text
from knownsofar.render.words import value_words
from knownsofar.resolve import TimelineEntry
from knownsofar.serve.models import TimelineChange

__all__ = ["changes_from_timeline", "changes_since", "log_from_timeline"]

_EMPTY_FIELDS = state_fields(SeasonState(show="", season=0))


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


def changes_from_timeline(
    show: str, season: int, entries: Sequence[TimelineEntry]
) -> list[TimelineChange]:
    """Each timeline entry of one season, with the value it replaced (the article's timeline)."""
    last: dict[tuple[str, str], Any] = {}
    changes = []
    for entry in entries:
        slot = (entry.field, entry.key)
        old = last.get(slot)
        last[slot] = entry.value
        changes.append(
            TimelineChange(
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


def _log_fields(field: str, value: Any) -> dict[str, Any]:
    """A claim's value as change-log fields (``state_fields`` names); plot has none."""
    if field in ("platform", "episodes"):
        return {field: value}
    if not isinstance(value, dict):
        return {}
    if field == "cast":
        return {f"cast[{value.get('actor')}]": value.get("status")}
    names = {
        "renewal": ("status", "date"),
        "release": ("status", "date", "window", "confirmed"),
        "production": ("status",),
        "trailer": ("status",),
    }
    return {f"{field}.{name}": value.get(name) for name in names.get(field, ())}


def log_from_timeline(
    show: str, key: str, season: int, timeline: Iterable[TimelineChange]
) -> list[LogChange]:
    """The change log of one season as it would have been recorded, from its timeline."""
    last: dict[str, Any] = dict(_EMPTY_FIELDS)
    found = []
    for step in timeline:
        if step.date is None:
            continue  # the log places every change in time
        for name, new in _log_fields(step.field, step.new).items():
            old = last.get(name)
            if new == old or new == "unknown":
                continue
            last[name] = new
            found.append(
                LogChange(show, key, season, name, old, new, step.source.doc, step.date,
                          url=step.source.url)
            )  # fmt: skip
    return found


def changes_since(changes: Iterable[LogChange], since: dt.date | None) -> list[LogChange]:
    """The changes recorded on or after ``since`` (derived ones: dated on or after it)."""
    if since is None:
        return list(changes)
    return [c for c in changes if (c.recorded_on or c.at) >= since]
