"""Every date in knownsofar: the clock, ISO parsing, and dates named in text.

This is the only module with date logic (STYLE.md). SPEC's period table lives
in ``period_window``; ``find_dates`` turns a sentence into ``DateMention``s with
precompiled patterns only (vocabulary in ``_date_patterns``), so extractors
can call it on every sentence.

Rules beyond SPEC's table, where SPEC is silent:

* early/mid/late with a month: days 1-10, 11-20, 21-end ("mid-June").
* "the beginning/start of" = early, "the middle of" = mid, "the end of" = late
  (so "the end of the year" = Sep 1 to Dec 31); but "by the end of P" is the
  whole of P ("by the end of 2024" = the year 2024).
* "first/front half|part of" = H1, "second/latter/back half|part" = H2, "early
  part of" = early; a half or quarter needs a year ("the second half" alone is
  usually a split season, not a date) except the quarter words.
* "this S" (month, season, holiday) = the S of the published year (a winter
  containing published wins); "next S" = the first S starting after published;
  "last S" = the last S ended before it. "next/last quarter|week|month" count
  calendar units from published; a week runs Monday to Sunday.
* "later/earlier/the rest of" cut a window at published when it falls inside.
* "in N days|weeks" are days; "in N months|years", "N years ago" the calendar
  month or year. "Memorial/Labor Day weekend" is a window Saturday to Monday.
* Yearless days and periods: future and any tense take the next occurrence
  ending on/after published, past the last one starting on/before it; a named
  weekday picks the nearby year where it fits. Without published the year is
  taken only when exactly one distinct year is written in the same sentence.
  Such mentions have ``year_stated=False`` and ``relative=False``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from knownsofar import _date_patterns as P

Kind = Literal["day", "window"]
Tense = Literal["past", "future", "any"]
Window = tuple[date, date]
SpanFn = Callable[[int], Window | None]
Fixed = Callable[[date, Tense], Window | None]

# SPEC period table: name -> (first month, number of months).
PERIODS: dict[str, tuple[int, int]] = {
    "year": (1, 12), "early": (1, 4), "mid": (5, 4), "late": (9, 4),
    "h1": (1, 6), "h2": (7, 6), "q1": (1, 3), "q2": (4, 3), "q3": (7, 3), "q4": (10, 3),
    "spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3), "winter": (12, 3),
}  # fmt: skip
_YPART = {
    "h1": "h1", "h2": "h2", "early": "early", "mid": "mid", "middle": "mid", "late": "late",
    "beginning": "early", "start": "early", "end": "late", "sometime": "year",
    "some time": "year", "later": "year", "earlier": "year", "rest": "year", "remainder": "year",
}  # fmt: skip
_HALF = {"first": "h1", "front": "h1", "1st": "h1", "early": "early", "earlier": "early"}
_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
          "fourth": 4, "4th": 4, "last": 4, "final": 4}  # fmt: skip
_REL = {"this": "this", "next": "next", "last": "last", "coming": "next", "this coming": "next",
        "past": "last", "this past": "last", "the coming": "next", "the past": "last",
        "the next": "next", "the current": "this", "the": "this", "the new": "next"}  # fmt: skip


def today() -> date:
    """The real date: the only clock access in knownsofar (STYLE: no hidden clock)."""
    return date.today()  # noqa: DTZ011 - the one place allowed to read the clock


def parse_iso_date(value: str | None) -> date | None:
    """The date written in a `published` value (ISO, RFC 2822, "March 3, 2024"), else None."""
    if not value or not value.strip():
        return None
    m = P.ISO_PREFIX.match(value)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    for mention in find_dates(value[:200], None):
        if mention.kind == "day" and mention.year_stated and mention.date:
            return mention.date
    return None


@dataclass(frozen=True)
class DateMention:
    """A day or period named in text, resolved to dates where SPEC allows."""

    start: int
    end: int
    text: str
    kind: Kind
    date: date | None
    window: Window | None
    year_stated: bool
    relative: bool


def window_overlap(a: Window, b: Window) -> float:
    """Days of `a` that fall inside `b`, as a fraction of the length of `a` (0.0 to 1.0)."""
    first, last = max(a[0], b[0]), min(a[1], b[1])
    if last < first:
        return 0.0
    return ((last - first).days + 1) / ((a[1] - a[0]).days + 1)


def period_end(m: DateMention) -> date:
    """The last day a resolved mention covers; ValueError if it has no date."""
    end = m.date if m.kind == "day" else (m.window[1] if m.window else None)
    if end is None:
        raise ValueError(f"unresolved date mention: {m.text!r}")
    return end


# ---- calendar arithmetic -------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_span(year: int, first_month: int, count: int = 1) -> Window:
    """Inclusive window of `count` months from `first_month` of `year` (may run past Dec)."""
    y0, m0 = divmod(year * 12 + first_month - 1, 12)
    y1, m1 = divmod(year * 12 + first_month - 2 + count, 12)
    return date(y0, m0 + 1, 1), date(y1, m1 + 1, calendar.monthrange(y1, m1 + 1)[1])


def period_window(name: str, year: int) -> Window:
    """SPEC's period table: "early", "spring", "q3", "h2", "winter", "holidays"... of `year`."""
    if name == "holidays":
        return date(year, 11, 15), date(year, 12, 31)
    return month_span(year, *PERIODS[name])


