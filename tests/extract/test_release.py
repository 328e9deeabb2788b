"""release: status, date, window, confirmed, text (SPEC: release table and periods)."""

from __future__ import annotations

import datetime as dt

import pytest

from ._helpers import record_for, records_for


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# text, published, show, season, expected date (ISO), expected confirmed
DATED = {
    "full-date-from-streamer": (
        "Velvet Pines season 3 premieres March 7, 2025 on Hulu, the streamer "
        "announced on Thursday.",
        "2024-12-12",
        "Velvet Pines",
        3,
        "2025-03-07",
        True,
    ),
    "no-year-weekday-confirms-next-year": (
        # Hard case 10: an October article, "Friday, March 7" is 2025 (a Friday).
        "Hulu has set the return of Velvet Pines: season 3 premieres Friday, March 7.",
        "2024-10-15",
        "Velvet Pines",
        3,
        "2025-03-07",
        True,
    ),
    "no-year-weekday-january-next-year": (
        "Max confirmed that Station 9 season 5 returns Thursday, January 8, with two episodes.",
        "2025-11-20",
        "Station 9",
        5,
        "2026-01-08",
        True,
    ),
    "uk-day-first-ordinal": (
        "Mallow Street series 6 returns to BBC One on Sunday 14th September at 9pm, "
        "the BBC has confirmed.",
        "2025-08-20",
        "Mallow Street",
        6,
        "2025-09-14",
        True,
    ),
    "uk-day-month-no-weekday": (
        "The BBC has confirmed that the second series of Quarry Bells will begin on 21 November.",
        "2023-10-01",
        "Quarry Bells",
        2,
        "2023-11-21",
        True,
    ),
    "previous-season-date-in-same-paragraph": (
        "Season 3 of Nightjar premiered in May 2023 to huge numbers. Netflix says "
        "season 4 arrives May 30, 2025.",
        "2025-01-14",
        "Nightjar",
        4,
        "2025-05-30",
        True,
    ),
    "finale-and-weekly-dates-are-not-premiere": (
        "Apple TV+ says Quarry Bells season 2 premieres April 4 with two episodes, "
        "then airs weekly through May 23, when the finale drops.",
        "2024-02-01",
        "Quarry Bells",
        2,
        "2024-04-04",
        True,
    ),
    "superseded-date-originally-february": (
        "Originally slated for February, Orchard Road season 2 will now premiere on "
        "March 1, Hulu said.",
        "2024-01-10",
        "Orchard Road",
        2,
        "2024-03-01",
        True,
    ),
    "a-day-earlier-than-planned": (
        "Good news: Gilded Hollow season 2 will now drop on Thursday, Sept. 4, a day "
        "earlier than planned, Hulu announced.",
        "2025-08-01",
        "Gilded Hollow",
        2,
        "2025-09-04",
        True,
    ),
    "split-season-takes-part-1-date": (
        "Netflix will release Tidewater season 3 in two parts: Part 1 on May 2 and "
        "Part 2 on June 6.",
        "2024-03-01",
        "Tidewater",
        3,
        "2024-05-02",
        True,
    ),
    "us-time-zone-not-shifted": (
        # Hard case 11: 9 p.m. ET Wednesday stays Wednesday.
        "Copper Ridge season 2 drops at 9 p.m. ET on Wednesday, Oct. 8, on Max.",
        "2025-09-01",
        "Copper Ridge",
        2,
        "2025-10-08",
        True,
    ),
    "streaming-before-linear": (
        # Hard case 12: the earliest official date for the named platform.
        "Bramble Court season 4 streams on Peacock on Friday, Jan. 10, before its "
        "broadcast premiere on Sunday, Jan. 12.",
        "2024-12-01",
        "Bramble Court",
        4,
        "2025-01-10",
        True,
    ),
    "network-hedged-verb-still-official": (
        "According to Netflix's schedule, Mirefield season 4 is expected to premiere "
        "on Aug. 14, 2025.",
        "2025-06-02",
        "Mirefield",
        4,
        "2025-08-14",
        True,
    ),
    "rumoured-date-unconfirmed": (
        "Reports suggest Lantern Bay season 2 could arrive on October 17, 2025, "
        "though Apple has not announced anything.",
        "2025-06-02",
        "Lantern Bay",
        2,
        "2025-10-17",
        False,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,date,confirmed", list(DATED.values()), ids=list(DATED)
)
def test_release_dated(text, published, show, season, date, confirmed):
    release = record_for(text, show, season, published).release
    assert (release.status, release.date, release.confirmed) == ("dated", _d(date), confirmed)


def test_release_dated_without_year_stays_null():
    """SPEC: a date without a year stays null unless the year is evident."""
    release = record_for(
        "Netflix says Tidewater season 3 arrives on June 6.", "Tidewater", 3, None
    ).release
    assert release.status == "dated"
    assert release.date is None


# text, published, show, season, expected window (ISO pair, or None when it
# cannot be resolved), expected confirmed
WINDOWS = {
    "year": (
        "Netflix has confirmed Nightjar season 4 will arrive in 2026.",
        "2025-03-01",
        "Nightjar",
        4,
        ("2026-01-01", "2026-12-31"),
        True,
    ),
    "early-year": (
        "Hulu says Velvet Pines season 4 will premiere in early 2024.",
        "2023-08-01",
        "Velvet Pines",
        4,
        ("2024-01-01", "2024-04-30"),
        True,
    ),
    "mid-year": (
        "Apple TV+ has dated Quarry Bells season 3 for mid-2023.",
        "2022-11-01",
        "Quarry Bells",
        3,
        ("2023-05-01", "2023-08-31"),
        True,
    ),
    "late-year": (
        "Station 9 season 6 is coming in late 2025, Max announced at its upfront.",
        "2025-05-14",
        "Station 9",
        6,
        ("2025-09-01", "2025-12-31"),
        True,
    ),
    "spring": (
        "Peacock confirmed Bramble Court season 5 returns in spring 2025.",
        "2024-10-01",
        "Bramble Court",
        5,
        ("2025-03-01", "2025-05-31"),
        True,
    ),
    "summer": (
        "Netflix's slate video promised Tidewater season 4 for summer 2024.",
        "2024-01-20",
        "Tidewater",
        4,
        ("2024-06-01", "2024-08-31"),
        True,
    ),
    "fall": (
        "Gilded Hollow season 2 will premiere in fall 2024, Hulu said Monday.",
        "2024-05-13",
        "Gilded Hollow",
        2,
        ("2024-09-01", "2024-11-30"),
        True,
    ),
    "uk-autumn": (
        "The BBC says the sixth series of Mallow Street will air in autumn 2023.",
        "2023-04-04",
        "Mallow Street",
        6,
        ("2023-09-01", "2023-11-30"),
        True,
    ),
    "winter-crosses-year": (
        "Max announced that Copper Ridge season 3 is coming in winter 2024.",
        "2024-06-01",
        "Copper Ridge",
        3,
        ("2024-12-01", "2025-02-28"),
        True,
    ),
    "winter-ends-on-leap-day": (
        "Netflix says Mirefield season 3 lands in winter 2023.",
        "2023-05-01",
        "Mirefield",
        3,
        ("2023-12-01", "2024-02-29"),
        True,
    ),
    "q1": (
        "Apple's investor deck lists Lantern Bay season 2 for Q1 2025.",
        "2024-11-07",
        "Lantern Bay",
        2,
        ("2025-01-01", "2025-03-31"),
        True,
    ),
    "q3": (
        "Prime Video says Ledger & Lark season 3 will debut in Q3 2024.",
        "2024-02-15",
        "Ledger & Lark",
        3,
        ("2024-07-01", "2024-09-30"),
        True,
    ),
    "fourth-quarter-words": (
        "Ledger & Lark season 4 is set for the fourth quarter of 2025, Prime Video confirmed.",
        "2025-02-15",
        "Ledger & Lark",
        4,
        ("2025-10-01", "2025-12-31"),
        True,
    ),
    "first-half": (
        "Netflix says Nightjar season 5 will be released in the first half of 2026.",
        "2025-07-01",
        "Nightjar",
        5,
        ("2026-01-01", "2026-06-30"),
        True,
    ),
    "second-half": (
        "Apple TV+ said Quarry Bells season 4 is due in the second half of 2025.",
        "2025-01-10",
        "Quarry Bells",
        4,
        ("2025-07-01", "2025-12-31"),
        True,
    ),
    "month-with-year": (
        "Glass Orchard season 2 returns to Starz in February 2025.",
        "2024-10-30",
        "Glass Orchard",
        2,
        ("2025-02-01", "2025-02-28"),
        True,
    ),
    "month-without-year-from-published": (
        "Hulu says Velvet Pines season 4 returns in August.",
        "2024-05-01",
        "Velvet Pines",
        4,
        ("2024-08-01", "2024-08-31"),
        True,
    ),
    "spring-or-summer-union": (
        "Max says Station 9 season 2 will arrive in spring or summer 2018.",
        "2017-10-01",
        "Station 9",
        2,
        ("2018-03-01", "2018-08-31"),
        True,
    ),
    "early-fall-is-september": (
        "Peacock is bringing Tin Crown season 2 back in early fall 2025.",
        "2025-04-01",
        "Tin Crown",
        2,
        ("2025-09-01", "2025-09-30"),
        True,
    ),
    "late-spring-is-may": (
        "Netflix confirmed Copper Ridge season 5 for late spring 2026.",
        "2025-11-01",
        "Copper Ridge",
        5,
        ("2026-05-01", "2026-05-31"),
        True,
    ),
    "late-summer-or-early-fall": (
        "Gilded Hollow season 3 will return in late summer or early fall 2026, Hulu said.",
        "2026-01-20",
        "Gilded Hollow",
        3,
        ("2026-08-01", "2026-09-30"),
        True,
    ),
    "exec-hedge-aiming-for-early-summer": (
        # Hard case 18: the network chief's hedge is still an official source.
        "\"We're aiming for early summer,\" Netflix's head of drama said of Mirefield season 4.",
        "2025-01-15",
        "Mirefield",
        4,
        ("2025-06-01", "2025-06-30"),
        True,
    ),
    "holidays": (
        "Bramble Court season 5 will be back in time for the holidays, Peacock confirmed.",
        "2025-06-10",
        "Bramble Court",
        5,
        ("2025-11-15", "2025-12-31"),
        True,
    ),
    "later-this-year-from-published": (
        "Max says Copper Ridge season 3 will premiere later this year.",
        "2024-07-15",
        "Copper Ridge",
        3,
        ("2024-07-15", "2024-12-31"),
        True,
    ),
    "this-year": (
        "Netflix has confirmed that Tidewater season 5 arrives this year.",
        "2026-02-10",
        "Tidewater",
        5,
        ("2026-01-01", "2026-12-31"),
        True,
    ),
    "this-summer": (
        "Apple TV+ says Quarry Bells season 3 will land this summer.",
        "2024-03-01",
        "Quarry Bells",
        3,
        ("2024-06-01", "2024-08-31"),
        True,
    ),
    "next-year": (
        "Hulu has confirmed that Velvet Pines season 5 will return next year.",
        "2024-10-01",
        "Velvet Pines",
        5,
        ("2025-01-01", "2025-12-31"),
        True,
    ),
    "in-two-years": (
        # Hard case 16 suggestion: the calendar year of published + 2.
        '"We\'ll be back in two years for the last one," the Mirefield creators '
        "posted about season 5.",
        "2023-05-01",
        "Mirefield",
        5,
        ("2025-01-01", "2025-12-31"),
        True,
    ),
    "next-quarter-from-call-date": (
        # Hard case 17: relative to the dated call, not to published.
        "On the company's March 26, 2025 earnings call, the CEO said Lantern Bay "
        "season 2 arrives next quarter.",
        "2025-04-08",
        "Lantern Bay",
        2,
        ("2025-04-01", "2025-06-30"),
        True,
    ),
    "no-date-yet-but-a-year": (
        "There's no release date yet for Station 9 season 6, but Max has said it "
        "will arrive in 2026.",
        "2025-09-01",
        "Station 9",
        6,
        ("2026-01-01", "2026-12-31"),
        True,
    ),
    "relative-without-published-unresolved": (
        # SPEC: relative expressions without published stay null, never the clock.
        "Hulu says Velvet Pines season 4 will premiere this fall.",
        None,
        "Velvet Pines",
        4,
        None,
        True,
    ),
    "writer-estimate-seems-most-likely": (
        "Filming on Tin Crown season 2 only began in the spring, so early 2025 seems "
        "the most likely window.",
        "2024-06-01",
        "Tin Crown",
        2,
        ("2025-01-01", "2025-04-30"),
        False,
    ),
    "pattern-estimate-expect-june": (
        # Hard case 19: a pattern of previous seasons is the writer's estimate.
        "Nightjar seasons 2 and 3 both came out in June, so expect season 4 in June 2025 as well.",
        "2024-11-11",
        "Nightjar",
        4,
        ("2025-06-01", "2025-06-30"),
        False,
    ),
    "we-expect": (
        "Netflix hasn't given a date for Tidewater season 5, but we expect it in late 2026.",
        "2025-12-01",
        "Tidewater",
        5,
        ("2026-09-01", "2026-12-31"),
        False,
    ),
    "reports-suggest": (
        "Reports suggest Glass Orchard season 3 will arrive in spring 2026; Starz has "
        "not commented.",
        "2025-08-01",
        "Glass Orchard",
        3,
        ("2026-03-01", "2026-05-31"),
        False,
    ),
    "could-arrive": (
        "Going by the production schedule, Copper Ridge season 4 could arrive in summer 2026.",
        "2025-10-01",
        "Copper Ridge",
        4,
        ("2026-06-01", "2026-08-31"),
        False,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,window,confirmed", list(WINDOWS.values()), ids=list(WINDOWS)
)
def test_release_window(text, published, show, season, window, confirmed):
    release = record_for(text, show, season, published).release
    want = (_d(window[0]), _d(window[1])) if window else None
    got = tuple(release.window) if release.window else None
    assert (release.status, got, release.confirmed) == ("window", want, confirmed)


# text, published, show, season, expected status
STATUS = {
    "not-announced-yet-to-announce": (
        "Netflix has yet to announce a premiere date for Nightjar season 3, which is "
        "still filming in Oslo.",
        "2024-08-08",
        "Nightjar",
        3,
        "not_announced",
    ),
    "not-announced-tbc-uk": (
        "A second series of Dunmore Heights has been commissioned; the air date is "
        "to be confirmed.",
        "2024-02-02",
        "Dunmore Heights",
        2,
        "not_announced",
    ),
    "negative-month-headline": (
        "Lantern Bay Season 2 Is Not Coming in October\n\n"
        "Apple TV+ has pulled Lantern Bay season 2 from its October slate and has not "
        "set a new date.",
        "2025-09-02",
        "Lantern Bay",
        2,
        "not_announced",
    ),
    "film-date-is-not-season-date": (
        "The Harbor Lights movie opens in cinemas on December 5, 2025. There's no "
        "word yet on when Harbor Lights season 5 will stream.",
        "2025-06-06",
        "Harbor Lights",
        5,
        "not_announced",
    ),
    "not-announced-no-indication": (
        "Hulu renewed Saltgrass for a third season; filming resumes in May, but the "
        "streamer has not given any indication of when Saltgrass season 3 will stream.",
        "2025-02-11",
        "Saltgrass",
        3,
        "not_announced",
    ),
    "not-announced-date-later": (
        "NBC has renewed Ferrymead Junction for season 6 and will announce a premiere "
        "date at a later date.",
        "2025-05-12",
        "Ferrymead Junction",
        6,
        "not_announced",
    ),
    "not-announced-or-when": (
        "Starz renewed Quillon Bay for season 2 but didn't say how many episodes Quillon "
        "Bay season 2 will have, or when it will premiere.",
        "2025-01-20",
        "Quillon Bay",
        2,
        "not_announced",
    ),
    "unknown-or-when-filming": (
        "Starz renewed Quillon Bay for season 2 but didn't say how many episodes Quillon "
        "Bay season 2 will have, or when filming will begin.",
        "2025-01-20",
        "Quillon Bay",
        2,
        "unknown",
    ),
    "not-announced-no-date-yet": (
        "Marrowgate series 3 is coming to ITV. There's no date yet.",
        "2025-03-03",
        "Marrowgate",
        3,
        "not_announced",
    ),
    "not-announced-no-date-given": (
        "Channel 5 has ordered Brackenfold series 4. No date has been given for series 4.",
        "2025-03-03",
        "Brackenfold",
        4,
        "not_announced",
    ),
    "not-announced-listed-window": (
        "Max picked up Tern Island for a second season. No cast news, trailer or "
        "premiere window has been shared for Tern Island season 2.",
        "2025-07-07",
        "Tern Island",
        2,
        "not_announced",
    ),
    "not-announced-release-timing": (
        "A third season of Hoshikage was announced. No visual or release timing was "
        "revealed for Hoshikage season 3.",
        "2025-07-07",
        "Hoshikage",
        3,
        "not_announced",
    ),
    "not-announced-broadcast-date": (
        "Channel 4 has commissioned Saltmeadow series 2 but has yet to set a broadcast date.",
        "2025-07-07",
        "Saltmeadow",
        2,
        "not_announced",
    ),
    "not-announced-given-us": (
        "Is Copsey Green series 5 on the way? The BBC hasn't given us a date for "
        "Copsey Green series 5.",
        "2025-07-07",
        "Copsey Green",
        5,
        "not_announced",
    ),
    "released-now-streaming": (
        "Season 3 of Copper Ridge is now streaming on Max, and fans are already "
        "calling the finale the best hour of the show.",
        "2025-04-10",
        "Copper Ridge",
        3,
        "released",
    ),
    "released-premiered-last-month": (
        "Velvet Pines season 3 premiered last month on Hulu to the show's biggest audience yet.",
        "2025-04-10",
        "Velvet Pines",
        3,
        "released",
    ),
    "released-date-on-or-before-published": (
        "Hulu's Gilded Hollow season 2 premieres on Wednesday, March 5, 2025.",
        "2025-03-05",
        "Gilded Hollow",
        2,
        "released",
    ),
    "released-weekday-already-past": (
        "Station 9 season 4 debuted on Max on Wednesday, and reviews have been kind.",
        "2024-10-11",
        "Station 9",
        4,
        "released",
    ),
    "unknown-when-only-casting": (
        "Lena Voss has joined the cast of Harbor Lights season 5 as the new "
        "harbourmaster, the network announced.",
        "2025-02-03",
        "Harbor Lights",
        5,
        "unknown",
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,expected", list(STATUS.values()), ids=list(STATUS)
)
def test_release_status(text, published, show, season, expected):
    release = record_for(text, show, season, published).release
    assert release.status == expected
    if expected in {"not_announced", "unknown"}:
        assert (release.date, release.window) == (None, None)
    if expected == "released":
        assert release.confirmed is True


# text, published, show, season, words release.text must contain
TEXT = {
    "early-2024": (
        "Netflix says Nightjar season 4 will premiere in early 2024.",
        "2023-06-01",
        "Nightjar",
        4,
        "early 2024",
    ),
    "summer-2025": (
        "Apple TV+ says Quarry Bells season 3 is set for summer 2025.",
        "2024-10-01",
        "Quarry Bells",
        3,
        "summer 2025",
    ),
    "later-this-year": (
        "Max says Copper Ridge season 3 will premiere later this year.",
        "2024-07-15",
        "Copper Ridge",
        3,
        "later this year",
    ),
    "for-the-holidays": (
        "Peacock says Bramble Court season 5 will be back for the holidays.",
        "2025-06-10",
        "Bramble Court",
        5,
        "holidays",
    ),
    "dated-text-keeps-day": (
        "Velvet Pines season 3 premieres Friday, March 7 on Hulu.",
        "2024-10-15",
        "Velvet Pines",
        3,
        "March 7",
    ),
}


@pytest.mark.parametrize("text,published,show,season,words", list(TEXT.values()), ids=list(TEXT))
def test_release_text_keeps_words(text, published, show, season, words):
    release = record_for(text, show, season, published).release
    assert release.text is not None
    assert words.casefold() in release.text.casefold()


def test_a_premiere_moved_from_one_day_to_another_keeps_the_new_day():
    text = (
        "Peacock has moved the Season 2 premiere of its con-artist comedy Larkspur Yard from "
        "Thursday, Oct. 9, to Thursday, Jan. 15, the streamer confirmed Tuesday."
    )
    record = record_for(text, "Larkspur Yard", 2, "2025-09-30")
    assert (record.release.status, record.release.date) == ("dated", dt.date(2026, 1, 15))


def test_a_roundup_s_weekday_heading_is_not_a_premiere_day():
    text = (
        "Renewal Roundup: the week's TV news\n\n"
        "THURSDAY\n\n"
        "Larkspur Yard (Max) - Season 3 premiere date. The gothic drama returns Sunday, May 4, "
        "at 9 p.m. ET on Max, with new episodes weekly through June 22."
    )
    record = record_for(text, "Larkspur Yard", 3, "2025-03-28")
    assert (record.release.status, record.release.date) == ("dated", dt.date(2025, 5, 4))


def test_the_page_s_own_date_line_is_not_a_release():
    text = (
        "Larkspur Yard to return for series 3\n\n14 April 2025\n\n"
        "BBC Two's gardening contest Larkspur Yard has been recommissioned for a third series. "
        "The series will return to BBC Two and iPlayer next spring."
    )
    record = record_for(text, "Larkspur Yard", 3, "2025-04-14")
    assert record.release.status == "window"
    assert record.release.window[0] == dt.date(2026, 3, 1)


def test_has_since_confirmed_is_not_a_date_long_past():
    text = (
        "CBS announced in March that the upcoming eighth season of Larkspur Yard would be the "
        "last, and it has since confirmed that the final season premieres on Friday, Oct. 17."
    )
    record = record_for(text, "Larkspur Yard", 8, "2025-06-10")
    assert (record.release.status, record.release.date) == ("dated", dt.date(2025, 10, 17))


def test_will_be_on_a_channel_later_this_year_is_a_window():
    text = "Larkspur Yard series two is filming now and will be on ITV1 and ITVX later this year."
    record = record_for(text, "Larkspur Yard", 2, "2025-05-08")
    assert record.release.status == "window"
    assert record.release.window[1] == dt.date(2025, 12, 31)
    text = "The cast will be on set in Leeds later this year, filming Larkspur Yard series 2."
    assert all(r.release.status == "unknown" for r in records_for(text, "2025-05-08"))


def test_a_schedule_expected_before_christmas_does_not_date_the_season():
    text = (
        "The CW has slated the premiere of Brackenford season 5 for January, though an "
        "exact date has not yet been announced. The network's midseason schedule is expected "
        "before Christmas."
    )
    record = record_for(text, "Brackenford", 5, "2024-12-09")
    assert (record.release.status, record.release.window[0]) == ("window", dt.date(2025, 1, 1))


def test_holding_a_slot_in_the_fall_is_a_window():
    text = (
        "NBC earlier this week renewed Anvil Reach for a fourth season, and the legal drama "
        "will hold its Tuesday 10/9c slot in the fall."
    )
    record = record_for(text, "Anvil Reach", 4, "2024-05-10")
    assert (record.release.status, record.release.window[0]) == ("window", dt.date(2024, 9, 1))


def test_a_guide_s_update_stamp_is_not_a_release_window():
    title = "Apex Junctions Season 2: Release Date, Cast, Plot and Everything We Know (April 2025)"
    text = "As of now, there is no official release date for Apex Junctions season 2."
    record = record_for(text, "Apex Junctions", 2, "2025-04-09", title=title)
    assert record.release.status == "not_announced"


def test_a_sentence_about_other_shows_does_not_date_this_one():
    text = (
        "Halcyon Row season 2 premiered Wednesday on Apple TV+ with two episodes. Apple said "
        "season 3 would film in Budapest in the autumn.\n\nAlso streaming this week on Apple "
        "TV+: the documentary series Gilded Harbours, and the second half of the thriller "
        "Kinsale Road."
    )
    halcyon = [r for r in records_for(text, "2025-04-11") if r.show == "Halcyon Row"]
    assert halcyon
    assert all(r.release.status in ("released", "unknown") for r in halcyon)


def test_will_return_for_its_fifth_season_is_that_season():
    text = (
        "CBS renewed Hallam Mere through season 6 last year. Hallam Mere, the network's "
        "long-running rural drama, will return for its fifth season in January, CBS said."
    )
    record = record_for(text, "Hallam Mere", 5, "2025-06-24")
    assert (record.release.status, record.release.window[0]) == ("window", dt.date(2026, 1, 1))


def test_key_art_available_to_download_is_not_the_season_out():
    text = (
        'STARZ today announced that the second season of "Queen Annes Lace" will premiere '
        "Friday, November 1 on the STARZ app. The network also unveiled the official key art "
        "for the new season, which is available to download below."
    )
    record = record_for(text, "Queen Annes Lace", 2, "2024-08-22")
    assert (record.release.status, record.release.date) == ("dated", dt.date(2024, 11, 1))
    assert record.platform is not None and record.platform.casefold() == "starz"


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC hasn't confirmed when series 4 of Merrow Cove will air, but the drama is "
        "expected to return to screens in 2025, given the filming schedule.",
        "Merrow Cove Season 4 Wraps Filming; Peacock Eyeing Summer Return",
        "HBO did not give a premiere window for Merrow Cove season 4, but a person familiar with "
        "the production said the network is eyeing 2026.",
        "Realistically, Merrow Cove's fourth season won't arrive until 2027.",
    ],
)
def test_windows_no_one_official_gave_are_unconfirmed(sentence):
    record = record_for(sentence, "Merrow Cove", 4, "2024-11-01")
    assert (record.release.status, record.release.confirmed) == ("window", False)


def test_a_release_date_that_hasnt_been_announced():
    text = "Hulu renewed Harbor Lane for a third season. Its release date hasn't been announced."
    assert record_for(text, "Harbor Lane", 3, "2025-03-01").release.status == "not_announced"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Peacock has said only that Meridian Bay season 2 will return in January, and the "
            "official trailer is expected later this month.",
            dt.date(2026, 1, 1),
        ),
        (
            "Sky said it still plans to air Meridian Bay season 2 in 2026. Filming will resume "
            "once she is fit, and the production expects to be back on set next month.",
            dt.date(2026, 1, 1),
        ),
        (
            "Max has confirmed that Meridian Bay season 2 will premiere in summer 2026. As of this "
            "week we have a window.",
            dt.date(2026, 6, 1),
        ),
    ],
)
def test_other_things_dated_do_not_date_the_season(sentence, start):
    record = record_for(sentence, "Meridian Bay", 2, "2025-11-04")
    assert (record.release.status, record.release.window[0]) == ("window", start)


