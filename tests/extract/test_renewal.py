"""renewal.status and renewal.date (SPEC: renewal.status table)."""

from __future__ import annotations

import datetime as dt

import pytest

from ._helpers import find_records, record_for, records_for

# text, published, show, season, expected renewal.status
STATUS = {
    # --- renewed -----------------------------------------------------------
    "renewed-for-ordinal": (
        "Hulu has renewed Velvet Pines for a third season, the streamer said on "
        "Wednesday, capping a record year for the drama.",
        "2024-02-07",
        "Velvet Pines",
        3,
        "renewed",
    ),
    "greenlit": (
        "Apple TV+ has greenlit a second season of Quarry Bells, its first renewal of the year.",
        "2024-01-18",
        "Quarry Bells",
        2,
        "renewed",
    ),
    "green-light-noun": (
        "It's official: Gilded Hollow season 2 got the green light from Hulu on Monday.",
        "2025-01-22",
        "Gilded Hollow",
        2,
        "renewed",
    ),
    "picked-up": (
        "Netflix has picked up Copper Ridge for a fourth season, according to a "
        "statement released this morning.",
        "2024-04-09",
        "Copper Ridge",
        4,
        "renewed",
    ),
    "uk-commissioned": (
        "The BBC has commissioned a second series of Mallow Street, the corner-shop "
        "comedy that became a surprise hit over Christmas.",
        "2024-01-30",
        "Mallow Street",
        2,
        "renewed",
    ),
    "will-return-for": (
        "Nightjar will return for a third season, Netflix confirmed at its Tudum fan event.",
        "2024-06-15",
        "Nightjar",
        3,
        "renewed",
    ),
    "is-coming-back": (
        "Bramble Court is coming back! Peacock says season 4 is officially a go, "
        "with the whole family returning.",
        "2024-11-12",
        "Bramble Court",
        4,
        "renewed",
    ),
    "season-order": (
        "Max has handed Station 9 a season 5 order ahead of the fourth season's finale.",
        "2024-05-08",
        "Station 9",
        5,
        "renewed",
    ),
    "implied-by-filming": (
        "Cameras are rolling on season 2 of Orchard Road in Atlanta, with the cast "
        "sharing photos from the first day on set.",
        "2024-10-09",
        "Orchard Road",
        2,
        "renewed",
    ),
    "implied-by-official-premiere-date": (
        "Hulu announced on Thursday that Velvet Pines season 3 premieres on Friday, March 7.",
        "2024-12-12",
        "Velvet Pines",
        3,
        "renewed",
    ),
    "reported-renewal-still-renewed": (
        # PHRASES: reported-only renewals stay renewed; there is no confirmed flag.
        "Tin Crown has quietly been renewed for a third season, per sources, though "
        "Peacock has yet to confirm it.",
        "2024-09-02",
        "Tin Crown",
        3,
        "renewed",
    ),
    "multi-season-order-first": (
        "Prime Video has renewed Ledger & Lark for seasons 3 and 4, to be filmed back to back.",
        "2024-10-04",
        "Ledger & Lark",
        3,
        "renewed",
    ),
    "multi-season-order-second": (
        "Prime Video has renewed Ledger & Lark for seasons 3 and 4, to be filmed back to back.",
        "2024-10-04",
        "Ledger & Lark",
        4,
        "renewed",
    ),
    "two-more-seasons-counted-from-last-aired": (
        "Fresh off the season 2 finale, Gilded Hollow has been renewed for two more "
        "seasons at Hulu.",
        "2025-05-20",
        "Gilded Hollow",
        4,
        "renewed",
    ),
    "hedged-final-possibly": (
        "Netflix has renewed Mirefield for a fourth, and possibly final, season.",
        "2024-03-12",
        "Mirefield",
        4,
        "renewed",
    ),
    "hedged-final-parenthetical": (
        "Quarry Bells will be back for a third (and probably last) season, Apple TV+ "
        "said on Tuesday.",
        "2024-08-01",
        "Quarry Bells",
        3,
        "renewed",
    ),
    "hedged-final-largely-believed": (
        "Copper Ridge has been picked up for season 5, which is largely believed to "
        "be the show's last, although the network hasn't said so.",
        "2024-12-02",
        "Copper Ridge",
        5,
        "renewed",
    ),
    "question-heading-answered-yes": (
        "Has Quarry Bells been cancelled?\n\n"
        "No. Apple TV+ renewed the drama for a third season back in May.",
        "2024-08-01",
        "Quarry Bells",
        3,
        "renewed",
    ),
    # --- final -------------------------------------------------------------
    "n-and-final": (
        "Netflix has renewed Mirefield for a fourth and final season, the streamer "
        "announced on Friday.",
        "2024-03-15",
        "Mirefield",
        4,
        "final",
    ),
    "will-conclude-with": (
        "Station 9 will conclude with its upcoming sixth season, Max said, giving the "
        "writers time to plan a proper ending.",
        "2025-02-03",
        "Station 9",
        6,
        "final",
    ),
    "creators-letter-our-last": (
        'In a letter to fans, the creators of Velvet Pines wrote: "Season 4 will be '
        'our last. We always knew how this story ends."',
        "2025-03-20",
        "Velvet Pines",
        4,
        "final",
    ),
    "got-the-chop-but-final-series": (
        # Hard case 5: the headline says ending, the body orders a last series.
        "Mallow Street gets the chop\n\n"
        "The BBC has commissioned one last series of Mallow Street, the sixth, after "
        "which the sitcom will come to an end.",
        "2024-09-03",
        "Mallow Street",
        6,
        "final",
    ),
    "swan-song": (
        "Bramble Court's fifth season will be its swan song, Peacock confirmed, with "
        "production starting in March.",
        "2025-01-07",
        "Bramble Court",
        5,
        "final",
    ),
    # --- cancelled ---------------------------------------------------------
    "cancelled-after-two-seasons": (
        "Peacock has cancelled Tin Crown after two seasons.",
        "2025-06-03",
        "Tin Crown",
        3,
        "cancelled",
    ),
    "canceled-us-spelling-after-one-season": (
        "Hulu has canceled Orchard Road after one season, ending the drama on a cliffhanger.",
        "2025-01-15",
        "Orchard Road",
        2,
        "cancelled",
    ),
    "uk-axed-after-three-series": (
        "ITV has axed Dunmore Heights after three series, despite a fan campaign to "
        "save the drama.",
        "2025-02-25",
        "Dunmore Heights",
        4,
        "cancelled",
    ),
    "will-not-be-returning": (
        "Glass Orchard will not be returning for a second season, Starz confirmed on Monday.",
        "2024-03-26",
        "Glass Orchard",
        2,
        "cancelled",
    ),
    "not-moving-forward": (
        "Apple TV+ has decided not to move forward with a third season of Lantern "
        "Bay, Deadline reports.",
        "2024-07-30",
        "Lantern Bay",
        3,
        "cancelled",
    ),
    "pulled-the-plug": (
        "Max has pulled the plug on Copper Ridge; there will be no season 3.",
        "2024-11-01",
        "Copper Ridge",
        3,
        "cancelled",
    ),
    "first-and-only-season": (
        "Orchard Road's first and only season will stay that way: Hulu won't renew the drama.",
        "2025-01-15",
        "Orchard Road",
        2,
        "cancelled",
    ),
    "answered-question-no": (
        "Will there be a Nightjar season 6?\n\n"
        "No. Netflix has confirmed that season 5 was the end of the road for the "
        "heist drama.",
        "2025-07-08",
        "Nightjar",
        6,
        "cancelled",
    ),
    # --- pending -----------------------------------------------------------
    "has-not-been-renewed-yet": (
        "Tin Crown has not been renewed for a second season yet, but Peacock "
        "executives say they are pleased with the numbers.",
        "2024-04-02",
        "Tin Crown",
        2,
        "pending",
    ),
    "question-heading-answered-not-yet": (
        "Has Gilded Hollow been renewed for season 3?\n\n"
        "Not yet. Hulu hasn't made a decision on a third season, and the cast say "
        "they are waiting like everyone else.",
        "2025-06-10",
        "Gilded Hollow",
        3,
        "pending",
    ),
    "if-it-happens": (
        "If Lantern Bay season 2 happens, creator Mo Reyes wants to move the story to "
        "winter. Apple TV+ has not confirmed it yet.",
        "2024-02-14",
        "Lantern Bay",
        2,
        "pending",
    ),
    "indefinite-hold": (
        "Season 3 of Copper Ridge is on indefinite hold, a Max spokesperson said, "
        "after the lead actor's scheduling conflict.",
        "2024-09-09",
        "Copper Ridge",
        3,
        "pending",
    ),
    "petition-is-not-cancellation": (
        "More than 40,000 fans have signed a petition asking Netflix to renew Bramble "
        "Court for a third season. The streamer has yet to decide.",
        "2024-05-05",
        "Bramble Court",
        3,
        "pending",
    ),
    "another-shows-renewal-in-passing": (
        "There's still no decision on a second season of Tin Crown. Meanwhile, sister "
        "series Copper Ridge was renewed for a fifth season earlier today.",
        "2024-06-21",
        "Tin Crown",
        2,
        "pending",
    ),
    "sister-show-renewed-in-passing-is-its-own-record": (
        "There's still no decision on a second season of Tin Crown. Meanwhile, sister "
        "series Copper Ridge was renewed for a fifth season earlier today.",
        "2024-06-21",
        "Copper Ridge",
        5,
        "renewed",
    ),
    # --- unknown -----------------------------------------------------------
    "unknown-when-nothing-said": (
        # SPEC: unknown = the article says nothing about it. A writer's own guess at
        # timing is neither an order nor "treated as made" by the makers.
        "When could Nightjar season 3 arrive? Seasons 1 and 2 both landed in June, "
        "so our best guess is that season 3 would follow suit in June 2025.",
        "2024-09-30",
        "Nightjar",
        3,
        "unknown",
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,expected", list(STATUS.values()), ids=list(STATUS)
)
def test_renewal_status(text, published, show, season, expected):
    record = record_for(text, show, season, published)
    assert record.renewal.status == expected


# text, published, show, cancelled season, earlier season: the cancellation is
# about the next season (hard case 3); no record of the earlier one may claim it.
NOT_CANCELLED = {
    "cancelled-after-one-season": (
        "Peacock has cancelled Tin Crown after one season.",
        "2025-06-03",
        "Tin Crown",
        2,
        1,
    ),
    "cancelled-after-two-seasons": (
        "Hulu has cancelled Velvet Pines after two seasons, a week after the finale.",
        "2025-06-03",
        "Velvet Pines",
        3,
        2,
    ),
    "uk-no-third-series": (
        "Channel 4 has confirmed there will be no third series of Dunmore Heights; "
        "series 2 finished last month.",
        "2025-06-03",
        "Dunmore Heights",
        3,
        2,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,cancelled,earlier", list(NOT_CANCELLED.values()), ids=list(NOT_CANCELLED)
)
def test_renewal_cancels_next_season_only(text, published, show, cancelled, earlier):
    records = records_for(text, published)
    assert [r.renewal.status for r in find_records(records, show, cancelled)] == ["cancelled"]
    for record in find_records(records, show, earlier):
        assert record.renewal.status != "cancelled"


# text, published, show, season, expected renewal.date (ISO or None)
DATES = {
    "announced-monday": (
        "Netflix announced Monday that Nightjar has been renewed for a third season.",
        "2024-05-09",  # a Thursday: the Monday before is May 6
        "Nightjar",
        3,
        "2024-05-06",
    ),
    "today": (
        "Hulu today renewed Velvet Pines for a third season.",
        "2023-11-02",
        "Velvet Pines",
        3,
        "2023-11-02",
    ),
    "this-morning": (
        "Apple TV+ renewed Quarry Bells for season 3 this morning, ahead of the season 2 finale.",
        "2024-08-01",
        "Quarry Bells",
        3,
        "2024-08-01",
    ),
    "absolute-date-recalled-later": (
        "Copper Ridge was renewed for a fourth season on Jan. 12, 2024, and filming "
        "started in Calgary last week.",
        "2024-03-01",
        "Copper Ridge",
        4,
        "2024-01-12",
    ),
    "weekday-with-date-in-parentheses": (
        "Max renewed Station 9 for a fifth season on Tuesday (May 9), days before the "
        "season 4 finale.",
        "2023-05-10",
        "Station 9",
        5,
        "2023-05-09",
    ),
    "date-without-year-from-published": (
        "Bramble Court was picked up for a fourth season on March 3 at the network's "
        "upfront presentation.",
        "2024-04-10",
        "Bramble Court",
        4,
        "2024-03-03",
    ),
    "event-anchored-full-date": (
        "Gilded Hollow was renewed at the FanCon panel on March 3, 2024, days before "
        "season 2 arrived.",
        "2024-09-10",
        "Gilded Hollow",
        3,
        "2024-03-03",
    ),
    "cancellation-date-friday": (
        "Peacock cancelled Tin Crown after two seasons on Friday.",
        "2024-08-14",  # a Wednesday: the Friday before is Aug 9
        "Tin Crown",
        3,
        "2024-08-09",
    ),
    "multi-season-order-same-date-first": (
        "Prime Video renewed Ledger & Lark for seasons 3 and 4 on Thursday.",
        "2024-10-04",  # a Friday
        "Ledger & Lark",
        3,
        "2024-10-03",
    ),
    "multi-season-order-same-date-second": (
        "Prime Video renewed Ledger & Lark for seasons 3 and 4 on Thursday.",
        "2024-10-04",
        "Ledger & Lark",
        4,
        "2024-10-03",
    ),
    "relative-without-published-stays-null": (
        "Netflix announced Monday that Nightjar has been renewed for a third season.",
        None,
        "Nightjar",
        3,
        None,
    ),
    "day-in-a-later-sentence-of-the-same-news": (
        "Saltmarsh Kings will be back for a fourth series. The BBC confirmed the "
        "recommission this morning, after the third run ended with its best ratings yet.",
        "2025-06-02",
        "Saltmarsh Kings",
        4,
        "2025-06-02",
    ),
    "pickup-confirmed-today": (
        "Starz is bringing back Kettle Hill for a third season. Starz confirmed the pickup today.",
        "2024-08-20",
        "Kettle Hill",
        3,
        "2024-08-20",
    ),
    "undated-renewal-is-not-published": (
        # SPEC: the date is the announcement day when stated or derivable; an
        # undated past renewal does not default to the article's date.
        "Nightjar has been renewed for a third season. Here is everything we know "
        "about the new episodes so far.",
        "2024-09-30",
        "Nightjar",
        3,
        None,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,expected", list(DATES.values()), ids=list(DATES)
)
def test_renewal_date(text, published, show, season, expected):
    record = record_for(text, show, season, published)
    want = dt.date.fromisoformat(expected) if expected else None
    assert record.renewal.date == want


def test_the_day_comes_from_the_body_when_the_headline_gives_none():
    """The headline's renewal ranks first; the body gives the day of the same news."""
    text = (
        "Hulu has renewed Copperline for a third season, the streamer announced on Tuesday. "
        "The mining drama's second season wrapped up in January."
    )
    title = "Copperline Renewed for Season 3 at Hulu"
    record = record_for(text, "Copperline", 3, "2025-02-13", title=title)
    assert record.renewal.date == dt.date(2025, 2, 11)


def test_a_network_cancelling_it_earlier_is_history_when_another_picks_it_up():
    text = (
        "Hulu has ordered an eight-episode third season of Saltmarsh Radio, barely six weeks "
        "after ABC cancelled it following two seasons on the network."
    )
    record = record_for(text, "Saltmarsh Radio", 3, "2026-02-10")
    assert record.renewal.status == "renewed"


def test_the_cancellation_of_another_show_does_not_cancel_the_renewed_one():
    text = (
        "Channel 4 has axed the sitcom Brindle Court after two series. The cancellation "
        "comes as Channel 4 confirmed that its Friday drama Kestrel Moor has been "
        "recommissioned for a fifth series. Channel 4 recommissioned the drama in March, on "
        "the same day that it announced it was axing fellow comedy Brindle Court."
    )
    record = record_for(text, "Kestrel Moor", 5, "2025-06-02")
    assert record.renewal.status == "renewed"


def test_a_cancellation_that_comes_after_another_show_s_renewal_names_no_renewal():
    text = (
        "Showtime has cancelled Ironbridge after three seasons. The cancellation comes a "
        "week after Showtime handed a fourth-season renewal to the thriller Lark Street."
    )
    record = record_for(text, "Ironbridge", 4, "2024-09-12")
    assert record.renewal.status == "cancelled"


def test_an_actor_who_will_not_return_is_not_the_show_ending():
    title = "Tollgate Renewed for Season 4 at Starz, Marisol Venn-Achebe Won't Return"
    text = "Starz has renewed Tollgate for a fourth season, the network said on Monday."
    record = record_for(text, "Tollgate", 4, "2025-04-14", title=title)
    assert record.renewal.status == "renewed"


def test_an_answer_that_nobody_has_decided_is_pending():
    text = (
        "Wolfsbane Lane season 2 arrives on Hulu on June 3.\n\n"
        "Will there be a season 3?\n\n"
        "Hulu hasn't said, and the creator told us she is trying not to think about it yet."
    )
    record = record_for(text, "Wolfsbane Lane", 3, "2025-05-20")
    assert record.renewal.status == "pending"


def test_a_question_about_episodes_is_not_about_renewal():
    text = (
        "Wolfsbane Lane season 2 arrives on Hulu on June 3.\n\n"
        "How many episodes will there be?\n\nHulu hasn't said."
    )
    record = record_for(text, "Wolfsbane Lane", 2, "2025-05-20")
    assert record.renewal.status != "pending"


def test_read_next_links_are_not_news_about_the_show():
    text = (
        "Hulu has renewed Wolfsbane Lane for a third season.\n\n"
        "READ NEXT: 10 cancelled shows that deserved a final season"
    )
    record = record_for(text, "Wolfsbane Lane", 3, "2025-05-20")
    assert record.renewal.status == "renewed"


def test_another_show_cancelled_in_a_sentence_that_does_not_name_this_one():
    text = (
        "Hulu has ordered a third season of Greyhaven Parish. Fox, meanwhile, has been busy "
        "reshaping its fall lineup; its medical drama Kindly Saints was also canceled last month."
    )
    record = record_for(text, "Greyhaven Parish", 3, "2024-06-20")
    assert record.renewal.status == "renewed"


def test_a_network_s_habits_are_not_this_show_s_renewal():
    text = (
        "Netflix has cancelled Junebird Motel after a single season. Netflix, for its part, "
        "points to the sheer volume of shows it does renew."
    )
    assert record_for(text, "Junebird Motel", 2, "2024-12-02").renewal.status == "cancelled"


def test_none_of_them_getting_a_season_is_a_cancellation():
    text = (
        "ABC cancelled two freshman shows on Monday, the workplace comedy Desk Drawer and the "
        "medical drama Wardside. None of the three will get a second season."
    )
    assert record_for(text, "Wardside", 2, "2025-05-14").renewal.status == "cancelled"


def test_a_roundup_s_section_headings_in_capitals_decide_nothing():
    text = (
        "Every Peacock original series: renewed, cancelled or still waiting\n\n"
        "RENEWED, DATE TO COME\n\n"
        "Jackdaw Row (season 3). Peacock renewed the comedy in March."
    )
    record = record_for(text, "Jackdaw Row", 3, "2025-11-02")
    assert record.renewal.status == "renewed"


def test_a_network_that_hasnt_renewed_it_leaves_it_pending():
    text = "Peacock hasn't renewed Harbor Lane for a third season yet."
    assert record_for(text, "Harbor Lane", 3, "2025-03-01").renewal.status == "pending"


@pytest.mark.parametrize(
    "sentence",
    [
        "There's no release date, and there can't be one until Netflix renews the show.",
        "That is the kind of number that usually gets a show renewed.",
        "\n\nmossfan_77: They better renew it or I'm cancelling my subscription.",
        "Never miss a decision. Sign up for our newsletter and get renewals in your inbox.",
        "She has covered renewals and cancellations since 2011.",
    ],
)
def test_talk_of_renewals_that_decides_nothing(sentence):
    text = "Netflix has not yet decided on a second season of Everbright. " + sentence
    assert record_for(text, "Everbright", 2, "2025-11-03").renewal.status == "pending"


def test_a_cancellation_told_later_in_a_rescue_story_is_history():
    title = "'Kingfisher Lodge' Rescued by Hulu for Season 3 After Peacock Cancellation"
    text = (
        "Hulu has picked up Kingfisher Lodge for a third season, the streamer announced Monday. "
        "The show's first two seasons had been among Peacock's most-streamed originals, sources "
        "say, but the service declined to renew it for a third."
    )
    record = record_for(text, "Kingfisher Lodge", 3, "2024-08-05", title=title)
    assert record.renewal.status == "renewed"


def test_a_rescue_headline_naming_the_old_cancellation_is_a_renewal():
    title = "'Oxbow Reach' Saved: Hulu Orders Season 3 of Cancelled FX Drama"
    text = (
        "Three months after FX cancelled it, Oxbow Reach has found a new home next door. Hulu "
        "has picked up the border-town crime drama for a third season, the streamer announced "
        "Thursday. FX cancelled Oxbow Reach in August after two seasons."
    )
    records = records_for(text, "2024-11-21", title=title)
    assert [(r.show, r.season, r.renewal.status) for r in records] == [
        ("Oxbow Reach", 3, "renewed")
    ]


def test_a_revival_told_with_the_old_cancellation_is_a_renewal():
    title = "Peacock Revives 'Oxbow Reach' for Season 3 After FX Cancellation"
    text = (
        "Peacock has picked up the border-town crime drama for a third season, the streamer "
        "announced Wednesday, less than three months after FX canceled the series. The series' "
        "cancellation in May prompted a fan campaign. The revival marks Peacock's second rescue "
        "of a canceled series this year."
    )
    record = record_for(text, "Oxbow Reach", 3, "2024-07-17", title=title)
    assert record.renewal.status == "renewed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Canceled by AMC in 2024 and rescued by Peacock last summer, Oxbow Reach is set to begin "
        "filming its third season in Wales in February.",
        "Season 3 of Oxbow Reach is the show's first since moving from AMC, which canceled it "
        "last spring; filming begins in Wales in February.",
    ],
)
def test_a_cancellation_told_with_the_rescue_is_history(sentence):
    title = "Oxbow Reach season 3: filming dates and everything we know"
    record = record_for(sentence, "Oxbow Reach", 3, "2025-10-01", title=title)
    assert record.renewal.status == "renewed"


def test_rescues_of_other_shows_in_general_do_not_undo_a_cancellation():
    text = (
        "Prime Video has cancelled Oxbow Reach after two seasons, and fans are not taking it "
        "quietly. Several cancelled series have been rescued by other platforms in recent years."
    )
    assert record_for(text, "Oxbow Reach", 3, "2024-07-19").renewal.status == "cancelled"


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme has become a hit for BBC Two, with the last series averaging 2.3 million "
        "viewers.",
        "The last series was its strongest in years.",
        "Series 5 will be the last for Clemency Otuya, who has played Sergeant Brisco since the "
        "show began.",
    ],
)
def test_a_last_season_that_is_not_the_show_s_end(sentence):
    text = f"BBC Two has confirmed Tern Harbour will return for a fifth series. {sentence}"
    assert record_for(text, "Tern Harbour", 5, "2025-03-01").renewal.status == "renewed"