# ---- hits: matches before they are resolved ------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    published: date | None
    tense: Tense
    text: str


@dataclass(frozen=True)
class _Hit:
    """One match: how to compute its dates once `published` and tense are known."""

    start: int
    end: int
    kind: Kind
    span: SpanFn | None = None  # the period for a given year
    year: int | None = None  # written in the text
    year_offset: int | None = None  # "next year": published.year + offset
    rel: str | None = None  # "this" / "next" / "last" occurrence around published
    fixed: Fixed | None = None  # computed from published (and tense) alone
    clip: str | None = None  # "later"/"earlier": cut the window at published
    weekday: int | None = None  # a weekday written beside a yearless day
    parts: tuple[_Hit, _Hit] | None = None  # "late 2024 or early 2025"

    @property
    def yearless(self) -> bool:
        return self.span is not None and self.year is None and self.year_offset is None \
            and self.rel is None and self.fixed is None and self.parts is None  # fmt: skip


def _day_span(month: int, day: int) -> SpanFn:
    return lambda y: (d, d) if (d := _safe_date(y, month, day)) else None


def _union_span(a: SpanFn, b: SpanFn) -> SpanFn:
    """Both periods in the same year; the first moves back a year if it would follow the second
    ("winter or spring 2025" = Dec 2024 to May 2025)."""

    def span(y: int) -> Window | None:
        wa, wb = a(y), b(y)
        if wa and wb and wb[0] < wa[0]:
            wa = a(y - 1)
        return (min(wa[0], wb[0]), max(wa[1], wb[1])) if wa and wb else None

    return span


def _occurrences(span: SpanFn, year: int) -> list[Window]:
    return [w for y in range(year - 4, year + 5) if (w := span(y))]


def _pick_rel(span: SpanFn, rel: str, p: date) -> Window | None:
    """ "this/next/last S" around published (see module docstring)."""
    cands = _occurrences(span, p.year)
    if rel == "next":
        return next((w for w in cands if w[0] > p), None)
    if rel == "last":
        return next((w for w in reversed(cands) if w[1] < p), None)
    return next((w for w in cands if w[0] <= p <= w[1]), span(p.year))


def _pick_yearless(hit: _Hit, ctx: _Ctx) -> Window | None:
    """SPEC: a yearless date is the next (past: last) occurrence around published."""
    assert hit.span is not None
    p = ctx.published
    if p is None:
        year = _evident_year(ctx.text, hit.start)
        return hit.span(year) if year else None
    cands = _occurrences(hit.span, p.year)
    ahead = [w for w in cands if w[1] >= p]
    behind = [w for w in reversed(cands) if w[0] <= p]
    order = behind + ahead if ctx.tense == "past" else ahead + behind
    if hit.weekday is not None and order and order[0][0].weekday() != hit.weekday:
        near = sorted((w for w in cands if abs(w[0] - p).days <= 366), key=lambda w: abs(w[0] - p))
        return next((w for w in near if w[0].weekday() == hit.weekday), order[0])
    return order[0] if order else None


def _evident_year(text: str, pos: int) -> int | None:
    """The one distinct year written in the sentence around `pos`, else None."""
    start = max((m.end() for m in P.SENTENCE_END.finditer(text, 0, pos)), default=0)
    end_m = P.SENTENCE_END.search(text, pos)
    years = set(P.ANY_YEAR.findall(text, start, end_m.end() if end_m else len(text)))
    return int(years.pop()) if len(years) == 1 else None


