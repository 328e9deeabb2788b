"""Subjects (SPEC: the season record): which show and which season each record is about.

One record per season the article gives information about; none for a show
merely named in passing; "Part 2" of a split season is not a new season.
"""

from __future__ import annotations

import pytest

from knownsofar.extract.sentences import split_sentences
from knownsofar.extract.subjects import find_subjects

from ._helpers import find_records, record_for, records_for, show_key, subjects

# text, published, show, season: the article must yield exactly one record for it.
FOUND = {
    "digits-title-case": (
        "Harbor Lights Season 4 is officially happening. The network confirmed the "
        "renewal on Tuesday, weeks after the third season finale.",
        "2024-05-02",
        "Harbor Lights",
        4,
    ),
    "digits-lowercase-after-title": (
        "Production on season 4 of Harbor Lights will begin in the autumn, "
        "according to showrunner Dana Pell.",
        "2024-05-02",
        "Harbor Lights",
        4,
    ),
    "ordinal-word": (
        "Netflix has renewed Nightjar for a fourth season, the streamer announced on Thursday.",
        "2023-09-15",
        "Nightjar",
        4,
    ),
    "ordinal-outing": (
        "Velvet Pines is coming back. The Hulu drama's third outing will pick up a "
        "year after the fire that closed season two.",
        "2024-02-01",
        "Velvet Pines",
        3,
    ),
    "number-word-lowercase": (
        "Good news for fans: Quarry Bells season three has been confirmed by Apple TV+.",
        "2024-07-11",
        "Quarry Bells",
        3,
    ),
    "number-word-title-case": (
        "Copper Ridge Season Five: Everything We Know So Far\n\n"
        "Copper Ridge Season Five has no premiere date yet, but filming wrapped in June.",
        "2024-08-20",
        "Copper Ridge",
        5,
    ),
    "sophomore": (
        "Tin Crown has landed a sophomore season at Peacock. The comedy's first run "
        "was the streamer's most-watched debut of the year.",
        "2024-03-04",
        "Tin Crown",
        2,
    ),
    "freshman-and-sophomore": (
        "After a freshman run that topped the charts, Orchard Road's sophomore season "
        "is now shooting in Atlanta.",
        "2024-10-09",
        "Orchard Road",
        2,
    ),
    "abbreviation-s2": (
        "Gilded Hollow S2 is a go! The cast shared the news in a video on Monday, and "
        "the S2 writers' room opens next month.",
        "2025-01-22",
        "Gilded Hollow",
        2,
    ),
    "abbreviation-4th-season": (
        "Bramble Court has been picked up for a 4th season, with the cast due back on "
        "set in the spring.",
        "2024-11-12",
        "Bramble Court",
        4,
    ),
    "fourth-and-final": (
        "Mirefield will end with its fourth and final season, creator Sam Okafor told "
        "fans in a letter on Friday.",
        "2025-04-18",
        "Mirefield",
        4,
    ),
    "uk-series-digits": (
        "Mallow Street series 6 will return to BBC One next year, the corporation "
        "confirmed, with the whole cast back.",
        "2024-09-03",
        "Mallow Street",
        6,
    ),
    "uk-sixth-series": (
        "The BBC has commissioned a sixth series of Mallow Street, the sitcom's "
        "longest run yet at eight episodes.",
        "2024-09-03",
        "Mallow Street",
        6,
    ),
    "uk-second-series-word": (
        "ITV has ordered a second series of crime drama Dunmore Heights after the "
        "finale drew seven million viewers.",
        "2023-12-01",
        "Dunmore Heights",
        2,
    ),
    "title-ends-in-digit": (
        "Station 9 Season 4 is coming to Max in the fall. The firefighter drama's "
        "fourth season adds two new recruits.",
        "2024-04-30",
        "Station 9",
        4,
    ),
    "title-ends-in-digit-possessive": (
        "Cameras are rolling on Station 9's fourth season in Chicago, the network said on Monday.",
        "2024-04-30",
        "Station 9",
        4,
    ),
    "split-season-part-2-is-season-3": (
        "Tidewater Season 3 Part 2 arrives June 6, five weeks after the first four "
        "episodes of the season landed on Netflix.",
        "2024-05-20",
        "Tidewater",
        3,
    ),
    "split-part-2-of-third-season": (
        "Part 2 of Mirefield's third season finally has a date: the last five "
        "episodes drop on March 14.",
        "2025-02-02",
        "Mirefield",
        3,
    ),
    "cancelled-after-two-seasons-gives-season-3": (
        "Peacock has cancelled Tin Crown after two seasons, ending the comedy's run "
        "on a cliffhanger.",
        "2025-06-03",
        "Tin Crown",
        3,
    ),
    "first-and-only-season-gives-season-2": (
        "Orchard Road will not be back: Hulu says the drama's first and only season "
        "will stay its last.",
        "2025-01-15",
        "Orchard Road",
        2,
    ),
    "recap-then-news-of-next-season": (
        "Season 2 of Quarry Bells ended in May with Ada leaving the village for good. "
        "Now Apple TV+ has greenlit season 3, which will follow her to Glasgow.",
        "2024-08-01",
        "Quarry Bells",
        3,
    ),
    "sophomore-names-previous-season": (
        "After its sophomore run wrapped in May, Nightjar was renewed for a third "
        "season on Tuesday.",
        "2024-06-13",
        "Nightjar",
        3,
    ),
    "the-is-optional": (
        "The Glass Orchard Season 2 begins filming in Dublin this week, with the "
        "Hart sisters back at the centre of the story.",
        "2024-02-19",
        "Glass Orchard",
        2,
    ),
    "ampersand-title-quoted": (
        '"Ledger & Lark" has been renewed for a third season at Prime Video, '
        "one week before the second season finale.",
        "2024-10-04",
        "Ledger and Lark",
        3,
    ),
    "many-mentions-one-record": (
        "Nightjar season 3 is shooting in Oslo. The third season picks up after the "
        "heist, and the S3 cast adds two newcomers. Season three is due in 2025.",
        "2024-06-13",
        "Nightjar",
        3,
    ),
    "next-season-in-n-plus-one-news": (
        "Tidewater season 4 Part 2 drops Thursday, and Netflix confirmed the show will "
        "end with a fifth season.",
        "2025-03-03",
        "Tidewater",
        5,
    ),
}


@pytest.mark.parametrize("text,published,show,season", list(FOUND.values()), ids=list(FOUND))
def test_subject_found(text, published, show, season):
    record = record_for(text, show, season, published)
    assert record.season == season


