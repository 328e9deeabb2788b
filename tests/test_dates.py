"""knownsofar.dates: SPEC's period table, the day formats of PHRASES §3/§8, relative and
yearless rules, and what must never be read as a date."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knownsofar.dates import (
    DateMention,
    find_dates,
    month_span,
    parse_iso_date,
    period_end,
    period_window,
    today,
    window_overlap,
)

D = date
OCT24 = D(2024, 10, 15)  # a Tuesday
MAR24 = D(2024, 3, 20)  # a Wednesday
JAN25 = D(2025, 1, 10)  # a Friday


def only(text: str, published: date | None = OCT24, tense: str = "any") -> DateMention:
    found = find_dates(text, published, tense)  # type: ignore[arg-type]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# ---- SPEC's period table, exactly (boundaries included) --------------------------------

WINDOWS = [
    ("in 2026", None, (D(2026, 1, 1), D(2026, 12, 31)), "2026"),
    ("sometime in 2025", None, (D(2025, 1, 1), D(2025, 12, 31)), "sometime in 2025"),
    ("early 2024", None, (D(2024, 1, 1), D(2024, 4, 30)), "early 2024"),
    ("early-2024", None, (D(2024, 1, 1), D(2024, 4, 30)), "early-2024"),
    ("mid-2023", None, (D(2023, 5, 1), D(2023, 8, 31)), "mid-2023"),
    ("mid 2023", None, (D(2023, 5, 1), D(2023, 8, 31)), "mid 2023"),
    ("late 2021", None, (D(2021, 9, 1), D(2021, 12, 31)), "late 2021"),
    ("the middle of 2025", None, (D(2025, 5, 1), D(2025, 8, 31)), "the middle of 2025"),
    ("the beginning of 2025", None, (D(2025, 1, 1), D(2025, 4, 30)), "the beginning of 2025"),
    ("at the end of 2024", None, (D(2024, 9, 1), D(2024, 12, 31)), "the end of 2024"),
    ("by the end of 2024", None, (D(2024, 1, 1), D(2024, 12, 31)), "the end of 2024"),
    ("first half of 2021", None, (D(2021, 1, 1), D(2021, 6, 30)), "first half of 2021"),
    ("the second half of 2022", None, (D(2022, 7, 1), D(2022, 12, 31)), "the second half of 2022"),
    ("the first part of 2021", None, (D(2021, 1, 1), D(2021, 6, 30)), "the first part of 2021"),
    ("the latter part of 2021", None, (D(2021, 7, 1), D(2021, 12, 31)), "the latter part of 2021"),
    ("the early part of 2024", None, (D(2024, 1, 1), D(2024, 4, 30)), "the early part of 2024"),
    ("H1 2023", None, (D(2023, 1, 1), D(2023, 6, 30)), "H1 2023"),
    ("H2 2022", None, (D(2022, 7, 1), D(2022, 12, 31)), "H2 2022"),
    ("Q1 2024", None, (D(2024, 1, 1), D(2024, 3, 31)), "Q1 2024"),
    ("Q2 2024", None, (D(2024, 4, 1), D(2024, 6, 30)), "Q2 2024"),
    ("Q3 2024", None, (D(2024, 7, 1), D(2024, 9, 30)), "Q3 2024"),
    ("Q4 2024", None, (D(2024, 10, 1), D(2024, 12, 31)), "Q4 2024"),
    ("Q3'24", None, (D(2024, 7, 1), D(2024, 9, 30)), "Q3'24"),
    ("third quarter of 2024", None, (D(2024, 7, 1), D(2024, 9, 30)), "third quarter of 2024"),
    ("between Q1 and Q3 2025", None, (D(2025, 1, 1), D(2025, 9, 30)), "Q1 and Q3 2025"),
    ("spring 2024", None, (D(2024, 3, 1), D(2024, 5, 31)), "spring 2024"),
    ("summer 2024", None, (D(2024, 6, 1), D(2024, 8, 31)), "summer 2024"),
    ("fall 2024", None, (D(2024, 9, 1), D(2024, 11, 30)), "fall 2024"),
    ("Autumn 2023", None, (D(2023, 9, 1), D(2023, 11, 30)), "Autumn 2023"),
    ("winter 2024", None, (D(2024, 12, 1), D(2025, 2, 28)), "winter 2024"),
    ("winter 2023", None, (D(2023, 12, 1), D(2024, 2, 29)), "winter 2023"),
    ("the summer of 2019", None, (D(2019, 6, 1), D(2019, 8, 31)), "the summer of 2019"),
    ("summer '24", None, (D(2024, 6, 1), D(2024, 8, 31)), "summer '24"),
    ("early summer 2025", None, (D(2025, 6, 1), D(2025, 6, 30)), "early summer 2025"),
    ("midsummer 2025", None, (D(2025, 7, 1), D(2025, 7, 31)), "midsummer 2025"),
    ("late summer 2025", None, (D(2025, 8, 1), D(2025, 8, 31)), "late summer 2025"),
    ("early winter 2025", None, (D(2025, 12, 1), D(2025, 12, 31)), "early winter 2025"),
    ("late winter 2025", None, (D(2026, 2, 1), D(2026, 2, 28)), "late winter 2025"),
    ("the end of summer 2024", None, (D(2024, 8, 1), D(2024, 8, 31)), "the end of summer 2024"),
    ("late summer or early fall 2024", None, (D(2024, 8, 1), D(2024, 9, 30)),
     "late summer or early fall 2024"),
    ("spring or summer 2018", None, (D(2018, 3, 1), D(2018, 8, 31)), "spring or summer 2018"),
    ("winter or spring 2025", None, (D(2024, 12, 1), D(2025, 5, 31)), "winter or spring 2025"),
    ("late 2024 or early 2025", None, (D(2024, 9, 1), D(2025, 4, 30)),
     "late 2024 or early 2025"),
    ("2023 or 2024", None, (D(2023, 1, 1), D(2024, 12, 31)), "2023 or 2024"),
    ("the 2023-24 season", None, (D(2023, 1, 1), D(2024, 12, 31)), "2023-24"),
    ("August 2024", None, (D(2024, 8, 1), D(2024, 8, 31)), "August 2024"),
    ("February 2024", None, (D(2024, 2, 1), D(2024, 2, 29)), "February 2024"),
    ("Sept. 2023", None, (D(2023, 9, 1), D(2023, 9, 30)), "Sept. 2023"),
    ("Aug 2024", None, (D(2024, 8, 1), D(2024, 8, 31)), "Aug 2024"),
    ("June to August 2024", None, (D(2024, 6, 1), D(2024, 8, 31)), "June to August 2024"),
    ("early March 2025", None, (D(2025, 3, 1), D(2025, 3, 10)), "early March 2025"),
    ("mid-June 2025", None, (D(2025, 6, 11), D(2025, 6, 20)), "mid-June 2025"),
    ("late February 2024", None, (D(2024, 2, 21), D(2024, 2, 29)), "late February 2024"),
    ("the holiday season 2024", None, (D(2024, 11, 15), D(2024, 12, 31)),
     "the holiday season 2024"),
    ("Memorial Day weekend 2024", None, (D(2024, 5, 25), D(2024, 5, 27)),
     "Memorial Day weekend 2024"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "window", "words"), WINDOWS,
                         ids=[w[0] for w in WINDOWS])  # fmt: skip
def test_stated_windows(text, published, window, words):
    m = only(text, published)
    assert (m.kind, m.window, m.date, m.text) == ("window", window, None, words)
    assert m.year_stated and not m.relative


# ---- relative windows: resolved against published ---------------------------------------

RELATIVE = [
    ("next year", OCT24, (D(2025, 1, 1), D(2025, 12, 31))),
    ("this year", OCT24, (D(2024, 1, 1), D(2024, 12, 31))),
    ("last year", OCT24, (D(2023, 1, 1), D(2023, 12, 31))),
    ("sometime this year", OCT24, (D(2024, 1, 1), D(2024, 12, 31))),
    ("sometime next year", OCT24, (D(2025, 1, 1), D(2025, 12, 31))),
    ("later this year", OCT24, (OCT24, D(2024, 12, 31))),
    ("later in the year", OCT24, (OCT24, D(2024, 12, 31))),
    ("the rest of the year", OCT24, (OCT24, D(2024, 12, 31))),
    ("earlier this year", OCT24, (D(2024, 1, 1), OCT24)),
    ("early next year", OCT24, (D(2025, 1, 1), D(2025, 4, 30))),
    ("the end of the year", MAR24, (D(2024, 9, 1), D(2024, 12, 31))),
    ("by the end of the year", MAR24, (D(2024, 1, 1), D(2024, 12, 31))),
    ("the second half of next year", OCT24, (D(2025, 7, 1), D(2025, 12, 31))),
    ("the last quarter of next year", OCT24, (D(2025, 10, 1), D(2025, 12, 31))),
    ("in two years", OCT24, (D(2026, 1, 1), D(2026, 12, 31))),
    ("in two years' time", OCT24, (D(2026, 1, 1), D(2026, 12, 31))),
    ("two years ago", OCT24, (D(2022, 1, 1), D(2022, 12, 31))),
    ("next quarter", OCT24, (D(2025, 1, 1), D(2025, 3, 31))),
    ("next quarter", MAR24, (D(2024, 4, 1), D(2024, 6, 30))),
    ("this quarter", OCT24, (D(2024, 10, 1), D(2024, 12, 31))),
    ("last quarter", OCT24, (D(2024, 7, 1), D(2024, 9, 30))),
    ("next month", OCT24, (D(2024, 11, 1), D(2024, 11, 30))),
    ("next month", D(2024, 12, 5), (D(2025, 1, 1), D(2025, 1, 31))),
    ("last month", JAN25, (D(2024, 12, 1), D(2024, 12, 31))),
    ("later this month", OCT24, (OCT24, D(2024, 10, 31))),
    ("in two months", OCT24, (D(2024, 12, 1), D(2024, 12, 31))),
    ("just over a month from now", OCT24, (D(2024, 11, 1), D(2024, 11, 30))),
    ("this week", OCT24, (D(2024, 10, 14), D(2024, 10, 20))),
    ("next week", OCT24, (D(2024, 10, 21), D(2024, 10, 27))),
    ("last week", OCT24, (D(2024, 10, 7), D(2024, 10, 13))),
    ("this weekend", OCT24, (D(2024, 10, 19), D(2024, 10, 20))),
    ("this summer", MAR24, (D(2024, 6, 1), D(2024, 8, 31))),
    ("this summer", OCT24, (D(2024, 6, 1), D(2024, 8, 31))),
    ("next summer", OCT24, (D(2025, 6, 1), D(2025, 8, 31))),
    ("last summer", MAR24, (D(2023, 6, 1), D(2023, 8, 31))),
    ("this fall", MAR24, (D(2024, 9, 1), D(2024, 11, 30))),
    ("this spring", JAN25, (D(2025, 3, 1), D(2025, 5, 31))),
    ("this winter", OCT24, (D(2024, 12, 1), D(2025, 2, 28))),
    ("this winter", JAN25, (D(2024, 12, 1), D(2025, 2, 28))),
    ("this spring or summer", JAN25, (D(2025, 3, 1), D(2025, 8, 31))),
    ("later this summer", D(2024, 7, 10), (D(2024, 7, 10), D(2024, 8, 31))),
    ("summer next year", OCT24, (D(2025, 6, 1), D(2025, 8, 31))),
    ("this June", OCT24, (D(2024, 6, 1), D(2024, 6, 30))),
    ("next March", OCT24, (D(2025, 3, 1), D(2025, 3, 31))),
    ("this holiday season", MAR24, (D(2024, 11, 15), D(2024, 12, 31))),
]


@pytest.mark.parametrize(("text", "published", "window"), RELATIVE,
                         ids=[f"{r[0]}@{r[1]}" for r in RELATIVE])  # fmt: skip
def test_relative_windows(text, published, window):
    m = only(text, published)
    assert (m.kind, m.window) == ("window", window)
    assert m.relative and not m.year_stated


@pytest.mark.parametrize("text", [r[0] for r in RELATIVE[::3]] + ["today", "Monday"],
                         ids=lambda t: f"no-published:{t}")  # fmt: skip
def test_relative_without_published_stays_null(text):
    m = only(text, None)
    assert m.window is None and m.date is None and m.relative


# ---- yearless periods: next occurrence (future/any), last (past) ------------------------

YEARLESS_WINDOWS = [
    ("in August", OCT24, "future", (D(2025, 8, 1), D(2025, 8, 31))),
    ("in August", OCT24, "past", (D(2024, 8, 1), D(2024, 8, 31))),
    ("in October", OCT24, "any", (D(2024, 10, 1), D(2024, 10, 31))),
    ("returns in October", OCT24, "future", (D(2024, 10, 1), D(2024, 10, 31))),
    ("in the fall", MAR24, "future", (D(2024, 9, 1), D(2024, 11, 30))),
    ("in the spring", OCT24, "future", (D(2025, 3, 1), D(2025, 5, 31))),
    ("a late summer return", OCT24, "future", (D(2025, 8, 1), D(2025, 8, 31))),
    ("we're aiming for early summer", MAR24, "future", (D(2024, 6, 1), D(2024, 6, 30))),
    ("late summer or early fall", MAR24, "future", (D(2024, 8, 1), D(2024, 9, 30))),
    ("for the holidays", OCT24, "future", (D(2024, 11, 15), D(2024, 12, 31))),
    ("in the fourth quarter", MAR24, "future", (D(2024, 10, 1), D(2024, 12, 31))),
    ("by winter", MAR24, "future", (D(2024, 12, 1), D(2025, 2, 28))),
]


@pytest.mark.parametrize(("text", "published", "tense", "window"), YEARLESS_WINDOWS,
                         ids=[f"{y[0]}:{y[2]}" for y in YEARLESS_WINDOWS])  # fmt: skip
def test_yearless_windows(text, published, tense, window):
    m = find_dates(text, published, tense)[-1]
    assert m.window == window and not m.year_stated and not m.relative


# ---- exact days --------------------------------------------------------------------------

DAYS = [
    ("March 26, 2024", D(2024, 3, 26)),
    ("Thursday, Feb. 9, 2023", D(2023, 2, 9)),
    ("Feb 9th, 2024", D(2024, 2, 9)),
    ("Friday 14th March 2025", D(2025, 3, 14)),
    ("21 November 2023", D(2023, 11, 21)),
    ("16. November 2023", D(2023, 11, 16)),
    ("the 3rd of June 2022", D(2022, 6, 3)),
    ("the fifth of June 2020", D(2020, 6, 5)),
    ("April 2nd, 2021", D(2021, 4, 2)),
    ("12/2/21", D(2021, 12, 2)),
    ("13/2/21", D(2021, 2, 13)),
    ("05/31/2024", D(2024, 5, 31)),
    ("01.02.2022", D(2022, 2, 1)),
    ("01.13.2022", D(2022, 1, 13)),
    ("2024-03-07", D(2024, 3, 7)),
    ("2024-03-07T21:00:00Z", D(2024, 3, 7)),
    ("Christmas Day 2023", D(2023, 12, 25)),
    ("Thanksgiving 2024", D(2024, 11, 28)),
    ("Thanksgiving Day 2023", D(2023, 11, 23)),
    ("Valentine's Day 2025", D(2025, 2, 14)),
    ("New Year's Eve 2024", D(2024, 12, 31)),
    ("New Year's Day 2025", D(2025, 1, 1)),
    ("Halloween 2024", D(2024, 10, 31)),
    ("Easter 2025", D(2025, 4, 20)),
    ("Labor Day 2024", D(2024, 9, 2)),
    ("Memorial Day 2024", D(2024, 5, 27)),
]


@pytest.mark.parametrize(("text", "day"), DAYS, ids=[d[0] for d in DAYS])
def test_stated_days(text, day):
    m = only(text, None)
    assert (m.kind, m.date, m.window) == ("day", day, None)
    assert m.year_stated and not m.relative
    assert period_end(m) == day


YEARLESS_DAYS = [
    ("premieres Friday, March 7", D(2024, 10, 3), "future", D(2025, 3, 7)),  # hard case 10
    ("premieres March 7", D(2024, 10, 3), "future", D(2025, 3, 7)),
    ("premiered March 7", D(2024, 10, 3), "past", D(2024, 3, 7)),
    ("March 26", MAR24, "future", D(2024, 3, 26)),
    ("on March 20", MAR24, "future", D(2024, 3, 20)),  # published day itself counts
    ("on Jan. 12", OCT24, "past", D(2024, 1, 12)),
    ("Friday 14th March", OCT24, "any", D(2025, 3, 14)),
    ("Thursday, March 7", D(2024, 10, 3), "any", D(2024, 3, 7)),  # weekday picks the year
    ("the 3rd June", OCT24, "future", D(2025, 6, 3)),
    ("April 2nd", MAR24, "future", D(2024, 4, 2)),
    ("21 November", OCT24, "future", D(2024, 11, 21)),
    ("Tuesday (May 9)", D(2023, 5, 10), "past", D(2023, 5, 9)),
    ("on Christmas Day", OCT24, "future", D(2024, 12, 25)),
    ("on Valentine's Day", OCT24, "future", D(2025, 2, 14)),
    ("for Thanksgiving", OCT24, "future", D(2024, 11, 28)),
    ("on New Year's Eve", OCT24, "past", D(2023, 12, 31)),
    ("Feb. 29", D(2023, 3, 1), "future", D(2024, 2, 29)),
    # a weekday between the label and the day: the number is the day, not a season's
    ("its fourth season Tuesday, Sept. 23", OCT24, "future", D(2025, 9, 23)),
    ("the new series Sunday 14th September", OCT24, "future", D(2025, 9, 14)),
    ("for its third season Thursday, Oct. 2", OCT24, "any", D(2025, 10, 2)),
]


@pytest.mark.parametrize(("text", "published", "tense", "day"), YEARLESS_DAYS,
                         ids=[f"{y[0]}:{y[2]}" for y in YEARLESS_DAYS])  # fmt: skip
def test_yearless_days(text, published, tense, day):
    m = only(text, published, tense)
    assert (m.kind, m.date) == ("day", day)
    assert not m.year_stated and not m.relative


@pytest.mark.parametrize(("text", "day"), [
    ("Season 3 lands March 7, and the finale airs in 2025.", D(2025, 3, 7)),
    ("The 2025 season starts on Friday 14th March.", D(2025, 3, 14)),
    ("Season 3 lands March 7 (2023 was season 2, 2025 season 4).", None),
    ("Season 3 lands March 7.", None),
    ("It aired in 2019. Season 3 lands March 7.", None),
], ids=["one-year", "year-before", "two-years", "no-year", "year-other-sentence"])  # fmt: skip
def test_yearless_day_without_published_uses_evident_year(text, day):
    m = find_dates(text, None)
    named = [x for x in m if x.kind == "day"]
    assert len(named) == 1 and named[0].date == day and not named[0].year_stated


RELATIVE_DAYS = [
    ("announced today", OCT24, "past", OCT24),
    ("tonight at 9", OCT24, "future", OCT24),
    ("this morning", OCT24, "past", OCT24),
    ("yesterday", OCT24, "past", D(2024, 10, 14)),
    ("last night", OCT24, "past", D(2024, 10, 14)),
    ("tomorrow", OCT24, "future", D(2024, 10, 16)),
    ("the day after tomorrow", OCT24, "future", D(2024, 10, 17)),
    ("in two days", OCT24, "future", D(2024, 10, 17)),
    ("in about ten days", OCT24, "future", D(2024, 10, 25)),
    ("three days ago", OCT24, "past", D(2024, 10, 12)),
    ("in two weeks", OCT24, "future", D(2024, 10, 29)),
    ("a week from Monday", OCT24, "future", D(2024, 10, 28)),
    ("a week from tomorrow", OCT24, "future", D(2024, 10, 23)),
    ("announced Monday", OCT24, "past", D(2024, 10, 14)),
    ("announced Monday", OCT24, "any", D(2024, 10, 14)),
    ("drops Thursday", OCT24, "future", D(2024, 10, 17)),
    ("drops Tuesday", OCT24, "future", OCT24),
    ("announced Tuesday", OCT24, "past", OCT24),
    ("announced Wednesday", OCT24, "past", D(2024, 10, 9)),  # hard case 34: within 6 days
    ("this Friday", OCT24, "any", D(2024, 10, 18)),
    ("next Friday", OCT24, "any", D(2024, 10, 18)),
    ("next Tuesday", OCT24, "any", D(2024, 10, 22)),
    ("last Friday", OCT24, "any", D(2024, 10, 11)),
    ("last Tuesday", OCT24, "any", D(2024, 10, 8)),
    ("on Monday (14)", OCT24, "past", D(2024, 10, 14)),
    ("Saturday (12)", OCT24, "any", D(2024, 10, 12)),
]


@pytest.mark.parametrize(("text", "published", "tense", "day"), RELATIVE_DAYS,
                         ids=[f"{r[0]}:{r[2]}" for r in RELATIVE_DAYS])  # fmt: skip
def test_relative_days(text, published, tense, day):
    m = only(text, published, tense)
    assert (m.kind, m.date) == ("day", day)
    assert m.relative and not m.year_stated


def test_weekday_and_date_in_parentheses_are_two_mentions():
    found = find_dates("It arrives tomorrow (April 2).", D(2024, 4, 1), "future")
    assert [(m.text, m.date) for m in found] == [
        ("tomorrow", D(2024, 4, 2)),
        ("April 2", D(2024, 4, 2)),
    ]


def test_mentions_are_ordered_and_do_not_overlap():
    text = "Season 3 premiered in May 2023; season 4 arrives May 30 and ends in early July."
    found = find_dates(text, D(2024, 4, 1), "future")
    assert [m.text for m in found] == ["May 2023", "May 30", "early July"]
    assert [m.date for m in found if m.kind == "day"] == [D(2024, 5, 30)]


def test_changed_plans_are_two_dates_not_a_range():
    found = find_dates("It was pushed from March to June 2025.", None)
    assert [(m.text, m.window) for m in found] == [
        ("March", (D(2025, 3, 1), D(2025, 3, 31))),
        ("June 2025", (D(2025, 6, 1), D(2025, 6, 30))),
    ]


def test_a_bare_month_does_not_swallow_its_day():
    m = only("after the September 11 attacks", None)
    assert (m.text, m.kind, m.year_stated) == ("September 11", "day", False)


def test_bare_year_mid_sentence_is_a_window():
    found = find_dates("The 2024 Emmys honoured the show again.", None)
    assert [(m.text, m.window) for m in found] == [("2024", (D(2024, 1, 1), D(2024, 12, 31)))]


# ---- things that are not dates -----------------------------------------------------------

NOT_DATES = [
    "It drops at 9 p.m. ET.",
    "Episodes land at 3 a.m. on the streamer.",
    "midnight PT / 3 a.m. ET",
    "a 30-minute special",
    "a 2-hour finale",
    "the 27-year-old actor",
    "a $2024 budget",
    "It cost £1,500 to make.",
    "episode 3.06 is the best",
    "season 2 and series 3",
    "Season 4 Part 2 is coming",
    "it has 10 episodes",
    "viewership rose 45%",
    "open 24/7",
    "call 555-0199 now",
    "follow @show96 for news",
    "in the 1990s",
    "the 2000s were different",
    "It had 2000 episodes.",
    "a 1080p stream",
    "the year 3000 is far away",
    "ratings may fall in the new ward",
    "He may return, and could spring a surprise.",
    "airs on Fridays",
    "it will anchor Thursday nights",
    "one of BBC One's most reliable Sunday-night hits",
    "a Thursday night hit for NBC",
    "Wednesday's news is that there will be no sixth",
    "in its usual Wednesday 8 p.m. slot",
    "a Christmas special",
    "the second half of the season",
    "Number 2024 on the list",
    "season 2 August",
    "blamed for the fall in ratings",
    "leaflets handed out in the summer of 1942",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES, ids=lambda t: t or "empty")
def test_not_dates(text):
    assert find_dates(text, OCT24) == []


def test_the_new_year_is_next_year_and_fall_stays_a_verb():
    found = find_dates("ratings may fall in the new year", OCT24)
    assert [(m.text, m.window) for m in found] == [
        ("the new year", (D(2025, 1, 1), D(2025, 12, 31)))
    ]


# ---- parse_iso_date ----------------------------------------------------------------------

ISO = [
    ("2024-03-03", D(2024, 3, 3)),
    ("2024-03-03T23:30:00-08:00", D(2024, 3, 3)),  # the date as written, no tz shift
    ("2024-03-03T10:00:00Z", D(2024, 3, 3)),
    ("20240303", D(2024, 3, 3)),
    ("March 3, 2024", D(2024, 3, 3)),
    ("Tue, 05 Mar 2024 10:00:00 GMT", D(2024, 3, 5)),
    ("Published 5 March 2024 | Last updated", D(2024, 3, 5)),
    ("03/05/2024", D(2024, 3, 5)),
    ("2024-02-30", None),
    ("March 3", None),
    ("yesterday", None),
    ("garbage", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), ISO, ids=[str(v) for v, _ in ISO])
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected


# ---- helpers ----------------------------------------------------------------------------


def test_today_is_a_date():
    assert isinstance(today(), date)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((D(2024, 1, 1), D(2024, 1, 10)), (D(2024, 1, 6), D(2024, 1, 20)), 0.5),
    ((D(2024, 1, 1), D(2024, 1, 10)), (D(2023, 1, 1), D(2025, 1, 1)), 1.0),
    ((D(2024, 1, 1), D(2024, 1, 10)), (D(2024, 2, 1), D(2024, 2, 10)), 0.0),
    ((D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 1, 1), D(2024, 1, 1)), 1.0),
], ids=["half", "inside", "disjoint", "one-day"])  # fmt: skip
def test_window_overlap(a, b, expected):
    assert window_overlap(a, b) == expected


def test_period_end_of_window_and_unresolved():
    assert period_end(only("early 2024", None)) == D(2024, 4, 30)
    with pytest.raises(ValueError, match="unresolved"):
        period_end(only("next year", None))


@pytest.mark.parametrize(("name", "year", "window"), [
    ("holidays", 2024, (D(2024, 11, 15), D(2024, 12, 31))),
    ("winter", 2023, (D(2023, 12, 1), D(2024, 2, 29))),
    ("q2", 2024, (D(2024, 4, 1), D(2024, 6, 30))),
    ("late", 2024, (D(2024, 9, 1), D(2024, 12, 31))),
], ids=["holidays", "winter-leap", "q2", "late"])  # fmt: skip
def test_period_window(name, year, window):
    assert period_window(name, year) == window


# ---- properties --------------------------------------------------------------------------

_WORDS = st.sampled_from([
    "in", "early", "late", "mid", "the", "of", "or", "to", "next", "this", "last", "year",
    "2024", "2025", "'24", "summer", "winter", "fall", "March", "May", "Friday", "Q3", "H2",
    "first", "half", "quarter", "12/2/21", "01.02.2022", "2024-02-29", "29", "31st", "(12)",
    "today", "in two days", "ago", "Christmas", "holidays", ",", ".", "-", "season", "2",
])  # fmt: skip
_PUBLISHED = st.one_of(st.none(), st.dates(D(1990, 1, 1), D(2090, 12, 31)))
_TENSE = st.sampled_from(["past", "future", "any"])


@given(st.lists(_WORDS, max_size=12).map(" ".join), _PUBLISHED, _TENSE)
def test_find_dates_invariants_on_date_words(text, published, tense):
    found = find_dates(text, published, tense)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for prev, m in itertools.pairwise(found):
        assert prev.end <= m.start
    for m in found:
        assert text[m.start : m.end] == m.text
        if m.window:
            assert m.window[0] <= m.window[1] and m.kind == "window"
        if m.date:
            assert m.kind == "day"


@given(st.text(max_size=200), _PUBLISHED, _TENSE)
def test_find_dates_never_raises(text, published, tense):
    for m in find_dates(text, published, tense):
        assert text[m.start : m.end] == m.text


@given(st.dates(D(1950, 1, 1), D(2100, 12, 31)))
def test_iso_round_trip(day):
    assert parse_iso_date(day.isoformat()) == day
    assert only(day.isoformat(), None).date == day


@given(st.integers(1950, 2100), st.integers(1, 12), st.integers(1, 30))
def test_month_span_covers_whole_months(year, month, count):
    first, last = month_span(year, month, count)
    assert first.day == 1 and first <= last and (last + timedelta(days=1)).day == 1
    assert (last.year * 12 + last.month) - (first.year * 12 + first.month) == count - 1
