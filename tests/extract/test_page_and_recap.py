"""What a page says about other things than the season's news: its own prompts and link
lists, a week's recap under day headings, a promo's own release day, a past period, the
history an estimate is drawn from, and a multi-season order named twice. Invented
articles, worded for these tests."""

from __future__ import annotations

from ._helpers import record_for, records_for, show_key, subjects


def test_newsletter_prompt_is_not_a_renewal():
    text = (
        "Fox has not made a decision yet about a third season of Lamplight Row.\n\n"
        "Sign up for our TV newsletter to get renewal news in your inbox every morning."
    )
    record = record_for(text, "Lamplight Row", 3, "2024-05-03")
    assert record.renewal.status == "pending"


def test_related_stories_list_names_no_season():
    text = (
        "Hollow Reach season 2 premieres on Friday, June 6, on Hulu.\n\n"
        "Related Stories\n"
        "Peacock Dates Two New Docuseries for Summer\n"
        "Brightwater Season 4 Trailer Teases a Wedding\n"
        "Hollow Reach Star on the Role That Changed Her Life"
    )
    records = records_for(text, "2025-05-20")
    assert subjects(records) == [(show_key("Hollow Reach"), 2)]


def test_week_recap_under_day_headings_is_not_a_premiere_day():
    text = (
        "The week in renewals\n\n"
        "WEDNESDAY\n\n"
        "ABC said it had not decided on a fourth season of Crane & Daughter.\n\n"
        "THURSDAY\n\n"
        "Max renewed Ember Yard for a second season."
    )
    record = record_for(text, "Crane & Daughter", 4, "2024-05-10")
    assert record.release.status == "unknown"
    assert record.renewal.status == "pending"


def test_trailer_release_day_is_not_the_premiere():
    text = (
        "Starz has released the first trailer for season 3 of Saltmarsh. The trailer, which "
        "arrived Monday, picks up right after the season 2 finale. The third season premieres "
        "Thursday, October 9."
    )
    records = records_for(text, "2025-09-17")
    third = record_for(text, "Saltmarsh", 3, "2025-09-17")
    assert str(third.release.date) == "2025-10-09"
    assert all(r.release.status != "released" for r in records if r.season == 2)


def test_past_relative_period_is_not_a_window():
    text = (
        "Cameras are rolling on season 5 of Sunset Cove in Tenerife, where this year's "
        "contestants moved in earlier this month. Peacock says the season will premiere "
        "this summer."
    )
    release = record_for(text, "Sunset Cove", 5, "2024-03-14").release
    assert release.status == "window"
    assert release.text is not None and "summer" in release.text


def test_past_event_with_a_yearless_month_is_not_an_upcoming_window():
    text = (
        "Sunset Cove season 5 is on the way. The season 4 reunion, which streamed in "
        "September, drew the show's biggest audience."
    )
    for record in records_for(text, "2024-03-14"):
        if record.release.window is not None:
            assert str(record.release.window[0]) < "2024-03-14"


def test_estimate_drawn_from_earlier_seasons_is_about_the_next():
    text = (
        "Marsh Lights season 3: what we know\n\n"
        "Season 3 is confirmed. Seasons 1 and 2 each took about a year from the first day "
        "of filming to the premiere, so our best guess is late next year."
    )
    records = records_for(text, "2025-02-11")
    third = record_for(text, "Marsh Lights", 3, "2025-02-11")
    assert third.release.status == "window"
    assert third.release.confirmed is False
    assert all(r.release.status == "unknown" for r in records if r.season == 2)


def test_two_more_seasons_named_in_the_headline_are_those_seasons():
    text = (
        "Netflix has renewed the Arctic thriller Floe for two more seasons, and the fifth "
        "will be the last. Season 3 ended in March."
    )
    records = records_for(text, "2025-06-02", title="Floe renewed for seasons 4 and 5 at Netflix")
    assert sorted(s for k, s in subjects(records) if k == show_key("Floe")) == [4, 5]


