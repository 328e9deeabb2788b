"""RSS and Atom feeds (feedparser): each entry is a document.

Entity declarations are refused before parsing (billion laughs, external
entities); feedparser runs with HTML sanitising and never sees a URL or a path.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from knownsofar.documents.build import Draft
from knownsofar.documents.html import fragment_to_text
from knownsofar.documents.published import parse_stamp
from knownsofar.errors import BrokenInput, InputError

SNIFF_BYTES = 65_536
_FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?"
    rb"(?:(?:<!--.*?-->|<\?.*?\?>|<!(?i:doctype)[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)[\s>/]",
    re.DOTALL,
)
_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_feed(head: bytes) -> bool:
    """True if ``head`` (the start of a file) opens an RSS, RDF or Atom document."""
    return _FEED_START.match(head[:SNIFF_BYTES]) is not None


def read_feed(data: bytes, input: str, name: str) -> Iterator[Draft | InputError]:
    """Yield a Draft per entry of the feed in ``data``, or the InputError of a bad entry."""
    parsed = _parse_feed(data, input)
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        try:
            yield _draft_of(entry, f"{input}#{n}", f"{name}#{n}", feed_title)
        except InputError as e:
            yield e


def _parse_feed(data: bytes, input: str) -> Any:
    if _ENTITY_DECLARATION.search(data):
        raise BrokenInput(input, "feed declares XML entities (refused: entity expansion)")
    import feedparser  # loaded when a feed is read, not when the CLI starts

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as e:  # feedparser raises assorted errors on hostile input
        raise BrokenInput(input, f"malformed feed ({type(e).__name__})") from e
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.bozo else "no entries"
        raise BrokenInput(input, f"not a readable RSS/Atom feed: {reason}")
    return parsed


def _draft_of(entry: Any, where: str, fallback_id: str, feed_title: str | None) -> Draft:
    text = _entry_text(entry)
    if not text.strip():
        raise BrokenInput(where, "feed entry without text")
    return Draft(
        id=entry.get("id") or entry.get("link") or fallback_id,
        text=text,
        source=where,
        title=_detail_text(entry, "title"),
        url=entry.get("link"),
        published=_entry_published(entry),
        meta={"feed": feed_title} if feed_title else {},
    )


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents and summary, HTML turned to text."""
    details = [c for c in entry.get("content", []) if c.get("value")]
    if entry.get("summary"):
        details.append(entry.get("summary_detail") or {"value": entry["summary"]})
    if not details:
        return ""
    best = max(details, key=lambda d: len(d.get("value", "")))
    return _as_text(best.get("value", ""), best.get("type"))


def _detail_text(entry: Any, key: str) -> str | None:
    value = entry.get(key)
    if not value:
        return None
    detail = entry.get(f"{key}_detail") or {}
    return _as_text(value, detail.get("type"))


def _as_text(value: str, kind: str | None) -> str:
    return fragment_to_text(value) if kind in _HTML_TYPES else value


def _entry_published(entry: Any) -> dt.date | None:
    """The day as the feed writes it (feedparser's parsed struct is shifted to UTC).

    ``dict.get``: feedparser's own ``get("updated")`` falls back to "published"
    with a DeprecationWarning (an error under ``-W error``) when there is none.
    """
    for key in ("published", "updated"):
        day = parse_stamp(dict.get(entry, key) or "")
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed"):
        stamp = dict.get(entry, key)
        if stamp:
            return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None
