"""What changed in a season's resolved state, when, and because of which source.

A change is one field of one season's state going from one value to another
(SPEC: resolving gives the state; issue 5: the change log). Fields compared:

    renewal.status  renewal.date
    release.status  release.date  release.window  release.confirmed  release.stale
    production.status  trailer.status  platform  episodes
    cast[<actor>]   (a cast member's status, by actor; null when absent)

``ingest_with_changes`` resolves each season a document speaks about before
and after storing it, so every change names the document that caused it;
``at`` is that document's date (``today`` when it has none). A prediction that
expires with time (``release.stale``) is found by ``record_expired``, with no
document. ``changes`` lists them as text, a JSON array or an Atom feed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from knownsofar import dates
from knownsofar.documents.model import Document
from knownsofar.errors import NotFound
from knownsofar.names import actor_key
from knownsofar.names import show_key as make_show_key
from knownsofar.record import SeasonRecord, SeasonState
from knownsofar.render.escape import clean_text, safe_url
from knownsofar.render.formats import ChangeFormat
from knownsofar.store import (
    IngestStats,
    Store,
    StoredChange,
    database_exists,
    describe,
    open_store,
)

__all__ = [
    "Change",
    "ChangeFormat",
    "changes_command",
    "detect_changes",
    "ingest_document_with_changes",
    "ingest_with_changes",
    "list_changes",
    "record_changes",
    "record_expired",
    "render_changes",
]

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:knownsofar:changes"
STALE_FIELD = "release.stale"
_EMPTY = SeasonState(show="", season=0)


@dataclass(frozen=True)
class Change:
    """One field of one season's state changed: ``old`` -> ``new`` (JSON values)."""

    show: str
    show_key: str
    season: int
    field: str
    old: Any
    new: Any
    doc: str | None
    at: dt.date
    recorded_on: dt.date | None = None
    id: int | None = None
    url: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The change as a JSON object (days as ISO strings)."""
        return {
            "id": self.id,
            "show": self.show,
            "show_key": self.show_key,
            "season": self.season,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "doc": self.doc,
            "url": self.url,
            "at": self.at.isoformat(),
            "recorded_on": self.recorded_on.isoformat() if self.recorded_on else None,
        }


# -- detecting ---------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def state_fields(state: SeasonState) -> dict[str, Any]:
    """The compared fields of a state, as JSON values, in change-log order."""
    release = state.release
    window = [d.isoformat() for d in release.window] if release.window else None
    fields: dict[str, Any] = {
        "renewal.status": state.renewal.status,
        "renewal.date": _iso(state.renewal.date),
        "release.status": release.status,
        "release.date": _iso(release.date),
        "release.window": window,
        "release.confirmed": release.confirmed,
        STALE_FIELD: release.stale,
        "production.status": state.production.status,
        "trailer.status": state.trailer.status,
        "platform": state.platform,
        "episodes": state.episodes,
    }
    return fields


def _cast_statuses(state: SeasonState) -> dict[str, tuple[str, str]]:
    """actor key -> (display name, status)."""
    return {actor_key(m.actor): (m.actor, m.status) for m in state.cast}


def _cast_changes(before: SeasonState, after: SeasonState) -> list[tuple[str, Any, Any]]:
    old, new = _cast_statuses(before), _cast_statuses(after)
    found = []
    for key in [*new, *(k for k in old if k not in new)]:
        name = (new.get(key) or old[key])[0]
        old_status = old[key][1] if key in old else None
        new_status = new[key][1] if key in new else None
        if old_status != new_status:
            found.append((f"cast[{name}]", old_status, new_status))
    return found


def detect_changes(
    before: SeasonState | None,
    after: SeasonState,
    *,
    doc: str | None = None,
    at: dt.date | None = None,
) -> list[Change]:
    """Every compared field whose value differs between two states of one season.

    ``before`` None is a season seen for the first time: it is compared with an
    empty state (every status ``unknown``). ``at`` defaults to ``after.as_of``.
    """
    base = before or _EMPTY
    old_fields, new_fields = state_fields(base), state_fields(after)
    diffs = [(f, old_fields[f], v) for f, v in new_fields.items() if old_fields[f] != v]
    diffs += _cast_changes(base, after)
    day = at or after.as_of or dt.date.min
    key = make_show_key(after.show)
    return [
        Change(after.show, key, after.season, field, old, new, doc, day)
        for field, old, new in diffs
    ]


# -- ingesting with change recording ----------------------------------------------


def _state_or_none(store: Store, key: str, season: int, today: dt.date) -> SeasonState | None:
    try:
        return store.state(key, season, today)
    except NotFound:
        return None


def _subjects(records: Iterable[SeasonRecord]) -> list[tuple[str, int]]:
    return sorted({(make_show_key(r.show), r.season) for r in records})


def _stored(change: Change, today: dt.date) -> StoredChange:
    return StoredChange(
        show_key=change.show_key,
        show=change.show,
        season=change.season,
        field=change.field,
        old=json.dumps(change.old, ensure_ascii=False),
        new=json.dumps(change.new, ensure_ascii=False),
        doc=change.doc,
        at=change.at,
        recorded_on=today,
    )


def _from_stored(row: StoredChange) -> Change:
    return Change(
        show=row.show,
        show_key=row.show_key,
        season=row.season,
        field=row.field,
        old=json.loads(row.old),
        new=json.loads(row.new),
        doc=row.doc,
        at=row.at,
        recorded_on=row.recorded_on,
        id=row.id,
    )


def record_changes(store: Store, changes: list[Change], today: dt.date) -> list[Change]:
    """Store the changes; the same changes with their ids and ``recorded_on``."""
    ids = store.record_changes(_stored(c, today) for c in changes)
    return [replace(c, id=i, recorded_on=today) for c, i in zip(changes, ids, strict=True)]


def ingest_document_with_changes(
    store: Store, doc: Document, records: list[SeasonRecord], today: dt.date
) -> tuple[bool, list[Change]]:
    """Store one document; (stored?, the changes it made to its seasons' states, recorded)."""
    subjects = _subjects(records)
    before = {s: _state_or_none(store, *s, today) for s in subjects}
    if not store.add_document(doc, records):
        return False, []
    found: list[Change] = []
    for subject in subjects:
        after = _state_or_none(store, *subject, today)
        if after is not None:
            found += detect_changes(before[subject], after, doc=doc.id, at=doc.published or today)
    return True, record_changes(store, found, today)


def ingest_with_changes(
    store: Store, items: Iterable[tuple[Document, list[SeasonRecord]]], today: dt.date
) -> tuple[IngestStats, list[Change]]:
    """Store documents one by one, recording the changes each makes; stats and changes."""
    stats, changes = IngestStats(), []
    for doc, records in items:
        added, found = ingest_document_with_changes(store, doc, records, today)
        stats += IngestStats(1, int(added), int(not added), 0)
        changes += found
    return stats, changes


def record_expired(store: Store, today: dt.date) -> list[Change]:
    """Record ``release.stale`` turning true with time (no new document); the changes."""
    last = store.latest_change_values(STALE_FIELD)
    found = []
    for state in store.states(today):
        key = make_show_key(state.show)
        if state.release.stale and last.get((key, state.season)) != "true":
            found.append(
                Change(state.show, key, state.season, STALE_FIELD, False, True, None, today)
            )
    return record_changes(store, found, today)


def list_changes(store: Store, since: dt.date | None = None) -> list[Change]:
    """The changes recorded on or after ``since`` (all if None), oldest first."""
    found = [_from_stored(row) for row in store.changes(since)]
    sources = store.sources(c.doc for c in found if c.doc)
    return [replace(c, url=sources[c.doc].url) if c.doc in sources else c for c in found]


# -- rendering -----------------------------------------------------------------


def _value_text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return " to ".join(map(str, value))
    return str(value)


def change_summary(change: Change) -> str:
    """One line: "Show S2: field old -> new"."""
    return clean_text(
        f"{change.show} S{change.season}: {change.field} "
        f"{_value_text(change.old)} -> {_value_text(change.new)}"
    )


def render_changes_text(changes: list[Change]) -> str:
    """One line per change: day, season, field, old -> new, source."""
    if not changes:
        return "no changes recorded\n"
    lines = [
        f"{c.at.isoformat()}  {change_summary(c)}  ({clean_text(c.url or c.doc or 'no source')})"
        for c in changes
    ]
    return "\n".join(lines) + "\n"


def render_changes_json(changes: list[Change]) -> str:
    """A JSON array of changes."""
    return json.dumps([c.as_json() for c in changes], indent=2, ensure_ascii=False) + "\n"


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        element.text = clean_text(text)
    return element


def _atom_entry(feed: ET.Element, change: Change) -> None:
    entry = _sub(feed, "entry")
    if change.id is not None:
        _sub(entry, "id", f"{FEED_ID}:{change.id}")
    else:  # not stored yet: an id stable across builds, from what the change is
        identity = json.dumps(change.as_json(), sort_keys=True, ensure_ascii=False)
        _sub(entry, "id", uuid.uuid5(uuid.NAMESPACE_URL, identity).urn)
    _sub(entry, "title", change_summary(change))
    _sub(entry, "updated", _stamp(change.recorded_on or change.at))
    _sub(entry, "published", _stamp(change.at))
    url = safe_url(change.url or change.doc)
    if url:
        _sub(entry, "link", href=url)
    summary = f"{change_summary(change)} (as of {change.at.isoformat()}; source: "
    _sub(entry, "summary", summary + f"{change.doc or 'none'})", type="text")


def render_changes_atom(changes: list[Change], today: dt.date) -> str:
    """An Atom 1.0 feed of the changes, newest first; all text escaped."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", FEED_ID)
    _sub(feed, "title", "knownsofar: what changed")
    days = [c.recorded_on or c.at for c in changes]
    _sub(feed, "updated", _stamp(max(days, default=today)))
    _sub(_sub(feed, "author"), "name", "knownsofar")
    for change in reversed(changes):
        _atom_entry(feed, change)
    body = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def render_changes(changes: list[Change], fmt: ChangeFormat, today: dt.date) -> str:
    """The changes as ``text``, ``json`` or ``atom``."""
    if fmt is ChangeFormat.json:
        return render_changes_json(changes)
    if fmt is ChangeFormat.atom:
        return render_changes_atom(changes, today)
    return render_changes_text(changes)


def changes_command(
    db_path: Path | str, since: dt.date | None, fmt: ChangeFormat, today: dt.date | None = None
) -> str:
    """The output of ``knownsofar changes`` (SPEC: command line); NotFound without a database.

    Example: knownsofar changes --since 2026-01-01 --format atom > changes.atom
    """
    if not database_exists(db_path):
        raise NotFound(f"{describe(db_path)}: no database yet (run `knownsofar ingest` first)")
    with open_store(db_path) as store:
        found = list_changes(store, since)
    return render_changes(found, ChangeFormat(fmt), today or dates.today())