def test_nationality_is_not_a_title():
    text = (
        "Why do the gaps keep growing? Some American showrunners now get a second season "
        "before the first has even aired."
    )
    assert all(key != "american" for key, _ in subjects(records_for(text, "2024-08-05")))


def test_the_writers_hedge_in_another_clause_leaves_the_official_window():
    text = (
        "Hulu has only said Copperline season 2 is coming in 2026, but given how long the "
        "first season sat in post-production, we would bet on the autumn."
    )
    release = record_for(text, "Copperline", 2, "2025-03-02").release
    assert release.status == "window"
    assert release.confirmed is True
    assert [str(d) for d in release.window] == ["2026-01-01", "2026-12-31"]


def test_a_schedule_named_after_a_season_of_the_year_is_not_the_window():
    text = (
        "Fernhill series 3 is due in early 2027, according to ITV's own winter schedule, "
        "which went out on Tuesday."
    )
    release = record_for(text, "Fernhill", 3, "2026-11-02").release
    assert release.text is not None and "early 2027" in release.text


def test_slotted_in_and_best_guess_are_release_words():
    slotted = "Max has slotted Ironvale season 2 in for next spring."
    release = record_for(slotted, "Ironvale", 2, "2025-06-10").release
    assert (release.status, release.confirmed) == ("window", True)
    guess = "Dunmere season 4 starts filming in the new year, so our best guess is late 2026."
    release = record_for(guess, "Dunmere", 4, "2025-10-10").release
    assert (release.status, release.confirmed) == ("window", False)
    assert str(release.window[0]) == "2026-09-01"


def test_actors_who_play_a_list_of_characters_pair_in_order():
    text = (
        "Peacock has renewed Gullhaven for a third season. Odessa Marr, Tomas Kell and "
        "Rue Abernathy, who play the lighthouse keepers Edda Voss, Jonah Pike and Agnes, "
        "will all return."
    )
    cast = {
        c.actor: (c.character, c.status)
        for c in record_for(text, "Gullhaven", 3, "2025-04-01").cast
    }
    assert cast == {
        "Odessa Marr": ("Edda Voss", "confirmed"),
        "Tomas Kell": ("Jonah Pike", "confirmed"),
        "Rue Abernathy": ("Agnes", "confirmed"),
    }


def test_a_star_quitting_does_not_cancel_the_show():
    text = (
        "Harbour Street star Maeve Corrigan has quit the BBC drama and will not return for "
        "the sixth series. The BBC recommissioned Harbour Street for a sixth series in March."
    )
    record = record_for(text, "Harbour Street", 6, "2025-05-20")
    assert record.renewal.status == "renewed"
    leaving = [c.actor for c in record.cast if c.status == "not_returning"]
    assert leaving == ["Maeve Corrigan"]


def test_production_started_beats_the_headline_and_a_later_default_date():
    text = (
        "Production on the fourth season of Netflix's Brackwater began Monday in Cape Town, "
        "the streamer said, sharing a first-day photo from the set."
    )
    record = record_for(
        text, "Brackwater", 4, "2025-09-10", title="Brackwater season 4 begins filming"
    )
    assert (record.production.status, str(record.production.as_of)) == ("filming", "2025-09-08")


def test_filming_begins_at_a_place_is_under_way_unless_a_time_follows():
    now = "Harrowgate series 2: ITV confirms return as filming begins in Northumberland"
    assert (
        record_for(
            "ITV has recommissioned the drama.", "Harrowgate", 2, "2025-04-02", title=now
        ).production.status
        == "filming"
    )
    later = "Harrowgate series 2 filming begins in Northumberland next month, ITV said."
    assert record_for(later, "Harrowgate", 2, "2025-04-02").production.status == "not_started"


def test_one_scene_shot_long_ago_does_not_wrap_the_season():
    text = (
        "Filming on Overcliff season 3 is due to begin in Leeds this summer. The writer once "
        "said the rooftop scene was shot from a very particular angle for a reason."
    )
    assert record_for(text, "Overcliff", 3, "2024-05-09").production.status == "not_started"