# text, published, show, season, present: no record about that season (None = no
# record about that show at all), while the article's real subject is found.
ABSENT = {
    "part-2-is-not-season-2": (
        "Tidewater Season 3 Part 2 arrives June 6 on Netflix, with the last four "
        "episodes of the season.",
        "2024-05-20",
        "Tidewater",
        2,
        ("Tidewater", 3),
    ),
    "part-2-alone-is-not-season-2": (
        "The first half of Mirefield's third season drew huge numbers. Part 2 lands "
        "on March 14 with the final five episodes.",
        "2025-02-02",
        "Mirefield",
        2,
        ("Mirefield", 3),
    ),
    "title-digit-is-not-season-9": (
        "Station 9 Season 4 is coming to Max in the fall, the network said.",
        "2024-04-30",
        "Station 9",
        9,
        ("Station 9", 4),
    ),
    "title-digit-bare-number-is-not-season-9": (
        "Station 9 4 is finally filming! The firefighter drama's fourth season "
        "started shooting in Chicago on Monday.",
        "2024-04-30",
        "Station 9",
        9,
        ("Station 9", 4),
    ),
    "show-named-in-passing-as-credit": (
        "From the creator of Sea Glass, Nightjar has been renewed for a third season at Netflix.",
        "2024-06-13",
        "Sea Glass",
        None,
        ("Nightjar", 3),
    ),
    "show-named-in-passing-as-comparison": (
        "Like Copper Ridge before it, Velvet Pines leans on slow-burn mystery. The "
        "Hulu drama's third season premieres on March 7.",
        "2025-01-10",
        "Copper Ridge",
        None,
        ("Velvet Pines", 3),
    ),
    "actor-credit-is-not-a-subject": (
        "Lena Voss (Sea Glass, The Long Way) has joined the cast of Harbor Lights "
        "season 5 as a mysterious harbourmaster.",
        "2024-09-09",
        "Sea Glass",
        None,
        ("Harbor Lights", 5),
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,present", list(ABSENT.values()), ids=list(ABSENT)
)
def test_subject_absent(text, published, show, season, present):
    records = records_for(text, published)
    assert find_records(records, *present), f"no record for {present}: {subjects(records)}"
    if season is None:
        found = [r for r in records if show_key(r.show) == show_key(show)]
    else:
        found = find_records(records, show, season)
    assert not found, f"unexpected record(s): {subjects(found)}"


# text, published, {(show, season), ...}: roundups give one record per
# show-season, and exactly those.
ROUNDUPS = {
    "renewals-of-the-week": (
        "Every show renewed this week: Nightjar is back for season 3 on Netflix, "
        "Station 9 was picked up for a fifth season at Max, and the BBC commissioned "
        "a second series of Quarry Bells.",
        "2024-06-14",
        {("Nightjar", 3), ("Station 9", 5), ("Quarry Bells", 2)},
    ),
    "network-slate-list": (
        "Hulu's winter slate, announced Tuesday:\n"
        "- Velvet Pines season 3: Friday, January 10\n"
        "- Gilded Hollow season 2: Wednesday, February 5\n"
        "- Bramble Court season 4: March 2025",
        "2024-11-19",
        {("Velvet Pines", 3), ("Gilded Hollow", 2), ("Bramble Court", 4)},
    ),
    "cancellations-of-the-year": (
        "Every show cancelled in 2024 so far: Orchard Road was axed after one season; "
        "Tin Crown won't return for a third season; and Mallow Street will not get a "
        "seventh series.",
        "2024-07-01",
        {("Orchard Road", 2), ("Tin Crown", 3), ("Mallow Street", 7)},
    ),
    "same-show-two-seasons": (
        "Netflix has renewed Tidewater for a fifth season, and the final four "
        "episodes of season 4 land on Thursday.",
        "2025-03-03",
        {("Tidewater", 4), ("Tidewater", 5)},
    ),
    "multi-season-order": (
        "Prime Video has renewed Ledger & Lark for seasons 3 and 4, to be shot back "
        "to back in Cornwall.",
        "2024-10-04",
        {("Ledger & Lark", 3), ("Ledger & Lark", 4)},
    ),
    "roundup-with-passing-mention": (
        "Premiere dates: Copper Ridge season 2 returns to Max on April 6, and "
        "Nightjar season 3 lands on Netflix on May 1. Fans of Sea Glass, which ended "
        "in 2022, will find a similar mood in both.",
        "2025-02-10",
        {("Copper Ridge", 2), ("Nightjar", 3)},
    ),
}


@pytest.mark.parametrize("text,published,expected", list(ROUNDUPS.values()), ids=list(ROUNDUPS))
def test_roundup_subjects(text, published, expected):
    got = subjects(records_for(text, published))
    want = {(show_key(show), season) for show, season in expected}
    assert sorted(got) == sorted(want), "one record per show-season, and no others"


def test_a_show_named_with_no_season_has_the_clause_not_the_season_in_context():
    title = "Hulu Sets 'Ferrow Lane' Return for Next Month; 'Cobble Street' Season 2 Due in 2026"
    text = (
        "Ferrow Lane season 3 returns to Hulu next month. Cobble Street season 2 is due in "
        "2026, the streamer said."
    )
    record = record_for(text, "Cobble Street", 2, "2025-05-02", title=title)
    assert (record.release.status, record.release.window[0].year) == ("window", 2026)


@pytest.mark.parametrize(
    ("title", "text", "show"),
    [
        (
            "Emberfall Anime Season 2 Announced After Season 1 Finale",
            "The TV anime adaptation of the manga Emberfall announced a second season on Sunday.",
            "Emberfall",
        ),
        (
            "The Tenth Bell Saved: Prime Video Picks Up Season 3 After Paramount+ Cancellation",
            "Prime Video has picked up a third season of The Tenth Bell.",
            "The Tenth Bell",
        ),
        (
            "'Ironside Lane' Renewed For Season 3 At Prime Video Ahead Of Season 2 Bow",
            "Prime Video has renewed Ironside Lane for a third season.",
            "Ironside Lane",
        ),
        (
            "'Dunleg' Creator on That Season 3 Finale and Whether There'll Be a Season 4",
            "Hulu has not yet decided on a fourth season of Dunleg, its creator said.",
            "Dunleg",
        ),
        (
            "Brackwater Falls Wraps Season 5; The CW Sets January Return",
            "The CW's Brackwater Falls has wrapped filming on its fifth season, which returns "
            "in January.",
            "Brackwater Falls",
        ),
        (
            "Cinderhall Panel Recap: Season 2 Filming Plans and New Dragons",
            "Cinderhall season 2 will begin filming in Croatia in the spring, the panel said.",
            "Cinderhall",
        ),
        (
            "Hulu Renews 'Ghostwood Inn' for Season 3",
            "The streamer renewed the Nevada-set horror-comedy for a third season. He wrote its "
            "Peabody-nominated season 2 episode.",
            "Ghostwood Inn",
        ),
    ],
)
def test_headline_words_around_a_title_are_not_titles(title, text, show):
    shows = {show_key(r.show) for r in records_for(text, "2025-01-22", title=title)}
    assert shows == {show_key(show)}


def test_a_far_higher_season_of_an_unnamed_programme_is_not_the_show_s():
    title = "CBS Sets Fall Premiere Dates: 'The Heron Courts' and More"
    text = (
        "THURSDAY, OCT. 16\n8 p.m. ET/PT - The Heron Courts (Season 2 premiere)\n"
        "The freshman legal comedy moves to Thursdays for its second season.\n\n"
        "Also on the schedule: the network's Sunday newsmagazine, which begins its 58th "
        "season on Sept. 28."
    )
    found = {(show_key(r.show), r.season) for r in records_for(text, "2025-06-24", title=title)}
    assert found == {(show_key("The Heron Courts"), 2)}


def test_a_part_an_actor_plays_is_not_a_show():
    text = (
        "Netflix has renewed Driftmere for a third season. Imogen Strathairn-Bey will return "
        "as Captain Sorcha Kell, of course. The finale left Kell in possession of the map, "
        "and Kell's crew will be back for season 3."
    )
    shows = {show_key(r.show) for r in records_for(text, "2025-01-20")}
    assert shows == {show_key("Driftmere")}


def test_a_channel_is_not_a_title():
    text = (
        "Here's what's coming to ITV1 and ITVX this autumn. Dredge Reach series 2 starts "
        "Sunday 17 September at 9pm on ITV1 and ITVX."
    )
    shows = {show_key(r.show) for r in records_for(text, "2023-08-30")}
    assert shows == {show_key("Dredge Reach")}


def test_the_final_season_means_the_season_named_final():
    text = (
        "AMC has released the official trailer for the fifth and final season of Coldspring "
        "Saints. Part 1 of the final season will premiere Sunday, Oct. 12, on AMC. Filming on "
        "the final season wrapped in July. The Season 4 finale, which aired last November, "
        "ended on a cliffhanger; Season 4 premiered on Oct. 13, 2024."
    )
    record = record_for(text, "Coldspring Saints", 5, "2025-09-09")
    assert (record.release.status, record.production.status) == ("dated", "wrapped")


def test_a_title_ending_in_season_keeps_it():
    title = "When is Quiet Season season 3 coming out? Release date, cast and how to watch"
    text = "Hulu renewed Quiet Season for a third season in March."
    shows = {show_key(r.show) for r in records_for(text, "2025-02-03", title=title)}
    assert shows == {show_key("Quiet Season")}


@pytest.mark.parametrize(
    ("title", "text", "show"),
    [
        (
            "Pier Nineteen AXED: Peacock's harbor cop drama to end after season 5",
            "Peacock confirmed that the fifth season of Pier Nineteen will be its last. The final "
            "season, which is currently filming in San Diego, will premiere in July.",
            "Pier Nineteen",
        ),
        (
            "'Isle Of Tarrant' Gets Early Season 3 Renewal At Prime Video Ahead Of Season 2 Launch",
            "Prime Video has renewed Isle of Tarrant for a third season.",
            "Isle of Tarrant",
        ),
        (
            "Indigo Wing Final Season Trailer: HBO Sets October Premiere for Season 3",
            "HBO has set an October premiere for Indigo Wing season 3. Along with Okereke-Vale and "
            "Pellew-Hart, Season 3 sees the return of Lucas Ferreira-Banks as orderly Theo Grant.",
            "Indigo Wing",
        ),
        (
            "Love on Lake Mirren renewed for season 3 at Peacock; co-host joins Dani Reyes-Whit",
            "Peacock has renewed Love on Lake Mirren for a third season. Host Dani Reyes-Whit "
            "returns, and she'll be joined by comedian Theo Blanchflower as co-host.",
            "Love on Lake Mirren",
        ),
    ],
)
def test_places_news_words_and_people_around_a_title_are_not_titles(title, text, show):
    shows = {show_key(r.show) for r in records_for(text, "2026-03-05", title=title)}
    assert shows == {show_key(show)}


def test_a_headline_verb_alone_is_not_a_title():
    title = "Quiet Cove to End With Season 5; Hulu Sets September Premiere for Season 4"
    text = "Hulu announced that the ski-resort comedy Quiet Cove will end with its fifth season."
    shows = {show_key(r.show) for r in records_for(text, "2026-06-02", title=title)}
    assert shows == {show_key("Quiet Cove")}


@pytest.mark.parametrize(
    "text",
    [
        "Apple TV+ has renewed Saltgrass for a third season. Along with the renewal, Ysolde "
        "Marrack (Copper Row, The Long Field) has been cast as a series regular for Season 3. "
        "Most recently she recurred on the crime drama Copper Row.",
        "Apple TV+ has renewed Saltgrass for a third season. Word is that Ysolde Marrack, who "
        "was superb in last year's miniseries Copper Row, could be joining in a recurring role.",
        "Apple TV+ has renewed Saltgrass for a third season. Ysolde Marrack, best known for the "
        "British comedy Copper Row, joins season 3 as a lighthouse keeper.",
        "Apple TV+ has renewed Saltgrass for a third season. Ysolde Marrack, the former star of "
        "Copper Row, joins season 3 as a lighthouse keeper.",
        "Apple TV+ has renewed Saltgrass for a third season. Ysolde Marrack, fresh off Copper "
        "Row, joins season 3 as a lighthouse keeper.",
    ],
)
def test_an_actors_earlier_work_is_not_a_subject(text):
    shows = {show_key(r.show) for r in records_for(text, "2025-03-04")}
    assert shows == {show_key("Saltgrass")}


def test_a_show_named_in_a_stars_credit_with_its_season_is_still_found():
    text = (
        "Ysolde Marrack (Copper Row season 2) joins the cast of Saltgrass. Copper Row season "
        "2 premieres March 8 on Apple TV+."
    )
    assert record_for(text, "Copper Row", 2, "2025-03-04").release.status == "dated"


def test_the_headline_s_season_is_the_one_an_interview_is_about():
    title = "'Saltgrass' Creator on Season 2's Bigger World and When It Might Return"
    text = (
        "Maren Vell has spent the last year making a second season of Saltgrass. Fans want to "
        "know when they'll see it. Season 2 is still filming in Reykjavik, and it is ten "
        "episodes again. Ines Valcourt joins the cast "
        "as the Archivist.\n\n"
        "Has Apple talked to you about a third season?\n\nNot yet. Apple hasn't picked up a "
        "third season, and I think that's fair."
    )
    record = record_for(text, "Saltgrass", 2, "2024-10-17", title=title)
    assert [m.actor for m in record.cast] == ["Ines Valcourt"]


def test_a_kind_of_show_in_a_headline_is_no_title():
    title = (
        "Peacock Saves 'Ursa Minor,' Orders Third Season of Sci-Fi Drama Canceled by Prime Video"
    )
    text = (
        "Ursa Minor is coming back. Peacock has picked up the space-station drama for a third "
        "season. Imogen Tsai returns as Commander Rhea Calloway."
    )
    records = records_for(text, "2025-01-28", title=title)
    assert {show_key(r.show) for r in records} == {show_key("Ursa Minor")}


def test_a_count_answering_a_question_is_no_title():
    text = (
        "The Brass Orchard series 2 starts on BBC One on Sunday 12 January.\n\n"
        "How many episodes are there?\n\nSix, the same as the first series.\n\n"
        "Filming ran from April to October 2024."
    )
    shows = {show_key(r.show) for r in records_for(text, "2025-01-09")}
    assert shows == {show_key("The Brass Orchard")}


def test_a_title_that_starts_with_a_number():
    text = (
        "Quietly canceled: Hulu has dropped 88 Cordova. 88 Cordova season 3 will not go "
        "ahead, the streamer confirmed on Friday."
    )
    record = record_for(text, "88 Cordova", 3, "2025-08-22")
    assert record.renewal.status == "cancelled"


@pytest.mark.parametrize("adverb", ["Technically", "Quietly", "Sadly", "Finally"])
def test_a_sentence_adverb_is_no_title(adverb):
    text = f"Max renewed Ravenmoor for a second season in March. {adverb} season 2 is filming."
    shows = {show_key(r.show) for r in records_for(text, "2025-08-22")}
    assert shows == {show_key("Ravenmoor")}


def test_a_sentence_about_how_the_last_season_closed_does_not_carry_its_season():
    text = (
        "Netflix has renewed Vesper Lane for a third season. Orla Benet has been cast as a "
        "series regular in Season 3. She will play an investigator who looks into the fire that "
        "closed out the second season. Sources say Idris Kell is also in talks to join."
    )
    record = record_for(text, "Vesper Lane", 3, "2024-03-12")
    assert {m.actor for m in record.cast} == {"Orla Benet", "Idris Kell"}


def test_a_later_seasons_renewal_carries_its_season_to_the_end_of_its_paragraph_only():
    text = (
        "The Antler Crown season 2 is coming in October, Prime Video announced at Comic-Con on "
        "Saturday: the second season will premiere on Thursday, Oct. 3. At the end "
        "of the panel, the showrunner announced that Prime Video has renewed the show for "
        "season 3. Writing on it has begun, and Ines Kaur will return as Queen Ysmay.\n\n"
        "The trailer\n\n"
        "The official trailer gives a first proper look at Emeric Tanaka as the new Prince "
        "Corvin, scarred after a year in exile."
    )
    season_2 = record_for(text, "The Antler Crown", 2, "2024-07-27")
    season_3 = record_for(text, "The Antler Crown", 3, "2024-07-27")
    assert [m.actor for m in season_2.cast] == ["Emeric Tanaka"]
    assert [m.actor for m in season_3.cast] == ["Ines Kaur"]


def test_a_clause_after_a_recap_of_the_last_season_is_about_the_next():
    text = (
        "Starz has renewed Loose Weave for a fourth and final season. When will Loose Weave "
        "season 4 premiere? Season 3 premiered in March 2024, but with filming only just "
        "started, a 2025 premiere is not guaranteed."
    )
    records = records_for(text, "2024-08-01")
    assert {(show_key(r.show), r.season) for r in records} == {(show_key("Loose Weave"), 4)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The first two series are streaming on BritBox in the US, and series 3 follows there "
        "in the spring.",
        "In the UK, series 3 will also air on Channel 5 later this year.",
    ],
)
def test_a_country_written_short_is_no_title(sentence):
    text = "BBC One has recommissioned Mallow Finch for a fourth series. " + sentence
    shows = {show_key(r.show) for r in records_for(text, "2024-09-01")}
    assert show_key("US") not in shows and show_key("UK") not in shows