def test_an_image_released_this_morning_is_not_the_season_out():
    text = (
        "The BBC has said that Merrow Head series 4 will air in early 2025. The first image from "
        "the new series, released by the BBC this morning, shows Kerensa on a shingle beach."
    )
    record = record_for(text, "Merrow Head", 4, "2024-09-30")
    assert (record.release.status, record.release.window[0]) == ("window", dt.date(2025, 1, 1))


def test_a_later_episode_s_air_date_is_not_the_premiere():
    text = "Foxhollow Lane season 2 continues on NBC. Episode 13 airs May 20."
    assert all(r.release.status != "dated" for r in records_for(text, "2024-05-10"))


def test_a_writers_room_expected_to_open_dates_no_release():
    text = (
        "Netflix has renewed Saltgrass for a third season. No premiere window has been set "
        "for Season 3. The writers' room is expected to open next month."
    )
    assert record_for(text, "Saltgrass", 3, "2024-02-13").release.status in (
        "unknown",
        "not_announced",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "We're aiming to have season three on the service in 2026, the executive said.",
        "Peacock hopes to have it on the streamer in 2026.",
        "The plan is to get season three on Peacock in 2026.",
    ],
)
def test_having_the_season_on_the_service_in_a_year_is_a_window(sentence):
    text = "Peacock has picked up Ursa Minor for a third season. " + sentence
    release = record_for(text, "Ursa Minor", 3, "2025-01-28").release
    assert (release.status, release.window) == (
        "window",
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    )


