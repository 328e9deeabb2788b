"""Field values in plain words, shared by the article and the terminal views."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from pydantic import BaseModel

from knownsofar.record import Release, StateRelease

_PERIOD_WORDS = ("early", "mid", "late", "spring", "summer", "fall", "autumn", "winter")

RENEWAL_WORDS = {
    "renewed": "renewed",
    "final": "renewed as the final season",
    "cancelled": "cancelled",
    "pending": "no decision yet",
    "unknown": "not reported",
}
PRODUCTION_WORDS = {
    "not_started": "not started",
    "filming": "filming",
    "wrapped": "wrapped",
    "unknown": "not reported",
}
TRAILER_WORDS = {
    "none": "no footage yet",
    "announcement": "announcement only",
    "teaser": "teaser",
    "trailer": "trailer out",
    "unknown": "not reported",
}
CAST_WORDS = {
    "confirmed": "confirmed",
    "expected": "expected",
    "possible": "possible",
    "not_returning": "not returning",
}


def format_date(day: dt.date | None) -> str:
    """A day in words ("March 5, 2027"); "undated" for None."""
    if day is None:
        return "undated"
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _named_span(start: dt.date, end: dt.date) -> str | None:
    """The SPEC period name of an inclusive span within one year, if it has one."""
    y = start.year
    spans = {
        ((1, 1), (12, 31)): f"{y}",
        ((1, 1), (4, 30)): f"early {y}",
        ((5, 1), (8, 31)): f"mid {y}",
        ((9, 1), (12, 31)): f"late {y}",
        ((1, 1), (6, 30)): f"the first half of {y}",
        ((7, 1), (12, 31)): f"the second half of {y}",
        ((3, 1), (5, 31)): f"spring {y}",
        ((6, 1), (8, 31)): f"summer {y}",
        ((9, 1), (11, 30)): f"fall {y}",
        ((11, 15), (12, 31)): f"the {y} holiday season",
    }
    for quarter in range(4):
        first = quarter * 3 + 1
        spans[((first, 1), (first + 2, _month_end(y, first + 2).day))] = f"Q{quarter + 1} {y}"
    return spans.get(((start.month, start.day), (end.month, end.day)))


def window_words(window: tuple[dt.date, dt.date]) -> str:
    """An inclusive window in words: "early 2024", "March 2027", else a date range."""
    start, end = window
    if start.year == end.year:
        if start.month == end.month and start.day == 1 and end == _month_end(end.year, end.month):
            return f"{calendar.month_name[start.month]} {start.year}"
        named = _named_span(start, end)
        if named:
            return named
    if (start.month, start.day) == (12, 1) and end.year == start.year + 1 and end.month == 2:
        if end == _month_end(end.year, 2):
            return f"winter {start.year}"
    return f"between {format_date(start)} and {format_date(end)}"


def period_words(release: Release) -> str:
    """The release period in words: from the window, else the article's own words."""
    if release.window is not None:
        return window_words(release.window)
    text = (release.text or "").strip()
    if text.split(" ", 1)[0].lower() in _PERIOD_WORDS:
        return text[0].lower() + text[1:]
    return text or "an unnamed period"


def release_words(release: Release, stale: bool = False) -> str:
    """A short phrase for a release claim (tables, timelines, conflicts)."""
    mark = "" if release.confirmed or release.status == "released" else " (unconfirmed)"
    stale_mark = " (passed)" if stale else ""
    if release.status == "released":
        return f"released {format_date(release.date)}" if release.date else "released"
    if release.status == "dated" and release.date:
        return f"{release.date.isoformat()}{mark}{stale_mark}"
    if release.status == "window":
        return f"{period_words(release)}{mark}{stale_mark}"
    if release.status == "not_announced":
        return "not announced"
    return "not reported"


def _as_dict(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump()
    return value


def value_words(field: str, value: Any) -> str:
    """Any field value (model, dict from JSON, or scalar) in a few plain words."""
    value = _as_dict(value)
    if isinstance(value, list):
        return "; ".join(value_words(field, item) for item in value) or "none"
    if not isinstance(value, dict):
        return "not reported" if value is None else str(value)
    if field == "release":
        release = StateRelease.model_validate(value)
        return release_words(release, release.stale)
    if "actor" in value:
        character = f" as {value['character']}" if value.get("character") else ""
        return f"{value['actor']}{character}: {CAST_WORDS.get(value.get('status', ''), '?')}"
    status = str(value.get("status", ""))
    words = {"renewal": RENEWAL_WORDS, "production": PRODUCTION_WORDS, "trailer": TRAILER_WORDS}
    text = words.get(field, {}).get(status, status.replace("_", " "))
    day = value.get("date") or value.get("as_of")
    return f"{text} ({day})" if day else text