def test_the_show_s_last_series_is_final():
    text = "BBC Two has confirmed that the fifth series of Tern Harbour will be its last."
    assert record_for(text, "Tern Harbour", 5, "2025-03-01").renewal.status == "final"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sky has yet to confirm a launch date for series 2 beyond 2026.",
        "Sky has not yet said whether Mae Tolliver, whose character was shot in the finale, "
        "appears in the new episodes.",
        "The network's other fall dramas remain in limbo.",
        "Sky said filming will resume after the strike, and that no decision has been made "
        "about moving any part of the shoot.",
    ],
)
def test_other_undecided_things_leave_a_renewal_alone(sentence):
    text = f"Tern Harbour series 2 finished filming in Leeds in January. {sentence}"
    assert record_for(text, "Tern Harbour", 2, "2025-03-01").renewal.status == "renewed"


def test_not_yet_decided_on_a_next_season_is_pending():
    text = (
        "Filming wrapped last November, and the creator has ideas for a third season of Tern "
        "Harbour, although Netflix has not yet decided on one."
    )
    assert record_for(text, "Tern Harbour", 3, "2025-03-01").renewal.status == "pending"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three seasons is a good run for a half-hour comedy these days.",
        "Dev's engagement happened in episode seven, and nobody thinks it is a good idea.",
        "Cornish_Cora_Fan: Please let it be renewed, I need more Cora.",
        "moorwalker: it's on a 'top 10' somewhere every week, surely they renew it",
        "Our list has every Hulu original renewed and cancelled in 2024.",
    ],
)
def test_no_renewal_read_into_other_words(sentence):
    text = (
        f"Hulu has not renewed Tern Harbour for a fourth season, and it hasn't cancelled it "
        f"either. {sentence}"
    )
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "pending"