def _clip(w: Window | None, clip: str | None, p: date | None) -> Window | None:
    if w is None or clip is None or p is None or not w[0] <= p <= w[1]:
        return w
    return (p, w[1]) if clip == "later" else (w[0], p)


def _resolve(hit: _Hit, ctx: _Ctx) -> tuple[Window | None, bool, bool]:
    """(dates, year_stated, relative) of a hit."""
    p = ctx.published
    if hit.parts is not None:
        return _resolve_union(hit.parts, ctx)
    if hit.fixed is not None:
        w, stated, rel = (hit.fixed(p, ctx.tense) if p else None), False, True
    elif hit.year is not None and hit.span is not None:
        w, stated, rel = hit.span(hit.year), True, False
    elif hit.year_offset is not None and hit.span is not None:
        w, stated, rel = (hit.span(p.year + hit.year_offset) if p else None), False, True
    elif hit.rel is not None and hit.span is not None:
        w, stated, rel = (_pick_rel(hit.span, hit.rel, p) if p else None), False, True
    else:
        w, stated, rel = _pick_yearless(hit, ctx), False, False
    return _clip(w, hit.clip, p), stated, rel


def _resolve_union(parts: tuple[_Hit, _Hit], ctx: _Ctx) -> tuple[Window | None, bool, bool]:
    a, b = parts
    if a.yearless and (b.year is not None or b.year_offset is not None):
        a = replace(a, year=b.year, year_offset=b.year_offset)
    wa, sa, ra = _resolve(a, ctx)
    wb, sb, rb = _resolve(b, ctx)
    w = (min(wa[0], wb[0]), max(wa[1], wb[1])) if wa and wb else None
    return w, sa and sb, ra or rb


# ---- finding --------------------------------------------------------------------------


def find_dates(text: str, published: date | None, tense: Tense = "any") -> list[DateMention]:
    """Every day and period named in `text`, in order, longest match first; relative and
    yearless ones resolved against `published` (None where SPEC says they stay null)."""
    words = _words(text)
    hits = [h for pattern, on_match, needs, shape in _RECOGNISERS
            if (needs & words) or (shape and shape.search(text))
            for m in pattern.finditer(text) for h in on_match(m, text)]  # fmt: skip
    chosen = _merge_unions(_choose_longest(hits), text)
    ctx = _Ctx(published, tense, text)
    return [_mention(h, ctx) for h in chosen]


def _words(text: str) -> frozenset[str]:
    """Lower-case words of `text`, for the recognisers' gates ("may" only if capitalised)."""
    low = text.lower()
    words = set(P.WORDS.findall(low))
    if "may" in words and "May" not in text and "MAY" not in text:
        words.discard("may")
    if "new year" in low:
        words.add("newyear")
    return frozenset(words)


def _choose_longest(hits: list[_Hit]) -> list[_Hit]:
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _mention(hit: _Hit, ctx: _Ctx) -> DateMention:
    w, stated, rel = _resolve(hit, ctx)
    day = w[0] if w and hit.kind == "day" else None
    window = w if hit.kind == "window" else None
    text = ctx.text[hit.start : hit.end]
    return DateMention(hit.start, hit.end, text, hit.kind, day, window, stated, rel)


# ---- recognisers: what each pattern's match means ------------------------------------

Handler = Callable[[re.Match[str], str], list[_Hit]]
_OFFSETS = {"this": 0, "next": 1, "last": -1}
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1,
              "this": 0, "after tomorrow": 2, "before yesterday": -2}  # fmt: skip


def _norm(words: str | None) -> str:
    return " ".join((words or "").lower().replace("’", "'").split())


def _word_before(text: str, pos: int) -> str:
    m = P.WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m[1].lower().rstrip(".") if m else ""


def _word_after(text: str, pos: int) -> str:
    m = P.WORD_AFTER.match(text, pos)
    return m[1].lower() if m else ""


def _is_change(text: str, start: int) -> bool:
    """ "Moved from March to June" names two dates, not a range."""
    return P.CHANGE_BEFORE.search(text, max(0, start - 60), start) is not None


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + k, 12)
    return y, m + 1