def test_cameras_already_rolling_is_filming():
    text = (
        "Channel 4 has recommissioned Saltings for a third series, and cameras are already rolling."
    )
    assert record_for(text, "Saltings", 3, "2025-03-03").production.status == "filming"


def test_filming_starts_in_a_month_is_still_to_come():
    text = "Hulu renewed Larder for a third season on Oct. 21. Filming starts in February."
    assert record_for(text, "Larder", 3, "2024-10-30").production.status == "not_started"


def test_what_a_video_is_not_and_what_usually_happens_are_no_trailer_news():
    text = (
        "Kestle Point season 2 arrives on March 3. Netflix announced the date with a short "
        "date-reveal video of a tide chart, but it isn't a trailer. A full trailer usually "
        "lands about a month before a premiere."
    )
    assert record_for(text, "Kestle Point", 2, "2025-09-16").trailer.status == "announcement"


def test_episode_total_stated_after_the_batches_and_source_material_later_in_the_sentence():
    batches = (
        "Season 2 of Wrenfield premieres with two episodes on Friday, March 6, with the "
        "remaining six released weekly, for a total of 8."
    )
    assert record_for(batches, "Wrenfield", 2, "2026-01-10").episodes == 8
    anime = (
        "Hoshizora Relay season 2 will run for two cours, a total of 24 episodes, adapting "
        "the manga's final arc."
    )
    assert record_for(anime, "Hoshizora Relay", 2, "2026-03-28").episodes == 24


def test_max_and_fox_as_the_subject_of_a_decision_are_the_networks():
    text = (
        "Max renewed Larkspur Lane for a third season. Also on Thursday, Fox said it had not "
        "yet made a decision on a second season of Gilt Edge."
    )
    assert record_for(text, "Larkspur Lane", 3, "2024-05-10").platform == "Max"
    assert record_for(text, "Gilt Edge", 2, "2024-05-10").platform == "Fox"


def test_a_networks_own_schedule_article_gives_its_shows_that_network():
    text = (
        "NBC has set premiere dates for its 2025-26 season.\n\n"
        "Firehouse Nine returns for its fourth season on Tuesday, Sept. 23, at 8 p.m.\n\n"
        "Bayou Law opens its second season the next night, Wednesday, Sept. 24.\n\n"
        "Every show streams the next day on Peacock."
    )
    title = "NBC Sets Fall Premiere Dates for Firehouse Nine, Bayou Law and More"
    records = records_for(text, "2025-08-14", title=title)
    assert {r.show: r.platform for r in records} == {"Firehouse Nine": "NBC", "Bayou Law": "NBC"}


def test_a_title_case_or_capitals_headline_leads_with_the_show():
    body = (
        "NBC has rung down the curtain on Ferrow Mills. The network canceled the comedy "
        "after two seasons."
    )
    records = records_for(
        body, "2024-05-17", title="Ferrow Mills Canceled at NBC After Two Seasons"
    )
    assert [(r.show, r.season, r.renewal.status) for r in records] == [
        ("Ferrow Mills", 3, "cancelled")
    ]
    caps = (
        "Fans of Hallowdene were left reeling after Channel 5 confirmed the drama will end. "
        "Hallowdene, which stars Imelda Rusk as no-nonsense DI Ruth Carrow, drew huge audiences."
    )
    records = records_for(
        caps, "2024-01-19", title="HALLOWDENE AXED: Channel 5 pulls the plug after third series"
    )
    assert {r.show for r in records} == {"Hallowdene"}


def test_cast_goes_to_the_season_their_own_clause_names():
    text = (
        "BBC Two has recommissioned Stove & Spade for a fifth series, which starts filming "
        "in May. Judges Aled Vaughan and Priya Castellan will both return for series 5."
    )
    record = record_for(text, "Stove & Spade", 5, "2025-02-02")
    assert {c.actor for c in record.cast} == {"Aled Vaughan", "Priya Castellan"}


