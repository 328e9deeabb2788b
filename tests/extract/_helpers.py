"""Helpers for the extractor tests: run ``extract_document`` on a small
invented article and find the record, cast entry or subject under test.

Show names match as SPEC's command line matches SHOW (case-, punctuation- and
leading-"the"-insensitively, "&" = "and"); actor names as SPEC's cast merge
(case-, accent- and hyphen-insensitively).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from knownsofar.documents.model import Document
from knownsofar.extract import extract_document
from knownsofar.record import CastMember, SeasonRecord

Published = str | dt.date | None


def as_date(value: Published) -> dt.date | None:
    """An ISO string or a date as a date; None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def show_key(name: str) -> str:
    """Match key of a show title: case, punctuation, "&"/"and" and a leading "The" ignored."""
    words = re.sub(r"[^\w\s]", " ", _fold(name).replace("&", " and ")).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """Match key of a person's name (SPEC cast merge: case, accents, hyphens ignored)."""
    return re.sub(r"[\W_]", "", _fold(name))


def records_for(
    text: str, published: Published = None, title: str | None = None
) -> list[SeasonRecord]:
    """Every record the extractor gives for one article."""
    doc = Document(id="case", text=text, title=title, published=as_date(published))
    records = extract_document(doc)
    for record in records:
        assert isinstance(record, SeasonRecord), f"not a SeasonRecord: {record!r}"
    return records


def subjects(records: list[SeasonRecord]) -> list[tuple[str, int]]:
    """The (show key, season) of each record, in order."""
    return [(show_key(r.show), r.season) for r in records]


def find_records(records: list[SeasonRecord], show: str, season: int) -> list[SeasonRecord]:
    """The records about ``show`` season ``season``."""
    key = show_key(show)
    return [r for r in records if show_key(r.show) == key and r.season == season]


def record_for(
    text: str,
    show: str,
    season: int,
    published: Published = None,
    title: str | None = None,
) -> SeasonRecord:
    """The one record about ``show`` season ``season``; fails clearly if absent or repeated."""
    records = records_for(text, published, title)
    found = find_records(records, show, season)
    if not found:
        pytest.fail(
            f"no record for {show!r} season {season}; extractor gave {subjects(records)}",
            pytrace=False,
        )
    if len(found) > 1:
        pytest.fail(
            f"{len(found)} records for {show!r} season {season}; SPEC wants one per season",
            pytrace=False,
        )
    return found[0]


def cast_member(record: SeasonRecord, actor: str) -> CastMember:
    """The cast entry for ``actor``; fails clearly if absent or repeated."""
    key = name_key(actor)
    found = [m for m in record.cast if name_key(m.actor) == key]
    if len(found) != 1:
        names = [m.actor for m in record.cast]
        pytest.fail(
            f"expected one cast entry for {actor!r} in {record.show!r} season "
            f"{record.season}, found {len(found)}; cast is {names}",
            pytrace=False,
        )
    return found[0]


def same_text(left: str | None, right: str | None) -> bool:
    """Case-insensitive equality of optional strings (None only equals None)."""
    if left is None or right is None:
        return left is right
    return _fold(left).strip() == _fold(right).strip()