def test_a_networks_habit_dates_no_season():
    text = (
        "Starz has renewed Loose Weave for a fourth season. The network tends to premiere its "
        "period dramas in spring."
    )
    assert record_for(text, "Loose Weave", 4, "2024-08-01").release.status == "unknown"


def test_a_date_nobody_has_said_is_unconfirmed():
    text = (
        "Starz has renewed Loose Weave for a fourth season. With filming only just started, a "
        "2025 premiere is not guaranteed, and Starz has said nothing beyond that."
    )
    release = record_for(text, "Loose Weave", 4, "2024-08-01").release
    assert (release.status, release.confirmed) == ("window", False)


def test_a_window_pinned_to_an_aired_season_is_the_next_seasons():
    text = (
        "Netflix renewed Mistle Lane for a second season in January, and season 2 wrapped in "
        "May. Season 1 of Mistle Lane is streaming now on Netflix. Based on when the first "
        "season dropped (Friday, December 6, 2024), an early-December release is likely."
    )
    records = records_for(text, "2025-08-28")
    assert [(r.season, r.release.status) for r in records] == [(2, "window")]


def test_months_later_tells_of_a_premiere_gone_by():
    text = (
        "Netflix has renewed Tallow Gate for a third season. Season 1 launched in October "
        "2022; the second season followed 15 months later, on January 11."
    )
    records = records_for(text, "2024-03-12")
    assert [r.season for r in records] == [3]


_FENMOOR = "Fenmoor Lights recommissioned for series 5 by ITV"


@pytest.mark.parametrize(
    "sentence",
    [
        "There's no word yet on when the new series will air, although previous runs have "
        "landed in the spring.",
        "There's no word yet on when the new series will air, although previous runs have "
        "landed in the spring, so a 2025 return seems likely.",
    ],
)
def test_what_earlier_seasons_did_dates_no_new_season(sentence):
    text = f"Good news for fans: Fenmoor Lights is coming back. {sentence}"
    release = record_for(text, "Fenmoor Lights", 5, "2024-06-10", title=_FENMOOR).release
    assert release.status != "released"
    assert release.text != "spring"


def test_a_forecast_reasoned_from_earlier_seasons_is_still_a_window():
    text = (
        "Good news for fans: Fenmoor Lights is coming back. Based on how long the previous "
        "seasons took, we think late 2025 is the most likely window."
    )
    release = record_for(text, "Fenmoor Lights", 5, "2024-06-10", title=_FENMOOR).release
    assert (release.status, release.confirmed) == ("window", False)


def test_a_moved_date_is_the_new_one():
    text = (
        "Season 2 of Tern Harbour, previously set to premiere Friday, March 14, will now debut "
        "Friday, May 9, Apple TV+ announced Thursday."
    )
    release = record_for(text, "Tern Harbour", 2, "2025-02-20").release
    assert (release.status, release.date) == ("dated", dt.date(2025, 5, 9))


def test_a_date_first_announced_is_not_the_premiere():
    text = "Hulu originally announced Tern Harbour season 2 would premiere on March 14."
    assert all(r.release.date is None for r in records_for(text, "2025-02-20"))


def test_kicks_off_season_n_on_a_day_is_a_premiere():
    text = (
        "Tern Harbour, which CBS renewed for a fifth season in March, kicks off Season 5 on "
        "Tuesday, Oct. 14."
    )
    release = record_for(text, "Tern Harbour", 5, "2025-06-20").release
    assert (release.status, release.date) == ("dated", dt.date(2025, 10, 14))