def test_returning_from_the_first_season_with_possessive_roles():
    text = (
        "Hulu has renewed Nightline Diner for a second season. Returning from the first season "
        "are Hetty Larkin as Sully's long-suffering producer Bea, and Marcus Obi as the "
        "overnight guard, Dwight. Tomas Reid returns as Sully's father."
    )
    cast = {c.actor: c.character for c in record_for(text, "Nightline Diner", 2, "2025-02-02").cast}
    assert cast == {"Hetty Larkin": "Bea", "Marcus Obi": "Dwight", "Tomas Reid": None}


def test_crew_places_and_post_signatures_are_not_cast():
    text = (
        "Crunchyroll confirmed Starfall Kitchen season 2 for July. Character designer Mei "
        "Hoshino is also back, and the season covers the manga's Grand Prix Valley arc.\n\n"
        "\u2014 Colette Marsh (@colettemarsh) March 3, 2026"
    )
    record = record_for(text, "Starfall Kitchen", 2, "2026-03-28")
    assert record.cast == []


def test_a_cast_list_whose_characters_share_a_family_name():
    text = (
        "Hulu renewed Burrow Lane for a second season. Returning cast: Mara Dellow (June "
        "Pruitt), Hattie Sundby (Clover Pruitt), Wes Amank (Deacon Bell) and Eva Stroud "
        "(Grandma Ada)."
    )
    cast = {c.actor: c.character for c in record_for(text, "Burrow Lane", 2, "2025-02-02").cast}
    assert cast == {
        "Mara Dellow": "June Pruitt",
        "Hattie Sundby": "Clover Pruitt",
        "Wes Amank": "Deacon Bell",
        "Eva Stroud": "Grandma Ada",
    }


def test_recast_and_a_news_headlines_exit():
    recast = (
        "BBC One has recommissioned Polgannon for a second series. The role of Jowan has been "
        "recast, with Rhys Carlane taking over."
    )
    cast = {c.actor: c.status for c in record_for(recast, "Polgannon", 2, "2025-02-02").cast}
    assert cast == {"Rhys Carlane": "confirmed"}
    title = "Stitch Perfect series 6: Lotte Fane confirmed as new host after Jonty Reece steps down"
    body = "The BBC has confirmed a new presenter for the sewing contest's sixth series."
    cast = {
        c.actor: c.status
        for c in record_for(body, "Stitch Perfect", 6, "2025-03-01", title=title).cast
    }
    assert cast == {"Lotte Fane": "confirmed", "Jonty Reece": "not_returning"}


def test_saying_goodbye_to_a_set_is_a_wrap_not_an_exit():
    text = (
        "Filming on the second season of Marrow Creek has wrapped. Star Rafa Quint said goodbye "
        "to the family's Tucson compound on Friday."
    )
    record = record_for(text, "Marrow Creek", 2, "2025-02-02")
    assert all(c.status != "not_returning" for c in record.cast)


def test_a_listings_entry_dates_the_season_its_text_names():
    text = (
        "The week's best TV, picked by our critics.\n\n"
        "Saltpan\nTuesday 9 January, 9pm, BBC Two\n\n"
        "Saltpan is back for a third series, and the marsh has never looked bleaker.\n\n"
        "Gull Harbour\nThursday 11 January, 8pm, ITV1\n\n"
        "Series 2 of Gull Harbour comes to a close with a storm."
    )
    records = {(r.show, r.season): r for r in records_for(text, "2024-01-06", "What to watch")}
    third = records[("Saltpan", 3)]
    assert (str(third.release.date), third.platform) == ("2024-01-09", "BBC Two")
    assert all(r.release.status != "dated" for k, r in records.items() if k[0] == "Gull Harbour")


def test_a_schedule_line_with_the_season_in_parentheses():
    text = (
        "CBS\n\n"
        "Engine 44 (Season 6): Tuesday, Sept. 22, 9/8c\n"
        "The firehouse drama returns with a two-hour premiere.\n\n"
        "Prairie Lots (Season 1): Thursday, Sept. 24, 8:30/7:30c\n"
        "The new comedy stars Kay Obuya as a realtor."
    )
    records = {
        (r.show, r.season): r for r in records_for(text, "2026-06-24", "Fall premiere dates")
    }
    assert str(records[("Engine 44", 6)].release.date) == "2026-09-22"
    assert str(records[("Prairie Lots", 1)].release.date) == "2026-09-24"


