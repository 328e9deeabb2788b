"""Changes as an Atom feed (RFC 4287), built with ElementTree so all text is escaped.

Text from articles is cleaned of control characters first (XML 1.0 forbids
them). Undated changes have no place in time, so the feed leaves them out; the
JSON API lists them.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from knownsofar.render.escape import clean_text, safe_url
from knownsofar.render.words import format_date
from knownsofar.serve.models import Change

__all__ = ["FEED_LIMIT", "render_changes_atom"]

ATOM = "http://www.w3.org/2005/Atom"
FEED_LIMIT = 100
"""The newest changes a feed carries."""


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = clean_text(text)
    return element


def _entry_id(change: Change) -> str:
    """A stable id: the same change gets the same id in every build of the feed."""
    identity = "|".join(
        [change.slug, str(change.season), change.field, change.key, change.source.doc,
         str(change.date), change.summary]
    )  # fmt: skip
    return uuid.uuid5(uuid.NAMESPACE_URL, f"knownsofar:change:{identity}").urn


def _content(change: Change) -> str:
    """The entry's plain-text body: what changed, where it was said, the quote."""
    source = change.source
    lines = [f"{change.show} season {change.season}: {change.summary}."]
    said = f"Source: {source.title or source.doc}"
    if safe_url(source.url):
        said += f" <{source.url}>"
    lines.append(f"{said}, {format_date(source.published)}.")
    if not change.confirmed:
        lines.append("Not confirmed by the network or makers.")
    if change.quote:
        lines.append(f"“{change.quote}”")
    return "\n".join(lines)


def _entry(feed: ET.Element, change: Change, base_url: str) -> None:
    assert change.date is not None
    entry = _sub(feed, "entry")
    _sub(entry, "id", _entry_id(change))
    _sub(entry, "title", f"{change.show} season {change.season}: {change.summary}")
    _sub(entry, "updated", _timestamp(change.date))
    href = f"{base_url}/shows/{change.slug}/seasons/{change.season}"
    _sub(entry, "link", rel="alternate", type="text/html", href=href)
    url = safe_url(change.source.url)
    if url:
        _sub(entry, "link", rel="related", href=url)
    _sub(entry, "category", term=change.field)
    _sub(entry, "content", _content(change), type="text")


def render_changes_atom(changes: Sequence[Change], base_url: str, today: dt.date) -> bytes:
    """The newest dated changes (``FEED_LIMIT``) as an Atom document, newest first."""
    base_url = base_url.rstrip("/")
    dated = sorted((c for c in changes if c.date), key=lambda c: c.date or today, reverse=True)
    dated = dated[:FEED_LIMIT]
    feed = ET.Element("feed", {"xmlns": ATOM})
    _sub(feed, "id", f"{base_url}/feed.atom")
    _sub(feed, "title", "knownsofar: what changed in upcoming seasons")
    _sub(feed, "updated", _timestamp(dated[0].date if dated and dated[0].date else today))
    _sub(_sub(feed, "author"), "name", "knownsofar")
    _sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base_url}/feed.atom")
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base_url}/")
    for change in dated:
        _entry(feed, change, base_url)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document