@pytest.mark.parametrize(
    "sentence",
    [
        "Starz has a habit of moving its summer dramas into the autumn.",
        "Starz likes to launch its prestige dramas in the autumn.",
    ],
)
def test_a_networks_habit_told_another_way_dates_no_season(sentence):
    text = f"Tern Harbour season 3 is filming now. There's no release date yet. {sentence}"
    release = record_for(text, "Tern Harbour", 3, "2024-08-01").release
    assert release.status == "not_announced"


def test_a_forecast_after_a_condition_on_the_shoot_is_a_window():
    text = (
        "Tern Harbour season 3 is filming now. If Season 3 wraps in November as expected, and "
        "the post-production schedule looks anything like the last one, mid-2025 seems the most "
        "likely window for new episodes."
    )
    release = record_for(text, "Tern Harbour", 3, "2024-08-01").release
    assert (release.status, release.text, release.confirmed) == ("window", "mid-2025", False)


def test_a_forecast_beside_a_habit_is_a_window_of_its_own():
    text = (
        "Channel 4 has not confirmed when Tern Harbour series six will air, but with the show "
        "traditionally launching in September, an autumn 2025 return looks a safe bet."
    )
    release = record_for(text, "Tern Harbour", 6, "2025-02-03").release
    assert (release.status, release.text, release.confirmed) == ("window", "autumn 2025", False)


def test_the_day_a_premiere_was_pushed_is_news_not_the_premiere():
    text = (
        "Tern Harbour fans will have to wait a little longer. Prime Video on Thursday pushed the "
        "Season 2 premiere of its island horror series from Friday, April 3 to Friday, April 17."
    )
    title = "Tern Harbour Season 2 Premiere Date Moved Back Two Weeks"
    release = record_for(text, "Tern Harbour", 2, "2026-03-05", title=title).release
    assert (release.status, release.date) == ("dated", dt.date(2026, 4, 17))


@pytest.mark.parametrize(
    "sentence",
    [
        "Oriel Vance returns as Chancellor Crane, the role that earned him a Golden Globe "
        "nomination in January.",
        "It's refreshing, in a year of bloated streaming seasons, to watch a show that knows "
        "what it is.",
        "It was the best new drama of the winter.",
    ],
)
def test_other_spans_of_time_date_no_season(sentence):
    lead = "HBO has renewed Tern Harbour for a third season. HBO has not set a premiere window."
    text = f"{lead} {sentence}"
    release = record_for(text, "Tern Harbour", 3, "2025-02-20").release
    assert release.status == "not_announced"


_TWO_SEASON_ORDER = (
    "Peacock has renewed Cinderhall for a third and a fourth season. Season 3 starts "
    "filming in March. {}"
)


@pytest.mark.parametrize(
    "closing",
    [
        "No release date has been set for either season.",
        "Peacock did not give a premiere window for both seasons.",
    ],
)
def test_not_announced_for_either_season_of_an_order(closing):
    text = _TWO_SEASON_ORDER.format(closing)
    for season in (3, 4):
        assert record_for(text, "Cinderhall", season, "2025-02-04").release.status == (
            "not_announced"
        )


def test_not_announced_for_one_season_stays_with_it():
    text = _TWO_SEASON_ORDER.format("No release date has been set for season 3.")
    assert record_for(text, "Cinderhall", 4, "2025-02-04").release.status == "unknown"


_GUESS_INTRO = "Apple TV+ has renewed Bramblewick for a third season. "


@pytest.mark.parametrize(
    "sentence,window",
    [
        (
            "If cameras roll next spring and the edit takes as long as it did on season 2, "
            "I'd guess late next year at the earliest.",
            ("2026-09-01", "2026-12-31"),
        ),
        ("If I had to guess, next summer.", ("2026-06-01", "2026-08-31")),
        (
            "Apple hasn't said, but season 2 went out about a year after filming began, so "
            "we'd guess late 2026.",
            ("2026-09-01", "2026-12-31"),
        ),
        (
            "Our best guess is sometime in 2027, based on the long gap between seasons 1 and 2.",
            ("2027-01-01", "2027-12-31"),
        ),
        (
            "Given how long season 2 took, our guess is that it won't air before 2028.",
            ("2028-01-01", "2028-12-31"),
        ),
    ],
)
def test_writer_guess_is_an_unconfirmed_window_for_the_season_to_come(sentence, window):
    records = records_for(_GUESS_INTRO + sentence, "2025-06-10")
    release = record_for(_GUESS_INTRO + sentence, "Bramblewick", 3, "2025-06-10").release
    assert (release.status, release.window, release.confirmed) == (
        "window",
        (_d(window[0]), _d(window[1])),
        False,
    )
    earlier = [r for r in records if r.show == "Bramblewick" and r.season < 3]
    assert all(r.release.status == "unknown" for r in earlier)


@pytest.mark.parametrize(
    "sentence",
    [
        "If we came back, I'd guess next year at the earliest.",
        "If there's another season, I'd guess 2027.",
    ],
)
def test_guess_on_whether_the_season_is_made_is_no_window(sentence):
    release = record_for(_GUESS_INTRO + sentence, "Bramblewick", 3, "2025-06-10").release
    assert release.status == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu recommissioned Tarnside for a third series in January, and has said the new "
        "episodes will air in 2026.",
        "Tarnside season 3 will air in 2026; the third season filmed over the summer, "
        "wrapping in October.",
        "Tarnside season 3 is back on track for 2026, with Hulu confirming the year at a fan "
        "event in November.",
    ],
)
def test_month_of_another_event_does_not_narrow_the_year(sentence):
    release = record_for(sentence, "Tarnside", 3, "2025-12-15").release
    assert (release.status, release.window) == ("window", (_d("2026-01-01"), _d("2026-12-31")))


def test_back_on_set_is_filming_not_a_return():
    text = (
        "Filming on Larkspur Yard series 2 paused after an injury, and the crew expects to "
        "be back on set next month."
    )
    assert record_for(text, "Larkspur Yard", 2, "2025-04-02").release.status == "unknown"


def test_long_production_subject_still_dates_the_shoot():
    text = (
        "Corrib Point has been renewed. Production on the eight-episode third season is "
        "expected to start in the fall, again on location in Galway."
    )
    assert record_for(text, "Corrib Point", 3, "2024-05-02").release.status == "unknown"


def test_estimate_keeping_an_earlier_gap_is_the_next_season():
    text = (
        "Netflix renewed Corrib Point for a third season. Sources say Netflix is eyeing a "
        "2026 launch, which would keep the gap between the first two seasons (season 1 "
        "debuted in July 2022)."
    )
    release = record_for(text, "Corrib Point", 3, "2025-03-02").release
    assert (release.status, release.window) == ("window", (_d("2026-01-01"), _d("2026-12-31")))


def test_named_season_premiere_before_the_date_is_that_season():
    text = (
        "Disney+ has renewed Puddlejump for a third season, ahead of the show's season 2 "
        "premiere next month. The third season is slated to premiere in 2026."
    )
    assert record_for(text, "Puddlejump", 3, "2025-06-10").release.window == (
        _d("2026-01-01"),
        _d("2026-12-31"),
    )
    assert record_for(text, "Puddlejump", 2, "2025-06-10").release.window == (
        _d("2025-07-01"),
        _d("2025-07-31"),
    )


def test_would_not_be_a_surprise_is_the_writers_estimate():
    text = (
        "ITV said Fellgate series 3 will air in 2026. Series 2 aired in January, so a "
        "similar slot early next year would not be a surprise."
    )
    release = record_for(text, "Fellgate", 3, "2025-05-05").release
    assert (release.window, release.confirmed) == ((_d("2026-01-01"), _d("2026-12-31")), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Paramount+ renewed Tern Harbour for a sixth and final season, and set the fifth season "
        "for August.",
        "Paramount+ has slated Tern Harbour season 5 for August.",
    ],
)
def test_a_season_set_for_a_month_is_a_window(sentence):
    release = record_for(sentence, "Tern Harbour", 5, "2025-05-01").release
    assert (release.status, release.text) == ("window", "August")


_INTERVIEW = (
    "Brackenmoor creator Ilse Varga on the new season\n\n"
    "Hulu renewed Brackenmoor for a second season in March. We spoke to Varga by phone "
    "about the shoot.\n\n"
    "Where are you in the process?\n\n"
    "We start filming in June, in Wales again.\n\n"
    "{question}\n\n"
    "{answer}\n\n"
    "This interview has been edited and condensed."
)


@pytest.mark.parametrize(
    "question,answer,window",
    [
        (
            "So when do we get to see it?",
            "Nobody has told me a date. If I had to guess, sometime next year.",
            ("2026-01-01", "2026-12-31"),
        ),
        (
            "Q: When is it on?",
            "A: It'll be on in the autumn, I think, but don't quote me on that.",
            ("2025-09-01", "2025-11-30"),
        ),
        (
            "Is there a date yet? When might it air?",
            "Not one I'm allowed to share. I'd imagine early next year, but the effects "
            "take as long as they take.",
            ("2026-01-01", "2026-04-30"),
        ),
    ],
)
def test_interviewees_own_hedge_is_confirmed(question, answer, window):
    text = _INTERVIEW.format(question=question, answer=answer)
    release = record_for(text, "Brackenmoor", 2, "2025-05-02").release
    assert (release.status, release.window, release.confirmed) == (
        "window",
        (_d(window[0]), _d(window[1])),
        True,
    )


def test_hedge_inside_a_quotation_is_the_speakers():
    text = (
        "Apple TV+ has renewed Saltwick for a third season. At the panel, showrunner Oren "
        'Tilly was cagey about timing. "The visual effects take forever on this show. If '
        "I had to guess, late 2026. Please don't hold me to that.\""
    )
    release = record_for(text, "Saltwick", 3, "2025-06-10").release
    assert (release.window, release.confirmed) == ((_d("2026-09-01"), _d("2026-12-31")), True)


@pytest.mark.parametrize(
    "text",
    [
        # a guide answering its own question heading: the writer's guess
        "Apple TV+ has renewed Saltwick for a third season.\n\nWhen will Saltwick season 3 "
        "come out?\n\nApple hasn't said. If I had to guess, late 2026.",
        # an interview's own introduction: the writer's guess, no question answered
        "Apple TV+ has renewed Saltwick for a third season, and I'd guess late 2026 for it. "
        "We spoke to its creator by phone.\n\nHow is the writing going?\n\nSlowly.",
    ],
)
def test_writers_own_hedge_stays_unconfirmed(text):
    release = record_for(text, "Saltwick", 3, "2025-06-10").release
    assert (release.window, release.confirmed) == ((_d("2026-09-01"), _d("2026-12-31")), False)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Pitchside season 3 begins Thursday, Oct. 3, on Peacock.", "2024-10-03"),
        (
            "Peacock on Tuesday released the official trailer for Pitchside Season 3, which "
            "kicks off Thursday, Oct. 3 with its first two episodes.",
            "2024-10-03",
        ),
        ("The third series of Pitchside starts Sunday 6 October at 9pm on ITV1.", "2024-10-06"),
        ("Pitchside season 3 kicks off in October on Peacock.", ("2024-10-01", "2024-10-31")),
        ("Pitchside's third season begins in the fall, NBC said.", ("2024-09-01", "2024-11-30")),
    ],
)
def test_a_season_that_begins_or_kicks_off_on_a_date_premieres_then(sentence, expected):
    release = record_for(sentence, "Pitchside", 3, "2024-08-27").release
    if isinstance(expected, str):
        assert (release.status, release.date) == ("dated", _d(expected))
    else:
        assert (release.status, release.window) == ("window", (_d(expected[0]), _d(expected[1])))