def test_a_reversed_cancellation_is_a_renewal():
    title = "CBS Reverses 'Tern Harbour' Cancellation, Orders 13-Episode Season 3"
    text = (
        "In a rare about-face, CBS has reversed its cancellation of Tern Harbour and ordered a "
        "13-episode third season. CBS had canceled the series on April 21 after two seasons."
    )
    record = record_for(text, "Tern Harbour", 3, "2023-05-25", title=title)
    assert record.renewal.status == "renewed"


@pytest.mark.parametrize(
    "sentence",
    [
        # a cancellation feared or escaped
        "Saved from cancellation by a fan campaign, the drama finished filming its third "
        "season in Leeds in May.",
        "The drama was saved from cancellation by a fan campaign.",
        "After a rocky second season, many viewers feared a cancellation.",
        "The drama dodged the axe last spring, and nobody is complaining.",
        # a delay, not an ending
        "Tollgate will not return in September as planned, the network confirmed Friday, hours "
        "after the actors' union joined the strike.",
        "The series won't return in the autumn as expected; the shoot has slipped.",
    ],
)
def test_a_cancellation_that_did_not_befall_the_season(sentence):
    text = "Tollgate season 3 is the ITV drama's next chapter. " + sentence
    records = records_for(text, "2025-06-02", title="Tollgate season 3: what we know")
    assert all(r.renewal.status != "cancelled" for r in records)


