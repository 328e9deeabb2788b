"""Draft (raw strings from a reader) to Document: normalised once, checked once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from knownsofar.documents.limits import MAX_DOCUMENT_BYTES
from knownsofar.documents.model import Document
from knownsofar.documents.normalise import normalise_text
from knownsofar.errors import BrokenInput, InputTooLarge


@dataclass(frozen=True)
class Draft:
    """A document as a reader found it: text and title not yet normalised."""

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def build_document(draft: Draft) -> Document:
    """Return the Document of ``draft``: normalised, title not repeated, size checked."""
    if len(draft.text) > MAX_DOCUMENT_BYTES:
        raise InputTooLarge(
            draft.source, f"too large for one article (over {MAX_DOCUMENT_BYTES:,} bytes)"
        )
    title = normalise_text(draft.title).replace("\n", " ") if draft.title else None
    text = _drop_leading_title(normalise_text(draft.text), title)
    if not text:
        raise BrokenInput(draft.source, "no text")
    return Document(
        id=draft.id,
        text=text,
        title=title or None,
        url=draft.url,
        published=draft.published,
        source=draft.source,
        meta=draft.meta,
    )


def _drop_leading_title(text: str, title: str | None) -> str:
    """Document.text does not repeat the title (pages and feeds often open with it)."""
    if not title:
        return text
    first, _, rest = text.partition("\n\n")
    if first.casefold() == title.casefold():
        return rest
    return text
