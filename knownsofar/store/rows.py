"""Conversions between library values and database rows; the content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from knownsofar.claims import Claim
from knownsofar.documents.model import Document
from knownsofar.record import Source

__all__ = [
    "StoredChange",
    "claim_from_row",
    "claim_row",
    "content_hash",
    "document_row",
    "meta_json",
    "source_from_row",
]


def _normal(text: str | None) -> str:
    """Text with runs of whitespace collapsed and ends stripped ("" for None)."""
    return " ".join((text or "").split())


def content_hash(doc: Document) -> str:
    """sha256 of the document's normalised title, text, published date and url.

    The id is not part of it: the same article under two ids (two feeds) is one
    document; the same id with new content is an update.
    """
    parts = [_normal(doc.title), _normal(doc.text), _iso(doc.published) or "", _normal(doc.url)]
    payload = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _iso(day: dt.date | None) -> str | None:
    """A date as an ISO string (None stays None)."""
    return day.isoformat() if day is not None else None


def _date(text: str | None) -> dt.date | None:
    """An ISO date string as a date (None stays None)."""
    return dt.date.fromisoformat(text) if text else None


def meta_json(meta: dict[str, Any]) -> str:
    """A document's ``meta`` as the store (and ``batch``'s partitions) keep it."""
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)


def document_row(doc: Document, digest: str, meta: str | None = None) -> dict[str, Any]:
    """The ``documents`` row of a document (without ``ingested_at``); ``meta``: its
    ``meta_json`` when already made (``batch`` reads it from a partition)."""
    return {
        "id": doc.id,
        "content_hash": digest,
        "url": doc.url,
        "title": doc.title,
        "published": _iso(doc.published),
        "source": doc.source,
        "meta": meta_json(doc.meta) if meta is None else meta,
    }


def claim_row(claim: Claim) -> dict[str, Any]:
    """The ``claims`` row of a claim (without its id)."""
    return {
        "doc": claim.doc,
        "show_key": claim.show_key,
        "show": claim.show,
        "season": claim.season,
        "field": claim.field,
        "key": claim.key,
        "value": json.dumps(claim.value, ensure_ascii=False, sort_keys=True),
        "confirmed": int(claim.confirmed),
        "holds_on": _iso(claim.holds_on),
        "published": _iso(claim.published),
        "quote": claim.quote,
    }


def claim_from_row(row: Sequence[Any]) -> Claim:
    """A claim from a ``claims`` row in ``sql.CLAIM_COLUMNS`` order."""
    doc, key, show, season, field, ckey, value, confirmed, holds_on, published, quote = row
    return Claim(
        doc=doc,
        show=show,
        show_key=key,
        season=int(season),
        field=field,
        key=ckey,
        value=json.loads(value),
        confirmed=bool(confirmed),
        holds_on=_date(holds_on),
        published=_date(published),
        quote=quote,
    )


def source_from_row(row: Sequence[Any]) -> Source:
    """A Source from ``(id, url, title, published)``."""
    doc, url, title, published = row
    return Source(doc=doc, url=url, title=title, published=_date(published))


@dataclass(frozen=True)
class StoredChange:
    """A row of ``changes``: ``old`` and ``new`` as JSON text, days as dates."""

    show_key: str
    show: str
    season: int
    field: str
    old: str
    new: str
    doc: str | None
    at: dt.date
    recorded_on: dt.date
    id: int | None = None

    def row(self) -> dict[str, Any]:
        """The ``changes`` row (without its id)."""
        return {
            "show_key": self.show_key,
            "show": self.show,
            "season": self.season,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "doc": self.doc,
            "at": self.at.isoformat(),
            "recorded_on": self.recorded_on.isoformat(),
        }

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> StoredChange:
        """A StoredChange from ``sql.CHANGE_COLUMNS`` followed by ``id``."""
        key, show, season, field, old, new, doc, at, recorded, id_ = row
        return cls(
            show_key=str(key),
            show=str(show),
            season=int(season),
            field=str(field),
            old=str(old),
            new=str(new),
            doc=None if doc is None else str(doc),
            at=dt.date.fromisoformat(str(at)),
            recorded_on=dt.date.fromisoformat(str(recorded)),
            id=int(id_),
        )