def test_other_dramas_a_network_cancelled_are_not_this_one():
    text = (
        "ITV's Tollgate season 3 is on the way. Also at ITV: the network cancelled two of its "
        "freshman dramas on Friday, and Tollgate starts filming its third season in June."
    )
    assert record_for(text, "Tollgate", 3, "2025-06-02").renewal.status == "renewed"


@pytest.mark.parametrize(
    "sentence",
    [
        # news about renewals in general
        "It's that time of year, when renewal and cancellation news arrives by the hour.",
        "See our list of every renewed and canceled show of the year.",
        "This was the busiest week so far for renewal news at the networks.",
        "Shows have been saved by streamers before, and fans are hopeful.",
        # a bet, a negation with an adverb, an ending wished for
        "We wouldn't bet against a renewal, but nothing is guaranteed.",
        "This one is a cheat, because Tern Harbour hasn't actually been renewed.",
        "The showrunner would like to end the show properly with a fourth and final season.",
        "The creator has said she hopes to wrap the story up in a fourth and final season.",
        # a cancellation it avoided
        "It would be a planned ending rather than a surprise cancellation, the star said.",
        "Hulu has cancelled a lot of its older dramas this year.",
    ],
)
def test_nothing_decided_about_the_season_itself(sentence):
    text = (
        f"Hulu has not renewed Tern Harbour for a fourth season, and it hasn't cancelled it "
        f"either. {sentence}"
    )
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "pending"