@pytest.mark.parametrize(
    "sentence",
    [
        "Castellos confirms season 3 will run ten episodes.",
        "The second season of Studio Kanabo's adaptation premiered on Saturday, October 4.",
    ],
)
def test_a_maker_named_by_surname_or_a_studio_is_no_title(sentence):
    text = (
        "AMC has renewed Tallow Bend for a third season, creator Reid Castellos said. " + sentence
    )
    shows = {show_key(r.show) for r in records_for(text, "2025-10-08")}
    assert shows == {show_key("Tallow Bend")}


@pytest.mark.parametrize(
    "sentence,show,season",
    [
        (
            "Hulu's woodsy detective drama Cedar Hollow, about park rangers solving murders in the "
            "Pacific Northwest, will end with its third season.",
            "Cedar Hollow",
            3,
        ),
        (
            "Apple TV+ released the trailer for Season 3 of Tern Harbour, its Nova Scotia noir, "
            "and set a premiere date of Friday, October 10.",
            "Tern Harbour",
            3,
        ),
        (
            "Gaslamp Row is Prime Video's horror anthology about a motel in 1950s Nevada, and it "
            "won't be getting a second season.",
            "Gaslamp Row",
            2,
        ),
    ],
)
def test_a_place_is_no_title(sentence, show, season):
    records = records_for(sentence, "2025-06-24")
    assert subjects(records) == [(show_key(show), season)]


