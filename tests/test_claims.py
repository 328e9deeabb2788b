"""claims.py: a SeasonRecord becomes one claim per field it speaks to."""

from __future__ import annotations

import datetime as dt
import json

from knownsofar.claims import CLAIM_FIELDS, claims_from_record, plot_key
from knownsofar.names import actor_key
from knownsofar.record import FIELDS, SeasonRecord

PUBLISHED = dt.date(2024, 3, 5)


def record(**fields) -> SeasonRecord:
    return SeasonRecord.model_validate({"show": "The Boys", "season": 5, **fields})


def by_field(claims):
    return {(c.field, c.key): c for c in claims}


def test_claim_fields_are_the_record_fields():
    assert CLAIM_FIELDS == FIELDS


def test_empty_record_makes_no_claims():
    assert claims_from_record(record(), "d1", PUBLISHED) == []


def test_unknown_statuses_make_no_claims():
    rec = record(
        renewal={"status": "unknown"},
        release={"status": "unknown"},
        production={"status": "unknown"},
        trailer={"status": "unknown"},
        platform=None,
        episodes=None,
    )
    assert claims_from_record(rec, "d1", PUBLISHED) == []


def test_every_field_becomes_a_claim():
    rec = record(
        platform="Prime Video",
        renewal={"status": "final", "date": "2024-03-01"},
        release={
            "status": "window",
            "window": ["2025-01-01", "2025-04-30"],
            "confirmed": True,
            "text": "early 2025",
        },
        production={"status": "filming", "as_of": "2023-11-01"},
        trailer={"status": "teaser"},
        episodes=8,
        cast=[{"actor": "Karl Urban", "character": "Butcher", "status": "confirmed"}],
        plot=["Butcher has months to live."],
    )
    claims = claims_from_record(rec, "d1", PUBLISHED)
    assert [c.field for c in claims] == list(CLAIM_FIELDS)
    got = by_field(claims)
    assert got[("platform", "")].value == "Prime Video"
    assert got[("episodes", "")].value == 8
    assert got[("renewal", "")].value == {"status": "final", "date": "2024-03-01"}
    assert got[("release", "")].value == {
        "status": "window",
        "date": None,
        "window": ["2025-01-01", "2025-04-30"],
        "confirmed": True,
        "text": "early 2025",
    }
    assert got[("trailer", "")].value == {"status": "teaser"}
    cast = got[("cast", actor_key("Karl Urban"))]
    assert cast.value == {
        "actor": "Karl Urban",
        "character": "Butcher",
        "status": "confirmed",
        "new": False,
    }
    plot = got[("plot", plot_key("Butcher has months to live."))]
    assert plot.value == "Butcher has months to live."
    for claim in claims:
        assert (claim.doc, claim.show, claim.show_key, claim.season) == (
            "d1",
            "The Boys",
            "boys",
            5,
        )
        assert claim.published == PUBLISHED
        json.dumps(claim.value)  # JSON-able


def test_production_holds_on_its_as_of_date_others_on_published():
    rec = record(
        production={"status": "filming", "as_of": "2023-11-01"}, renewal={"status": "renewed"}
    )
    got = by_field(claims_from_record(rec, "d1", PUBLISHED))
    assert got[("production", "")].holds_on == dt.date(2023, 11, 1)
    assert got[("renewal", "")].holds_on == PUBLISHED


def test_undated_document_gives_undated_claims():
    got = by_field(claims_from_record(record(renewal={"status": "renewed"}), "d1", None))
    assert got[("renewal", "")].holds_on is None
    assert got[("renewal", "")].published is None


def test_confirmed_flags():
    rec = record(
        release={"status": "window", "confirmed": False, "text": "could arrive in 2025"},
        renewal={"status": "renewed"},
        cast=[
            {"actor": "A One", "status": "confirmed"},
            {"actor": "B Two", "status": "expected"},
            {"actor": "C Three", "status": "possible"},
            {"actor": "D Four", "status": "not_returning"},
        ],
    )
    got = by_field(claims_from_record(rec, "d1", PUBLISHED))
    assert got[("release", "")].confirmed is False
    assert got[("renewal", "")].confirmed is True
    assert [
        got[("cast", actor_key(n))].confirmed for n in ["A One", "B Two", "C Three", "D Four"]
    ] == [True, False, False, True]


def test_released_is_always_confirmed():
    rec = record(release={"status": "released", "date": "2024-06-13", "confirmed": False})
    claim = claims_from_record(rec, "d1", PUBLISHED)[0]
    assert claim.confirmed is True
    assert claim.value["confirmed"] is True


def test_quotes_come_from_evidence():
    rec = record(
        renewal={"status": "renewed"},
        trailer={"status": "trailer"},
        cast=[
            {"actor": "Park Ji-hu", "status": "confirmed"},
            {"actor": "Yoon Chan-young", "status": "not_returning"},
        ],
        plot=["On-jo faces a new threat."],
        evidence=[
            {"field": "renewal", "quote": "Netflix renewed it.", "doc": "d1"},
            {"field": "cast", "quote": "Park Jihu will reprise her role.", "doc": "d1"},
            {"field": "cast", "quote": "Yoon Chan-young won't return.", "doc": "d1"},
        ],
    )
    got = by_field(claims_from_record(rec, "d1", PUBLISHED))
    assert got[("renewal", "")].quote == "Netflix renewed it."
    assert got[("trailer", "")].quote is None
    assert got[("cast", actor_key("Park Ji-hu"))].quote == "Park Jihu will reprise her role."
    assert got[("cast", actor_key("Yoon Chan-young"))].quote == "Yoon Chan-young won't return."
    assert got[("plot", plot_key("On-jo faces a new threat."))].quote == "On-jo faces a new threat."


def test_plot_key_ignores_case_and_spacing():
    assert plot_key("A  new threat.") == plot_key("a new threat.")
    assert plot_key("A new threat.") != plot_key("An old threat.")