@pytest.mark.parametrize(
    "answer", ["No, at least not yet.", "Not yet, no.", "No, not so far.", "Nope, not for now."]
)
def test_a_no_that_is_not_yet_is_pending(answer):
    text = f"Has Tern Harbour been renewed for season 4? {answer} Hulu is said to be mulling it."
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "pending"


def test_a_wished_for_ending_does_not_undo_an_announced_final_season():
    text = (
        "Hulu announced that Tern Harbour will end with its fourth and final season. The "
        "creator said she had always hoped to finish on her own terms."
    )
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "final"


@pytest.mark.parametrize(
    "text",
    [
        "Filming on Tern Harbour season 4 wrapped in Cork in May. Asked about the future, the "
        "creator shrugged. There's no decision yet.",
        "Tern Harbour season 4 premieres on Friday, March 6, on Hulu. What comes after that? "
        "Nobody knows. There's no decision yet.",
    ],
)
def test_no_decision_yet_beside_a_season_being_made_is_about_the_next(text):
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "renewed"


def test_no_decision_yet_on_a_season_not_being_made_stays_pending():
    text = "Tern Harbour season 4 is in limbo. There's no decision yet."
    assert record_for(text, "Tern Harbour", 4, "2025-03-01").renewal.status == "pending"


@pytest.mark.parametrize(
    "title",
    [
        "Renewed & Canceled This Week: 'Tern Harbour' Returns, Another Drama Ends",
        "Renewed/Cancelled: Every Hulu Decision This Month, From Tern Harbour On",
    ],
)
def test_a_roundup_s_renewed_and_cancelled_label_cancels_nothing(title):
    text = "Hulu renewed Tern Harbour for a fourth season on Monday."
    record = record_for(text, "Tern Harbour", 4, "2025-03-05", title=title)
    assert record.renewal.status == "renewed"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Netflix has given Larkfield a second season.", "renewed"),
        ("Netflix has brought Larkfield back for a second season.", "renewed"),
        ("Larkfield's renewal for a second season came as no surprise.", "renewed"),
        ("Netflix has decided not to move ahead with a second season of Larkfield.", "cancelled"),
        ("Larkfield season 2 is not happening, Netflix said.", "cancelled"),
        ("Sadly, Netflix has chosen not to continue Larkfield.", "cancelled"),
        ("There are no plans for a second season of Larkfield, Netflix said.", "cancelled"),
        ("There are no plans for a second season of Larkfield at this time.", "pending"),
        ("Netflix is still weighing a second season of Larkfield.", "pending"),
        (
            "Netflix has confirmed that Larkfield's second season will also be its final one.",
            "final",
        ),
    ],
)
def test_more_ways_to_say_the_season_s_fate(sentence, status):
    records = records_for(sentence, "2025-04-01", title="Larkfield season 2: what we know")
    assert [r.renewal.status for r in records if r.season == 2] == [status]


