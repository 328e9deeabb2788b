"""production.status and production.as_of (SPEC: production.status table).

as_of is the day the status is stated to hold (a month gives its first day),
else ``published``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ._helpers import record_for

# text, published, show, season, expected status, expected as_of (ISO or None)
CASES = {
    # --- not_started -------------------------------------------------------
    "writers-room-opened": (
        "The writers' room for Nightjar season 3 opened this week, creator Ana Lind "
        "posted, sharing a photo of a whiteboard.",
        "2024-02-05",
        "Nightjar",
        3,
        "not_started",
        "2024-02-05",
    ),
    "scheduled-to-film": (
        "Velvet Pines season 4 is scheduled to begin filming in Vancouver in May, Hulu confirmed.",
        "2025-01-20",
        "Velvet Pines",
        4,
        "not_started",
        "2025-01-20",
    ),
    "pre-production": (
        "Station 9 season 6 is in pre-production, with casting under way for two new firefighters.",
        "2025-03-11",
        "Station 9",
        6,
        "not_started",
        "2025-03-11",
    ),
    "scripts-written-filming-yet-to-begin": (
        "All eight scripts for Quarry Bells season 3 are written, but filming has yet "
        "to begin, according to the showrunner.",
        "2024-09-16",
        "Quarry Bells",
        3,
        "not_started",
        "2024-09-16",
    ),
    "table-read": (
        "The Bramble Court cast reunited on Tuesday for the first table read of season 4.",
        "2024-11-28",
        "Bramble Court",
        4,
        "not_started",
        "2024-11-28",
    ),
    "casting-call-for-extras": (
        "A casting call for extras has gone out for Gilded Hollow season 2, which "
        "will shoot in Georgia this summer.",
        "2025-03-03",
        "Gilded Hollow",
        2,
        "not_started",
        "2025-03-03",
    ),
    "writers-room-halted-is-not-filming": (
        # Hard case 21: a halt after one day of the writers' room is not filming.
        "Production on Copper Ridge season 3 was halted after a single day of the "
        "writers' room when the strike began.",
        "2023-05-04",
        "Copper Ridge",
        3,
        "not_started",
        "2023-05-04",
    ),
    "stated-month-gives-first-day": (
        "In an interview in March 2023, Mara Quill said filming on Tidewater season 2 "
        "had not yet begun.",
        "2023-06-20",
        "Tidewater",
        2,
        "not_started",
        "2023-03-01",
    ),
    "production-listing-schedule": (
        # Hard case 23: a schedule is a plan; not wrapped on its end date.
        "Per a production listing, Mirefield season 4 is set to film from April 8 to November 20.",
        "2024-01-15",
        "Mirefield",
        4,
        "not_started",
        "2024-01-15",
    ),
    "previous-season-wrapped-airing-next-in-writers-room": (
        # Hard case 20: "wrapped last spring" is about the previous season's run.
        "Season 3 of Lantern Bay wrapped its run last spring; season 4 is now in the "
        "writers' room.",
        "2024-10-02",
        "Lantern Bay",
        4,
        "not_started",
        "2024-10-02",
    ),
    # --- filming -----------------------------------------------------------
    "cameras-rolling": (
        "Cameras are rolling on Orchard Road season 2 in Atlanta.",
        "2024-10-09",
        "Orchard Road",
        2,
        "filming",
        "2024-10-09",
    ),
    "principal-photography-begun": (
        "Principal photography has begun on the sixth series of Mallow Street, the BBC said.",
        "2025-02-17",
        "Mallow Street",
        6,
        "filming",
        "2025-02-17",
    ),
    "spotted-filming": (
        "Theo Banner and Mara Quill were spotted filming Harbor Lights season 5 on "
        "the Halifax waterfront this weekend.",
        "2024-09-09",
        "Harbor Lights",
        5,
        "filming",
        "2024-09-09",
    ),
    "back-on-set": (
        "The Glass Orchard cast is back on set for season 2, Starz confirmed in a "
        "post from the Dublin studio.",
        "2024-02-19",
        "Glass Orchard",
        2,
        "filming",
        "2024-02-19",
    ),
    "stated-month-filming": (
        "In March 2023, Theo Banner said the team was halfway through shooting Copper "
        "Ridge season 2.",
        "2023-07-01",
        "Copper Ridge",
        2,
        "filming",
        "2023-03-01",
    ),
    "strike-pause-keeps-filming": (
        # Hard case 22: SPEC has no paused status; a pause keeps what it interrupts.
        "Filming on Bramble Court season 3 has been halted by the actors' strike, two "
        "months into the shoot.",
        "2023-08-01",
        "Bramble Court",
        3,
        "filming",
        "2023-08-01",
    ),
    "injury-pause-keeps-filming": (
        "Production on Station 9 season 5 has paused for two weeks after star Jo "
        "Petrak broke her ankle on set.",
        "2024-08-22",
        "Station 9",
        5,
        "filming",
        "2024-08-22",
    ),
    "resumed-after-strike": (
        "Shooting on Quarry Bells season 2 has resumed after the strike, with the "
        "cast back in Glasgow.",
        "2023-11-20",
        "Quarry Bells",
        2,
        "filming",
        "2023-11-20",
    ),
    "wrapped-one-city-now-shooting-another": (
        "Nightjar season 3 wrapped in Paris and is now shooting in Rome.",
        "2024-06-13",
        "Nightjar",
        3,
        "filming",
        "2024-06-13",
    ),
    "location-shoot-wrapped-studio-continues": (
        "Location shooting in Iceland has wrapped for Tidewater season 4; studio work "
        "continues in London through the autumn.",
        "2024-08-30",
        "Tidewater",
        4,
        "filming",
        "2024-08-30",
    ),
    "no-published-as-of-null": (
        "Cameras are rolling on Gilded Hollow season 3.",
        None,
        "Gilded Hollow",
        3,
        "filming",
        None,
    ),
    # --- wrapped -----------------------------------------------------------
    "wrapped-filming": (
        "Velvet Pines has wrapped filming on season 3, Hulu announced.",
        "2024-09-25",
        "Velvet Pines",
        3,
        "wrapped",
        "2024-09-25",
    ),
    "thats-a-wrap-cast-post": (
        '"That\'s a wrap on season 4!" Jo Petrak posted on Friday alongside a photo '
        "of the Bramble Court cast.",
        "2025-06-14",
        "Bramble Court",
        4,
        "wrapped",
        "2025-06-14",
    ),
    "post-production": (
        "Ledger & Lark season 3 is in post-production, with the editors working "
        "toward a summer delivery.",
        "2025-01-08",
        "Ledger & Lark",
        3,
        "wrapped",
        "2025-01-08",
    ),
    "completed-filming-in-month": (
        "Mirefield completed filming on its fourth season in December 2024, the producers said.",
        "2025-02-10",
        "Mirefield",
        4,
        "wrapped",
        "2024-12-01",
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,status,as_of", list(CASES.values()), ids=list(CASES)
)
def test_production(text, published, show, season, status, as_of):
    production = record_for(text, show, season, published).production
    want = dt.date.fromisoformat(as_of) if as_of else None
    assert (production.status, production.as_of) == (status, want)


# text, published, show, season: "wrapped" about airing is not production wrapped.
NOT_WRAPPED = {
    "finished-airing": (
        "Orchard Road season 2 wrapped its run on Sunday with the show's biggest "
        "audience, and Hulu has renewed it for a third season.",
        "2025-03-04",
        "Orchard Road",
        3,
    ),
    "previous-season-wrap-party": (
        "Months after the season 2 wrap party, Copper Ridge has been renewed for season 3.",
        "2024-02-01",
        "Copper Ridge",
        3,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season", list(NOT_WRAPPED.values()), ids=list(NOT_WRAPPED)
)
def test_production_not_wrapped(text, published, show, season):
    record = record_for(text, show, season, published)
    assert record.production.status != "wrapped"


def test_post_production_as_a_process_to_come_is_not_a_wrap():
    text = (
        "Cameras started rolling on Saltfleet season 3 in September. With eight episodes to "
        "shoot and a lengthy post-production process ahead, it's hard to see it landing soon."
    )
    assert record_for(text, "Saltfleet", 3, "2025-11-02").production.status == "filming"
    done = "Saltfleet season 3 is now in post-production, the showrunner said."
    assert record_for(done, "Saltfleet", 3, "2025-11-02").production.status == "wrapped"


def test_part_of_a_season_shot_is_still_filming():
    text = (
        "Production on Saltfleet season 3 was paused by the strike. Insiders estimate that "
        "around half of the eight-episode third season has been shot."
    )
    assert record_for(text, "Saltfleet", 3, "2023-07-20").production.status == "filming"


def test_a_season_filmed_back_to_back_with_the_last_has_wrapped():
    text = (
        "Peacock renewed Saltfleet for seasons 3 and 4 last year, and the fourth season was "
        "filmed back-to-back with the third in Leeds."
    )
    assert record_for(text, "Saltfleet", 4, "2025-08-27").production.status == "wrapped"


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple said that season 3 would film in Budapest in the autumn.",
        "The showrunner said cameras roll next spring in Queensland.",
        'The writers are "about halfway through breaking the season."',
    ],
)
def test_filming_still_to_come(sentence):
    text = "Apple TV+ has renewed Halcyon Row for a third season. " + sentence
    assert record_for(text, "Halcyon Row", 3, "2025-04-11").production.status == "not_started"


def test_a_scene_shot_in_a_tank_is_not_the_season_wrapping():
    text = (
        "Netflix has renewed Ivory Sound for a second season. The first season stayed in the "
        "top ten for five weeks, helped by an underwater chase in episode four that was shot "
        "in a tank in Cape Town."
    )
    assert record_for(text, "Ivory Sound", 2, "2026-02-10").production.status == "unknown"


def test_a_season_named_in_a_where_clause_is_not_the_claim_s():
    text = (
        "The BBC has recommissioned The Brass Grove for a second series. Filming on the new "
        "series is set to begin in the spring in and around Ledbury, where much of the first "
        "series was shot."
    )
    record = record_for(text, "The Brass Grove", 2, "2023-11-07")
    assert record.production.status == "not_started"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            'Cameras started rolling in early July. "We haven\'t finished shooting it," she said.',
            "filming",
        ),
        (
            "Netflix renewed it in May. Its star has signed on to a period drama for the BBC, "
            "which is expected to film for four months next year.",
            "unknown",
        ),
        ("Netflix renewed it in May. There's a list on the wall of the writers' room.", "unknown"),
    ],
)
def test_what_the_production_is_not_doing(sentence, status):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


def test_where_a_show_is_filmed_is_no_wrap():
    text = (
        "Filming for Apex Run season 2 began on March 3 in Atlanta.\n\n"
        "Where was Apex Run filmed?\n\nA: Apex Run was filmed in Atlanta, Georgia."
    )
    assert record_for(text, "Apex Run", 2, "2025-04-09").production.status == "filming"


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 4 is still filming in Reykjavik.",
        "The cast are still shooting in Belfast, Ms Orr said.",
        "They are currently still filming the finale.",
    ],
)
def test_still_filming_is_filming(sentence):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "filming"


def test_filming_that_ran_from_one_month_to_another_is_wrapped():
    text = (
        "Hartwell Mill season 4 is coming. Filming on season 4 ran from June to October 2024, "
        "and the effects work has taken most of the time since."
    )
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "wrapped"


@pytest.mark.parametrize(
    "sentence",
    [
        "Writing on season 4 is already well advanced, the showrunner said.",
        "We don't start shooting until next spring, in Kansas again.",
        "Filming will return to Oklahoma next spring.",
    ],
)
def test_more_ways_to_say_filming_is_still_to_come(sentence):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    "sentence",
    [
        "The good news: all eight episodes are finished, the network said.",
        "Its fourth season is finished and sitting on a shelf at the network.",
        'The showrunner said the season is "done and looking gorgeous."',
        "Hartwell Mill filmed its fourth season in Dundee over the winter.",
        "Hartwell Mill filmed its fourth season over the summer, and the last two seasons both "
        "landed in October.",
        "The fourth season shot over the spring in Dundee.",
        "Filming on season 4 began in Dundee, Perth and the Isle of Skye in March and "
        "wrapped in July.",
        "Filming dragged on into the autumn, which pushed the premiere back.",
        "Season 4 has been ordered and shot, but there's no date yet.",
        "Adapted by Pia Moss from her novel, it was cast in a hurry and filmed last autumn "
        "in Hull.",
    ],
)
def test_a_season_finished_or_shot_in_the_past_is_wrapped(sentence):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "wrapped"


@pytest.mark.parametrize(
    "sentence",
    [
        "The scripts for the new season are finished, but filming hasn't begun.",
        "Scripts for season 4 are done, and the room has closed.",
        "Season 4 will be filmed in Hull next spring.",
        "Now that season 3 is finished airing, fans want to know about the next.",
    ],
)
def test_finished_scripts_and_filming_to_come_are_no_wrap(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status != "wrapped"


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 4 starts filming in Glasgow in November.",
        "Showrunner Tessa Bright said season 4 starts shooting next spring.",
        '"We\'re shooting in October this time," she said.',
        "We shoot in the new year, in Wales again.",
        "Season 4 goes into production this fall in Leeds.",
        "Filming on the fourth season, which moves the story north, a first for the show, "
        "gets under way this month.",
        "Bright said at the time that filming would begin in March.",
        "Filming on season 4 doesn't start until February, in Cork.",
        "Applications close in May, with filming to take place in Crete next summer.",
        'Bright said writing is "only just beginning."',
    ],
)
def test_a_present_tense_with_a_time_to_come_is_a_plan(sentence):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 4 starts filming today in Leeds.",
        "The cast are filming in Belfast this month.",
        "Cameras are rolling, and the crew are shooting in Cork until November.",
    ],
)
def test_a_present_tense_with_no_time_to_come_is_filming(sentence):
    text = "Hartwell Mill season 4 is coming. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "filming"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Production on season 4 is already under way in Cork.", "filming"),
        ("Filming on the new season is already more than halfway done.", "filming"),
        ("About a third of the season has been shot so far.", "filming"),
        ('"We have a lot of it in the can," the producer said.', "filming"),
        ("What we know:\n\n- Filming: not started\n- Premiere: TBC", "not_started"),
        ("What we know:\n\n- Filming: wrapped\n- Premiere: TBC", "wrapped"),
        ("If past seasons are any guide, filming will begin in the autumn.", "not_started"),
        ("Per a listing spotted by fans, filming is due to begin in March.", "not_started"),
    ],
)
def test_more_production_states(sentence, status):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Mae was shot in last year's finale, and fans are still upset.",
        "Jonah was shot in the closing minutes of the season 3 finale.",
        "Both seasons were filmed in the spring in Cork.",
        "The network has passed on two dramas in development.",
        "There's no word yet on when season 4 will film.",
        "The network has not said when production will begin.",
    ],
)
def test_what_says_nothing_of_the_season_s_production(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "unknown"


def test_a_strike_that_must_be_over_is_no_wrap():
    text = "Hartwell Mill is renewed for season 4. Filming can't begin until the strike is over."
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status != "wrapped"


def test_where_it_was_filmed_answered_with_dates_is_a_wrap():
    text = (
        "Hartwell Mill season 4 is coming in March.\n\nWhere was it filmed?\n\n"
        "Filming took place in Cork between January and May this year."
    )
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "wrapped"


def test_a_clause_about_the_next_season_is_its_own_claim():
    text = (
        "Hartwell Mill has been renewed for season 4. Season 3 wrapped filming in May, and the "
        'showrunner says writing on season 4 is already "well advanced".'
    )
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The show was shot in Quebec rather than Vermont, for the snow.", "unknown"),
        ("The show was shot in Quebec last winter, for the snow.", "wrapped"),
    ],
)
def test_where_the_show_is_shot_is_no_state_without_a_time(sentence, status):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


def test_the_day_a_wrap_is_stated_to_hold_beats_the_publication_day():
    text = (
        "That's a wrap on Hartwell Mill season 4. The cast finished filming on Friday, "
        "the star posted on Instagram."
    )
    production = record_for(text, "Hartwell Mill", 4, "2025-05-14").production
    assert (production.status, production.as_of) == ("wrapped", dt.date(2025, 5, 9))


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 4, which is currently filming in Cork, will premiere in July.",
        "The fourth season is filming in Bath until June, its star says.",
        "Season 4 is filming in Cork, with the production moving to Kerry in September.",
    ],
)
def test_the_date_of_another_event_does_not_date_the_status(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    production = record_for(text, "Hartwell Mill", 4, "2026-03-05").production
    assert (production.status, production.as_of) == ("filming", dt.date(2026, 3, 5))


@pytest.mark.parametrize(
    "sentence",
    [
        "Filming ran into trouble when the lead fell ill.",
        "Kit Moss, who shot the season 3 finale, is directing again.",
        "Filming in Leeds isn't expected to disrupt traffic.",
        "They film in Belfast, and the show returns next spring.",
    ],
)
def test_words_near_the_patterns_that_are_no_state(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "unknown"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("In the new season, Detective Rowe has been shot and nobody knows who did it.", "unknown"),
        ("The series is done with love triangles, the creator promised.", "unknown"),
        ("The season is complete with a new villain and a wedding.", "unknown"),
        ("The first two episodes were finished in a rush.", "filming"),
        ("All eight episodes have been shot.", "wrapped"),
    ],
)
def test_done_with_shot_in_a_story_and_the_first_episodes(sentence, status):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ('"We were shooting nights for a month," she says of the last season.', "unknown"),
        ("Production was shut down by the strike while the cast were filming in Leeds.", "filming"),
    ],
)
def test_were_shooting_is_a_memory_unless_a_pause_interrupts_it(sentence, status):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


def test_the_network_s_adaptation_of_another_book_is_another_project():
    text = (
        "Hartwell Mill has been renewed for season 4. The streamer also said its adaptation "
        "of The Salt Clerk had started production in Hull."
    )
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        'The showrunner says the writers are already "deep in season 4 lore."',
        "The writers are busy with the season 4 outlines, the network says.",
    ],
)
def test_writers_deep_in_or_busy_with_the_season_have_not_started_filming(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    ("sentence", "fourth", "fifth"),
    [
        (
            "Production on season 4 begins in January in Glasgow, with the fifth season "
            "expected to film back-to-back.",
            "not_started",
            "not_started",
        ),
        (
            "Filming on season 4 wrapped in March, with season 5 set to shoot in the autumn.",
            "wrapped",
            "not_started",
        ),
        (
            "Cameras are rolling on the fourth season in Cork, with the fifth season's writers' "
            "room opening next month.",
            "filming",
            "not_started",
        ),
    ],
)
def test_a_with_clause_about_the_next_season_has_its_own_status(sentence, fourth, fifth):
    text = "Hartwell Mill has been renewed for seasons 4 and 5. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == fourth
    assert record_for(text, "Hartwell Mill", 5, "2025-08-16").production.status == fifth


@pytest.mark.parametrize(
    "sentence",
    [
        "Seasons 4 and 5 will be filmed back to back, starting this summer in Norway.",
        "Filming on series 4 and 5 begins in Cardiff next spring.",
    ],
)
def test_one_shoot_for_two_seasons_holds_for_both(sentence):
    text = "Hartwell Mill has been renewed for two more seasons. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"
    assert record_for(text, "Hartwell Mill", 5, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    "sentence",
    [
        "No filming dates have been set.",
        "No production start date has yet been announced.",
        "Filming dates are still to be confirmed.",
    ],
)
def test_no_filming_dates_yet_is_not_started(sentence):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == "not_started"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Production on season 4 has been pushed back to next year.", "not_started"),
        ("Filming on the new season was delayed until January.", "not_started"),
        ("No filming has taken place yet.", "not_started"),
        ("The crew is prepping season 4 in Prague.", "not_started"),
        ("The strike shut down production in July, midway through the shoot.", "filming"),
        ("The star posted a wrap photo from the set of season 4 on Friday.", "wrapped"),
        ("Post-production on season 4 is nearly done.", "wrapped"),
        # guards: a pause mid-shoot, a party for an earlier season, a plan for the edit
        ("Filming was halted after the lead's injury and delayed until January.", "filming"),
        ("The actor came to the wrap party for season 3 last year.", "unknown"),
        ("Post-production on the effects is expected to take a year.", "unknown"),
    ],
)
def test_a_delay_before_the_shoot_a_wrap_photo_and_post_production(sentence, status):
    text = "Hartwell Mill has been renewed for season 4. " + sentence
    assert record_for(text, "Hartwell Mill", 4, "2025-08-16").production.status == status


@pytest.mark.parametrize(
    "sentence,as_of",
    [
        ("Season 3 was filmed in Galway between September 2024 and March 2025.", "2025-03-01"),
        (
            "Filming on series four took place in Kent between April and August last year.",
            "2024-08-01",
        ),
        (
            "The third season was shot on the Norfolk coast from October 2024 to February 2025.",
            "2025-02-01",
        ),
    ],
)
def test_a_shoot_told_as_a_span_of_months_wrapped_in_its_last_month(sentence, as_of):
    """The eval conventions: "filmed from January to April this year" is wrapped as of
    April 1."""
    text = f"Here is what we know about the new season of Wexmoor. {sentence}"
    season = 4 if "four" in sentence else 3
    record = record_for(text, "Wexmoor", season, "2025-09-15", title=f"Wexmoor season {season}")
    assert record.production.status == "wrapped"
    assert record.production.as_of == dt.date.fromisoformat(as_of)


@pytest.mark.parametrize(
    "habit",
    [
        "Period drama takes a long time in post, and we have a lot of rain to add.",
        "Animation like this takes months in post-production, so don't hold your breath.",
        "Shows with this many effects take ages in post.",
    ],
)
def test_how_long_such_shows_take_in_post_is_no_wrap(habit):
    text = f"Saltfleet season 3 will start shooting in March, the creator said. {habit}"
    assert record_for(text, "Saltfleet", 3, "2025-10-14").production.status == "not_started"


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("The season 3 shoot is underway in Morocco.", "filming"),
        ("The shoot for the third season kicked off in Leeds on Monday.", "filming"),
        ("The season 3 shoot wrapped in Cape Town last week.", "wrapped"),
        ("The cast posed for a photo shoot on Tuesday; filming starts next spring.", "not_started"),
    ],
)
def test_the_shoot_is_the_production(sentence, status):
    title = "Gallowglass season 3: everything we know"
    record = record_for(sentence, "Gallowglass", 3, "2025-06-02", title=title)
    assert record.production.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a negation between the production word and its verb
        ("Filming on season 3 hasn't started yet.", "not_started"),
        ("Shooting on the new series has not yet begun, the BBC says.", "not_started"),
        ("Filming on season 3 hasn't wrapped yet; the crew are in Malta until May.", "filming"),
        ("Production on the third season has not been paused, despite the reports.", "unknown"),
    ],
)
def test_a_negation_inside_the_claim_turns_it(sentence, status):
    text = "Hulu renewed Gallowglass for a third season in May. " + sentence
    record = record_for(text, "Gallowglass", 3, "2025-06-02")
    assert record.production.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # not started: writing, prep, a postponed shoot
        ("Season 3 is still in the writing stage, the creator said.", "not_started"),
        ("Series three is currently being written.", "not_started"),
        ("The third season has not gone into production yet.", "not_started"),
        ("The creator has finished the scripts for season 3.", "not_started"),
        ("The cast will reunite in Cardiff next spring to shoot series three.", "not_started"),
        ("Filming of season 3 has been postponed.", "not_started"),
        # filming: on location, weeks into the shoot, the shoot moving on
        ("The crew is on location in Morocco for the season's desert episodes.", "filming"),
        ("The team are three weeks into the shoot.", "filming"),
        ("The shoot has moved on to Iceland for its final month.", "filming"),
        # wrapped
        ("The cameras have stopped rolling on season 3.", "wrapped"),
        # guard: a strike stops the cameras on every show; the season's shoot is paused
        (
            "Cameras stopped rolling on dozens of shows when the strike began, and the season 3 "
            "shoot was halted.",
            "filming",
        ),
        ("They shot all eight episodes between January and May.", "wrapped"),
    ],
)
def test_more_outlets_ways_to_tell_the_state_of_the_shoot(sentence, status):
    text = "Hulu renewed Gallowglass for a third season in May. " + sentence
    record = record_for(text, "Gallowglass", 3, "2025-06-02")
    assert record.production.status == status


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        # a week or a season of the year counted from the article: the article's day
        ("Filming on the third season wrapped last week in Leeds.", "2025-06-04"),
        ("The third season was shot in Cornwall last spring and summer.", "2025-06-04"),
        ("Filming on season 3 halted this week when the lead broke her wrist.", "2025-06-04"),
        # a month, even counted from the article, is that month
        ("Production on the third season began last month in Belfast.", "2025-05-01"),
        ("Season 3 began filming in Slovenia this month.", "2025-06-01"),
        # the month of another event does not date the shoot
        (
            "Also spotted on set: newcomer Ida Brandt, whose casting was revealed in April.",
            "2025-06-04",
        ),
    ],
)
def test_a_period_counted_from_the_article_dates_a_shoot_only_when_it_is_a_month(sentence, as_of):
    text = "Hulu renewed Gallowglass for a third season in January. " + sentence
    record = record_for(text, "Gallowglass", 3, "2025-06-04")
    assert record.production.as_of == dt.date.fromisoformat(as_of)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the show coming to an end is no wrap
        ("After three seasons, the campus drama will come to an end.", "unknown"),
        # a season finished for months, a crew that wrapped
        (
            "The pirate fantasy has been finished for months, but it is still waiting on its "
            "visual effects.",
            "wrapped",
        ),
        (
            "Production began in February in Malta, and the cast and crew wrapped in July.",
            "wrapped",
        ),
        # how long an earlier season took in post is history
        (
            "If the third season follows the first (which took about nine months in "
            "post-production), expect it in 2027.",
            "unknown",
        ),
        # the season a relative clause names is the one it recaps
        (
            "That would fit the pattern of season 1, which wrapped filming in November 2023.",
            "unknown",
        ),
    ],
)
def test_what_an_ending_a_finish_or_a_recap_says_of_the_shoot(sentence, status):
    text = "Hulu renewed Gallowglass for a third season in January. " + sentence
    record = record_for(text, "Gallowglass", 3, "2025-06-04")
    assert record.production.status == status


def test_a_question_heading_without_its_mark_asserts_nothing():
    text = (
        "Gallowglass season 3: everything we know\n\nHulu renewed Gallowglass for a third "
        "season in January.\n\nHas filming finished\n\nNot quite: the crew are in Malta until "
        "July."
    )
    record = record_for(text, "Gallowglass", 3, "2025-06-04")
    assert record.production.status != "wrapped"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a strike or an injury stops the cameras: a pause keeps filming
        (
            "Cameras stopped rolling on season 3 when the strike began, halfway through the shoot.",
            "filming",
        ),
        ("Filming wrapped in May, after a two-week pause for a strike.", "wrapped"),
        # before the cameras: a read-through, rehearsals, sets, a start that slipped
        ("The cast gathered for the first read-through of season 3 on Tuesday.", "not_started"),
        ("The actors are in rehearsals for season 3.", "not_started"),
        ("The crew have started building sets at the studio in Cardiff.", "not_started"),
        ("The third season's start of production slipped to January.", "not_started"),
        # under way for a while
        ("Season 3 has been in production since March.", "filming"),
        ("The show is mid-way through shooting its third season.", "filming"),
    ],
)
def test_a_pause_the_days_before_the_cameras_and_a_shoot_under_way(sentence, status):
    text = "Hulu renewed Gallowglass for a third season in January. " + sentence
    record = record_for(text, "Gallowglass", 3, "2025-06-04")
    assert record.production.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Series 3 was confirmed in the spring, and filmed across the Broads last autumn.",
        "The third season was filmed throughout the winter in Shetland.",
        "The streamer has only said 2026, and the show wrapped its Budapest shoot last summer.",
    ],
)
def test_more_ways_to_say_the_season_was_shot(sentence):
    text = "Hulu renewed Gallowglass for a third season in January 2024. " + sentence
    assert record_for(text, "Gallowglass", 3, "2025-06-04").production.status == "wrapped"