@pytest.mark.parametrize(
    "sentence",
    [
        "Filming on Pitchside season 3 begins Thursday, Oct. 3, in Leeds.",
        "Production on the third season of Pitchside starts in October in Atlanta.",
        "Pitchside season 3 starts filming Thursday, Oct. 3.",
        "Writing on the third season of Pitchside begins in January.",
        "Casting for Pitchside season 3 kicks off in the spring.",
    ],
)
def test_a_shoot_that_begins_on_a_date_is_no_premiere(sentence):
    records = [r for r in records_for(sentence, "2024-08-27") if r.show == "Pitchside"]
    assert all(r.release.status == "unknown" for r in records)


_TOLD_INTRO = "HBO renewed Kettlewell for a second season in March. "


@pytest.mark.parametrize(
    "sentence,window",
    [
        ("HBO has told us summer, and we're choosing to believe it.", ("2025-06-01", "2025-08-31")),
        ("HBO's telling me autumn, and I'm holding them to it.", ("2025-09-01", "2025-11-30")),
        (
            "HBO is still saying 2026, without getting any more specific.",
            ("2026-01-01", "2026-12-31"),
        ),
        (
            "The plan is for autumn, and everybody is working toward it.",
            ("2025-09-01", "2025-11-30"),
        ),
        ("The target is 2026, the network says.", ("2026-01-01", "2026-12-31")),
        (
            "The network's preview reel put Kettlewell down for winter.",
            ("2025-12-01", "2026-02-28"),
        ),
    ],
)
def test_a_period_the_network_has_told_or_pencilled_is_a_window(sentence, window):
    release = record_for(_TOLD_INTRO + sentence, "Kettlewell", 2, "2025-05-20").release
    assert (release.status, release.window, release.confirmed) == (
        "window",
        (_d(window[0]), _d(window[1])),
        True,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "HBO told us in January that the cast would return.",
        "The showrunner told reporters Tuesday that the writers' room is open.",
        "The plan is to start filming in the autumn.",
    ],
)
def test_news_told_on_a_day_is_no_window(sentence):
    release = record_for(_TOLD_INTRO + sentence, "Kettlewell", 2, "2025-05-20").release
    assert release.status == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Hulu renewed Cobbler's Row for a fourth season on Tuesday. The news comes three weeks "
        "before the season 3 finale, which airs May 14.",
        "Hulu has cancelled Cobbler's Row after three seasons, so it will not get a fourth "
        "season. The Season 3 finale, now the series finale, airs Thursday, May 22.",
        "Hulu renewed Cobbler's Row for a fourth season. The third-season finale, which is set "
        "to air in June, ends on a cliffhanger.",
    ],
)
def test_a_finale_that_airs_on_a_date_is_no_premiere(text):
    records = [r for r in records_for(text, "2025-04-22") if r.show == "Cobbler's Row"]
    assert all(r.release.status in ("unknown", "released") for r in records)
    assert all(r.release.date is None for r in records)


def test_a_season_after_a_finale_clause_keeps_its_date():
    text = (
        "Hulu renewed Cobbler's Row for a fourth season. After the season 3 finale, the "
        "fourth season premieres on September 9."
    )
    release = record_for(text, "Cobbler's Row", 4, "2025-04-22").release
    assert (release.status, release.date) == ("dated", _d("2025-09-09"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Paramount+ had been targeting early 2026 for the premiere, and a spokesperson said "
        'that plan "has not changed."',
        "Paramount+ had previously announced that the second season would premiere in early "
        '2026, and the spokesperson said on Tuesday that "the early 2026 plan hasn\'t changed."',
        "The second season was originally slated for early 2026, and Paramount+ says it is "
        "still on track.",
    ],
)
def test_an_earlier_plan_that_still_holds_is_the_window(sentence):
    text = "Paramount+ renewed Wrenfield for a second season. " + sentence
    release = record_for(text, "Wrenfield", 2, "2025-04-29").release
    assert (release.status, release.window) == ("window", (_d("2026-01-01"), _d("2026-04-30")))


def test_an_earlier_plan_that_was_replaced_is_not_the_window():
    text = (
        "Paramount+ renewed Wrenfield for a second season. The second season was originally "
        "slated for early 2026, but it will now premiere in the fall of 2026."
    )
    release = record_for(text, "Wrenfield", 2, "2025-04-29").release
    assert (release.status, release.window) == ("window", (_d("2026-09-01"), _d("2026-11-30")))


@pytest.mark.parametrize(
    "sentence",
    [
        "There's no word yet on when season 4 will film.",
        "There is no word on when cameras will roll on the fourth season.",
        "Netflix hasn't said when production on season 4 starts.",
    ],
)
def test_no_word_on_when_the_shoot_starts_says_nothing_of_the_release(sentence):
    text = "Netflix renewed Harrowgate for a fourth season in May. " + sentence
    assert record_for(text, "Harrowgate", 4, "2025-07-15").release.status == "unknown"


def test_no_word_on_when_the_season_premieres_is_not_announced():
    text = (
        "Netflix renewed Harrowgate for a fourth season in May. There's no word yet on when "
        "season 4 will premiere, and filming starts in the autumn."
    )
    assert record_for(text, "Harrowgate", 4, "2025-07-15").release.status == "not_announced"


@pytest.mark.parametrize(
    "question,answer",
    [
        ("Is there a premiere date?", "Not that anyone's told me!"),
        ("Q: Do you have a release date yet?", "A: Not yet. Max decides that, not me."),
        ("When will season 2 be out?", "No idea, honestly. Ask Max."),
    ],
)
def test_a_date_question_answered_no_is_not_announced(question, answer):
    text = (
        "Max renewed Gullrock for a second season in June, and we spoke to its creator by "
        f"phone.\n\nHow is the writing going?\n\nSlowly!\n\n{question}\n\n{answer}"
    )
    assert record_for(text, "Gullrock", 2, "2025-09-18").release.status == "not_announced"


def test_no_date_for_a_season_already_out_is_the_next_seasons():
    text = (
        "Rowan Mbeki joins Gullrock season 2. Gullrock's first season was one of Max's "
        "most-streamed comedies of last year. Max has not announced a premiere date."
    )
    records = records_for(text, "2025-03-04")
    assert record_for(text, "Gullrock", 2, "2025-03-04").release.status == "not_announced"
    assert all(r.release.status == "unknown" for r in records if r.season == 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "No timing was given for season 4, and Netflix has not said when production will begin.",
        "No timeline has been given for the fourth season.",
    ],
)
def test_no_timing_given_is_not_announced(sentence):
    text = "Netflix renewed Harrowgate for a fourth season in May. " + sentence
    assert record_for(text, "Harrowgate", 4, "2025-07-15").release.status == "not_announced"


_NOT_YET_ORDERED = "Hulu has yet to decide on a second season of Marlow Fen. "


@pytest.mark.parametrize(
    "sentence",
    [
        "If Hulu orders a second season in the autumn, we wouldn't expect new episodes until "
        "summer 2026 at the very earliest.",
        "Even if Hulu renewed it tomorrow, the scripts would need writing, so we wouldn't bet "
        "on new episodes before 2026.",
        'Its creator told us: "If we get a second season, it would come out next year at the '
        'absolute earliest."',
        "Should Hulu pick up a second season, expect it in 2027 at the earliest.",
    ],
)
def test_a_date_supposing_the_season_is_ordered_is_no_window(sentence):
    release = record_for(_NOT_YET_ORDERED + sentence, "Marlow Fen", 2, "2025-08-30").release
    assert release.status != "window"


@pytest.mark.parametrize(
    "sentence,window",
    [
        (
            "If all goes to plan, the second season will premiere in spring 2026.",
            ("2026-03-01", "2026-05-31"),
        ),
        (
            "If you haven't watched yet, catch up before the second season arrives in spring 2026.",
            ("2026-03-01", "2026-05-31"),
        ),
    ],
)
def test_other_suppositions_keep_the_window(sentence, window):
    text = "Hulu renewed Marlow Fen for a second season. " + sentence
    release = record_for(text, "Marlow Fen", 2, "2025-08-30").release
    assert (release.status, release.window) == ("window", (_d(window[0]), _d(window[1])))


@pytest.mark.parametrize(
    "sentence",
    [
        "Production on the new season is expected to get going in the summer in Nova Scotia.",
        "Filming will return to Oklahoma next spring, the showrunner said.",
        "The shoot moves to Malta in the autumn.",
        "Seasons 1 and 2 each took around five months to film, so a wrap in February or March "
        "2026 seems about right.",
    ],
)
def test_a_shoot_getting_going_returning_or_wrapping_is_no_premiere(sentence):
    text = "Peacock renewed Tallowmere for a third season. " + sentence
    assert record_for(text, "Tallowmere", 3, "2025-04-19").release.status == "unknown"


def test_a_launch_beside_a_pencilled_production_keeps_the_launch():
    text = (
        "Netflix is eyeing a 2026 launch for the third season of Tallowmere, sources say, with "
        "production pencilled in for the autumn."
    )
    release = record_for(text, "Tallowmere", 3, "2025-04-19").release
    assert (release.window, release.confirmed) == ((_d("2026-01-01"), _d("2026-12-31")), False)


def test_a_season_that_began_filming_and_will_return_keeps_its_window():
    text = (
        "BBC One renewed Tallowmere for a second series. The drama began filming in Glasgow "
        "last month and will return to BBC One and iPlayer later this year."
    )
    release = record_for(text, "Tallowmere", 2, "2025-04-04").release
    assert (release.status, release.window) == ("window", (_d("2025-04-04"), _d("2025-12-31")))