def _year_hit(m: re.Match[str], span: SpanFn, kind: Kind = "window", **kw: object) -> _Hit:
    """A hit whose year comes from the pattern's year groups (y4, y2, yr), if any."""
    start, end = kw.pop("start", m.start()), kw.pop("end", m.end())
    hit = _Hit(start, end, kind, span, **kw)  # type: ignore[arg-type]
    if m["y4"]:
        return replace(hit, year=int(m["y4"]))
    if m.re.groupindex.get("y2") and m["y2"]:
        return replace(hit, year=2000 + int(m["y2"]))
    if m["yr"]:
        return replace(hit, year_offset=_OFFSETS[_REL[_norm(m["yr"])]], rel=None)
    return hit


def _stated_day(m: re.Match[str], y: int, month: int, day: int) -> list[_Hit]:
    span = _day_span(month, day)
    return [_Hit(m.start(), m.end(), "day", span, year=y)] if span(y) else []


def _on_iso(m: re.Match[str], text: str) -> list[_Hit]:
    y = int(m["y"])
    return _stated_day(m, y, int(m["m"]), int(m["d"])) if 1900 <= y <= 2100 else []


def _on_numeric(m: re.Match[str], text: str) -> list[_Hit]:
    """US month/day with slashes, day.month with dots; a number over 12 decides."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    year = y if len(m["y"]) == 4 else (2000 + y if y < 70 else 1900 + y)
    month, day = (a, b) if m["sep"] == "/" else (b, a)
    if month > 12:
        month, day = day, month
    return _stated_day(m, year, month, day)


def _on_named_day(m: re.Match[str], text: str) -> list[_Hit]:
    """ "March 26", "Thursday, Feb. 9", "Friday 14th March", "21 November 2023"."""
    word = m["day"].lower()
    day = int(word) if word.isdigit() else P.ORDINALS[word]
    month = P.MONTHS[m["mon"].lower().rstrip(".")]
    if _safe_date(2000, month, day) is None:
        return []
    if word.isdigit() and _word_before(text, m.start("day")) in P.LABEL_BEFORE:
        return []  # "season 2 August 2024" (not "its fourth season Tuesday, Sept. 23")
    if m["year"]:
        return _stated_day(m, int(m["year"]), month, day)
    weekday = P.WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return [_Hit(m.start(), m.end(), "day", _day_span(month, day), weekday=weekday)]


def _near_weekday(p: date, weekday: int, rel: str | None, tense: Tense) -> date:
    """The named weekday around published: next/last skip today; plain follows the tense."""
    ahead, behind = (weekday - p.weekday()) % 7, (p.weekday() - weekday) % 7
    if rel in ("next", "last"):
        delta = (ahead or 7) if rel == "next" else -(behind or 7)
    elif tense == "future" or (rel == "this" and tense == "any"):
        delta = ahead
    else:
        delta = -behind
    return p + timedelta(days=delta)


def _weekday_fixed(weekday: int, rel: str | None) -> Fixed:
    return lambda p, tense: (d := _near_weekday(p, weekday, rel, tense), d)


def _weekday_dom(weekday: int, dom: int) -> Fixed:
    """ "Monday (12)": the 12th nearest published, preferring one that is a Monday."""

    def fixed(p: date, tense: Tense) -> Window | None:
        months = (_add_months(p.year, p.month, k) for k in range(-2, 3))
        cands = [d for y, m in months if (d := _safe_date(y, m, dom))]
        fits = [d for d in cands if d.weekday() == weekday and abs((d - p).days) <= 45]
        d = min(fits or cands, key=lambda d: abs((d - p).days), default=None)
        return (d, d) if d else None

    return fixed


# "anchor Thursday nights", "its usual Wednesday 8 p.m. slot": a time slot, not a day
_SLOT_AFTER = re.compile(
    r"\s+(?:nights|evenings|mornings|afternoons|slots?|time ?slots?|line-?ups?|blocks?|"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:slot|time ?slot))\b",
    re.IGNORECASE,
)
_SLOT_BEFORE = re.compile(r"\b(?:usual|regular|its|their|his|her|normal|traditional)\s+$", re.I)


def _on_weekday(m: re.Match[str], text: str) -> list[_Hit]:
    weekday = P.WEEKDAYS[m["wd"].lower()]
    if (
        not m["dom"]
        and not m["rel"]
        and (_SLOT_AFTER.match(text, m.end()) or _SLOT_BEFORE.search(text, 0, m.start()))
    ):
        return []
    if m["dom"]:
        dom = int(m["dom"])
        fixed = _weekday_dom(weekday, dom) if 1 <= dom <= 31 else _weekday_fixed(weekday, None)
    else:
        fixed = _weekday_fixed(weekday, _REL.get(_norm(m["rel"])))
    return [_Hit(m.start(), m.end(), "day", fixed=fixed)]


def _mod_index(mod: str | None, by_end: bool) -> int | None:
    """early/beginning/start -> 0, mid/middle -> 1, late/end -> 2 ("by the end of" -> whole)."""
    words = set(_norm(mod).split())
    if not words or (by_end and "end" in words):
        return None
    if words & {"early", "beginning", "start"}:
        return 0
    return 1 if words & {"mid", "middle"} else 2


def _unit_span(season: str | None, month: str | None, idx: int | None) -> SpanFn:
    """A season of the year or a month, or its early/mid/late part."""
    if season:
        first = P.SEASONS[season.lower()]
        if idx is None:
            return lambda y: month_span(y, first, 3)
        return lambda y: month_span(y, first + idx)
    mo = P.MONTHS[(month or "").lower().rstrip(".")]
    if idx is None:
        return lambda y: month_span(y, mo)
    lo, hi = ((1, 10), (11, 20), (21, 31))[idx]
    return lambda y: (date(y, mo, lo), date(y, mo, min(hi, calendar.monthrange(y, mo)[1])))


def _bare_period_ok(m: re.Match[str], text: str) -> bool:
    """A lone "fall" or "May" needs a preposition or a release noun to be a date."""
    after = _word_after(text, m.end())
    fall_noun = (m["s1"] or "").lower() == "fall" and after in ("in", "of")
    if fall_noun or P.NUMBER_AFTER.match(text, m.end()):
        return False  # "summer of 1942" (not a plausible year), "the fall in ratings"
    if after in P.CONTEXT_AFTER or _word_before(text, m.start()) in P.CONTEXT_BEFORE:
        return True
    unit = m["m1"] or ""
    return unit[:1].isupper() and unit.lower() not in ("may", "march", "august")


def _on_period(m: re.Match[str], text: str) -> list[_Hit]:
    """Months and seasons of the year, with early/mid/late, "or"/"to" unions and a year."""
    by_end = _word_before(text, m.start()) == "by"
    span1 = _unit_span(m["s1"], m["m1"], _mod_index(m["mod1"], by_end))
    rel, clip = _REL.get(_norm(m["rel"])), _norm(m["clip"]) or None
    marked = m["conj"] or rel or m["mod1"] or clip or m["y4"] or m["y2"] or m["yr"]
    if not marked:
        unit_start = m.start("s1") if m["s1"] else m.start("m1")
        ok = _bare_period_ok(m, text)
        return [_Hit(unit_start, m.end(), "window", span1)] if ok else []  # not "the September"
    if not m["conj"]:
        return [_year_hit(m, span1, rel=rel, clip=clip)]
    span2 = _unit_span(m["s2"], m["m2"], _mod_index(m["mod2"], False))
    if m["conj"].lower() in ("to", "into", "-", "–", "—") and _is_change(text, m.start()):
        end1 = m.end("s1") if m["s1"] else m.end("m1")
        start2 = m.start("mod2") if m["mod2"] else max(m.start("s2"), m.start("m2"))
        return [_year_hit(m, span1, end=end1, rel=rel), _year_hit(m, span2, start=start2)]
    return [_year_hit(m, _union_span(span1, span2), rel=rel, clip=clip)]


def _year_part(part: str, by_end: bool) -> tuple[str, str | None]:
    """SPEC period name and clip for the words before a year ("the first half of")."""
    words = [w for w in part.replace("-", " ").split() if w not in ("the", "very")]
    if not words:
        return "year", None
    if words[-2:-1] and words[-2] in ("half", "part", "portion"):
        return _HALF.get(words[0], "h2"), None
    head = "sometime" if words[:2] == ["some", "time"] else words[0]
    if head == "end" and by_end:
        return "year", None
    clip = {"later": "later", "rest": "later", "remainder": "later", "earlier": "earlier"}
    return _YPART.get(head, "year"), clip.get(head)


def _bare_number_ok(text: str, start: int, end: int) -> bool:
    """A lone 4-digit number is a year unless it labels or counts something."""
    return _word_before(text, start) not in P.LABEL_BEFORE and not P.COUNT_AFTER.match(text, end)


def _on_year_level(m: re.Match[str], text: str) -> list[_Hit]:
    """Years and their parts: "2026", "early 2024", "H2 2022", "later this year"."""
    part = _norm(m["part"])
    if not part and (_norm(m["yr"]) == "the" or (m["y4"] and not _bare_number_ok(text, *m.span()))):
        return []
    key, clip = _year_part(part, _word_before(text, m.start()) == "by")
    return [_year_hit(m, lambda y: period_window(key, y), clip=clip)]


def _quarter_fixed(offset: int) -> Fixed:
    def fixed(p: date, tense: Tense) -> Window:
        y, q = divmod(p.year * 4 + (p.month - 1) // 3 + offset, 4)
        return month_span(y, 3 * q + 1, 3)

    return fixed


def _on_quarter(m: re.Match[str], text: str) -> list[_Hit]:
    """ "Q3 2024", "third quarter of 2024", "Q1 to Q3", "next quarter" (calendar quarters)."""
    has_year = bool(m["y4"] or m["y2"] or m["yr"])
    qo = _norm(m["qo"])
    if m["qrel"] or (qo == "last" and not has_year):
        offset = _OFFSETS[_REL[_norm(m["qrel"])]] if m["qrel"] else -1
        return [_Hit(m.start(), m.end(), "window", fixed=_quarter_fixed(offset))]
    q1 = int(m["q1"]) if m["q1"] else _ORD_Q[qo]
    q2 = int(m["q2"] or q1)
    q1, q2 = min(q1, q2), max(q1, q2)
    return [_year_hit(m, lambda y: (month_span(y, 3 * q1 - 2)[0], month_span(y, 3 * q2)[1]))]


def _on_year_range(m: re.Match[str], text: str) -> list[_Hit]:
    """ "2023-24" and "2023–2025" are the years together; "2024-03" is a month."""
    a, b = int(m["a"]), int(m["b"])
    if len(m["b"]) == 2 and b == (a + 1) % 100:
        b = a + 1
    elif len(m["b"]) == 2 and 1 <= b <= 12 and "-" in m[0]:
        return [_Hit(m.start(), m.end(), "window", lambda y: month_span(y, b), year=a)]
    if not a < b <= a + 10:
        return []
    return [_Hit(m.start(), m.end(), "window", lambda y: month_span(y, 1, 12 * (b - a + 1)), a)]


def _shift_days(n: int) -> Fixed:
    return lambda p, tense: (p + timedelta(days=n), p + timedelta(days=n))


def _on_day_word(m: re.Match[str], text: str) -> list[_Hit]:
    """today, tonight, this morning, yesterday, last night, tomorrow, the day after tomorrow."""
    key = _norm(m["dayrel"]) or _norm(m["w"]) or _norm(m[0]).split()[-2]
    return [_Hit(m.start(), m.end(), "day", fixed=_shift_days(_DAY_WORDS[key]))]


def _offset_fixed(n: int, unit: str, anchor: str, within: bool) -> Fixed:
    def fixed(p: date, tense: Tense) -> Window:
        base = p + timedelta(days=1) if anchor == "tomorrow" else p
        if anchor in P.WEEKDAYS:
            base = _near_weekday(p, P.WEEKDAYS[anchor], None, "future")
        if unit in ("day", "week"):
            d = base + timedelta(days=n * (7 if unit == "week" else 1))
            w = d, d
        else:
            w = month_span(*_add_months(p.year, p.month, n)) if unit == "month" \
                else month_span(p.year + n, 1, 12)  # fmt: skip
        return (min(p, w[0]), max(p, w[1])) if within else w

    return fixed


def _on_offset(m: re.Match[str], text: str) -> list[_Hit]:
    """ "in two days", "a month from now", "two years ago", "a week from Monday"."""
    count = _norm(m["n1"] or m["n2"])
    n = int(count) if count.isdigit() else P.NUMBERS[count]
    unit = (m["u1"] or m["u2"]).lower()
    within = _norm(m["in"]) == "within"
    kind: Kind = "day" if unit in ("day", "week") and not within else "window"
    fixed = _offset_fixed(-n if m["ago"] else n, unit, _norm(m["anchor"]), within)
    return [_Hit(m.start(), m.end(), kind, fixed=fixed)]


def _calendar_fixed(unit: str, offset: int) -> Fixed:
    def fixed(p: date, tense: Tense) -> Window:
        if unit == "month":
            return month_span(*_add_months(p.year, p.month, offset))
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=offset)
        if unit == "week":
            return monday, monday + timedelta(days=6)
        return monday + timedelta(days=5), monday + timedelta(days=6)

    return fixed


def _on_week_month(m: re.Match[str], text: str) -> list[_Hit]:
    """this/next/last week, weekend or month (Monday-Sunday weeks); "later this month"."""
    fixed = _calendar_fixed(m["u"].lower(), _OFFSETS[_REL[_norm(m["rel"])]])
    return [_Hit(m.start(), m.end(), "window", fixed=fixed, clip=_norm(m["clip"]) or None)]


def _on_holiday(m: re.Match[str], text: str) -> list[_Hit]:
    """Holidays as days (Thanksgiving = 4th Thursday of November); "the holidays" a window."""
    key = P.holiday_key(m["h"])
    if key not in P.HOLIDAYS:
        return []
    lone = _norm(m["h"]) in ("christmas", "xmas", "halloween", "thanksgiving", "easter")
    if lone and not (m["rel"] or m["year"] or _word_before(text, m.start()) in P.CONTEXT_BEFORE):
        return []  # "a Christmas special" is not a date
    kind: Kind = "window" if key == "holidays" or key.endswith("weekend") else "day"
    rel = _REL[_norm(m["rel"])] if m["rel"] else None
    year = int(m["year"]) if m["year"] else None
    return [_Hit(m.start(), m.end(), kind, P.HOLIDAYS[key], year=year, rel=rel)]


def _union_hit(a: _Hit, b: _Hit, start: int) -> _Hit:
    if a.yearless and b.yearless:
        assert a.span is not None and b.span is not None
        return _Hit(start, b.end, "window", _union_span(a.span, b.span))
    return _Hit(start, b.end, "window", parts=(a, b))


def _merge_unions(hits: list[_Hit], text: str) -> list[_Hit]:
    """Join neighbouring periods: "late 2024 or early 2025", "between Q1 and Q3 2025"."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        gap = P.CONNECTOR.fullmatch(text, prev.end, h.start) if prev else None
        if prev is None or gap is None or not prev.kind == h.kind == "window":
            out.append(h)
            continue
        between = P.BETWEEN.search(text, max(0, prev.start - 10), prev.start)
        word = gap[0].strip().lower()
        if (word == "and" and not between) or (word != "or" and _is_change(text, prev.start)):
            out.append(h)
            continue
        out[-1] = _union_hit(prev, h, between.start() if between else prev.start)
    return out