def test_a_title_may_end_with_a_small_word():
    text = (
        "Prime Video has set a February 11 premiere for Happily Ever After season 3, with the "
        "first four episodes dropping that day."
    )
    records = records_for(text, "2025-12-01")
    assert subjects(records) == [(show_key("Happily Ever After"), 3)]


def test_a_headline_s_ahead_of_is_no_end_of_a_title():
    title = "Tern Harbour Cast Tease Big Changes at Prime Video Ahead Of Season 2 Premiere"
    text = "Tern Harbour season 2 premieres on Prime Video on Friday, March 6."
    shows = {show_key(r.show) for r in records_for(text, "2026-02-20", title=title)}
    assert shows == {show_key("Tern Harbour")}


def test_an_earlier_season_named_beside_a_renewal_is_no_multi_season_order():
    text = (
        "Peacock has picked up Tern Harbour for a third season, the streamer announced "
        "Wednesday, less than three months after AMC canceled the series following its second "
        "season. The new season will consist of eight episodes."
    )
    records = records_for(text, "2024-07-17")
    assert [(r.season, r.episodes) for r in records] == [(3, 8)]


def test_a_two_season_order_s_new_season_is_the_first_of_them():
    text = (
        "Peacock has renewed Tern Harbour for seasons 3 and 4. The new season will consist of "
        "eight episodes."
    )
    records = records_for(text, "2024-07-17")
    assert [(r.season, r.episodes) for r in records] == [(3, 8), (4, None)]


@pytest.mark.parametrize(
    "watch_line",
    [
        "Season 1 of Brackwater Sound is streaming on Peacock now.",
        "Seasons 1 and 2 are available on Peacock.",
    ],
)
def test_a_where_to_watch_line_does_not_carry_its_season(watch_line):
    text = (
        "Peacock has renewed Brackwater Sound for a third season.\n\n"
        + watch_line
        + "\n\nFilming begins in Galway in the spring, and Tamsin Orrey returns as the harbour "
        "master."
    )
    records = records_for(text, "2025-01-20")
    assert subjects(records) == [(show_key("Brackwater Sound"), 3)]
    assert [m.actor for m in records[0].cast] == ["Tamsin Orrey"]


@pytest.mark.parametrize(
    "reason",
    [
        "Renewed last month after a strong second series.",
        "The order came following its record-breaking second run.",
        "Recommissioned after a second series that drew eight million viewers.",
    ],
)
def test_a_season_named_as_what_came_before_the_news_does_not_win_the_anchor(reason):
    text = (
        "4. Quillhaven, series 3 (ITV)\n\n"
        + reason
        + " Filming has not started, so expect it in 2027 at the earliest."
    )
    records = records_for(text, "2026-01-05")
    assert subjects(records) == [(show_key("Quillhaven"), 3)]


@pytest.mark.parametrize(
    "clause",
    [
        "at the same studio as season 1",
        "just as season 1 did",
        "as it did in season 1",
    ],
)
def test_a_season_named_as_a_comparison_is_no_subject(clause):
    text = (
        "Netflix has renewed Brinecastle for a second season. Cameras are rolling in Belfast, "
        + clause
        + ", with Oona Tarrant back in the lead."
    )
    records = records_for(text, "2025-06-02")
    assert subjects(records) == [(show_key("Brinecastle"), 2)]
    assert records[0].production.status == "filming"


@pytest.mark.parametrize("verb", ["went out", "was broadcast", "finished airing"])
def test_a_sentence_saying_when_the_last_season_went_out_does_not_carry_it(verb):
    text = (
        "BBC One has confirmed a fifth series of Ashbury Vale. "
        f"Series 4 {verb} in the spring of 2025. "
        "Filming starts in March, with Hal Penrose back as the vicar."
    )
    records = records_for(text, "2026-01-12")
    assert subjects(records) == [(show_key("Ashbury Vale"), 5)]
    assert [m.actor for m in records[0].cast] == ["Hal Penrose"]


def test_a_name_before_whose_next_season_is_a_title():
    text = (
        "Prime Video renewed Saltmarsh Kings for a third season on Friday. The convention also "
        "hosted a panel for Wickerlight, whose second season premieres on Apple TV+ in June."
    )
    records = records_for(text, "2026-03-02")
    assert subjects(records) == [
        (show_key("Saltmarsh Kings"), 3),
        (show_key("Wickerlight"), 2),
    ]


def test_a_name_before_whose_season_aired_is_only_recapped():
    text = (
        "Prime Video renewed Saltmarsh Kings for a third season on Friday. Also on the panel: "
        "Wickerlight, whose second season aired last spring."
    )
    records = records_for(text, "2026-03-02")
    assert show_key("Wickerlight") not in {show_key(r.show) for r in records}


@pytest.mark.parametrize("link", [", so expect it in", ", which means a release in"])
def test_a_guess_drawn_from_when_the_last_season_aired_is_about_the_new_one(link):
    text = (
        "BBC One has confirmed a fifth series of Ashbury Vale. Filming starts in March. "
        f"Series 4 went out eleven months after its shoot began{link} early 2027."
    )
    records = records_for(text, "2026-01-12")
    assert subjects(records) == [(show_key("Ashbury Vale"), 5)]
    window = records[0].release.window
    assert window is not None and window[0].year == 2027


