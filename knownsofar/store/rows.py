"""Conversions between library values and database rows; the content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from knownsofar.claims import Claim
from knownsofar.documents.model import Document
from knownsofar.record import Source

__all__ = ["claim_from_row", "claim_row", "content_hash", "document_row", "source_from_row"]

ClaimRow = tuple[str, str, str, int, str, str, str, int, str | None, str | None, str | None]


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


def document_row(doc: Document, digest: str) -> tuple[Any, ...]:
    """The ``documents`` row of a document (without ``ingested_at``)."""
    meta = json.dumps(doc.meta, ensure_ascii=False, sort_keys=True, default=str)
    return (doc.id, digest, doc.url, doc.title, _iso(doc.published), doc.source, meta)


def claim_row(claim: Claim) -> ClaimRow:
    """The ``claims`` row of a claim (without its id)."""
    return (
        claim.doc,
        claim.show_key,
        claim.show,
        claim.season,
        claim.field,
        claim.key,
        json.dumps(claim.value, ensure_ascii=False, sort_keys=True),
        int(claim.confirmed),
        _iso(claim.holds_on),
        _iso(claim.published),
        claim.quote,
    )


def claim_from_row(row: tuple[Any, ...]) -> Claim:
    """A claim from a ``claims`` row in ``claim_row`` column order."""
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


def source_from_row(row: tuple[Any, ...]) -> Source:
    """A Source from ``(id, url, title, published)``."""
    doc, url, title, published = row
    return Source(doc=doc, url=url, title=title, published=_date(published))
