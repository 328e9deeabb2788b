"""Payloads of the web API that are not SPEC types (those live in ``record.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from knownsofar.record import DocMeta, Source

__all__ = ["IngestResult", "LoggedChange", "TimelineChange"]


class TimelineChange(BaseModel):
    """One step of a season's timeline (the article page): a claim's value replacing
    the previous one of its field (``key``: the actor or plot sentence), with its source.

    ``old`` is None for the first value; ``date`` is the day the new value holds from.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    show: str
    season: int
    slug: str
    field: str
    key: str
    old: Any
    new: Any
    summary: str
    confirmed: bool
    date: dt.date | None
    quote: str | None
    source: Source


class LoggedChange(BaseModel):
    """A change as ``knownsofar changes --format json`` writes it (``knownsofar.changes``).

    ``field`` is ``renewal.status``, ``release.window``, ``cast[<actor>]`` ...;
    ``at`` the day of the document that caused it; ``id`` and ``recorded_on`` are
    null for changes derived from a store that has no change log.
    """

    id: int | None
    show: str
    show_key: str
    season: int
    field: str
    old: Any
    new: Any
    doc: str | None
    url: str | None
    at: dt.date
    recorded_on: dt.date | None


class IngestResult(BaseModel):
    """The answer to ``POST /api/documents``: the document stored and what it gave."""

    model_config = ConfigDict(extra="forbid")

    doc: DocMeta
    added: bool
    records: int
    seasons: list[str]
    changes: int