@pytest.mark.parametrize(
    "place_line",
    [
        "Most of it is shot at a real country pile that doubles as Fallowmere Hall.",
        "The finale left the Fallowmere Institute in ashes and its director missing.",
        "Location scouts found the perfect Fallowmere Street in a Bristol suburb.",
        "Fans can now book a night at the real Fallowmere Hotel in Whitby.",
    ],
)
def test_a_place_named_after_a_one_word_title_does_not_make_it_a_first_name(place_line):
    text = (
        "Fallowmere series 3: filming wraps on the BBC drama\n\n"
        "That's a wrap on Fallowmere series 3, the BBC confirmed on Tuesday. " + place_line
    )
    found = {(show_key(r.show), r.season) for r in records_for(text, "2025-04-02")}
    assert found == {(show_key("Fallowmere"), 3)}


@pytest.mark.parametrize(
    "played",
    [
        "the nurse she has played in Saltmarsh Row since 2019",
        "the part he played on Saltmarsh Row for five years",
        "the role she plays opposite Ned Harrow in Saltmarsh Row",
    ],
)
def test_where_an_actor_plays_a_part_is_the_show(played):
    text = (
        "Saltmarsh Row series 5 will be the last, ITV confirmed on Monday. "
        f"Juno Blackwood says goodbye to {played}."
    )
    found = {(show_key(r.show), r.season) for r in records_for(text, "2025-04-02")}
    assert (show_key("Saltmarsh Row"), 5) in found


@pytest.mark.parametrize(
    "sentence",
    [
        'Later on, the crime drama "Elsewhere Bay" will return for its third season in March.',
        "Also back: 'Before Dawn Hall', which returns for its third season in March.",
        'NBC said "Beyond Reach" is coming back for a third season in March.',
    ],
)
def test_a_quoted_title_is_whole_and_no_actor(sentence):
    text = "Hollin Green season 2 premieres Monday, Sept. 22, NBC announced. " + sentence
    found = {(show_key(r.show), r.season) for r in records_for(text, "2025-05-12")}
    quoted = sentence.split('"')[1] if '"' in sentence else sentence.split("'")[1]
    assert (show_key(quoted), 3) in found


@pytest.mark.parametrize(
    "sentence,show",
    [
        ("NBC has renewed Harlow P.D. for a fifth season.", "Harlow P.D."),
        ('"Harlow P.D." returns for its fifth season Tuesday, Sept. 23.', "Harlow P.D."),
        ("Agents of T.A.L.O.N. season 5 has been confirmed by ABC.", "Agents of T.A.L.O.N."),
    ],
)
def test_an_initialism_keeps_its_last_full_stop(sentence, show):
    records = records_for(sentence, "2025-05-12")
    assert [r.show for r in records] == [show]


def _titles(text: str) -> set[str]:
    """The show titles the subject pass finds in an article."""
    return {show_key(n) for n in find_subjects(split_sentences(text), None).names.values()}


@pytest.mark.parametrize(
    "title",
    [
        "Peacock Saves 'Tin Chapel,' Orders Season 3 After Hulu Cancellation",
        "Apple Keeps 'Tin Chapel', Renews Season 3 Early",
        "Max Rescues 'Tin Chapel', Sets Season 3 For 2026",
    ],
)
def test_a_headline_verb_before_a_season_is_no_title(title):
    text = f"{title}\n\nTin Chapel will be back for a third season, the streamer said."
    assert _titles(text) == {show_key("Tin Chapel")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Midseason, the legal drama Quill Court returns for its third season in January.",
        "The PV\n\nThe PV went live an hour later. The PV shows the third season's villain.",
        "Mid-season, the network brings back Quill Court for a third season.",
    ],
)
def test_a_part_of_the_tv_year_or_a_promo_video_is_no_title(sentence):
    text = "Quill Court season 3 is on the way, NBC confirmed. " + sentence
    assert _titles(text) == {show_key("Quill Court")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The fate of Father Anselm (Jonas Pike-Harrow) is the season's big mystery.",
        "Fans of Brother Cadfael (Tom Ellery) will be glad to hear he returns in season 3.",
        "The return of Captain Voss (Ida Marr-Kent) for the third season is confirmed.",
    ],
)
def test_a_part_named_with_its_actor_in_parentheses_is_no_title(sentence):
    text = "Hollow Abbey season 3: all we know\n\nHollow Abbey season 3 is filming. " + sentence
    assert _titles(text) == {show_key("Hollow Abbey")}


@pytest.mark.parametrize(
    "people",
    ["Oyston-Blair and Penrose", "Penrose and Oyston-Blair", "Lark-Hughes and Dunmore"],
)
def test_two_surnames_one_double_barrelled_are_no_title(people):
    text = (
        f"Tall Reeds season 2 has wrapped. Alongside {people}, season 2 adds Cass Webb as "
        "Marshal Eli Coburn."
    )
    shows = {show_key(r.show) for r in records_for(text, "2025-09-10")}
    assert shows == {show_key("Tall Reeds")}


@pytest.mark.parametrize(
    "past",
    [
        "Ashbury Vale's first series was one of BBC One's most-watched dramas of last year.",
        "The first series were six hour-long episodes, and critics were kind.",
        "Viewers took to series one two years ago, when it was a surprise hit on iPlayer.",
    ],
)
def test_a_past_tense_sentence_about_an_earlier_season_does_not_carry_it(past):
    text = (
        "Hal Penrose joins Ashbury Vale series 2\n\n"
        "Hal Penrose has joined the cast of Ashbury Vale for its second series. "
        f"{past} The BBC has not announced a premiere date."
    )
    records = records_for(text, "2026-01-12")
    assert subjects(records) == [(show_key("Ashbury Vale"), 2)]
    assert records[0].release.status == "not_announced"


def test_the_plot_of_an_earlier_season_still_to_come_carries_it():
    text = (
        "Ashbury Vale will end with series 6, and series 5 premieres Sunday, Aug. 4.\n\n"
        "Series 5 picks up a year after the fire. Newcomer Lia Brandt joins as a "
        "choir mistress."
    )
    record = record_for(text, "Ashbury Vale", 5, "2024-06-01")
    assert [m.actor for m in record.cast] == ["Lia Brandt"]


@pytest.mark.parametrize(
    "history",
    [
        "The double renewal follows CBS's early season 3 pickup in February 2024.",
        "The order followed Hulu's quiet season 3 renewal last spring.",
        "It comes after the network's surprise third season order in 2023.",
    ],
)
def test_an_earlier_order_the_news_follows_is_no_subject(history):
    text = f"CBS has renewed Copperline Rangers for seasons 4 and 5. {history}"
    found = {(show_key(r.show), r.season) for r in records_for(text, "2025-04-22")}
    assert found == {(show_key("Copperline Rangers"), 4), (show_key("Copperline Rangers"), 5)}


@pytest.mark.parametrize(
    "comparison",
    [
        "the same as seasons 1 and 2",
        "like seasons 1 and 2",
        "fewer than seasons 2 and 3",
    ],
)
def test_seasons_named_as_a_comparison_are_no_order(comparison):
    text = (
        "Crooked Pines season 4 will be the last, FX said. "
        f"FX has confirmed that the final season will have eight episodes, {comparison}."
    )
    records = records_for(text, "2025-09-10")
    assert subjects(records) == [(show_key("Crooked Pines"), 4)]


@pytest.mark.parametrize(
    "outlet",
    [
        "The Hollywood Ledger has learned",
        "The Screen Daily first reported",
        "Small Screen Weekly can exclusively reveal",
    ],
)
def test_the_outlet_breaking_the_news_is_no_title(outlet):
    text = (
        "Rattle Creek season 2 adds two to its cast. Two newcomers have joined the cast of "
        f"the second season of the gothic western, {outlet}."
    )
    assert _titles(text) == {show_key("Rattle Creek")}


