"""Payloads of the web API that are not SPEC types (those live in ``record.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from knownsofar.record import DocMeta, Source

__all__ = ["Change", "IngestResult"]


class Change(BaseModel):
    """One change of one field of one season: ``old`` -> ``new``, with its source.

    Derived from the season's timeline: ``old`` is None for the first value of a
    field (or of one actor, ``key``), ``date`` the day the new value holds from.
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


class IngestResult(BaseModel):
    """The answer to ``POST /api/documents``: the document stored and what it gave."""

    model_config = ConfigDict(extra="forbid")

    doc: DocMeta
    added: bool
    records: int
    seasons: list[str]