@pytest.mark.parametrize(
    "sentence",
    [
        "The official website revealed that the second part of the anime's second season will "
        "premiere on October 4.",
        "The second cour of Ashfall Season 2 premieres on October 4 on Crunchyroll.",
        "The second batch of Ashfall season 2 episodes drops on Netflix on October 4.",
    ],
)
def test_a_later_part_of_a_split_season_means_the_season_is_out(sentence):
    text = "Ashfall season 2 is one of the year's biggest anime. " + sentence
    release = record_for(text, "Ashfall", 2, "2025-09-22").release
    assert release.status == "released"


@pytest.mark.parametrize(
    "sentence,window",
    [
        (
            "Paramount+ has said it will premiere in October 2026, just in time for Halloween.",
            ("2026-10-01", "2026-10-31"),
        ),
        (
            "Netflix says the second season arrives in December, in time for Christmas.",
            ("2025-12-01", "2025-12-31"),
        ),
        (
            "The season will land in late November, just in time for Thanksgiving, Hulu said.",
            ("2025-11-21", "2025-11-30"),
        ),
    ],
)
def test_a_holiday_the_window_is_in_time_for_is_no_premiere_day(sentence, window):
    text = "Half-Light was renewed for a second season. " + sentence
    release = record_for(text, "Half-Light", 2, "2025-08-29").release
    assert (release.status, release.window) == ("window", (_d(window[0]), _d(window[1])))


def test_a_season_in_time_for_a_holiday_alone_is_that_day():
    text = "Half-Light was renewed for a second season. Netflix says it arrives on Christmas Day."
    release = record_for(text, "Half-Light", 2, "2025-08-29").release
    assert (release.status, release.date) == ("dated", _d("2025-12-25"))


def test_in_time_for_the_holidays_said_on_a_day_is_the_holiday_window():
    text = (
        "Snowdrift Lane will return for its second season in time for the holiday season, "
        "Peacock said on Tuesday."
    )
    release = record_for(text, "Snowdrift Lane", 2, "2025-08-05").release
    assert (release.status, release.window) == ("window", (_d("2025-11-15"), _d("2025-12-31")))


@pytest.mark.parametrize(
    "sentence",
    [
        "Production is expected to start next spring, so new episodes in 2026 look unlikely.",
        "A 2026 return seems highly unlikely at this point.",
        "With the writers' room only just open, a release this year is out of the question.",
    ],
)
def test_a_period_said_to_be_unlikely_is_no_window(sentence):
    text = "Peacock renewed Cobalt Row for a third season. " + sentence
    assert record_for(text, "Cobalt Row", 3, "2025-11-19").release.status != "window"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our guess: December 2026, just in time for Christmas.",
        "My prediction: spring 2026, once the effects are done.",
        "Best guess: late 2026, though the network confirmed nothing.",
    ],
)
def test_a_guess_introduced_by_a_colon_is_unconfirmed(sentence):
    text = "HBO renewed Vaulthaven for a third season but has not said when it returns. "
    release = record_for(text + sentence, "Vaulthaven", 3, "2025-12-29").release
    assert (release.status, release.confirmed) == ("window", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "A Hulu spokesperson said the season is targeted for early 2026.",
        "Producer Kenji Hara said the team was aiming to deliver the new season in early 2026.",
        "Hulu is aiming to release the second season in early 2026.",
    ],
)
def test_a_season_targeted_or_aimed_at_a_period_is_a_window(sentence):
    text = "Hulu renewed Fernbrake for a second season. " + sentence
    release = record_for(text, "Fernbrake", 2, "2025-02-05").release
    assert (release.status, release.window) == ("window", (_d("2026-01-01"), _d("2026-04-30")))


@pytest.mark.parametrize(
    "text",
    [
        "Netflix Q3 earnings: Fernbrake dated for early 2026 as subscriber revenue climbs",
        "On its Q3 earnings call, Netflix said Fernbrake season 2 returns in early 2026.",
        "In its third-quarter results, Netflix said the second season of Fernbrake will "
        "return in early 2026.",
    ],
)
def test_an_earnings_quarter_is_not_the_window(text):
    text += "\n\nNetflix renewed Fernbrake for a second season in March."
    release = record_for(text, "Fernbrake", 2, "2025-10-21").release
    assert (release.status, release.window) == ("window", (_d("2026-01-01"), _d("2026-04-30")))


@pytest.mark.parametrize(
    "sentence",
    [
        "The new season will simulcast on Crunchyroll every Saturday at 10:30 a.m. PT.",
        "New episodes of the second season arrive every Friday on Apple TV+.",
        "The season will run for two cours, with 24 episodes, and will simulcast on "
        "Crunchyroll every Saturday as it airs in Japan.",
    ],
)
def test_a_weekly_slot_is_no_premiere_day(sentence):
    text = "Fernbrake season 2 has been confirmed. " + sentence
    release = record_for(text, "Fernbrake", 2, "2025-07-05").release
    assert release.status in ("unknown", "not_announced")


def test_a_premiere_then_a_weekly_slot_keeps_the_premiere():
    text = "Fernbrake season 2 premieres Thursday, Oct. 2, and airs every Thursday after that."
    release = record_for(text, "Fernbrake", 2, "2025-07-05").release
    assert (release.status, release.date) == ("dated", _d("2025-10-02"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The second season of Saltgate, which premiered on Prime Video today with three "
        "episodes, has more bite than anyone could have expected.",
        "Saltgate season 2, which debuted today, is better than it might have been.",
        "Saltgate's second season premiered today, and it should win over the doubters.",
    ],
)
def test_a_premiere_today_beside_a_hedge_about_something_else_is_released(sentence):
    release = record_for(sentence, "Saltgate", 2, "2025-03-07").release
    assert (release.status, release.date) == ("released", _d("2025-03-07"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Peacock renewed Oxbow County for a fifth season this month, ahead of the fourth "
        "season's July premiere.",
        "Peacock renewed Oxbow County for a fifth season and set the Season 4 premiere for "
        "Friday, July 10.",
        "After a strong premiere for the fourth season in March, Peacock renewed Oxbow County "
        "for a fifth season.",
    ],
)
def test_a_premiere_named_for_another_season_does_not_date_the_renewed_one(sentence):
    assert record_for(sentence, "Oxbow County", 5, "2026-05-16").release.status == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Peacock has cancelled Redmoor after one season. The horror anthology, which "
        "premiered in October, will not be back.",
        "Hulu renewed Redmoor for a second season, which will follow the first, which "
        "premiered in October.",
    ],
)
def test_a_yearless_month_after_a_past_premiere_verb_is_gone(text):
    records = [r for r in records_for(text, "2025-05-16") if r.show == "Redmoor"]
    assert all(r.release.status == "unknown" for r in records if r.season == 2)


def test_a_shoot_that_began_in_a_yearless_month_is_not_the_window():
    text = (
        "Filming on Redmoor series 2, which began on the islands in August, will be suspended "
        "for three weeks. The BBC had said the six-part series would air next spring."
    )
    release = record_for(text, "Redmoor", 2, "2025-10-15").release
    assert (release.status, release.window) == ("window", (_d("2026-03-01"), _d("2026-05-31")))


def test_a_season_that_wrapped_in_a_month_keeps_its_premiere_window():
    text = "Redmoor season 2, which wrapped in March, will premiere in the fall on Peacock."
    release = record_for(text, "Redmoor", 2, "2025-05-16").release
    assert (release.status, release.window) == ("window", (_d("2025-09-01"), _d("2025-11-30")))


@pytest.mark.parametrize(
    "sentence",
    [
        "FX has not said when it will premiere. We'd circle February or March 2026.",
        "There's no date yet, but seasons 2 and 3 both arrived in October, so we'd pencil in "
        "autumn 2026.",
        "FX hasn't said when it returns. I'd go with late 2026, personally.",
    ],
)
def test_a_writer_circling_or_pencilling_a_period_is_unconfirmed(sentence):
    text = "FX renewed Crookmere for a fourth season. " + sentence
    release = record_for(text, "Crookmere", 4, "2025-09-10").release
    assert (release.status, release.confirmed) == ("window", False)


@pytest.mark.parametrize(
    "text",
    [
        "Fall 2026 TV Premiere Dates: NBC, CBS and Fox Set Their Schedules\n\nNBC has also "
        "renewed Quarry Lane for a third season.",
        "CBS has set its fall 2025 premiere dates. Quarry Lane, renewed for a third season in "
        "April, is not among them.",
        "ABC unveiled its winter 2026 return dates on Monday, and Quarry Lane season 3 is "
        "nowhere to be seen.",
    ],
)
def test_a_networks_slate_of_dates_for_a_period_is_no_window_for_each_show(text):
    records = [r for r in records_for(text, "2025-06-24") if r.show == "Quarry Lane"]
    assert all(r.release.status != "window" for r in records)


def test_a_new_shows_series_premiere_under_a_schedule_day_is_its_first_season():
    text = (
        "ABC sets fall 2025 premiere dates: Quarry Lane and new drama Saltmere General\n\n"
        "Here are the dates:\n\nTHURSDAY, SEPT. 25\n\n10 p.m. - Saltmere General (series "
        "premiere)\n\nSaltmere General stars Ines Valko as a trauma surgeon."
    )
    release = record_for(text, "Saltmere General", 1, "2025-07-12").release
    assert (release.status, release.date) == ("dated", _d("2025-09-25"))


@pytest.mark.parametrize(
    "sentence",
    [
        "If past seasons are any guide, filming will begin in the autumn, for a 2027 premiere.",
        "According to sources, Peacock is eyeing a 2027 premiere, though the streamer has not "
        "officially set a window.",
        "The drama is expected to return in 2027, though Peacock has yet to confirm a date.",
        "With eight episodes to shoot, it's hard to see the season landing before 2027.",
    ],
)
def test_hedged_windows_the_network_has_not_confirmed_are_unconfirmed(sentence):
    text = "Peacock renewed Ptarmigan Bay for a fourth season. " + sentence
    release = record_for(text, "Ptarmigan Bay", 4, "2025-08-14").release
    assert (release.status, release.window, release.confirmed) == (
        "window",
        (_d("2027-01-01"), _d("2027-12-31")),
        False,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The manga's latest volume shipped on December 4.",
        "The 17th compiled volume of the manga went on sale March 4.",
        "The light novel's ninth book was published on June 20.",
    ],
)
def test_a_source_books_date_is_no_premiere(sentence):
    text = (
        "The anime's official account announced on Sunday that Tidecaller season 3 will "
        "premiere in 2027. " + sentence
    )
    release = record_for(text, "Tidecaller", 3, "2025-12-21").release
    assert (release.status, release.window) == ("window", (_d("2027-01-01"), _d("2027-12-31")))


