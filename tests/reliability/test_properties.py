"""Property tests the other suites do not already state (issue 7).

tests/test_dates.py covers ISO round trips, month spans and find_dates on date
words; tests/test_resolve.py covers resolve_season's order independence and
idempotence on claims. Here: SPEC's period table as partitions, find_dates
windows on arbitrary text, ingest order independence through the store, a batch
storing what one document at a time stores, and extract_document on arbitrary
text (never raises, output valid).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knownsofar.dates import PERIODS, find_dates, period_window
from knownsofar.documents.model import Document
from knownsofar.documents.published import PLAUSIBLE_YEARS
from knownsofar.extract import extract_document
from knownsofar.record import SeasonRecord
from knownsofar.store import Store
from knownsofar.store.backend import Scope

EXAMPLES = int(os.environ.get("KNOWNSOFAR_PROPERTY_EXAMPLES", "60"))
YEARS = st.integers(1900, 2200)
ONE_DAY = dt.timedelta(days=1)


def _covers_exactly(windows: list[tuple[dt.date, dt.date]], first: dt.date, last: dt.date) -> None:
    """The windows follow each other with no gap and no overlap, from first to last."""
    assert windows[0][0] == first and windows[-1][1] == last
    for (_, end), (start, _) in itertools.pairwise(windows):
        assert start == end + ONE_DAY


@settings(max_examples=EXAMPLES)
@given(YEARS)
def test_period_table_partitions_the_year(year):
    jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for parts in (("early", "mid", "late"), ("h1", "h2"), ("q1", "q2", "q3", "q4")):
        _covers_exactly([period_window(p, year) for p in parts], jan1, dec31)
    assert period_window("year", year) == (jan1, dec31)
    seasons = [period_window(p, year) for p in ("spring", "summer", "fall", "winter")]
    _covers_exactly(seasons, dt.date(year, 3, 1), dt.date(year + 1, 3, 1) - ONE_DAY)
    assert period_window("fall", year) == period_window("autumn", year)
    holidays = period_window("holidays", year)
    assert holidays == (dt.date(year, 11, 15), dec31)
    for name in PERIODS:
        start, end = period_window(name, year)
        assert start.day == 1 and start <= end and (end + ONE_DAY).day == 1


_DATE_TEXT = st.one_of(
    st.text(max_size=120),
    st.lists(
        st.sampled_from(
            ["season 99999", "in 99999", "year 10000", "Q5 2024", "early 0", "late 9999",
             "winter 9999", "next year", "December 31, 9999", "31/12/9999", "spring",
             "2024-02-30", "the holidays", "in 10000000000 days", "later this year", "\u202e"]
        ),
        max_size=6,
    ).map(" ".join),
)  # fmt: skip
# The readers only give dates in PLAUSIBLE_YEARS (find_dates raised ValueError
# "year 0 is out of range" for "the holidays" published 0004-01-01).
_PUBLISHED = st.one_of(
    st.none(),
    st.dates(dt.date(PLAUSIBLE_YEARS.start, 1, 1), dt.date(PLAUSIBLE_YEARS.stop - 1, 12, 31)),
)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(_DATE_TEXT, _PUBLISHED, st.sampled_from(["past", "future", "any"]))
def test_found_windows_are_ordered_even_at_the_ends_of_the_calendar(text, published, tense):
    for mention in find_dates(text, published, tense):
        if mention.window:
            assert mention.window[0] <= mention.window[1]
        assert text[mention.start : mention.end] == mention.text


# -- extraction never raises, its output is valid SPEC records ----------------------

_ARTICLE_WORDS = st.sampled_from(
    [
        "Harbor Lights", "season 2", "season 99999", "season 0", "series 3", "S4",
        "sophomore season", "Part 2", "renewed", "cancelled", "final season", "Netflix",
        "premieres", "early 2026", "on June 2, 2025", "filming", "wrapped", "trailer",
        "teaser", "returns as", "joins the cast", "won't return", "episodes", "12",
        "10000000000000000000000", "-1", "'", '"', "(", ")", ".", ",", "\n\n", "é", "ß",
        "\u0130", "\ufb03", "\u200b", "\u202e", "\U0001f600", "\x00", "\x1b[2J", "  ",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=300), st.lists(_ARTICLE_WORDS, max_size=40).map(" ".join))


@settings(max_examples=EXAMPLES * 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.one_of(st.none(), st.text(max_size=40)), _PUBLISHED)
def test_extract_never_raises_and_its_records_are_valid(text, title, published):
    doc = Document(id="doc", text=text, title=title, published=published)
    for record in extract_document(doc):
        dumped = record.model_dump(mode="json")
        assert SeasonRecord.model_validate(dumped) == record
        assert SeasonRecord.model_validate_json(record.model_dump_json()) == record
        assert record.show.strip() and record.season >= 0
        release = record.release
        if release.window:
            assert release.window[0] <= release.window[1]
        assert all(e.doc == "doc" for e in record.evidence)


# -- the store: ingest order does not change the states -------------------------

_DOC_TEXTS = [
    ("a", "2024-01-05", "Netflix has renewed Harbor Lights for season 2."),
    ("b", "2024-03-01", "Season 2 of Harbor Lights will premiere in early 2025 on Netflix."),
    ("c", "2024-06-10", "Harbor Lights season 2 has wrapped filming."),
    ("d", None, "Harbor Lights season 2 could arrive in late 2024, we expect."),
    ("e", "2024-06-10", "Harbor Lights season 2 will premiere in mid 2025."),
    ("f", "2024-08-01", "Ann Lee will return as Nell in Harbor Lights season 2."),
    ("g", "2024-09-01", "Harbor Lights has been cancelled; there will be no season 3."),
]
_ITEMS = [
    (doc, extract_document(doc))
    for doc in (
        Document(id=i, text=t, published=dt.date.fromisoformat(p) if p else None)
        for i, p, t in _DOC_TEXTS
    )
]


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(st.permutations(_ITEMS), st.integers(1, 4))
def test_ingest_order_and_batches_do_not_change_the_states(items, batch_size):
    today = dt.date(2025, 1, 1)
    with Store(":memory:") as reference:
        reference.add_many(_ITEMS)
        expected = reference.states(today)
    with Store(":memory:") as store:
        store.add_many(items, batch_size=batch_size)
        assert store.states(today) == expected
        again = store.add_many(reversed(items))
        assert again.documents_added == 0 and store.states(today) == expected


# -- the store: a batch stores exactly what one document at a time stores ------------

# Few ids and texts, so batches keep repeating a document, replacing one (same id, new
# text), bringing back replaced content, or carrying one article under two ids.
_VERSIONS = st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["one", "two", "three"]))


def _stored(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """(id, title) of every document and (doc, field, value) of every claim, sorted."""
    with store._backend.session(Scope.READ) as session:
        docs = sorted(tuple(r) for r in session.rows("SELECT id, title FROM documents"))
        claims = session.rows("SELECT doc, show_key, field, value FROM claims")
        return docs, sorted(tuple(r) for r in claims)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_VERSIONS, max_size=12), st.integers(2, 6))
def test_a_batch_stores_what_one_at_a_time_stores(versions, batch_size):
    items = [
        (Document(id=i, text=f"Article {text}.", title=text), [_record(text)])
        for i, text in versions
    ]
    with Store(":memory:") as one, Store(":memory:") as batched:
        singles = one.add_many(items, batch_size=1)
        assert batched.add_many(items, batch_size=batch_size) == singles
        assert _stored(batched) == _stored(one)


def _record(text: str) -> SeasonRecord:
    return SeasonRecord.model_validate(
        {"show": "Harbor Lights", "season": 2, "platform": text, "episodes": len(text)}
    )