@pytest.mark.parametrize(
    "heading,show",
    [
        ("3. Bellfounder's Lane (ITV1 and ITVX)", "Bellfounder's Lane"),
        ("Copse End (BBC One / BBC iPlayer)", "Copse End"),
        ("MARSHWICK, SERIES 3", "Marshwick"),
        ("Tallow Quay, Monday 13th January, 9pm, ITV1", "Tallow Quay"),
        ("Harrow Fen: Thursday, March 12", "Harrow Fen"),
        ("7. Kiri Relay final season (Crunchyroll)", "Kiri Relay"),
    ],
)
def test_a_roundup_heading_names_its_show(heading, show):
    text = (
        "The dramas to watch this winter\n\n"
        "Hollin Mere series 2\n\nThe second series of Hollin Mere starts on Sunday.\n\n"
        f"{heading}\n\nThe new series will be back in the spring, the channel said."
    )
    assert show_key(show) in _titles(text)


def test_a_heading_in_capitals_with_no_season_starts_its_show_s_section():
    text = (
        "ITV autumn drama: what's coming\n\n"
        "GREYMOOR, SERIES 2\n\n"
        "Starts Sunday 17 September at 9pm on ITV1. The six-part second series picks up a "
        "year after the flood.\n\n"
        "EVENSTAR\n\n"
        "The period drama is a four-part series set in 1952. Mara Quell stars as the new "
        "choir mistress, Hester Vane. It was written for Evenstar by a playwright."
    )
    record = record_for(text, "Greymoor", 2, "2023-08-30")
    assert record.cast == []


def test_a_roundup_item_led_by_its_title_in_capitals_and_a_bar():
    text = (
        "Renewal Scorecard: two more seasons for a hospital, a street closes\n\n"
        "ASHCOMBE GENERAL | NBC has given its medical drama a two-season renewal, keeping "
        "Ashcombe General open through Season 7.\n\n"
        "LINNET STREET | Not every address survived the week. Hulu has cancelled the family "
        "comedy after one season.\n\n"
        "WREN | Peacock has picked up the thriller for a third season."
    )
    found = {(show_key(r.show), r.season) for r in records_for(text, "2024-05-14")}
    assert found == {("ashcombe general", 7), ("linnet street", 2), ("wren", 3)}


@pytest.mark.parametrize(
    "line",
    [
        "BY CALLA DRUMMOND | FEBRUARY 18, 2026 6:00AM",
        "OPINION | By Margit Oyelese | July 7, 2025",
        "SCREENLINE | Let's start with the big one. SCREENLINE | And Abe?",
    ],
)
def test_a_byline_a_label_or_an_interviewer_before_a_bar_is_no_title(line):
    text = (
        f"AMC renews Frostbite Derby for a fourth season\n\n{line}\n\n"
        "AMC renewed Frostbite Derby for a fourth season."
    )
    assert _titles(text) == {show_key("Frostbite Derby")}


def test_a_roundup_heading_beside_titled_siblings_is_a_title():
    text = (
        "Every TV show cancelled this year: the full list\n\n"
        "Pinwheel\n\nPinwheel will not return for a second season, The CW said.\n\n"
        "Harbour Legal\n\nNBC cancelled Harbour Legal after two seasons.\n\n"
        "Marlow Fen\n\nPrime Video axed the supernatural drama after three seasons.\n\n"
        "How we compile this list\n\nWe update it every week."
    )
    titles = _titles(text)
    assert show_key("Marlow Fen") in titles
    assert show_key("How we compile this list") not in titles


def test_a_lone_heading_with_no_titled_siblings_is_no_title():
    text = (
        "Pinwheel cancelled by The CW\n\nPinwheel will not return for a second season.\n\n"
        "What Happens Next\n\nThe cast is free to join other series."
    )
    assert _titles(text) == {show_key("Pinwheel")}


@pytest.mark.parametrize(
    "sentence",
    [
        "There was better news for Sky Atlantic's Gilt & Gallows.",
        "Happier news for Gilt & Gallows, at least.",
        "Sky Atlantic, meanwhile, has ordered more Gilt & Gallows.",
    ],
)
def test_the_other_show_of_a_mixed_fortunes_story_is_a_title(sentence):
    text = (
        "Hexham Court axed by Channel 4\n\n"
        "Channel 4 confirmed that Hexham Court will not return for a third series. "
        f"{sentence} The Victorian con-artist drama has been recommissioned for a second series."
    )
    found = {(show_key(r.show), r.season) for r in records_for(text, "2024-12-06")}
    assert found == {(show_key("Hexham Court"), 3), (show_key("Gilt & Gallows"), 2)}


@pytest.mark.parametrize(
    "place",
    [
        "Jenna was last seen leaving Tarrow on the night ferry.",
        "Filming returned to Tarrow in May, where the cast joined the locals for a parade.",
        "The island of Tarrow is renewed in spirit, if nothing else.",
    ],
)
def test_the_place_a_title_is_named_after_is_no_title(place):
    text = f"Tarrow Deep season 3: everything we know\n\nTarrow Deep season 3 is filming. {place}"
    assert _titles(text) == {show_key("Tarrow Deep")}


def test_a_spin_off_named_with_its_own_season_keeps_the_parent_title():
    text = (
        "Rampart season 4 and Rampart Rising season 2 both film this summer. "
        "Rampart season 4 premieres in October."
    )
    assert _titles(text) == {show_key("Rampart"), show_key("Rampart Rising")}


# "for season N" after the news names the season the news is about, like "for a third
# season" always did: an earlier season recapped later in the article does not become the
# season that "the new season" means.
FOR_SEASON = {
    "renewed-for-season-n": (
        "Netflix has renewed Nightjar for season 4, the streamer announced on Monday. "
        "Season 3 premiered in March and topped the charts for six weeks. The new season will "
        "have eight episodes.",
        "Nightjar",
        4,
        "episodes",
        8,
    ),
    "back-for-series-n": (
        "The Ashdown Fell cast is back for series 4, the BBC has confirmed. Series 3 went out "
        "on BBC One last spring. The new series will have six episodes.",
        "Ashdown Fell",
        4,
        "episodes",
        6,
    ),
    "plans-for-season-n-of": (
        "Apple TV+ has big plans for season 3 of Lowlight. Season 2 was a slow burn that "
        "finished airing in May. Filming on the next season began in Prague last month.",
        "Lowlight",
        3,
        "production",
        "filming",
    ),
    "trailer-for-the-nth-season": (
        "Peacock dropped the first trailer for the second season of Copperline on Thursday. "
        "Season 1 premiered in 2023. The new season arrives on July 10.",
        "Copperline",
        2,
        "release",
        "dated",
    ),
    "signed-on-for-its-nth-season": (
        "Tamsin Orrey has signed on for the fifth season of Station Nine, the producers said. "
        "Season 4 aired last fall. Production on the new season starts in March.",
        "Station Nine",
        5,
        "production",
        "not_started",
    ),
}


def _field(record, name):
    value = getattr(record, name)
    return getattr(value, "status", value)


@pytest.mark.parametrize(
    "text,show,season,field,value", list(FOR_SEASON.values()), ids=list(FOR_SEASON)
)
def test_for_season_n_after_the_news_names_the_article_s_season(text, show, season, field, value):
    record = record_for(text, show, season, "2025-05-02")
    assert _field(record, field) == value