@pytest.mark.parametrize(
    "exit_line",
    [
        'A spokesperson said: "We can confirm Rosalind will not be returning for series 4 of '
        'Kestle Moor."',
        "Sadly, Tobias won't be back for season 4 of Kestle Moor.",
        "We can now confirm that Maud is not returning for the fourth series of Kestle Moor.",
    ],
)
def test_a_first_name_not_returning_for_a_season_of_the_show_is_an_exit(exit_line):
    text = f"The BBC recommissioned Kestle Moor for a fourth series in March. {exit_line}"
    assert record_for(text, "Kestle Moor", 4, "2025-05-01").renewal.status == "renewed"


@pytest.mark.parametrize(
    "rumour",
    [
        'Apple said nothing for months, which led to a stream of "Kestle Moor cancelled?" posts.',
        "Search for 'Kestle Moor canceled?' and you'll find dozens of fan theories.",
    ],
)
def test_fans_asking_whether_it_is_cancelled_cancel_nothing(rumour):
    text = f"Apple TV+ confirmed in February that Kestle Moor season 2 is on the way. {rumour}"
    assert record_for(text, "Kestle Moor", 2, "2025-05-01").renewal.status == "renewed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The frontier drama will not return for a third season, the network confirmed.",
        "Its sprawling fantasy series won't be back for a third season.",
        "The beloved workplace comedy is not returning for a third season, Fox said.",
    ],
)
def test_the_show_named_by_a_described_noun_will_not_return(sentence):
    """ "the frontier drama": a noun for the show, with a word or two describing it."""
    title = "Pilgrim Heights season 3: the verdict"
    record = record_for(sentence, "Pilgrim Heights", 3, "2024-05-17", title=title)
    assert record.renewal.status == "cancelled"


