"""The Document: one news article, read from any input format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article. ``text`` is normalised (quotes, dashes, whitespace, entities)
    and does not repeat ``title``; ``published`` is None when unknown (never the
    clock); ``source`` names the input it came from (path, path:line, URL)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        """Title and body, as the extractor reads them (title first, own paragraph)."""
        if self.title:
            return f"{self.title}\n\n{self.text}"
        return self.text