_NONE: frozenset[str] = frozenset()
Recogniser = tuple[re.Pattern[str], Handler, frozenset[str], re.Pattern[str] | None]
_RECOGNISERS: tuple[Recogniser, ...] = (
    (P.ISO, _on_iso, _NONE, P.HAS_ISO),
    (P.NUMERIC, _on_numeric, _NONE, P.HAS_NUMERIC),
    (P.MONTH_DAY, _on_named_day, P.MONTH_WORDS, None),
    (P.DAY_MONTH, _on_named_day, P.MONTH_WORDS, None),
    (P.WEEKDAY_ALONE, _on_weekday, P.WEEKDAY_WORDS, None),
    (P.PERIOD, _on_period, P.MONTH_WORDS | P.SEASON_WORDS, None),
    (P.YEAR_LEVEL, _on_year_level, frozenset({"year"}), P.HAS_YEAR),
    (P.QUARTER, _on_quarter, frozenset({"quarter", "q"}), None),
    (P.YEAR_RANGE, _on_year_range, _NONE, P.HAS_RANGE),
    (P.DAY_WORD, _on_day_word, P.DAY_WORDS, None),
    (P.OFFSET, _on_offset, P.UNIT_WORDS, None),
    (P.WEEK_MONTH, _on_week_month, frozenset({"week", "weekend", "month"}), None),
    (P.HOLIDAY, _on_holiday, P.HOLIDAY_WORDS, None),
)
