"""Whole articles written the way fan sites and trades write them (noise, headings,
recaps of earlier seasons, Q&A headings, writer's guesses): the record each must give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knownsofar.documents.model import Document
from knownsofar.documents.normalise import normalise_text
from knownsofar.extract import extract_document

ARTICLES = Path(__file__).parent.parent / "data" / "articles"


def _records(name: str, published: dt.date) -> list:
    title, text = normalise_text((ARTICLES / name).read_text(encoding="utf-8")).split("\n", 1)
    return extract_document(Document(id=name, title=title, text=text, published=published))


def test_everything_we_know_guide():
    records = _records("guide-copper-lantern.txt", dt.date(2024, 11, 2))
    # the recap of season 2 (its trailer, "streaming now") gives no record of its own
    assert [(r.show, r.season) for r in records] == [("Copper Lantern", 3)]
    r = records[0]
    assert r.platform == "Prime Video"
    assert r.renewal.status == "renewed"
    # "we'd guess ... late 2025": the writer's window, not a confirmation
    assert (r.release.status, r.release.confirmed) == ("window", False)
    assert [str(d) for d in r.release.window] == ["2025-09-01", "2025-12-31"]
    assert (r.production.status, str(r.production.as_of)) == ("filming", "2024-10-14")
    assert r.trailer.status == "none"  # "Is there a trailer? Not yet."
    assert r.episodes is None  # "it's likely season 3 will follow suit"
    cast = {c.actor: (c.character, c.status, c.new) for c in r.cast}
    assert cast["Harriet Okafor"] == ("Wren Ashdown", "confirmed", False)
    assert cast["Tomas Lindqvist"] == ("Brother Halloran", "confirmed", False)
    assert cast["Priya Venkataraman"] == ("Sable", "confirmed", False)
    assert cast["Gideon Marsh"][1:] == ("confirmed", False)
    assert cast["Ezra Bello"] == ("Osric", "confirmed", True)
    assert cast["Callum Reyes"] == ("Jory", "not_returning", False)
    assert len(cast) == 7


def test_trade_exclusive_with_exit_and_passing_mentions():
    records = _records("trade-harbor-nights.txt", dt.date(2024, 10, 8))
    by_subject = {(r.show, r.season): r for r in records}
    # "canceled its comedy Pinecrest after one season, while ... Meridian Line was renewed"
    assert by_subject[("Pinecrest", 2)].renewal.status == "cancelled"
    assert by_subject[("Meridian Line", 2)].renewal.status == "renewed"
    r = by_subject[("Harbor Nights", 4)]
    assert (r.platform, r.renewal.status, r.episodes) == ("Peacock", "renewed", 10)
    # production starts in January; the premiere is "expected in the fall of 2025, per sources"
    assert (r.release.status, r.release.confirmed) == ("window", False)
    assert [str(d) for d in r.release.window] == ["2025-09-01", "2025-11-30"]
    assert r.production.status == "not_started"
    cast = {c.actor: (c.character, c.status) for c in r.cast}
    # "(Agents of Fortune)" is a credit; "series regular" describes her, "will not return" is news
    assert cast["Ava Lindqvist"][1] == "not_returning"
    assert cast["Ava Lindqvist"][0] != "Agents of Fortune"
    assert cast["Marcus Hale"] == ("Sam Ortega", "confirmed")  # the rank is not part of the name
    assert cast["Theo Vance"] == ("Eddie Crane", "confirmed")
    assert cast["Jolene Mays"] == ("Wren", "confirmed")
    # agents, producers and the showrunner are not cast
    assert not {"Mateo Ruiz", "Carla Benton"} & set(cast)


def test_uk_tabloid_recommission_with_exit():
    records = _records("tabloid-blackwater-bay.txt", dt.date(2024, 9, 17))
    by_subject = {(r.show, r.season): r for r in records}
    r = by_subject[("Blackwater Bay", 3)]
    assert (r.platform, r.renewal.status) == ("BBC One", "renewed")
    assert (r.release.status, r.release.confirmed, r.release.text) == ("window", True, "2025")
    assert r.production.status == "not_started"  # "filming set to get underway ... next spring"
    cast = {c.actor: (c.character, c.status, c.new) for c in r.cast}
    # "Sian Pryce, 34, who plays troubled copper DS Kerry Vaughan, has quit the show"
    assert cast["Sian Pryce"][1] == "not_returning"
    assert cast["Sian Pryce"][0] is not None and cast["Sian Pryce"][0].endswith("Kerry Vaughan")
    assert "Kerry Vaughan" not in cast
    assert cast["Owen Tudor"][1:] == ("confirmed", False)
    assert cast["Layla Ahmed"] == (None, "confirmed", True)  # "as a mysterious Londoner"
    assert "Bethan Rhys" not in cast  # the writer
    # "ITV axed its Sunday night drama The Tide Line after just one series earlier this year":
    # a Sunday-night slot is not the day it was axed
    tide = by_subject[("The Tide Line", 2)]
    assert (tide.renewal.status, tide.renewal.date) == ("cancelled", None)


def test_renewal_roundup_with_status_sections():
    records = _records("roundup-fall-dramas.txt", dt.date(2024, 10, 30))
    got = {(r.show, r.season): (r.platform, r.renewal.status) for r in records}
    assert got == {
        ("The Quiet Ward", 6): ("NBC", "renewed"),
        ("Marrow & Vine", 3): ("Hulu", "renewed"),
        ("Lantern Row", 4): ("ABC", "renewed"),
        # "canceled the sci-fi drama after two seasons"; its season 2 finale is only a date
        ("Northern Static", 3): ("The CW", "cancelled"),
        ("Halfmoon Creek", 2): ("Fox", "cancelled"),  # "after a single season"
        ("Seven Rivers", 3): ("CBS", "pending"),
        # under a "RENEWED" heading elsewhere in the article, "No word yet on Season 2"
        ("Glassworks", 2): ("Paramount+", "pending"),
    }
    by_subject = {(r.show, r.season): r for r in records}
    assert by_subject[("Marrow & Vine", 3)].renewal.date.isoformat() == "2024-10-21"
    assert by_subject[("Marrow & Vine", 3)].production.status == "not_started"
    assert by_subject[("The Quiet Ward", 6)].release.status == "not_announced"


def test_anime_split_season_second_cour():
    records = _records("anime-second-cour.txt", dt.date(2024, 11, 16))
    by_subject = {(r.show, r.season): r for r in records}
    assert set(by_subject) == {("Ember Knights", 2), ("Ember Knights", 3)}
    r = by_subject[("Ember Knights", 2)]
    # a split season's release is its first part's; Part 2's January date is not season 3
    assert (r.release.status, str(r.release.date)) == ("released", "2024-07-03")
    assert r.episodes == 24  # "bringing the season's total to 24"
    assert r.trailer.status == "teaser"
    cast = {c.actor: (c.character, c.new) for c in r.cast}
    assert cast == {
        "Mei Sato": ("Rin", False),
        "Kenji Ono": ("Captain Varo", False),
        "Aya Fujimoto": ("Lady Sera", False),
        "Yuto Hara": ("Grell", True),
    }
    assert by_subject[("Ember Knights", 3)].renewal.status == "pending"


def test_interview_with_a_quoted_title_and_a_supposition():
    records = _records("interview-saltwind.txt", dt.date(2024, 7, 2))
    # the headline quotes the title: "'Saltwind' Creator on That Finale, ..."
    assert [(r.show, r.season) for r in records] == [("Saltwind", 3)]
    r = records[0]
    assert (r.platform, r.renewal.status) == ("Apple TV+", "pending")
    # "if we got the green light tomorrow, ... late 2026 at the earliest": not tomorrow, and
    # the season 2 finale "now streaming" is not season 3's release
    assert (r.release.status, r.release.text) == ("window", "late 2026")
    assert [str(d) for d in r.release.window] == ["2026-09-01", "2026-12-31"]


def test_a_straight_to_series_order_is_season_one():
    records = _records("series-order-ninth-lock.txt", dt.date(2025, 1, 16))
    # the creator's earlier show is a credit, not a subject
    assert [(r.show, r.season) for r in records] == [("The Ninth Lock", 1)]
    r = records[0]
    assert (r.platform, r.renewal.status, r.episodes) == ("Netflix", "renewed", 8)
    assert str(r.renewal.date) == "2025-01-14"  # "announced Tuesday"
    assert (r.release.status, r.release.text, r.release.confirmed) == ("window", "2026", True)
    assert r.production.status == "not_started"
    # a new show's "stars A ... B co-stars": its only season, everyone new
    cast = {c.actor: (c.status, c.new) for c in r.cast}
    assert cast["Priya Dhar"] == ("confirmed", True)
    assert cast["Owen Castell"] == ("confirmed", True)
    assert "Lena Marsh" not in cast


def test_a_limited_series_premiere_is_season_one():
    records = _records("limited-series-ashfall.txt", dt.date(2025, 1, 16))
    assert [(r.show, r.season) for r in records] == [("Ashfall", 1)]
    r = records[0]
    assert (r.platform, r.episodes, r.trailer.status) == ("HBO", 6, "teaser")
    assert (r.release.status, str(r.release.date)) == ("dated", "2025-03-09")
    assert {c.actor for c in r.cast} >= {"Claire Donnelly", "Marcus Webb"}
    assert "Iris Kell" not in {c.actor for c in r.cast}  # the novelist


def test_guide_full_of_other_shows():
    records = _records("guide-velvet-hour.txt", dt.date(2025, 3, 3))
    # Top 10 rivals, ALSO READ headlines and "why not check out ..." are not subjects
    assert [(r.show, r.season) for r in records] == [("The Velvet Hour", 2)]
    r = records[0]
    assert (r.platform, r.renewal.status) == ("Netflix", "renewed")
    assert (r.release.status, r.release.text, r.release.confirmed) == ("window", "mid-2026", False)
    # "whose character Mae was shot in the finale" is not a wrap; filming hasn't started
    assert r.production.status == "not_started"
    assert r.trailer.status == "none"
    assert r.episodes == 8  # "ordered eight episodes, the same as season 1"
    cast = {c.actor: c.status for c in r.cast}
    assert cast["Nadia Brooks"] == "confirmed"
    assert cast["Elliot Park"] == "confirmed"
    assert cast["Sophie Reyes"] in ("possible", "not_returning")
    assert "Dean Ford" not in cast  # another show's casting, cited as a comparison


def test_week_in_tv_roundup_traps():
    records = _records("week-in-tv.txt", dt.date(2025, 6, 4))
    got = {(r.show, r.season): r for r in records}
    # "won't be back this year after all" is a delay, not a cancellation
    assert got[("Copperline", 2)].renewal.status != "cancelled"
    assert got[("Copperline", 2)].release.window is not None
    # "the network, which has cancelled most of its older dramas" is about other shows
    assert got[("Marsh Lights", 3)].renewal.status == "renewed"
    # "had been waiting for news" before the news came: renewed, not pending
    hall = got[("Harrowgate Hall", 4)]
    assert (hall.renewal.status, hall.platform) == ("renewed", "Sky Max")
    cast = {c.actor: c.character for c in hall.cast}
    assert cast == {"Imelda Cross": "Mrs Pell", "Owen Vale": "Lord Ashby"}  # no producers
    assert got[("Sunset Villa", 12)].platform == "ITV2"
    # a prequel in development is its own first season, pending until it is ordered
    assert got[("Marsh Lights: Undertow", 1)].renewal.status == "pending"
    # "hasn't cancelled it ... not confirmed either"
    assert got[("The Long Field", 3)].renewal.status == "pending"