def test_a_split_seasons_volume_one_keeps_its_day_and_an_articles_publishing_day_does_not():
    text = (
        "Netflix's Gearwick Lanterns season 2 will return with Volume 1 on Thursday, July 9, "
        "followed by Volume 2 on Thursday, August 13. The original article, published on "
        "May 2, follows below."
    )
    release = record_for(text, "Gearwick Lanterns", 2, "2026-05-12").release
    assert (release.status, release.date) == ("dated", _d("2026-07-09"))


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Starfall Season 2 Sets April 2026 Premiere. The official website revealed a teaser "
            "video and the April 2026 premiere of Starfall's second season during a stage event "
            "at AnimeJapan on Saturday.",
            ("window", ("2026-04-01", "2026-04-30")),
        ),
        (
            "Starfall Season 2 Sets January 9 Premiere. The website began streaming the second "
            "promotional video for Starfall season 2 on Saturday.",
            ("dated", "2026-01-09"),
        ),
        (
            "Starfall season 2 will premiere in October, it was announced at a fan festival in "
            "Chiba on Saturday.",
            ("window", ("2025-10-01", "2025-10-31")),
        ),
    ],
)
def test_the_day_of_an_event_or_a_promo_is_not_a_premiere_today(sentence, expected):
    release = record_for(sentence, "Starfall", 2, "2025-03-22").release
    if expected[0] == "dated":
        assert (release.status, release.date) == ("dated", _d(expected[1]))
    else:
        window = (_d(expected[1][0]), _d(expected[1][1]))
        assert (release.status, release.window) == ("window", window)