_LISTICLE_TITLE = "Most anticipated returning shows of 2026: Fenwater, Cider Kings and more"


def test_a_numbered_listicle_gives_each_item_its_own_show():
    text = (
        "Here are three returning shows we can't wait for.\n\n"
        "1. Cider Kings, season 3 (Apple TV+)\n\n"
        "The family saga returns first, with season 3 launching on Friday, January 16, 2026.\n\n"
        "2. The Exchange Girls, season 2 (Peacock)\n\n"
        "Peacock's 1960s drama is back on February 19 with all eight episodes at once.\n\n"
        "3. Fenwater, series 4 (ITV)\n\n"
        "ITV confirmed a fourth series in November. We'd expect it in late 2026."
    )
    records = {(r.show, r.season): r for r in records_for(text, "2025-12-28", _LISTICLE_TITLE)}
    assert set(records) == {("Cider Kings", 3), ("The Exchange Girls", 2), ("Fenwater", 4)}
    assert str(records[("Cider Kings", 3)].release.date) == "2026-01-16"
    assert str(records[("The Exchange Girls", 2)].release.date) == "2026-02-19"
    assert records[("Fenwater", 4)].platform == "ITV"


def test_shows_named_with_which_or_a_run_are_not_actors_and_title_case_headlines_name_no_one():
    text = (
        "Autumn TV: what to watch. Harbour Lights, which bowed out in the spring, is all on "
        "iPlayer. Quayside's excellent latest run is on ITVX, and the recast works. Fenbridge "
        "series 3 arrives on BBC One in October."
    )
    assert all(r.cast == [] for r in records_for(text, "2026-08-30"))
    title = "Hollywood Shutdown: Where Production Stands on TV's Biggest Shows as Actors Join"
    body = "Filming on Antler Row season 1 was halted in Atlanta on Friday."
    assert record_for(body, "Antler Row", 1, "2023-07-20", title=title).cast == []


def test_a_rescue_after_a_cancellation_is_a_renewal():
    text = (
        "Prime Video has picked up a third season of Larchmoor, the small-town horror drama "
        "that Fox canceled in November after two seasons. The creators said they had mapped "
        "out season 3 before the cancellation. Production is scheduled to begin this fall."
    )
    title = "'Larchmoor' Rescued By Prime Video For Season 3 After Fox Cancellation"
    record = record_for(text, "Larchmoor", 3, "2025-05-30", title=title)
    assert (record.renewal.status, record.production.status) == ("renewed", "not_started")


def test_declining_to_pick_up_a_season_cancels_it():
    text = "Peacock declined to pick up a third season of the reality series Ember Isle."
    assert record_for(text, "Ember Isle", 3, "2026-10-29").renewal.status == "cancelled"


def test_people_places_and_ranks_next_to_a_season_are_not_titles():
    text = (
        "HBO has renewed Gilt Rot for a third season. Asked about timing, HBO's head of drama, "
        'Marisela Onwu, told Deadline: "Our plan is to have Season 3 on the air in 2026." '
        "The teaser confirms the return of Quentin Albaster as harbor police chief Rook "
        "Danner in season 3. Gilt Rot, its costume drama about a family in the Yorkshire "
        "Dales, will end with season 4. Captain Abel Sorens's ship burned in the season 2 finale."
    )
    shows = {r.show for r in records_for(text, "2025-03-11")}
    assert shows == {"Gilt Rot"}


def test_captions_professions_and_places_in_cast():
    text = (
        "BBC One has recommissioned Fenmore Terrace for a third series. Rafe Gunn won't be "
        "back.\n\n"
        "[Picture: Rafe Gunn as Sol Bapty with Maggie Ollen as Hettie Crane (Image: BBC)]\n\n"
        "Maggie Ollen will return as Hettie Crane. Horticulturist Cyprian Dawle joins the show "
        "as a judge. Filming is expected to get going in the summer in Nova Scotia."
    )
    cast = {c.actor: c.status for c in record_for(text, "Fenmore Terrace", 3, "2025-01-01").cast}
    assert cast == {
        "Rafe Gunn": "not_returning",
        "Maggie Ollen": "confirmed",
        "Cyprian Dawle": "confirmed",
    }