@pytest.mark.parametrize(
    "text,day",
    [
        (
            "Mistle Point will return for a second series on Sky Atlantic. The news was "
            "announced today, less than a month after series 1 ended.",
            "2024-01-22",
        ),
        (
            "Sky Atlantic has recommissioned Mistle Point for a second series. The broadcaster "
            "confirmed the news this morning, with six new episodes on the way.",
            "2024-01-22",
        ),
        (
            "Mistle Point is coming back for a second series. The renewal, announced on "
            "Saturday, follows record viewing figures.",
            "2024-01-20",
        ),
    ],
)
def test_a_sentence_that_only_dates_the_news_gives_the_renewal_its_day(text, day):
    title = "Mistle Point series 2 confirmed"
    record = record_for(text, "Mistle Point", 2, "2024-01-22", title=title)
    assert record.renewal.status == "renewed"
    assert record.renewal.date == dt.date.fromisoformat(day)


def test_a_dated_sentence_about_no_decision_gives_no_renewal_day():
    text = (
        "Sky Atlantic has not yet decided on a second series of Mistle Point. The decision "
        "was discussed on Monday, a spokesperson confirmed."
    )
    record = record_for(text, "Mistle Point", 2, "2024-01-22", title="Mistle Point series 2?")
    assert record.renewal.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # trade style: the renewal is dated, the last-season word comes a sentence later
        (
            "Hulu has renewed Copperline for a fourth season, the streamer announced on Monday. "
            "Season 4 will be the show's last.",
            "2025-03-03",
        ),
        # UK style
        (
            "BBC Two has recommissioned Copperline for a fourth series, it confirmed today. "
            "The fourth series will be its final outing, the writer said.",
            "2025-03-05",
        ),
        # fan guide: the final word first, the dated renewal after it
        (
            "Copperline season 4 will be the final chapter. Hulu renewed the drama on Monday, "
            "after a record third season.",
            "2025-03-03",
        ),
    ],
)
def test_a_season_told_to_be_the_last_is_final_whatever_sentence_renews_it(text, day):
    record = record_for(text, "Copperline", 4, "2025-03-05")
    assert record.renewal.status == "final"
    assert record.renewal.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "Copperline renewed for seasons 4 and 5 at Hulu, fifth will be the last",
        "Copperline's third season ended in May. Hulu has renewed the mining drama for two "
        "more seasons, and the fifth will be its last.",
        "Hulu ordered seasons 4 and 5 of Copperline together. The final season of the drama "
        "- its fifth - is due next year.",
    ],
)
def test_the_season_an_ordinal_calls_the_last_is_the_final_one(text):
    records = records_for(text, "2025-03-05", title="Copperline: two more seasons at Hulu")
    assert find_records(records, "Copperline", 5)[0].renewal.status == "final"
    assert find_records(records, "Copperline", 4)[0].renewal.status == "renewed"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a denial or a "never said" is no final season
        ("Hulu has never described season 3 as the final season.", "renewed"),
        ("The network denied that season 3 will be the last.", "renewed"),
        # the last of a period, not of the show
        ("Copperline is heading into its last run of the year on Sunday.", "renewed"),
    ],
)
def test_what_is_not_a_final_season(sentence, status):
    text = "Hulu renewed Copperline for a third season in May. " + sentence
    assert record_for(text, "Copperline", 3, "2025-06-05").renewal.status == status


@pytest.mark.parametrize(
    "question",
    [
        "Is there any chance of a fourth season?",
        "Any hope for another series?",
        "Any chance of a fourth series, then?",
    ],
)
def test_a_chance_of_another_season_answered_no_is_a_cancellation(question):
    text = (
        "Copperline's third season was its last, the creator says. "
        f"{question} No. The story is finished."
    )
    record = record_for(text, "Copperline", 4, "2025-06-05", title="Copperline season 4")
    assert record.renewal.status == "cancelled"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day sentence names an earlier season: the news is still the renewal before it
        (
            "Hulu has renewed Copperline for a third season. The early pickup, confirmed by "
            "the streamer today, comes on the back of strong screenings and a first season "
            "that became a word-of-mouth hit.",
            "2025-06-04",
        ),
        (
            "Hulu has renewed Copperline for a third season. The pickup, announced today, "
            "rewards season 1's word-of-mouth success.",
            "2025-06-04",
        ),
        # the cast told of the pickup on a day
        (
            "Hulu has handed Copperline an early third-season renewal. Executives informed the "
            "cast of the pickup on Monday, before the second season had even premiered.",
            "2025-06-02",
        ),
    ],
)
def test_a_day_told_of_the_news_dates_the_renewal_told_before_it(text, day):
    record = record_for(text, "Copperline", 3, "2025-06-04", title="Copperline season 3")
    assert record.renewal.status == "renewed"
    assert record.renewal.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("text", "season", "status", "day"),
    [
        # the show named before a long relative clause is what will return
        (
            "The hit quiz show, which pits six strangers against a retired champion in a "
            "lighthouse, will return to BBC One this autumn, the BBC confirmed today.",
            3,
            "renewed",
            "2025-06-04",
        ),
        # a decision made, a deal announced, on a day
        (
            "Hulu has cancelled Copperline after two seasons. The decision was made on Monday, "
            "a month after the finale.",
            3,
            "cancelled",
            "2025-06-02",
        ),
        (
            "Peacock has picked up Copperline for a third season. The deal, announced Monday, "
            "follows a long fan campaign.",
            3,
            "renewed",
            "2025-06-02",
        ),
    ],
)
def test_the_day_of_a_decision_or_a_deal(text, season, status, day):
    record = record_for(
        text, "Copperline", season, "2025-06-04", title=f"Copperline season {season}"
    )
    assert record.renewal.status == status
    assert record.renewal.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "Copperline has been recommissioned for series 4 and series 5, the BBC announced today.",
        "The BBC confirmed today that Copperline will return for a fourth and fifth series.",
    ],
)
def test_each_series_of_a_two_series_order_is_dated(text):
    records = records_for(text, "2025-06-04", title="Copperline recommissioned for two more series")
    for season in (4, 5):
        record = find_records(records, "Copperline", season)[0]
        assert record.renewal.date == dt.date(2025, 6, 4)


