"""resolve.py: claims -> the season's current state, one test per SPEC resolving rule."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knownsofar.claims import Claim, claims_from_record, plot_key
from knownsofar.names import actor_key, show_key
from knownsofar.record import SeasonRecord, SeasonState, Source
from knownsofar.resolve import resolve_season, timeline

TODAY = dt.date(2024, 6, 1)


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def claim(
    field: str,
    value: Any,
    doc: str = "d1",
    published: str | None = "2024-01-01",
    *,
    confirmed: bool = True,
    key: str = "",
    show: str = "The Boys",
    holds_on: str | None = None,
    quote: str | None = None,
) -> Claim:
    return Claim(
        doc=doc,
        show=show,
        show_key=show_key(show),
        season=5,
        field=field,
        key=key,
        value=value,
        confirmed=confirmed,
        holds_on=day(holds_on or published),
        published=day(published),
        quote=quote,
    )


def renewal(
    status: str,
    doc: str = "d1",
    published: str | None = "2024-01-01",
    date: str | None = None,
    **kw: Any,
) -> Claim:
    return claim("renewal", {"status": status, "date": date}, doc, published, **kw)


def release(
    status: str,
    doc: str = "d1",
    published: str | None = "2024-01-01",
    *,
    date: str | None = None,
    window: list[str] | None = None,
    confirmed: bool = True,
    text: str | None = None,
) -> Claim:
    confirmed = confirmed or status == "released"
    value = {"status": status, "date": date, "window": window, "confirmed": confirmed, "text": text}
    return claim("release", value, doc, published, confirmed=confirmed)


def cast(
    actor: str,
    status: str,
    doc: str = "d1",
    published: str | None = "2024-01-01",
    *,
    character: str | None = None,
    new: bool = False,
) -> Claim:
    value = {"actor": actor, "character": character, "status": status, "new": new}
    return claim(
        "cast",
        value,
        doc,
        published,
        key=actor_key(actor),
        confirmed=status not in {"expected", "possible"},
    )


def resolve(*claims: Claim, today: dt.date = TODAY) -> SeasonState:
    return resolve_season(list(claims), {}, today)


# -- rule 1: later replaces earlier; undated ranks lowest -------------------


def test_later_claim_replaces_earlier():
    state = resolve(
        renewal("renewed", "old", "2023-01-01"), renewal("cancelled", "new", "2024-01-01")
    )
    assert state.renewal.status == "cancelled"
    assert [(h.field, h.value["status"], h.doc) for h in state.history] == [
        ("renewal", "renewed", "old")
    ]


def test_later_replaces_earlier_for_platform_and_episodes():
    state = resolve(
        claim("platform", "Netflix", "a", "2023-01-01"),
        claim("platform", "Hulu", "b", "2023-05-01"),
        claim("episodes", 10, "a", "2023-01-01"),
        claim("episodes", 8, "b", "2023-05-01"),
    )
    assert (state.platform, state.episodes) == ("Hulu", 8)


def test_a_later_repeat_of_the_same_renewal_keeps_the_day_it_was_announced():
    state = resolve(
        renewal("renewed", "news", "2024-03-12", date="2024-03-11", quote="renewed it Monday"),
        renewal("renewed", "guide", "2024-05-01", quote="has been renewed"),
    )
    assert state.renewal.status == "renewed"
    assert state.renewal.date == dt.date(2024, 3, 11)
    assert [e.doc for e in state.evidence] == ["news"]  # the claim giving the day is cited


def test_a_later_change_of_status_takes_no_day_from_the_old_one():
    state = resolve(
        renewal("renewed", "news", "2024-03-12", date="2024-03-11"),
        renewal("cancelled", "later", "2024-05-01"),
    )
    assert state.renewal.status == "cancelled"
    assert state.renewal.date is None


def test_undated_claim_ranks_below_every_dated_one():
    state = resolve(
        renewal("cancelled", "undated", None), renewal("renewed", "dated", "2001-01-01")
    )
    assert state.renewal.status == "renewed"


def test_undated_claim_decides_where_no_dated_one_speaks():
    state = resolve(renewal("cancelled", "undated", None), claim("platform", "Netflix", "dated"))
    assert state.renewal.status == "cancelled"
    assert state.platform == "Netflix"


def test_production_holds_on_its_as_of_date():
    # Published later but stated to hold earlier: the newer filming report wins.
    wrapped = claim(
        "production",
        {"status": "wrapped", "as_of": "2023-03-01"},
        "late-article",
        "2024-05-01",
        holds_on="2023-03-01",
    )
    filming = claim("production", {"status": "filming", "as_of": None}, "fresh", "2024-02-01")
    state = resolve(wrapped, filming)
    assert state.production.status == "filming"
    assert state.production.as_of == dt.date(2024, 2, 1)  # falls back to the claim's date
    assert state.as_of == dt.date(2024, 5, 1)


# -- rule 2: confirmed outranks unconfirmed; unknown never replaces ----------


def test_confirmed_beats_later_speculation():
    official = release(
        "window", "official", "2024-01-10", window=["2024-09-01", "2024-12-31"], text="late 2024"
    )
    rumour = release(
        "window",
        "rumour",
        "2024-05-01",
        window=["2025-01-01", "2025-04-30"],
        confirmed=False,
        text="could arrive early 2025",
    )
    state = resolve(official, rumour)
    assert state.release.text == "late 2024"
    assert state.release.confirmed is True
    assert [h.doc for h in state.history] == ["rumour"]


def test_later_confirmed_beats_earlier_confirmed():
    first = release("window", "first", "2024-01-10", window=["2024-09-01", "2024-12-31"])
    second = release("dated", "second", "2024-05-01", date="2025-02-14")
    state = resolve(first, second)
    assert (state.release.status, state.release.date) == ("dated", dt.date(2025, 2, 14))


def test_unconfirmed_only_still_resolves_latest():
    a = release("window", "a", "2024-01-01", window=["2024-01-01", "2024-12-31"], confirmed=False)
    b = release("window", "b", "2024-02-01", window=["2025-01-01", "2025-12-31"], confirmed=False)
    assert resolve(a, b).release.window == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_unknown_never_replaces_anything():
    renewed = SeasonRecord(
        show="The Boys", season=5, renewal={"status": "renewed"}, trailer={"status": "teaser"}
    )
    silent = SeasonRecord(show="The Boys", season=5, platform="Prime Video")
    claims = claims_from_record(renewed, "a", dt.date(2023, 1, 1)) + claims_from_record(
        silent, "b", dt.date(2024, 1, 1)
    )
    state = resolve(*claims)
    assert state.renewal.status == "renewed"
    assert state.trailer.status == "teaser"
    assert state.history == []


# -- rule 3: stale predictions ------------------------------------------------


@pytest.mark.parametrize(
    ("today", "stale"),
    [("2024-12-31", False), ("2025-01-01", True), ("2024-10-01", False)],
    ids=["last-day", "day-after", "inside"],
)
def test_window_stale_after_its_last_day(today, stale):
    rel = release("window", window=["2024-09-01", "2024-12-31"], text="late 2024")
    state = resolve(rel, today=dt.date.fromisoformat(today))
    assert state.release.stale is stale
    assert state.release.status == "window"  # kept, marked expired


@pytest.mark.parametrize(
    ("today", "stale"),
    [("2024-03-14", False), ("2024-03-15", False), ("2024-03-16", True)],
    ids=["before", "premiere-day", "after"],
)
def test_dated_stale_after_its_day(today, stale):
    state = resolve(release("dated", date="2024-03-15"), today=dt.date.fromisoformat(today))
    assert state.release.stale is stale


def test_later_released_claim_is_not_stale():
    dated = release("dated", "a", "2024-01-01", date="2024-03-15")
    out = release("released", "b", "2024-03-20", date="2024-03-15", confirmed=False)
    state = resolve(dated, out)
    assert (state.release.status, state.release.stale, state.release.confirmed) == (
        "released",
        False,
        True,
    )


def test_window_without_dates_is_not_stale():
    state = resolve(release("window", text="later this year"), today=dt.date(2030, 1, 1))
    assert state.release.stale is False


# -- rule 4: conflicts --------------------------------------------------------


def test_equal_rank_disagreement_is_kept_side_by_side():
    state = resolve(renewal("renewed", "b"), renewal("cancelled", "a"))
    assert len(state.conflicts) == 1
    conflict = state.conflicts[0]
    assert conflict.field == "renewal"
    assert [v["status"] for v in conflict.values] == ["cancelled", "renewed"]
    assert conflict.docs == ["a", "b"]
    assert state.renewal.status == "cancelled"  # deterministic: the value sorting first


def test_different_dates_are_no_conflict():
    state = resolve(renewal("renewed", "a", "2024-01-01"), renewal("cancelled", "b", "2024-01-02"))
    assert state.conflicts == []


def test_confirmed_and_unconfirmed_same_day_are_no_conflict():
    a = release("window", "a", window=["2024-09-01", "2024-12-31"])
    b = release("window", "b", window=["2025-01-01", "2025-12-31"], confirmed=False)
    state = resolve(a, b)
    assert state.conflicts == []
    assert state.release.window == (dt.date(2024, 9, 1), dt.date(2024, 12, 31))


def test_agreeing_values_of_equal_rank_are_no_conflict_and_detail_wins():
    state = resolve(renewal("renewed", "a"), renewal("renewed", "b", date="2023-12-30"))
    assert state.conflicts == []
    assert state.renewal.date == dt.date(2023, 12, 30)


def test_release_wording_alone_is_no_conflict():
    a = release("window", "a", window=["2025-01-01", "2025-12-31"], text="2025")
    b = release("window", "b", window=["2025-01-01", "2025-12-31"], text="next year")
    assert resolve(a, b).conflicts == []


# -- rule 5: cast -------------------------------------------------------------


def test_cast_merges_by_actor_latest_status_winning():
    state = resolve(
        cast("Park Ji-hu", "possible", "a", "2023-01-01"),
        cast("park jihu", "expected", "b", "2023-06-01", character="On-jo"),
        cast("Park Ji Hu", "confirmed", "c", "2024-01-01"),
        cast("Park Ji-hu", "not_returning", "d", "2024-04-01"),
    )
    assert len(state.cast) == 1
    member = state.cast[0]
    assert member.status == "not_returning"
    assert member.character == "On-jo"
    assert member.actor == "Park Ji-hu"  # the spelling most documents use
    assert {h.doc for h in state.history} == {"a", "b", "c"}


def test_cast_confirmed_beats_later_expectation():
    state = resolve(
        cast("Karl Urban", "confirmed", "a", "2023-01-01"),
        cast("karl urban", "expected", "b", "2024-01-01"),
    )
    assert state.cast[0].status == "confirmed"


def test_cast_new_if_any_claim_says_new_and_order_is_by_status_then_name():
    state = resolve(
        cast("Zed Actor", "confirmed", "a"),
        cast("Amy Actor", "possible", "a"),
        cast("Bob Actor", "confirmed", "b", new=True),
        cast("bob actor", "confirmed", "c"),
    )
    assert [(m.actor, m.status, m.new) for m in state.cast] == [
        ("Bob Actor", "confirmed", True),
        ("Zed Actor", "confirmed", False),
        ("Amy Actor", "possible", False),
    ]


# -- the rest of the state ----------------------------------------------------


def test_plot_is_union_by_date_then_text_deduplicated():
    s1, s2, s3 = "Zed returns.", "A war begins.", "Butcher is dying."
    state = resolve(
        claim("plot", s1, "a", "2024-01-01", key=plot_key(s1)),
        claim("plot", s2, "a", "2024-01-01", key=plot_key(s2)),
        claim("plot", s3, "b", "2023-01-01", key=plot_key(s3)),
        claim("plot", s1.upper(), "c", "2024-05-01", key=plot_key(s1)),
    )
    assert state.plot == [s3, s2, s1]


def test_sources_as_of_evidence_and_show_name():
    sources = {"a": Source(doc="a", url="https://x/a", title="A", published=dt.date(2024, 2, 1))}
    claims = [
        renewal("renewed", "a", "2024-02-01", show="The Boys", quote="It was renewed."),
        claim("platform", "Prime Video", "b", None, show="the boys"),
        claim("trailer", {"status": "teaser"}, "c", "2024-01-01", show="The Boys"),
        claim("episodes", 8, "c", "2024-01-01", show="The Boys"),
    ]
    state = resolve_season(claims, sources, TODAY)
    assert state.show == "The Boys"
    assert state.season == 5
    assert state.as_of == dt.date(2024, 2, 1)
    assert [s.doc for s in state.sources] == ["b", "c", "a"]
    assert state.sources[2].url == "https://x/a"
    assert state.sources[1].published == dt.date(2024, 1, 1)
    assert [(e.field, e.quote, e.doc) for e in state.evidence] == [
        ("renewal", "It was renewed.", "a")
    ]


def test_show_name_counts_documents_not_claims():
    claims = [
        claim("platform", "X", "a", show="the boys"),
        claim("episodes", 3, "a", show="the boys"),
        claim("trailer", {"status": "none"}, "b", show="The Boys"),
        claim("renewal", {"status": "renewed", "date": None}, "c", show="The Boys"),
    ]
    assert resolve(*claims).show == "The Boys"


def test_no_claims_needs_show_and_season():
    state = resolve_season([], {}, TODAY, show="The Boys", season=6)
    assert (state.show, state.season, state.renewal.status) == ("The Boys", 6, "unknown")
    with pytest.raises(ValueError):
        resolve_season([], {}, TODAY)


def test_state_round_trips_as_json():
    state = resolve(
        renewal("renewed"),
        release("window", window=["2024-01-01", "2024-03-31"]),
        cast("A B", "confirmed"),
    )
    assert SeasonState.model_validate_json(state.model_dump_json()) == state


# -- timeline -----------------------------------------------------------------


def test_timeline_lists_changes_in_date_order():
    claims = [
        renewal("cancelled", "c", "2024-03-01", quote="Axed."),
        renewal("renewed", "a", "2023-01-01"),
        renewal("renewed", "b", "2023-06-01", date="2023-01-01"),  # adds detail: no change
        claim("platform", "Netflix", "a", "2023-01-01"),
        cast("Park Ji-hu", "expected", "a", "2023-01-01"),
        cast("park jihu", "confirmed", "b", "2023-06-01"),
    ]
    sources = {"c": Source(doc="c", title="C")}
    entries = timeline(claims, sources)
    assert [(e.date, e.field, e.doc) for e in entries] == [
        (dt.date(2023, 1, 1), "platform", "a"),
        (dt.date(2023, 1, 1), "renewal", "a"),
        (dt.date(2023, 1, 1), "cast", "a"),
        (dt.date(2023, 6, 1), "cast", "b"),
        (dt.date(2024, 3, 1), "renewal", "c"),
    ]
    assert entries[-1].quote == "Axed."
    assert entries[-1].source == Source(doc="c", title="C")
    assert timeline(list(reversed(claims)), sources) == entries


# -- order independence and idempotence ---------------------------------------

DOC_DATES = {
    "d0": None,
    "d1": "2024-01-01",
    "d2": "2024-01-01",
    "d3": "2024-03-01",
    "d4": "2024-07-01",
    "d5": None,
}
SHOW_SPELLINGS = ["The Boys", "the boys", "THE BOYS"]
DATES = st.sampled_from([None, "2024-01-15", "2024-05-01"])


def _values(field: str) -> st.SearchStrategy[Any]:
    statuses = {
        "renewal": ["renewed", "final", "cancelled", "pending"],
        "production": ["not_started", "filming", "wrapped"],
        "trailer": ["none", "announcement", "teaser", "trailer"],
    }
    if field in statuses:
        keys = {"status": st.sampled_from(statuses[field])}
        if field != "trailer":
            keys["as_of" if field == "production" else "date"] = DATES
        return st.fixed_dictionaries(keys)
    if field == "release":
        return st.fixed_dictionaries(
            {
                "status": st.sampled_from(["released", "dated", "window", "not_announced"]),
                "date": DATES,
                "window": st.sampled_from(
                    [None, ["2024-01-01", "2024-04-30"], ["2025-01-01", "2025-12-31"]]
                ),
                "confirmed": st.booleans(),
                "text": st.sampled_from([None, "early 2024", "2025"]),
            }
        )
    if field == "cast":
        return st.fixed_dictionaries(
            {
                "actor": st.sampled_from(
                    ["Park Ji-hu", "park jihu", "Yoon Chan-young", "Cho Yi-hyun"]
                ),
                "character": st.sampled_from([None, "On-jo", "Cheong-san"]),
                "status": st.sampled_from(["confirmed", "expected", "possible", "not_returning"]),
                "new": st.booleans(),
            }
        )
    if field == "plot":
        return st.sampled_from(["A war begins.", "a war begins.", "Zed returns."])
    if field == "platform":
        return st.sampled_from(["Netflix", "Hulu"])
    return st.integers(6, 10)


@st.composite
def claims_strategy(draw: st.DrawFn) -> Claim:
    field = draw(
        st.sampled_from(
            ["platform", "renewal", "release", "production", "trailer", "episodes", "cast", "plot"]
        )
    )
    value = draw(_values(field))
    doc = draw(st.sampled_from(sorted(DOC_DATES)))
    key, confirmed, holds_on = "", True, None
    if field == "release":
        value["confirmed"] = confirmed = value["confirmed"] or value["status"] == "released"
    if field == "cast":
        key, confirmed = actor_key(value["actor"]), value["status"] not in {"expected", "possible"}
    if field == "plot":
        key = plot_key(value)
    if field == "production":
        holds_on = value["as_of"]
    return claim(
        field,
        value,
        doc,
        DOC_DATES[doc],
        confirmed=confirmed,
        key=key,
        show=draw(st.sampled_from(SHOW_SPELLINGS)),
        holds_on=holds_on,
        quote=draw(st.sampled_from([None, "quote one", "quote two"])),
    )


SOURCES = {"d1": Source(doc="d1", url="https://example.com/1", published=dt.date(2024, 1, 1))}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(claims_strategy(), min_size=1, max_size=25),
    st.randoms(use_true_random=False),
    st.sampled_from([dt.date(2024, 2, 1), dt.date(2026, 1, 1)]),
)
def test_resolve_is_order_independent_and_idempotent(claims, rnd: random.Random, today):
    state = resolve_season(claims, SOURCES, today)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert resolve_season(shuffled, SOURCES, today) == state
    assert resolve_season(list(reversed(claims)), SOURCES, today) == state
    assert resolve_season(claims, SOURCES, today) == state
    assert SeasonState.model_validate_json(state.model_dump_json()) == state
    assert timeline(shuffled, SOURCES) == timeline(claims, SOURCES)


@settings(max_examples=100, deadline=None)
@given(st.lists(claims_strategy(), min_size=1, max_size=15))
def test_duplicated_claims_change_nothing_but_conflicts_stay_consistent(claims):
    state = resolve_season(claims, SOURCES, TODAY)
    assert resolve_season(claims + claims, SOURCES, TODAY) == state