def test_wont_see_is_an_exit_and_a_described_character_is_no_actor():
    text = (
        "Hulu renewed Fennel Row for a second season. One face we definitely won't see is "
        "Cosmo Fairley. His character, the charming landlord Jory Pask, was killed off in the "
        "finale."
    )
    cast = {c.actor: c.status for c in record_for(text, "Fennel Row", 2, "2025-01-01").cast}
    assert cast == {"Cosmo Fairley": "not_returning"}


def test_taking_over_a_role_places_and_quoted_titles():
    text = (
        "Netflix renewed Jackdaw Row for a third season. Cian Ferry will take over the role of "
        "Rory Donn from Tobiah Mense, who exited the series after the second season. Hollis "
        'Dray guest stars as a sheriff from the neighbouring town of Lark Ferry. Former "Good '
        'Evening Tulsa" anchor Harlan Mbeki joins the cast.'
    )
    cast = {c.actor: c.status for c in record_for(text, "Jackdaw Row", 3, "2025-01-01").cast}
    assert cast == {
        "Cian Ferry": "confirmed",
        "Tobiah Mense": "not_returning",
        "Hollis Dray": "confirmed",
        "Harlan Mbeki": "confirmed",
    }


def test_an_anime_cast_list_names_the_character_first():
    text = (
        "Crunchyroll renewed the anime Lamplight Academy for a second season.\n\n"
        "Returning cast\n"
        "Toma Kirishi: Aoi Takana\n"
        "Nox, the lantern-eater: Chiharu Benza\n\n"
        "New cast\n"
        "Rin Okabe: Hayato Sumire"
    )
    cast = {
        c.actor: (c.character, c.new)
        for c in record_for(text, "Lamplight Academy", 2, "2025-10-05").cast
    }
    assert cast == {
        "Aoi Takana": ("Toma Kirishi", False),
        "Chiharu Benza": ("Nox", False),
        "Hayato Sumire": ("Rin Okabe", True),
    }


def test_the_day_news_came_out_is_not_the_premiere():
    text = (
        "The streamer on Wednesday unveiled premiere dates for a batch of returning series, "
        "with Bellpoint season 4 set for Thursday, Jan. 16. Prime Video on Tuesday released "
        "the first full trailer for the second season of Penrose, which returns Friday, March 14."
    )
    bell = record_for(text, "Bellpoint", 4, "2024-11-20").release
    assert (bell.status, str(bell.date)) == ("dated", "2025-01-16")
    pen = record_for(text, "Penrose", 2, "2024-11-20").release
    assert (pen.status, str(pen.date)) == ("dated", "2025-03-14")


def test_hopes_to_looks_ahead_and_a_looked_back_span_is_no_date():
    hopes = (
        "Fox renewed Ashcombe for a second season. An insider said the network still hopes to "
        "launch the season in January as planned."
    )
    release = record_for(hopes, "Ashcombe", 2, "2023-07-20").release
    assert release.window is not None and str(release.window[0]) == "2024-01-01"
    span = (
        "FX has renewed Evenfall for a second season. The drama, which premiered in October, "
        "has become FX's most-watched new drama in three years. Season 2 is targeted for early "
        "2027."
    )
    release = record_for(span, "Evenfall", 2, "2026-01-15").release
    assert release.text is not None and "2027" in release.text
    slip = (
        "Netflix says Dockland season 3 is coming in late 2025. A slip into 2026 would not "
        "surprise us."
    )
    release = record_for(slip, "Dockland", 3, "2025-02-01").release
    assert (release.text, release.confirmed) == ("late 2025", True)