@pytest.mark.parametrize(
    "recap",
    [
        "Orla Venn, who was nominated for an Emmy for season 1, returns as the detective.",
        "Orla Venn returns as the detective, as she did for season 1.",
        "Orla Venn, who won a BAFTA for the first season, returns as the detective.",
    ],
)
def test_for_an_earlier_season_after_an_award_or_a_comparison_is_a_recap(recap):
    text = f"Hulu has renewed Kestrel Moor for a second season. {recap}"
    records = records_for(text, "2025-05-02")
    assert subjects(records) == [(show_key("Kestrel Moor"), 2)]
    assert [m.actor for m in records[0].cast] == ["Orla Venn"]


# A two-season order: what the article says of "the new season" or says with no season at
# all is about the first season of the order, the one coming next.
TWO_SEASON_ORDERS = {
    "a-third-and-fourth-season": (
        "Netflix has renewed Ridgeback for a third and fourth season, the streamer said on "
        "Monday. Filming begins in May.",
        "Ridgeback",
        (3, 4),
        "production",
        "not_started",
    ),
    "two-more-seasons-through-season-n": (
        "Hulu has ordered two more seasons of Marrowgate, taking the drama through season 4. "
        "Production on the new episodes begins in June.",
        "Marrowgate",
        (3, 4),
        "production",
        "not_started",
    ),
    "two-more-seasons-to-its-nth": (
        "Hulu has renewed Marrowgate for two more seasons, which will take the drama to its "
        "fourth season. Production on the new episodes begins in June.",
        "Marrowgate",
        (3, 4),
        "production",
        "not_started",
    ),
    "its-nth-and-nth-seasons": (
        "Lanternfish will return for its fifth and sixth seasons, Apple TV+ said on Thursday. "
        "Production on the new season begins in June.",
        "Lanternfish",
        (5, 6),
        "production",
        "not_started",
    ),
    "an-nth-and-nth-season-then-a-window": (
        "Peacock has renewed Gullwing for a third & fourth season. The next season is "
        "expected in spring 2026.",
        "Gullwing",
        (3, 4),
        "release",
        "window",
    ),
    "series-n-and-n": (
        "BBC One has recommissioned Fenwick Yard for series 3 and 4. The next series starts "
        "filming in Leeds this spring.",
        "Fenwick Yard",
        (3, 4),
        "production",
        "not_started",
    ),
}


@pytest.mark.parametrize(
    "text,show,seasons,field,value", list(TWO_SEASON_ORDERS.values()), ids=list(TWO_SEASON_ORDERS)
)
def test_an_unnumbered_claim_after_a_two_season_order_is_the_first_s(
    text, show, seasons, field, value
):
    records = records_for(text, "2025-02-03")
    got = sorted(r.season for r in records if show_key(r.show) == show_key(show))
    assert got == list(seasons)
    assert _field(record_for(text, show, seasons[0], "2025-02-03"), field) == value


@pytest.mark.parametrize("title", ["The Morning After", "Ever After", "The Calm Before"])
def test_a_title_ending_in_after_or_before_names_its_season(title):
    text = (
        f"{title} season 3: release date and everything we know\n\n"
        f"{title} season 3 premieres on Hulu on March 4. Hulu has also renewed the show for "
        "season 4, and season 4 will film this summer. The new season has ten episodes."
    )
    assert record_for(text, title, 3, "2025-01-20").episodes == 10


def test_the_final_season_is_the_one_named_final_even_beside_an_order():
    text = (
        "Starz Sets Premiere Date for Season Three of 'Tallowmere' and Renews Series for a "
        "Fourth and Final Season\n\n"
        "Starz announced today that season three of the frontier drama will premiere on "
        "Friday, June 12. Starz also announced that Tallowmere will return for a fourth and "
        "final season. Production on the final season will begin in Alberta this fall."
    )
    assert record_for(text, "Tallowmere", 4, "2026-04-22").production.status == "not_started"


def test_a_tie_between_seasons_goes_to_the_headline_s_first():
    text = (
        "Tern Lake Season 2 Part 2 Sets March Debut, Season 3 Confirmed\n\n"
        "The anime's official website released a new teaser trailer for the second part of "
        "Season 2 on Tuesday. "
        "Season 2 Part 1 premiered in October. A key visual for Season 3 shows the lake at "
        "night. No release timing was revealed for Season 3."
    )
    assert find_subjects(split_sentences(text), None).targets == {"tern lake": 2}


@pytest.mark.parametrize(
    "clause",
    [
        "weeks before season 2 premieres on June 4",
        "two months before Season 2 debuts on Wednesday, June 4",
        "days before the second season arrives on June 4",
    ],
)
def test_a_season_dated_in_a_clause_after_before_is_that_season(clause):
    text = (
        "Hulu renewed Marlow Fen for season 3 on Monday, "
        + clause
        + ". The new season will film in Wales."
    )
    record = record_for(text, "Marlow Fen", 2, "2025-05-10")
    assert (record.release.status, str(record.release.date)) == ("dated", "2025-06-04")


# A scorecard's section headings lead with a status label or end with one: the title is
# what is left ("RENEWED: Brackenfold (seasons 4 and 5)", "Moth Lane – cancelled after one
# season"), and the label is no part of it.
SCORECARD = (
    "Upfront scorecard: every renewal and cancellation\n\n"
    "The networks made their calls this week.\n\n"
    "{first}\n\n"
    "The hospital drama got a two-season pickup on Monday.\n\n"
    "{second}\n\n"
    "The sitcom will not return, the network said.\n\n"
    "{third}\n\n"
    "The procedural returns in January with 13 episodes."
)


@pytest.mark.parametrize(
    "first,second,third",
    [
        (
            "RENEWED: Brackenfold (seasons 4 and 5)",
            "CANCELED: Moth Lane (season 2)",
            "FINAL SEASON: Quillmoor (season 3)",
        ),
        (
            "Brackenfold – renewed for seasons 4 and 5",
            "Moth Lane – cancelled after one season",
            "Quillmoor – renewed for a third and final season",
        ),
        (
            "Renewed: Brackenfold, seasons 4 and 5",
            "Cancelled: Moth Lane, season 2",
            "Final season: Quillmoor, season 3",
        ),
    ],
)
def test_a_scorecard_heading_s_status_label_is_no_part_of_the_title(first, second, third):
    text = SCORECARD.format(first=first, second=second, third=third)
    assert _titles(text) == {show_key("Brackenfold"), show_key("Moth Lane"), show_key("Quillmoor")}
    record = record_for(text, "Quillmoor", 3, "2025-05-13")
    assert record.episodes == 13


@pytest.mark.parametrize("label", ["Image", "Photo", "Pictured", "Above"])
def test_a_caption_s_label_is_no_part_of_the_title(label):
    """A guard: the title a caption names beside its label is the show's, not the label's."""
    text = (
        "Hulu renews Gallowglass Row for a third season\n\n"
        f"[{label}: Perpetua Oyelami-Strand in Gallowglass Row season 2. Credit: Hulu]\n\n"
        "Hulu has renewed Gallowglass Row for a third season."
    )
    assert _titles(text) == {show_key("Gallowglass Row")}


