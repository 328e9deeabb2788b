"""Plain text and Markdown: the first non-empty line is the title, the rest the text."""

from __future__ import annotations

import re

from knownsofar.documents.build import Draft

_ATX_HEADING = re.compile(r"#{1,6}\s+(.*?)(?:\s+#+)?\s*")
_SETEXT_UNDERLINE = re.compile(r"[ \t]*(?:=+|-+)[ \t]*\r?(?:\n|$)")


def read_text(text: str, id: str, source: str) -> Draft:
    """Return the Draft of a .txt/.md article; Markdown heading marks are dropped."""
    first, _, body = text.lstrip().partition("\n")
    title = first.strip()
    heading = _ATX_HEADING.fullmatch(title)
    if heading:
        title = heading[1]
    underline = _SETEXT_UNDERLINE.match(body)
    if underline:
        body = body[underline.end() :]
    return Draft(id=id, text=body, title=title or None, source=source)