_EVERYDAY_INTRO = "Netflix has renewed Harrow Gate for a third season.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a wish in a quote: "I'd go back tomorrow"
        "Will Mara Quill be back for season 3? She laughed: \"Nobody has rung me yet! I'd go back "
        'tomorrow."',
        "Asked whether she would return for season 3, Quill did not hesitate. \"I'd be back "
        'tomorrow, in a heartbeat."',
        "Quill, who plays Wren, says she would return for a third season tomorrow if Netflix "
        "asked.",
        '"We would start the new season tomorrow if they let us," Quill told Radio Times.',
        # the time of the talking, in an answer about the release
        "When will we see Harrow Gate season 3?\n\nYou're the fifth person to ask me that this "
        "week. I genuinely don't know.",
        "So when does season 3 come out?\n\n(Laughs.) My mum asked me that this morning. "
        "Nobody tells me anything.",
        "Harrow Gate season 3: when is it coming back?\n\nQuill has been asked about it all "
        "week, and she fielded the question again on a podcast today.",
    ],
)
def test_everyday_time_words_do_not_date_the_season(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.date is None and release.window is None


def test_an_answers_window_outranks_the_week_it_was_asked_in():
    text = (
        "When will we see Harrow Gate season 3?\n\n(Laughs.) You're the fifth person to ask me "
        "that this week. If I had to guess, sometime next year."
    )
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.window == (_d("2026-01-01"), _d("2026-12-31"))


@pytest.mark.parametrize(
    "text,date",
    [
        ("Harrow Gate season 3 premieres tomorrow on Netflix.", "2025-06-11"),
        ("The wait is over: Harrow Gate season 3 arrives on Netflix today.", "2025-06-10"),
        ("Good news: the third season of Harrow Gate will be back tomorrow night.", "2025-06-11"),
    ],
)
def test_a_premiere_tomorrow_or_today_is_still_its_day(text, date):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.date == _d(date)


@pytest.mark.parametrize(
    "text",
    [
        "New on Netflix this week: Harrow Gate season 3 returns on Friday, June 13, with all "
        "eight episodes.",
        "TV this week: Harrow Gate is back. Season 3 premieres June 13 on Netflix.",
        "Harrow Gate season 3 premieres June 13. Everything coming to Netflix next week is in "
        "our weekly list.",
    ],
)
def test_a_roundups_week_does_not_outrank_the_seasons_day(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert (release.status, release.date) == ("dated", _d("2025-06-13"))


@pytest.mark.parametrize(
    "text",
    [
        "TV Renewals This Week: Harrow Gate season 3 is set for the fall on Netflix.",
        "Also this week: a teaser for Harrow Gate season 3, which returns in the fall.",
        "Harrow Gate season 3 returns in the fall. Coming next week: our full fall preview.",
        "Harrow Gate season 3 is back in the fall, and Netflix is streaming the first two seasons "
        "again this week.",
    ],
)
def test_a_week_yields_to_a_seasons_window(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.window == (_d("2025-09-01"), _d("2025-11-30"))


@pytest.mark.parametrize(
    "text",
    [
        'In the season 3 trailer, Wren stares down the sheriff. "You coming back next year, '
        'Walt?" she asks.',
        '"Will it be back next spring?" asked one fan on X, and nobody at Netflix has answered.',
        "The first comment under Netflix's post, \u201cSeason 3 this summer or what?\u201d, has "
        "40,000 likes.",
        '"Is it out in March?" Quill repeated when we asked about season 3, laughing. "Ask '
        'Netflix."',
    ],
)
def test_a_quoted_question_dates_nothing(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.date is None and release.window is None


def test_a_date_beside_a_quoted_question_still_dates_the_season():
    text = (
        'To the question every fan asks, "Is season 3 coming this year?", Netflix gave a clear '
        "answer: it returns next spring."
    )
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.window == (_d("2026-03-01"), _d("2026-05-31"))


@pytest.mark.parametrize(
    "text",
    [
        "Asked when season 3 is out, showrunner Ines Calder shrugged.",
        "We will update this guide as soon as Harrow Gate season 3 is streaming.",
        "Once season 3 is out, expect a renewal decision within weeks.",
        "Until the third season is available, the first two are on Netflix.",
        "Nobody at Netflix will say whether season 3 is out before Christmas.",
    ],
)
def test_out_or_streaming_after_when_or_once_is_no_release(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.status == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Harrow Gate season 3 is now streaming on Netflix.",
        "Good news for fans who waited two years: season 3 is out now.",
        "When we spoke to Calder last week, she was relieved that season 3 is finally out.",
    ],
)
def test_out_or_streaming_stated_is_released(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-10").release
    assert release.status == "released"


@pytest.mark.parametrize(
    "text,window",
    [
        (
            "Netflix told fans at its Tudum event that season 3 premieres next spring.",
            ("2026-03-01", "2026-05-31"),
        ),
        (
            "Good news for fans: Netflix says Harrow Gate season 3 arrives in the fall.",
            ("2025-09-01", "2025-11-30"),
        ),
        (
            "Calder thanked the fans for their patience and said the third season will be back "
            "in the fall.",
            ("2025-09-01", "2025-11-30"),
        ),
        (
            "Fans will not have long to wait: Netflix has confirmed season 3 for March.",
            ("2026-03-01", "2026-03-31"),
        ),
    ],
)
def test_a_window_told_to_fans_is_official(text, window):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-11").release
    assert (release.window, release.confirmed) == ((_d(window[0]), _d(window[1])), True)


@pytest.mark.parametrize(
    "text",
    [
        "Fans are convinced season 3 will land in the fall.",
        "Fan theories point to a spring 2026 release for season 3.",
        "Fans expect season 3 next spring, going by the gaps between earlier seasons.",
        "Many fans think season 3 is coming in March.",
    ],
)
def test_a_window_fans_guess_is_unconfirmed(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-11").release
    assert (release.status, release.confirmed) == ("window", False)


@pytest.mark.parametrize(
    "text",
    [
        "Netflix broke the news on Monday that season 3 returns next spring.",
        "Netflix gave a clear answer on Monday: season 3 returns next spring.",
        "Calder posted a photo from the writers' room on Sunday and promised that season 3 "
        "will be back next spring.",
        "The streamer made it official Tuesday: Harrow Gate season 3 arrives next spring.",
    ],
)
def test_the_weekday_of_news_told_before_a_window_is_not_the_premiere(text):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-11").release
    assert (release.status, release.window) == ("window", (_d("2026-03-01"), _d("2026-05-31")))


@pytest.mark.parametrize(
    "text,date",
    [
        ("The long-awaited third season premieres on Monday, June 16.", "2025-06-16"),
        ("Netflix has confirmed that season 3 will premiere on Monday.", "2025-06-16"),
        ("Delayed by the strikes, Harrow Gate season 3 finally arrives Monday.", "2025-06-16"),
    ],
)
def test_a_premiere_weekday_after_a_past_word_keeps_its_day(text, date):
    release = record_for(_EVERYDAY_INTRO + text, "Harrow Gate", 3, "2025-06-11").release
    assert (release.status, release.date) == ("dated", _d(date))


_BET_INTRO = "Netflix renewed Keel Harbour for a second season in March. "


@pytest.mark.parametrize(
    "text,window",
    [
        (
            "Netflix hasn't dated the second season yet, but with filming having wrapped in the "
            "autumn, we're betting on a spring release.",
            ("2026-03-01", "2026-05-31"),
        ),
        (
            "With cameras rolling now, we'd bet on early 2026 for season 2.",
            ("2026-01-01", "2026-04-30"),
        ),
        (
            "No date yet. Our money is on a summer launch, given how quickly the first season "
            "was turned around.",
            ("2026-06-01", "2026-08-31"),
        ),
        (
            "If Netflix follows the pattern of the first season, we'd expect it in the autumn.",
            ("2026-09-01", "2026-11-30"),
        ),
    ],
)
def test_a_writers_bet_is_an_unconfirmed_window(text, window):
    release = record_for(_BET_INTRO + text, "Keel Harbour", 2, "2026-01-02").release
    assert (release.window, release.confirmed) == ((_d(window[0]), _d(window[1])), False)


@pytest.mark.parametrize(
    "text",
    [
        "The two-season order reflects the show's performance since its August debut.",
        "Ratings have climbed steadily since the drama's October premiere.",
        "Netflix renewed it just weeks after its March launch.",
    ],
)
def test_a_yearless_premiere_looked_back_on_is_not_the_next_one(text):
    text = "Netflix renewed Keel Harbour for a second season. " + text
    release = record_for(text, "Keel Harbour", 2, "2025-10-08").release
    assert release.window is None


@pytest.mark.parametrize(
    "layout",
    [
        "SUNDAY, OCT. 12\n\n8 pm – Saltmere General (Season 3)\n\n9 pm – Quarry Lane (Season 5)"
        "\n\n10 pm – Larkspur Point (Season 2)",
        "Sunday, Oct. 12\n8 p.m. - Saltmere General (season 3)\n9 p.m. - Quarry Lane (season 5)"
        "\n10 p.m. - Larkspur Point (season 2)",
        "SUNDAY, OCT. 12\n\n8:00 - Saltmere General (Season 3 premiere)\n\n9:00 - Quarry Lane "
        "(Season 5 premiere)\n\n10:00 - Larkspur Point (Season 2 premiere)",
    ],
)
def test_every_timed_entry_under_a_schedule_day_premieres_that_day(layout):
    text = (
        "ABC sets its fall premiere dates\n\nThe network on Tuesday announced premiere dates "
        f"for its 2025-26 season. Here are the dates:\n\n{layout}\n\nMore dates will follow."
    )
    for show, season in (("Saltmere General", 3), ("Quarry Lane", 5), ("Larkspur Point", 2)):
        release = record_for(text, show, season, "2025-07-15").release
        assert (release.status, release.date) == ("dated", _d("2025-10-12")), show


@pytest.mark.parametrize(
    "sentence",
    [
        "The network on Tuesday announced premiere dates for its 2025-26 season.",
        "NBC has unveiled return dates for its 2026-27 broadcast season, led by Quarry Lane.",
        "CBS set premiere dates for the 2025-2026 TV season on Wednesday.",
    ],
)
def test_a_networks_tv_season_is_no_window_for_a_show(sentence):
    text = f"Quarry Lane will return for a fifth season. {sentence}"
    release = record_for(text, "Quarry Lane", 5, "2025-07-15").release
    assert release.status != "window"


_TEASER_INTRO = "Netflix has renewed Harrow Gate for a third season, due in 2026.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "A full trailer, if the pattern of the last season holds, should arrive around the "
        "summer, but that's our guess.",
        "The first teaser, Netflix says, will drop in June.",
        "A proper trailer, according to showrunner Ines Calder, is coming in the summer.",
        "Is there a trailer coming?\n\nNot yet. Something in the summer, maybe.",
        "When will we get a teaser for season 3?\n\nProbably in June, before the Tudum event.",
    ],
)
def test_a_trailers_time_is_not_the_seasons(text):
    release = record_for(_TEASER_INTRO + text, "Harrow Gate", 3, "2026-04-02").release
    assert release.window == (_d("2026-01-01"), _d("2026-12-31"))


@pytest.mark.parametrize(
    "text,window",
    [
        ('The teaser ends with a simple card: "October 2026."', ("2026-10-01", "2026-10-31")),
        (
            "Netflix's teaser closes on a title card reading 'Coming spring 2027'.",
            ("2027-03-01", "2027-05-31"),
        ),
        (
            "The 40-second clip finishes with the words 'Season 3 - 2027'.",
            ("2027-01-01", "2027-12-31"),
        ),
        ("The trailer's end card promises a return this autumn.", ("2026-09-01", "2026-11-30")),
    ],
)
def test_a_promos_end_card_gives_the_seasons_window(text, window):
    text = "Netflix has renewed Harrow Gate for a third season.\n\n" + text
    release = record_for(text, "Harrow Gate", 3, "2026-04-02").release
    assert (release.window, release.confirmed) == ((_d(window[0]), _d(window[1])), True)


@pytest.mark.parametrize(
    "text",
    [
        "Fans who missed the last season can catch up on Hulu, where all three previous seasons "
        "are streaming.",
        "The first two seasons are available on Netflix now.",
        "Earlier seasons are streaming on BBC iPlayer.",
        "Newcomer Ada Fenn has landed a recurring role in season 3 as a barrister.",
        "Season 3 has now landed a new showrunner, Ines Calder.",
        "Quill has landed an Emmy nomination for season 2 and is back for season 3.",
    ],
)
def test_earlier_seasons_out_or_a_role_landed_is_not_the_season_out(text):
    text = "Harrow Gate season 3 premieres on Tuesday, April 15 on Hulu.\n\n" + text
    release = record_for(text, "Harrow Gate", 3, "2025-03-11").release
    assert (release.status, release.date) == ("dated", _d("2025-04-15"))


@pytest.mark.parametrize(
    "text,window",
    [
        (
            "According to two sources, Hulu is eyeing early next year, possibly as soon as late "
            "February.",
            ("2026-01-01", "2026-04-30"),
        ),
        (
            "Netflix is targeting spring 2026, perhaps as early as March.",
            ("2026-03-01", "2026-05-31"),
        ),
        (
            "The season should land in the spring, as early as March if post-production goes well.",
            ("2026-03-01", "2026-05-31"),
        ),
        (
            "Apple hopes to have it out in 2026, maybe as soon as January.",
            ("2026-01-01", "2026-12-31"),
        ),
    ],
)
def test_the_earliest_it_could_be_is_not_the_window(text, window):
    text = "Hulu renewed Lacewick for a second season.\n\n" + text
    release = record_for(text, "Lacewick", 2, "2025-11-20").release
    assert release.window == (_d(window[0]), _d(window[1]))


@pytest.mark.parametrize(
    "text,window",
    [
        (
            "\"We're looking forward to bringing the final season to audiences in 2025,\" FX's "
            "chairman said in a statement.",
            ("2025-01-01", "2025-12-31"),
        ),
        (
            "\"We can't wait to bring the new series to viewers next spring,\" said the BBC's "
            "head of drama.",
            ("2025-03-01", "2025-05-31"),
        ),
        (
            "Apple said it was excited to bring season four to subscribers in 2025.",
            ("2025-01-01", "2025-12-31"),
        ),
        (
            "The studio plans to bring its fourth season to fans early next year.",
            ("2025-01-01", "2025-04-30"),
        ),
    ],
)
def test_bringing_the_season_to_audiences_is_a_release(text, window):
    text = "Mossbank will end with its fourth season. " + text
    release = record_for(text, "Mossbank", 4, "2024-10-05").release
    assert (release.window, release.confirmed) == ((_d(window[0]), _d(window[1])), True)


def test_the_shows_a_writer_cant_wait_to_see_next_year_have_no_window():
    text = (
        "The returning dramas we can't wait to see next year\n\n"
        "Channel 4 has renewed Farrowmere for a second series. Channel 4 has yet to set a "
        "broadcast date."
    )
    release = record_for(text, "Farrowmere", 2, "2025-12-10").release
    assert release.status == "not_announced"


@pytest.mark.parametrize(
    "text",
    [
        "In March, Paramount+ released Kestrel Row, the comedy in which she plays a caterer.",
        "Last October, Kestrel Row premiered to rave reviews.",
        "Back in April, Kestrel Row season 1 arrived on Paramount+ to little fanfare.",
    ],
)
def test_a_month_in_its_own_clause_takes_the_sentences_past(text):
    text = "Paramount+ has not decided on a second season of Kestrel Row. " + text
    records = records_for(text, "2026-05-19")
    assert all(r.release.window is None for r in records)


@pytest.mark.parametrize(
    "text",
    [
        "The official website revealed the second season's trailer, key visual, new cast members "
        "and premiere date on Saturday. The season premieres on January 9, 2026.",
        "Netflix announced the release date on Monday: season 2 arrives on January 9, 2026.",
        "HBO set the season 2 premiere date this morning. It premieres January 9, 2026.",
    ],
)
def test_the_day_a_premiere_date_was_revealed_is_not_the_premiere(text):
    text = "Zephyr Drift will return for a second season. " + text
    release = record_for(text, "Zephyr Drift", 2, "2025-12-20").release
    assert (release.status, release.date) == ("dated", _d("2026-01-09"))


@pytest.mark.parametrize(
    "text",
    [
        "The audience grew week on week, helped by strong episodes in the second half of the "
        "series, and by the finale it was one of the most talked-about dramas of the autumn.",
        "The second half of the first series was the best television of the summer.",
        "Its back half made it the most-watched new drama of the year.",
    ],
)
def test_a_recaps_best_of_a_period_is_no_release(text):
    text = (
        "Sky has recommissioned Kingsmoor for a second series, though no date or window has "
        "been given. " + text
    )
    release = record_for(text, "Kingsmoor", 2, "2026-05-12").release
    assert release.status == "not_announced"


@pytest.mark.parametrize(
    "sentence",
    [
        "No date or window has been given.",
        "No window has been set yet, either.",
        "There is no date or window so far.",
    ],
)
def test_no_date_or_window_is_not_announced(sentence):
    text = f"Sky has recommissioned Kingsmoor for a second series. {sentence}"
    assert record_for(text, "Kingsmoor", 2, "2026-05-12").release.status == "not_announced"


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple TV+ has been building its slate, with three new series from the U.K. and Europe "
        "set to debut before the end of the year.",
        "Netflix has five other dramas due in the spring.",
        "Peacock also has several new comedies premiering this fall.",
        "A dozen new shows arrive on the streamer in March.",
    ],
)
def test_a_count_of_other_shows_dates_no_season(sentence):
    text = f"Apple TV+ renewed Pocket Orbit for a third season last week. {sentence}"
    release = record_for(text, "Pocket Orbit", 3, "2025-09-09").release
    assert release.status == "unknown"


def test_the_season_after_a_count_of_other_shows_keeps_its_date():
    text = (
        "Apple TV+ renewed Pocket Orbit for a third season. Apple has three new dramas on its "
        "autumn slate, and Pocket Orbit season 3 premieres on Friday, October 10."
    )
    release = record_for(text, "Pocket Orbit", 3, "2025-09-09").release
    assert (release.status, release.date) == ("dated", _d("2025-10-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Catch up on season 2 this weekend before season 3 lands in March.",
        "Binge season 2 over the holidays, because season 3 arrives in March.",
        "Fans can rewatch season 2 on Netflix this summer; season 3 arrives in March.",
    ],
)
def test_catching_up_on_an_earlier_season_is_no_release(text):
    text = "Netflix has renewed Harrow Gate for a third season. " + text
    records = {r.season: r for r in records_for(text, "2025-06-10") if r.show == "Harrow Gate"}
    assert records[3].release.window == (_d("2026-03-01"), _d("2026-03-31"))
    assert 2 not in records or records[2].release.status == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "A decision on a fourth season is expected in the spring.",
        "NBC's decision on the show's future is expected in May.",
        "An announcement about a renewal is expected next month.",
        "All eight episodes were scripted before the writers' strike began in May.",
        "The actors' guild could join the strike when its contract expires at the end of June.",
        "A billboard paid for by fans appeared on Sunset Boulevard in July.",
    ],
)
def test_a_decision_a_strike_or_a_fan_campaign_dates_no_season(sentence):
    text = f"NBC has not decided whether Elsmere County returns for a fourth season. {sentence}"
    release = record_for(text, "Elsmere County", 4, "2025-02-10").release
    assert release.status == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her departure episode airs May 14.",
        "The show's 100th episode will air on March 3.",
        "A crossover episode with Ladder 19 airs Thursday, March 6.",
    ],
)
def test_one_episodes_air_date_is_not_the_premiere(sentence):
    text = f"NBC renewed Harbour Watch for a twelfth season. {sentence}"
    release = record_for(text, "Harbour Watch", 12, "2025-02-20").release
    assert release.date is None
