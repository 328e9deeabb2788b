"""SeasonRecord -> Claims: one sourced, dated statement per field (SPEC: resolving).

A record says many things at once; resolving decides field by field, so each
field a record speaks to becomes its own ``Claim`` carrying its document, the
date it holds on, whether it is confirmed (SPEC resolving rule 2) and its quote.
Values are JSON-able (dates as ISO strings) so the store can keep them as is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from knownsofar.names import actor_key, show_key
from knownsofar.record import FIELDS, Evidence, SeasonRecord

__all__ = ["CLAIM_FIELDS", "Claim", "ClaimValue", "claims_from_record", "plot_key"]

ClaimValue = dict[str, Any] | str | int

CLAIM_FIELDS = FIELDS  # one claim field per field of the SPEC record

# Cast statuses that are the article's expectation, not an announcement.
_UNCONFIRMED_CAST = frozenset({"expected", "possible"})


@dataclass(frozen=True)
class Claim:
    """What one document says about one field of one season.

    ``key`` tells apart several claims of one field from one record: the
    actor_key for ``cast``, ``plot_key`` of the sentence for ``plot``, else "".
    ``holds_on`` is the date the claim holds (production ``as_of``, else
    ``published``); None ranks below every dated claim.
    """

    doc: str
    show: str
    show_key: str
    season: int
    field: str
    key: str
    value: ClaimValue
    confirmed: bool
    holds_on: dt.date | None
    published: dt.date | None
    quote: str | None


@dataclass(frozen=True)
class _Part:
    """A field's contribution before the record-wide parts are added."""

    field: str
    value: ClaimValue
    key: str = ""
    confirmed: bool = True
    holds_on: dt.date | None = None
    quote: str | None = None


def plot_key(sentence: str) -> str:
    """A stable key for a plot sentence: hash of its case- and space-normalised text."""
    normal = " ".join(sentence.casefold().split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def _quote(evidence: list[Evidence], field: str) -> str | None:
    """The first evidence quote for ``field``, if any."""
    return next((e.quote for e in evidence if e.field == field), None)


def _status_parts(record: SeasonRecord) -> list[_Part]:
    """Claims of renewal, release, production and trailer (status ``unknown`` says nothing)."""
    ev = record.evidence
    parts = [
        _Part(name, getattr(record, name).model_dump(mode="json"), quote=_quote(ev, name))
        for name in ("renewal", "trailer")
        if getattr(record, name).status != "unknown"
    ]
    release = record.release
    if release.status != "unknown":
        confirmed = release.confirmed or release.status == "released"
        value = release.model_dump(mode="json") | {"confirmed": confirmed}
        parts.append(_Part("release", value, confirmed=confirmed, quote=_quote(ev, "release")))
    production = record.production
    if production.status != "unknown":
        value = production.model_dump(mode="json")
        parts.append(
            _Part("production", value, holds_on=production.as_of, quote=_quote(ev, "production"))
        )
    return parts


def _plain_parts(record: SeasonRecord, name: str) -> list[_Part]:
    """The claim of platform or episodes, if the record gives one (None says nothing)."""
    value = getattr(record, name)
    if value is None or value == "":
        return []
    return [_Part(name, value, quote=_quote(record.evidence, name))]


def _cast_quote(quotes: list[tuple[str, str]], key: str) -> str | None:
    """The cast evidence naming the actor (``key``); the only cast evidence when none names
    them. ``quotes``: each cast quote with its ``actor_key``."""
    named = [quote for quote, folded in quotes if key and key in folded]
    if named:
        return named[0]
    return quotes[0][0] if len(quotes) == 1 else None


def _cast_parts(record: SeasonRecord) -> list[_Part]:
    """One claim per cast member; expected/possible are unconfirmed."""
    if not record.cast:
        return []
    quotes = [(e.quote, actor_key(e.quote)) for e in record.evidence if e.field == "cast"]
    parts = []
    for member in record.cast:
        key = actor_key(member.actor)
        parts.append(
            _Part(
                "cast",
                member.model_dump(mode="json"),
                key=key,
                confirmed=member.status not in _UNCONFIRMED_CAST,
                quote=_cast_quote(quotes, key),
            )
        )
    return parts


def _plot_parts(record: SeasonRecord) -> list[_Part]:
    """One claim per plot sentence; the sentence is its own quote unless evidence holds it."""
    quotes = [e.quote for e in record.evidence if e.field == "plot"]
    parts: list[_Part] = []
    for sentence in record.plot:
        quote = next((q for q in quotes if sentence in q), sentence)
        parts.append(_Part("plot", sentence, key=plot_key(sentence), quote=quote))
    return parts


def claims_from_record(record: SeasonRecord, doc_id: str, published: dt.date | None) -> list[Claim]:
    """Every claim the record makes: one per field that says something, per cast member,
    per plot sentence (in the order of ``CLAIM_FIELDS``)."""
    parts = [
        *_plain_parts(record, "platform"),
        *_plain_parts(record, "episodes"),
        *_status_parts(record),
        *_cast_parts(record),
        *_plot_parts(record),
    ]
    parts.sort(key=lambda part: CLAIM_FIELDS.index(part.field))
    key = show_key(record.show)
    return [
        Claim(
            doc=doc_id,
            show=record.show,
            show_key=key,
            season=record.season,
            field=part.field,
            key=part.key,
            value=part.value,
            confirmed=part.confirmed,
            holds_on=part.holds_on or published,
            published=published,
            quote=part.quote,
        )
        for part in parts
    ]