def test_the_headlines_lead_title_is_strong_and_a_quoted_speaker_is_not_a_title():
    body = (
        "Rope Harbor will not sail again. Starz also declined to renew the period comedy "
        "Parsley Hill in June."
    )
    title = "Rope Harbor Canceled at Starz After Two Seasons; Fans Launch #SaveRopeHarbor"
    records = records_for(body, "2024-09-26", title=title)
    assert ("Rope Harbor", 3) in {(r.show, r.season) for r in records}
    anime = (
        "The anime's fourth and final season will premiere in July 2026, and Crunchyroll will "
        "simulcast The Final Season outside of Asia. Kuroshiro Tide fans cheered."
    )
    title = "Kuroshiro Tide Anime Gets Final Season in July 2026"
    shows = {r.show for r in records_for(anime, "2025-12-21", title=title)}
    assert shows == {"Kuroshiro Tide"}
    quote = "Honor Vale-Tate is sitting in a hotel bar, filming a new drama for the BBC."
    title = "Honor Vale-Tate: 'I have no idea if the queen survives'"
    assert all(r.show != "Honor Vale-Tate" for r in records_for(quote, "2025-01-01", title=title))


def test_taking_over_from_someone_and_a_possessive_actor():
    text = (
        "ITV renewed Driftwood Isle for a third series, with a new narrator: comedian Grainne "
        "Mowbry takes over from Deacon Blythe, who left to front a quiz show. There is no sign "
        "of Cosima Reyes-Thorn's Detective Harriet Lund."
    )
    cast = {c.actor: c.status for c in record_for(text, "Driftwood Isle", 3, "2025-01-01").cast}
    assert cast == {
        "Grainne Mowbry": "confirmed",
        "Deacon Blythe": "not_returning",
        "Cosima Reyes-Thorn": "not_returning",
    }


def test_crew_who_return_to_direct_or_handle_a_job_are_not_cast():
    text = (
        "Nine Lanterns season 2 part 2 is coming in April. Yuta Enomi returns to direct at the "
        "same studio, with Nanami Odai handling series composition and Saoirse Flinn directing "
        "the second block. The season comes from creator Ruth Okafor-Linde (Sunken Bells)."
    )
    assert record_for(text, "Nine Lanterns", 2, "2025-01-01").cast == []


def test_an_actors_credit_in_an_appositive_is_no_move_to_another_show():
    text = (
        "BBC One has recommissioned The Evening Club for a second series. Ravi Sethi, best "
        "known for his role in Castlebar, joins the cast as DI Colin Rudd."
    )
    cast = {
        c.actor: c.character for c in record_for(text, "The Evening Club", 2, "2025-01-01").cast
    }
    assert cast == {"Ravi Sethi": "Colin Rudd"}


def test_headline_verbs_descriptors_and_weekdays_are_not_titles():
    text = (
        "CBS has reversed its cancellation of Dapple Row and ordered 13 episodes of a third "
        "season, which moves to Thursdays for its third season. Inside season 2 of Netflix's "
        "Unlikeliest Hit, Gravel Bay, the crew is back underground."
    )
    title = "CBS Reverses 'Dapple Row' Cancellation, Orders 13-Episode Season 3"
    shows = {r.show for r in records_for(text, "2023-11-10", title=title)}
    assert shows <= {"Dapple Row", "Gravel Bay"}
    assert "Dapple Row" in shows


def test_a_trailer_topic_and_a_planned_trailer_are_no_trailer():
    text = (
        "Gravel Bay season 2 premieres in June. As for the trailer: Netflix plans to release "
        "one in April."
    )
    assert record_for(text, "Gravel Bay", 2, "2025-02-01").trailer.status == "unknown"


def test_earlier_seasons_moving_home_and_a_premiere_last_sunday():
    text = (
        "Prime Video has picked up a third season of Ashbury Hollow. There's no premiere date "
        "yet. The first two seasons, which aired on Fox, will move to Prime Video this summer "
        "ahead of the new season."
    )
    assert record_for(text, "Ashbury Hollow", 3, "2025-05-30").release.status == "not_announced"
    aired = (
        "HBO renewed Larkfield for a second season last year. The new season, which premiered "
        "Sunday night on HBO, opens in the deep winter."
    )
    release = record_for(aired, "Larkfield", 2, "2026-04-14").release
    assert (release.status, str(release.date)) == ("released", "2026-04-12")


