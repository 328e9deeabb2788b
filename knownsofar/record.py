"""SPEC.md types: the season record, its statuses, and the resolved state.

Boundary data (JSON, database rows, API payloads) is validated by these
pydantic models; the status ``Literal``s are checked against SPEC.md's tables
by ``tests/test_spec.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RenewalStatus = Literal["renewed", "final", "cancelled", "pending", "unknown"]
ReleaseStatus = Literal["released", "dated", "window", "not_announced", "unknown"]
ProductionStatus = Literal["not_started", "filming", "wrapped", "unknown"]
TrailerStatus = Literal["none", "announcement", "teaser", "trailer", "unknown"]
CastStatus = Literal["confirmed", "expected", "possible", "not_returning"]

FIELDS = (
    "platform",
    "renewal",
    "release",
    "production",
    "trailer",
    "episodes",
    "cast",
    "plot",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Renewal(_Model):
    status: RenewalStatus = "unknown"
    date: dt.date | None = None


class Release(_Model):
    status: ReleaseStatus = "unknown"
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    confirmed: bool = False
    text: str | None = None


class Production(_Model):
    status: ProductionStatus = "unknown"
    as_of: dt.date | None = None


class Trailer(_Model):
    status: TrailerStatus = "unknown"


class CastMember(_Model):
    actor: str
    character: str | None = None
    status: CastStatus
    new: bool = False


class Evidence(_Model):
    field: str
    quote: str
    doc: str
    published: dt.date | None = None


class SeasonRecord(_Model):
    """One season of one show as one document describes it (SPEC: the season record)."""

    show: str
    season: int
    platform: str | None = None
    renewal: Renewal = Field(default_factory=Renewal)
    release: Release = Field(default_factory=Release)
    production: Production = Field(default_factory=Production)
    trailer: Trailer = Field(default_factory=Trailer)
    episodes: int | None = None
    cast: list[CastMember] = Field(default_factory=list)
    plot: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DocMeta(_Model):
    """The ``doc`` object of ``extract --json`` (SPEC: command line)."""

    id: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None


class ExtractResult(_Model):
    """One line of ``extract --json``."""

    doc: DocMeta
    records: list[SeasonRecord]


class Source(_Model):
    doc: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None


class HistoryEntry(_Model):
    """An earlier (or superseded) value of a field, with where it came from."""

    field: str
    value: Any
    doc: str
    published: dt.date | None = None
    quote: str | None = None


class Conflict(_Model):
    """Two or more claims of equal rank and date that disagree (SPEC resolving rule 4)."""

    field: str
    values: list[Any]
    docs: list[str]


class StateRelease(Release):
    stale: bool = False


class SeasonState(_Model):
    """All records about one season resolved into its current state (SPEC: resolving)."""

    show: str
    season: int
    platform: str | None = None
    renewal: Renewal = Field(default_factory=Renewal)
    release: StateRelease = Field(default_factory=StateRelease)
    production: Production = Field(default_factory=Production)
    trailer: Trailer = Field(default_factory=Trailer)
    episodes: int | None = None
    cast: list[CastMember] = Field(default_factory=list)
    plot: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    as_of: dt.date | None = None
    sources: list[Source] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