@pytest.mark.parametrize(
    "title,text,show",
    [
        (
            "Opinion: The midseason finale is dead. Long live the midseason finale.",
            "Gannet Point season 2 returns on NBC in January, and the network renewed it for a "
            "third season on Monday.",
            "Gannet Point",
        ),
        (
            "Review: Gannet Point season 2 is better than it has any right to be",
            "Gannet Point season 2 premieres on NBC on January 8.",
            "Gannet Point",
        ),
        (
            "PRESS RELEASE: Hulu Sets Date for Season Two of Original Series 'Gannet Point'",
            "Today Hulu announced that season two of the Original series 'Gannet Point' will "
            "premiere on March 4.",
            "Gannet Point",
        ),
        (
            "Gannet Point season 2: everything we know",
            "(Image: The Season 2 key art shows the lighthouse at dusk.) Gannet Point season 2 "
            "premieres on March 4.",
            "Gannet Point",
        ),
        (
            "Hulu Renews Gannet Point Through Season 4",
            "Hulu has renewed Gannet Point for seasons 3 and 4.",
            "Gannet Point",
        ),
        (
            "Ondine Drift Part 2 Confirmed After Season 2 Finale",
            "Ondine Drift season 2 part 2 arrives on Crunchyroll in April.",
            "Ondine Drift",
        ),
        (
            "21 Harrow Street Season 3 Confirmed With First Teaser",
            "21 Harrow Street season 3 is coming to Peacock in the fall.",
            "21 Harrow Street",
        ),
    ],
)
def test_a_label_a_kind_a_network_s_verb_or_a_house_number_is_no_title(title, text, show):
    assert _titles(f"{title}\n\n{text}") == {show_key(show)}


# An article whose only numbered season is one it recaps in a relative clause ("..., which
# premiered in 2022, ...") is about the season after it: the recap does not make that
# season the one "the new season" and unnumbered claims mean.
RECAPPED_IN_A_CLAUSE = {
    "which-premiered-its-first-season": (
        "Hulu has renewed Redmoor, which premiered its first season in 2022, for a second "
        "season. Filming begins in May.",
        "production",
        "not_started",
    ),
    "whose-first-season-premiered": (
        "Hulu has renewed Redmoor. The horror drama, whose first season premiered in October "
        "2022, became the streamer's biggest launch. Filming on the new season begins in May.",
        "production",
        "not_started",
    ),
    "which-released-its-first-season": (
        "Redmoor is coming back for more. The series, which released its first season in "
        "2022, has been renewed by Hulu. Filming begins in May.",
        "production",
        "not_started",
    ),
    "season-1-which-dropped": (
        "Netflix has renewed Redmoor. Season 1, which dropped on Netflix in March, ended on a "
        "cliffhanger. Filming is under way in Cape Town.",
        "production",
        "filming",
    ),
    "series-1-which-aired": (
        "Redmoor will be back. Series 1, which aired on BBC Two in March, ended on a "
        "cliffhanger, and the BBC says the new episodes will arrive in 2026.",
        "release",
        "window",
    ),
}


@pytest.mark.parametrize(
    "text,field,value", list(RECAPPED_IN_A_CLAUSE.values()), ids=list(RECAPPED_IN_A_CLAUSE)
)
def test_a_season_recapped_in_a_relative_clause_is_not_the_article_s(text, field, value):
    records = records_for(text, "2025-02-03")
    assert subjects(records) == [(show_key("Redmoor"), 2)]
    assert _field(records[0], field) == value


@pytest.mark.parametrize(
    "undecided",
    [
        "HBO has not yet ordered a fourth season, and the creator won't speculate.",
        "There's no word yet on a fourth season.",
        "Whether there will be a fourth season is up to HBO.",
    ],
)
def test_a_season_that_may_never_be_made_is_not_the_article_s(undecided):
    text = (
        "The Lamplighters' third season is finally close, after three years. "
        f"{undecided} The new season premieres on HBO on Sunday, June 1."
    )
    assert record_for(text, "The Lamplighters", 3, "2025-03-14").release.status == "dated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Creator Dana Pell told Reelside season 3 will be darker.",
        "Pell revealed to Screenfeed season 3 would pick up a year later.",
        "Speaking to Tube Talk Weekly, season 3 star Ada Crane said filming starts in May.",
        "In an interview with Couch Report, Pell said season 3 is the last.",
    ],
)
def test_the_outlet_spoken_to_is_no_title(sentence):
    text = f"Nightjar is back for season 3 on Netflix. {sentence}"
    assert _titles(text) == {show_key("Nightjar")}


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Nightjar creator Dana Pell, season 3 is the last.",
        "Per Nightjar star Ada Crane, season 3 starts filming in May.",
    ],
)
def test_the_show_named_with_its_maker_after_according_to_is_a_title(sentence):
    """A guard for the rule above: the show's own people are named by it."""
    assert _titles(sentence) == {show_key("Nightjar")}


@pytest.mark.parametrize(
    "aside",
    [
        "(the second season had ten)",
        "(season 2 ran to ten)",
        "(series two was a tight six)",
    ],
)
def test_a_season_in_a_parenthetical_aside_gets_no_claim_of_its_own(aside):
    text = f"Nightjar season 3 will have eight episodes {aside} and arrives in June."
    records = records_for(text, "2025-02-03")
    assert subjects(records) == [(show_key("Nightjar"), 3)]
    assert records[0].release.status == "window"


@pytest.mark.parametrize(
    "text",
    [
        "Starz has renewed the period drama for a fourth and final season. Production on the "
        "final season will begin in early 2025.",
        "The network has renewed its Highland drama for a fifth and final season, it announced "
        "Tuesday. The final season will be shot in Scotland next year.",
    ],
)
def test_a_final_season_of_a_show_never_named_does_not_break_the_article(text):
    """No title is named, so no season has a show: nothing to record, and no error."""
    assert records_for(text, "2024-08-01") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The drama won three Emmys for its first season and two BAFTAs for season 2.",
        "Already renewed back in March, the drama will hold its season 3 until midseason.",
        "Also renewed for season 3: the network's other Sunday drama.",
        "Photo caption: Ines Calder and Theo Banner in Season 2 of Marrowby.",
    ],
)
def test_an_award_an_adverb_or_a_caption_label_is_no_title(sentence):
    text = f"Marrowby season 3: everything we know\n\nMarrowby season 3 is filming now. {sentence}"
    assert _titles(text) == {show_key("Marrowby")}


@pytest.mark.parametrize(
    "sentence",
    [
        'Netflix confirmed that Oona Tarrant will return as Delphine "Del" Marr. The season 1 '
        "finale left Del with a lantern and a secret.",
        "Theo Banner returns as Margaret 'Peg' Ashdown. The first season's finale left Peg in "
        "a coma.",
    ],
)
def test_a_part_s_nickname_in_quotes_is_no_title(sentence):
    text = f"Moonbrine season 2: everything we know\n\nMoonbrine season 2 is filming. {sentence}"
    assert _titles(text) == {show_key("Moonbrine")}


@pytest.mark.parametrize(
    "reasoning",
    [
        "Season 2 reached screens five months after wrapping, and a March wrap would put "
        "season 3 around the summer.",
        "Series 2 took a year to arrive after filming ended; series 3 should be quicker.",
        "Season 2 landed ten months after its renewal, so season 3 has a head start.",
    ],
)
def test_the_season_a_sentence_names_last_goes_on_to_the_next(reasoning):
    text = (
        "Tarnhollow season 3: everything we know\n\nTarnhollow season 3 is filming in Cork. "
        f"{reasoning} We expect it in October 2026."
    )
    records = records_for(text, "2025-09-01")
    assert subjects(records) == [(show_key("Tarnhollow"), 3)]
    assert records[0].release.status == "window"


@pytest.mark.parametrize(
    "part",
    [
        "Oona Tarrant returns as Lady Margaret Quarrender, the family's matriarch.",
        "Theo Banner will play Silas Quarrender, the youngest brother.",
    ],
)
def test_a_title_given_a_season_is_a_show_though_a_part_bears_its_name(part):
    text = (
        "Quarrender season 2 wraps filming\n\n"
        f"Quarrender season 2 has wrapped in Yorkshire, the BBC said. {part}"
    )
    assert _titles(text) == {show_key("Quarrender")}