def test_every_platform_spelling_passes_the_cheap_first_pass():
    from knownsofar.extract.lexicon import PLATFORM_NAMES, PLATFORM_RE
    from knownsofar.extract.platform import _HINT

    for name in PLATFORM_NAMES:
        sample = f"It streams on {name}."
        if PLATFORM_RE.search(sample):
            assert _HINT.search(sample), f"{name} is a platform the first pass never lets through"


def test_more_networks():
    text = (
        "Comedy Central on Wednesday renewed Late Lamp for a fourth season. Disney Junior "
        "ordered a second season of Puddle Pals."
    )
    assert record_for(text, "Late Lamp", 4, "2023-11-08").platform == "Comedy Central"
    assert record_for(text, "Puddle Pals", 2, "2023-11-08").platform == "Disney Junior"


def test_the_return_of_a_cast_includes_and_guest_roles():
    text = (
        "Peacock dated Bellpoint season 4. The teaser confirms the return of Quentin Alabar as "
        "police chief Rook Dann, and offers a glimpse of newcomer Sabine Achter. Guest voices "
        "for the new season include singer Dolly Ferrand as a travelling hen. There's also a "
        "guest role for comedian Dermot Fairlie."
    )
    cast = {c.actor: c.status for c in record_for(text, "Bellpoint", 4, "2024-11-20").cast}
    assert cast == {
        "Quentin Alabar": "confirmed",
        "Sabine Achter": "confirmed",
        "Dolly Ferrand": "confirmed",
        "Dermot Fairlie": "confirmed",
    }


def test_a_part_after_a_lowercase_possessive_and_an_authors_book():
    text = (
        "Netflix renewed Glimmer Lane for a second season. Netflix confirmed that Gwendolyn "
        "Ashe, who plays the village's sharp-tongued postmistress Tansy Pocket, will return. "
        "The season, based on Maren Ostby's bestseller, films in May."
    )
    cast = {c.actor for c in record_for(text, "Glimmer Lane", 2, "2025-01-01").cast}
    assert cast == {"Gwendolyn Ashe"}


def test_cast_returning_for_both_seasons_of_an_order():
    text = (
        "Netflix has renewed Floe for seasons 4 and 5. Augustin Ferre and Kaia Brunn, who play "
        "Henrik Dahl and Sunniva Bakke, will return for both seasons."
    )
    for season in (4, 5):
        cast = {c.actor for c in record_for(text, "Floe", season, "2026-03-05").cast}
        assert cast == {"Augustin Ferre", "Kaia Brunn"}


def test_an_actors_last_season_leaves_the_next_one():
    text = (
        "Paramount+ renewed Velvet Row for a sixth and final season; the fifth season premieres "
        "in August. It will also be the last season for Piers Lelland, who has played Hank "
        "since the first episode."
    )
    fifth = {c.actor: c.status for c in record_for(text, "Velvet Row", 5, "2025-05-01").cast}
    sixth = {c.actor: c.status for c in record_for(text, "Velvet Row", 6, "2025-05-01").cast}
    assert (fifth, sixth) == ({"Piers Lelland": "confirmed"}, {"Piers Lelland": "not_returning"})


def test_a_more_from_list_under_an_outlet_with_an_ampersand_names_no_window():
    for outlet in ("Popcorn & Remote", "Couch + Coffee", "TV Tonight's"):
        text = (
            "Apple renewed Kestrel Point for a second season in May. If it follows the first "
            "season's pattern, we'd expect it in the autumn.\n\n"
            f"More from {outlet}:\n"
            "- Every new show premiering in January 2026\n"
            "- The 25 best TV shows of 2025"
        )
        release = record_for(text, "Kestrel Point", 2, "2026-01-02").release
        assert str(release.window[0]) == "2026-09-01", outlet
