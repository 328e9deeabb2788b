"""JSON Lines, SPEC's interchange format, read line by line in constant memory."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import IO, Any

from knownsofar.documents.build import Draft
from knownsofar.documents.decode import decode_text
from knownsofar.documents.html import read_html_page
from knownsofar.documents.limits import MAX_DOCUMENT_BYTES
from knownsofar.documents.published import PLAUSIBLE_YEARS, parse_iso_date
from knownsofar.errors import BrokenInput, InputError, InputTooLarge

SPEC_KEYS = frozenset({"id", "url", "title", "published", "text", "html"})
_STRING_KEYS = ("url", "title", "text", "html")
_SKIP_CHUNK = 1 << 16


def read_jsonl(stream: IO[bytes], input: str, name: str) -> Iterator[Draft | InputError]:
    """Yield a Draft per line of ``stream``, or the InputError of a bad line.

    ``input`` names the file in errors (``<input>:<lineno>``); ``name`` (the file
    name) makes the ids of lines without id or url (``<name>:<lineno>``).
    """
    found = False
    for item in read_jsonl_lines(stream, input, name):
        found = found or not isinstance(item, InputTooLarge)  # a line over the limit is none
        yield item
    if not found:
        raise BrokenInput(input, "empty file")


def read_jsonl_lines(
    stream: IO[bytes], input: str, name: str, first_line: int = 1
) -> Iterator[Draft | InputError]:
    """As ``read_jsonl`` for a stream holding a file's lines from ``first_line`` on (a
    part of a file: batch partitions), where blank or no lines are no error."""
    for lineno, line in _read_lines(stream, first_line):
        where = f"{input}:{lineno}"
        if line is None:
            yield InputTooLarge(
                where, f"line too large for one article (over {MAX_DOCUMENT_BYTES:,} bytes)"
            )
        elif line.strip():
            try:
                yield read_jsonl_line(line, where, f"{name}:{lineno}")
            except InputError as e:
                yield e


def read_jsonl_line(line: bytes, where: str, fallback_id: str) -> Draft:
    """Return the Draft of one JSON Lines object; raise BrokenInput if it is not one."""
    record = _parse_object(line, where)
    url, title, text, html = (_optional_str(record, k, where) for k in _STRING_KEYS)
    if not text and not html:
        raise BrokenInput(where, 'no "text" or "html"')
    draft = Draft(
        id=_id_of(record, where) or url or fallback_id,
        text=text or "",
        source=where,
        title=title,
        url=url,
        published=_published_of(record, where),
        meta={k: v for k, v in record.items() if k not in SPEC_KEYS},
    )
    return _with_page(draft, html, where) if not text and html else draft


def _read_lines(stream: IO[bytes], first_line: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """Yield (lineno, line); a line over the limit is skipped and yields None."""
    lineno = first_line - 1
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        lineno += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _parse_object(line: bytes, where: str) -> dict[str, Any]:
    try:
        record = json.loads(decode_text(line, where))
    except ValueError as e:
        raise BrokenInput(where, f"not valid JSON ({e})") from e
    except RecursionError as e:
        raise BrokenInput(where, "not valid JSON (nested too deeply)") from e
    if not isinstance(record, dict):
        raise BrokenInput(where, f"not a JSON object but a {type(record).__name__}")
    return record


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise BrokenInput(where, f'"{key}" is not a string')
    return value


def _id_of(record: dict[str, Any], where: str) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BrokenInput(where, '"id" is not a string or integer')
    return str(value)


def _published_of(record: dict[str, Any], where: str) -> dt.date | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    day = parse_iso_date(value) if isinstance(value, str) else None
    if day is None:
        raise BrokenInput(where, f'"published" is not YYYY-MM-DD or ISO 8601: {value!r:.40}')
    if day.year not in PLAUSIBLE_YEARS:
        years = f"{PLAUSIBLE_YEARS.start}-{PLAUSIBLE_YEARS.stop - 1}"
        raise BrokenInput(where, f'"published" is not a date between {years}: {value!r:.40}')
    return day


def _with_page(draft: Draft, html: str, where: str) -> Draft:
    """A line giving "html": text, and missing title/date/url, come from the page."""
    page = read_html_page(html, where)
    return Draft(
        id=draft.id,
        text=page.text,
        source=where,
        title=draft.title or page.title,
        url=draft.url or page.url,
        published=draft.published or page.published,
        meta=draft.meta,
    )