def test_the_end_of_the_road_for_a_character_is_no_final_season():
    text = (
        "Netflix renewed Copperline for a second season in May. His character was killed in "
        "the season 1 finale, so that's the end of the road for him."
    )
    assert record_for(text, "Copperline", 2, "2025-06-04").renewal.status == "renewed"


@pytest.mark.parametrize(
    "post",
    [
        "Series 2 is on its way. #Copperline — BBC Two (@BBCTwo) June 2, 2025",
        "We're coming back for season 2! — Copperline (@CopperlineTV) June 2, 2025",
        "Season two is confirmed pic.twitter.com/abc123 — Hulu (@hulu) June 2, 2025",
    ],
)
def test_an_embedded_post_dates_the_renewal_it_tells(post):
    text = f"Copperline is coming back for a second season. The news came in a post:\n\n{post}"
    record = record_for(text, "Copperline", 2, "2025-06-04", title="Copperline season 2")
    assert record.renewal.status == "renewed"
    assert record.renewal.date == dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("sentence", "season", "status"),
    [
        # trade brief
        ("Hulu has given Copperline the green light for a third season.", 3, "renewed"),
        ("Hulu has decided not to bring Copperline back for a third season.", 3, "cancelled"),
        # UK style
        ("Copperline has been handed a third series by Channel 4.", 3, "renewed"),
        ("Copperline has been dropped by ITV after two series.", 3, "cancelled"),
        ("The BBC is yet to recommission Copperline for a third series.", 3, "pending"),
        # fan guide
        ("Copperline season 3 will wrap up the story for good, the creator says.", 3, "final"),
        ("Season 3 of Copperline is confirmed as the show's farewell.", 3, "final"),
        # guard: someone's farewell is not the show's
        (
            "Hulu renewed Copperline for a third season; the lead said a farewell to the crew.",
            3,
            "renewed",
        ),
    ],
)
def test_outlets_ways_to_tell_a_season_s_fate(sentence, season, status):
    title = f"Copperline season {season}"
    assert (
        record_for(sentence, "Copperline", season, "2025-06-04", title=title).renewal.status
        == status
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hulu renews Copperline for seasons 3 and 4, and the second will be the last\n\n"
        "The comedy's second season ended in January.",
        "Hulu has renewed Copperline for a third and fourth season, and the second of them "
        "will be the last. The comedy's second season ended in January.",
    ],
)
def test_the_second_of_a_two_season_order_is_the_order_s_last(text):
    records = records_for(text, "2026-02-25")
    assert [r.season for r in find_records(records, "Copperline", 2)] == []
    assert find_records(records, "Copperline", 4)[0].renewal.status == "final"
    assert find_records(records, "Copperline", 3)[0].renewal.status == "renewed"


@pytest.mark.parametrize(
    "quote",
    [
        '"When you read a script like that finale you know it\'s the end of the road," the '
        "actor said.",
        "For the character, this is the end of the road.",
    ],
)
def test_a_character_s_end_of_the_road_is_no_final_season(quote):
    text = "The BBC has recommissioned Copperline for a fourth series. " + quote
    assert record_for(text, "Copperline", 4, "2025-10-06").renewal.status == "renewed"


def test_only_the_last_season_of_an_order_is_the_final_one():
    text = (
        "Hulu has renewed Copperline for seasons 4 and 5, which will be the show's final chapter."
    )
    records = records_for(text, "2025-06-04", title="Copperline renewed for two final seasons")
    assert find_records(records, "Copperline", 5)[0].renewal.status == "final"
    assert find_records(records, "Copperline", 4)[0].renewal.status == "renewed"


@pytest.mark.parametrize(
    "text,show,seasons,day",
    [
        (
            "Hulu has renewed Copperline for a third season. The news was confirmed on Friday, "
            "just weeks after the comedy's Season 2 finale.",
            "Copperline",
            (3,),
            "2024-08-23",
        ),
        (
            "Hulu has renewed Copperline for a third season, Variety has learned. The early "
            "pickup, confirmed by Hulu today, comes before the second season has even aired.",
            "Copperline",
            (3,),
            "2024-08-23",
        ),
        (
            "FX has cancelled Copperline after two seasons. The news was announced today, a "
            "month after season 2 drew the show's lowest audience.",
            "Copperline",
            (3,),
            "2024-08-23",
        ),
        (
            "The BBC has recommissioned Copperline for a third and a fourth series. The news "
            "was announced by BBC Two today, three months after the second series ended.",
            "Copperline",
            (3, 4),
            "2024-08-23",
        ),
    ],
)
def test_the_news_day_told_beside_a_recalled_season_goes_to_the_news(text, show, seasons, day):
    """ "The news was confirmed on Friday, weeks after the Season 2 finale": the season
    named there is only recalled; the day is the renewal's (or cancellation's) that the
    article reports, for every season of the order."""
    for season in seasons:
        record = record_for(text, show, season, "2024-08-23", title=f"{show}: the latest")
        assert record.renewal.status in ("renewed", "cancelled")
        assert record.renewal.date == dt.date.fromisoformat(day)
