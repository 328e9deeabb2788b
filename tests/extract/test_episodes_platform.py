"""episodes and platform (SPEC: the season record)."""

from __future__ import annotations

import pytest

from ._helpers import record_for, same_text

# text, published, show, season, expected episode count (None = not stated)
EPISODES = {
    "n-episode-season": (
        "Netflix says Nightjar season 3 will be a 10-episode season, up from eight.",
        "2024-06-13",
        "Nightjar",
        3,
        10,
    ),
    "number-word-episodes": (
        "Velvet Pines season 4 will run for eight episodes, Hulu confirmed.",
        "2025-01-20",
        "Velvet Pines",
        4,
        8,
    ),
    "uk-six-part": (
        "The BBC has commissioned a six-part second series of Dunmore Heights.",
        "2024-02-02",
        "Dunmore Heights",
        2,
        6,
    ),
    "all-ten-episodes": (
        "All ten episodes of Quarry Bells season 3 drop on Apple TV+ on the same day.",
        "2025-04-02",
        "Quarry Bells",
        3,
        10,
    ),
    "split-in-two-parts": (
        "Tidewater season 3 has 14 episodes, released in two parts of seven.",
        "2024-03-01",
        "Tidewater",
        3,
        14,
    ),
    "sum-of-release-pattern": (
        # PHRASES (episodes, sums): "the first three, then five weekly" = 8.
        "Station 9 season 6 premieres with its first three episodes, followed by five more weekly.",
        "2025-08-11",
        "Station 9",
        6,
        8,
    ),
    "inferred-from-previous-seasons-is-not-stated": (
        "No episode count has been confirmed for Copper Ridge season 4; it will likely "
        "have ten, like the first three seasons.",
        "2024-03-01",
        "Copper Ridge",
        4,
        None,
    ),
    "shorter-than-previous-no-number": (
        "Mirefield's final season will be shorter than the previous 10-episode "
        "seasons, Netflix says. Season 4 starts filming in May.",
        "2024-03-15",
        "Mirefield",
        4,
        None,
    ),
    "special-is-not-the-season": (
        "Before Gilded Hollow season 3 premieres, Hulu will air a 30-minute special "
        "looking back at the first two seasons.",
        "2025-09-01",
        "Gilded Hollow",
        3,
        None,
    ),
    "source-material-count": (
        "Season 2 of Ashen Hall will adapt the second arc of the 26-episode anime, Netflix said.",
        "2025-05-01",
        "Ashen Hall",
        2,
        None,
    ),
    "whole-show-chapter-total": (
        "The creators plan to tell Lantern Bay's story in 16 chapters across four "
        "seasons; season 2 begins shooting in June.",
        "2024-02-14",
        "Lantern Bay",
        2,
        None,
    ),
    "previous-season-count-is-not-this-one": (
        "Season 1 of Tin Crown had eight episodes; Peacock hasn't said how many "
        "season 2 will have.",
        "2024-05-20",
        "Tin Crown",
        2,
        None,
    ),
    "single-episode-number": (
        "Mara Quill says episode 4 of Nightjar season 3 is the most ambitious hour the "
        "show has made.",
        "2025-05-20",
        "Nightjar",
        3,
        None,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,expected", list(EPISODES.values()), ids=list(EPISODES)
)
def test_episodes(text, published, show, season, expected):
    assert record_for(text, show, season, published).episodes == expected


# text, published, show, season, accepted platform spellings (None = not stated)
PLATFORMS = {
    "netflix": (
        "Netflix has renewed Nightjar for a third season.",
        "2024-06-13",
        "Nightjar",
        3,
        {"Netflix"},
    ),
    "apple-tv-plus-spelled-out": (
        "Quarry Bells season 3 is coming to Apple TV Plus in the summer.",
        "2024-10-01",
        "Quarry Bells",
        3,
        {"Apple TV+", "Apple TV Plus", "Apple TV"},
    ),
    "max-formerly-hbo-max": (
        "Copper Ridge season 3 will stream on Max, the service formerly known as HBO "
        "Max, later this year.",
        "2024-07-15",
        "Copper Ridge",
        3,
        {"Max", "HBO Max"},
    ),
    "amazon-prime-video": (
        "Amazon Prime Video has renewed Ledger & Lark for a third season.",
        "2024-10-04",
        "Ledger & Lark",
        3,
        {"Prime Video", "Amazon Prime Video"},
    ),
    "disney-plus": (
        "Ashen Hall season 2 is filming now and will stream on Disney Plus in 2026.",
        "2025-05-01",
        "Ashen Hall",
        2,
        {"Disney+", "Disney Plus"},
    ),
    "fx-on-hulu": (
        "Gilded Hollow season 2 premieres Sept. 4 on FX on Hulu.",
        "2025-08-01",
        "Gilded Hollow",
        2,
        {"FX on Hulu", "Hulu"},
    ),
    "bbc-one": (
        "The sixth series of Mallow Street returns to BBC One in the autumn.",
        "2025-02-17",
        "Mallow Street",
        6,
        {"BBC One", "BBC"},
    ),
    "studio-is-not-platform": (
        "Produced by Lantern Studios for Hulu, Velvet Pines season 4 begins filming in May.",
        "2025-01-20",
        "Velvet Pines",
        4,
        {"Hulu"},
    ),
    "producer-only-no-platform": (
        "Tidewater season 4, from producer Gale Pictures, has started filming in Iceland.",
        "2024-08-30",
        "Tidewater",
        4,
        None,
    ),
    "co-production-prefers-home-network": (
        # PHRASES: "partners BBC and Netflix": prefer the original network.
        "Dunmore Heights series 3, from partners BBC and Netflix, will air on BBC One "
        "first and stream on Netflix internationally later.",
        "2025-03-01",
        "Dunmore Heights",
        3,
        {"BBC One", "BBC"},
    ),
    "platform-move-saved-by-streamer": (
        "After two seasons on cable channel Ridgeline, Bramble Court has been saved "
        "by Peacock, which ordered a third season.",
        "2024-05-05",
        "Bramble Court",
        3,
        {"Peacock"},
    ),
    "other-shows-platform-in-passing": (
        "Nightjar season 3 is filming in Oslo. Elsewhere, Copper Ridge season 2 heads "
        "to Max in June.",
        "2024-03-12",
        "Nightjar",
        3,
        None,
    ),
    "not-stated": (
        "Orchard Road season 2 has been renewed, and cameras roll in Atlanta next month.",
        "2024-09-09",
        "Orchard Road",
        2,
        None,
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,accepted", list(PLATFORMS.values()), ids=list(PLATFORMS)
)
def test_platform(text, published, show, season, accepted):
    platform = record_for(text, show, season, published).platform
    if accepted is None:
        assert platform is None
    else:
        assert any(same_text(platform, name) for name in accepted), platform


def test_a_writer_s_credits_are_not_the_season_s_episodes():
    text = (
        "NBC has renewed Ormsby Place for a fifth season. The new showrunner has written or "
        "co-written ten episodes of the series."
    )
    assert record_for(text, "Ormsby Place", 5, "2024-05-07").episodes is None


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Part 1, five episodes, premieres Thursday, July 18; Part 2, the remaining five "
            "episodes, follows on Thursday, August 22.",
            10,
        ),
        (
            "The third season premieres Wednesday, January 21, with two episodes, and the rest of "
            "its eight episodes will follow weekly.",
            8,
        ),
        (
            "Season 3 Part 1, five episodes, premiered on December 4, and the final four episodes "
            "arrive on Friday, February 13.",
            9,
        ),
    ],
)
def test_batches_of_a_season_add_up(sentence, count):
    text = "Peacock renewed Oakmere County for a third season. " + sentence
    assert record_for(text, "Oakmere County", 3, "2024-04-10").episodes == count


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("Like the last run, it will have eight episodes.", 8),
        ("It will once again be made up of three two-part stories, six episodes in all.", 6),
        ("Eight episodes, weekly. Two episodes on premiere day, then weekly.", 8),
    ],
)
def test_the_season_s_count_among_other_numbers(sentence, count):
    text = (
        f"ITV has confirmed Tern Harbour series 5 will premiere on Sunday 28 September. {sentence}"
    )
    assert record_for(text, "Tern Harbour", 5, "2025-08-01").episodes == count


def test_the_opening_batch_alone_is_no_count():
    text = (
        "ITV has confirmed Tern Harbour series 5 will premiere on Sunday 28 September. Two "
        "episodes on premiere day, then weekly."
    )
    assert record_for(text, "Tern Harbour", 5, "2025-08-01").episodes is None


# Counts that belong to another run, or are no count at all: after "Hulu has renewed
# Brackenfold for a third season.", the season 3 record has no episode count.
@pytest.mark.parametrize(
    "sentence",
    [
        # a premiere's opening batch, with no word of the rest
        "Season 3 returns Thursday, May 7, with two episodes.",
        "The third season premiered last night with three new episodes.",
        "Hulu's farm comedy is back on Friday with two episodes on the service.",
        # a rate, a place in the run, a guest part
        "Season 3 will release two episodes a week.",
        "After three episodes, it's clear the show has found its feet.",
        "Osei Grant is back as the mayor for two episodes of season 3.",
        "Pim Rowe lands a four-episode arc as a travelling vet.",
        "The writers still have two episodes left to shoot.",
        # an episode number named with its season
        "Brackenfold Season 3 Episode 1 Review: A Long Way Home",
        "Brackenfold season 3, episodes 1 and 2, were screened for critics.",
        # earlier seasons' counts
        "No count has been given, but the first two seasons each ran eight episodes.",
        "Hulu has not said; the first two seasons ran ten episodes each.",
        "Each of the first two seasons had six episodes, so expect the same.",
        # a season that has aired, described in passing
        "The eight-part comedy premiered in March and spent a month in Hulu's top ten.",
        "The ten-episode series was the surprise hit of last summer.",
        "The six-part show has quietly become one of the streamer's most-watched originals.",
        "The eight-episode season ended on a cliffhanger that left the farm in ashes.",
    ],
)
def test_a_count_that_is_not_the_season_s(sentence):
    text = "Hulu has renewed Brackenfold for a third season. " + sentence
    assert record_for(text, "Brackenfold", 3, "2025-05-01").episodes is None


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The third and final season will be split into two eight-episode parts.", 16),
        ("Season 3 arrives in two ten-episode halves, a year apart.", 20),
        ("Part 2 will have 12 episodes, following the 12-episode first part.", 24),
        ("The second cour runs 11 episodes, following the 13 of Part 1, which aired in July.", 24),
        (
            "Volume 1, with four episodes, lands on Thursday, June 5, and Volume 2, with the "
            "remaining three episodes, follows on July 3.",
            7,
        ),
        (
            "Part 1 arrives on Thursday, May 7, with five episodes, followed by Part 2 and its "
            "four episodes in June.",
            9,
        ),
        (
            "The first three episodes of season 3 arrive on May 2, with the remaining seven "
            "episodes weekly after that.",
            10,
        ),
        (
            "The first two episodes drop on Friday, with the remaining six rolling out weekly.",
            8,
        ),
        ("Season 3 brings its first four episodes in May and the last four in June.", 8),
        ("Part 2 has ten episodes, bringing the third season to 20 episodes in total.", 20),
        ("Season 3 will be shorter than the last: eight episodes, down from ten.", 8),
        ("Like the first two seasons, season 3 has ten episodes.", 10),
        ("The third season, like the first, runs to eight episodes.", 8),
        # a past sentence that names the season is no recap of an earlier run
        ("The eight-episode third season was shot in Galway over the winter.", 8),
        ("Filming on the six-episode season began in March and was halfway done by May.", 6),
    ],
)
def test_the_season_s_count_told_in_parts_or_against_the_last(sentence, count):
    text = "Hulu has renewed Brackenfold for a third season. " + sentence
    assert record_for(text, "Brackenfold", 3, "2025-05-01").episodes == count


def test_batches_a_sentence_apart_add_up_from_a_part_s_count():
    text = (
        "Hulu has renewed Brackenfold for a third season. Part 1's five episodes arrive on "
        "June 2. The final four episodes of the season complete the story in July."
    )
    assert record_for(text, "Brackenfold", 3, "2025-05-01").episodes == 9


@pytest.mark.parametrize(
    "text,show,season,channel",
    [
        (
            "Kestrel Moor series 2 begins on Sunday at 9pm on BBC One. The BBC has not yet "
            "said whether there will be a third series.",
            "Kestrel Moor",
            3,
            "BBC One",
        ),
        (
            "Series four of Hollin Bank airs on BBC Two from next week. Asked about a fifth "
            "series, a BBC spokesperson said no decision had been made.",
            "Hollin Bank",
            5,
            "BBC Two",
        ),
        (
            "The third series of Saltings Row launched on Sky Atlantic last month. Sky is "
            "expected to decide on a fourth series in the spring.",
            "Saltings Row",
            4,
            "Sky Atlantic",
        ),
    ],
)
def test_a_broadcasters_name_gives_way_to_the_channel_named_for_another_season(
    text, show, season, channel
):
    """Only the broadcaster is named beside the next season; the channel the show airs on
    is named for the current one: that channel is the next season's platform too."""
    record = record_for(text, show, season, "2025-03-03", title=f"{show} returns")
    assert record.platform == channel


@pytest.mark.parametrize(
    "text,show,season,channel",
    [
        (
            "The reality series will be back on ITV2 and ITVX this summer, ITV said today. "
            "ITV has also ordered a spin-off.",
            "Villa Nights",
            3,
            "ITV2",
        ),
        (
            "ITV confirmed on Tuesday that Cold Reckoning will return for a fourth series. "
            "ITV's commissioning head praised the cast; the series airs on ITV3.",
            "Cold Reckoning",
            4,
            "ITV3",
        ),
        (
            "ITV has recommissioned Slate Harbour. The new series will air on ITV in the "
            "spring, with a box set on ITVX.",
            "Slate Harbour",
            2,
            "ITV",
        ),
    ],
)
def test_itv_gives_way_to_its_channel_that_airs_the_show(text, show, season, channel):
    """The name "ITV" is the broadcaster as often as its main channel: where the text names
    another of its channels as the show's home, that channel is the answer."""
    record = record_for(text, show, season, "2025-04-01", title=f"{show} series {season}")
    assert record.platform == channel


@pytest.mark.parametrize(
    "text,show,season,home",
    [
        (  # an ITVX original: the broadcaster's name does not take its place
            "Series two of Gullrock, which launched on ITVX in March with every episode at "
            "once, became one of the streamer's biggest hits. ITV confirmed on Monday that a "
            "third series is on the way, again premiering on ITVX.",
            "Gullrock",
            3,
            {"ITVX"},
        ),
        (  # the channel airs it; the streamer only carries the box set
            "Wrecker's Cove returns for a third series on ITV this autumn, with the full box "
            "set on ITVX after the first episode airs.",
            "Wrecker's Cove",
            3,
            {"ITV", "ITV1"},
        ),
    ],
)
def test_an_itvx_original_keeps_itvx(text, show, season, home):
    record = record_for(text, show, season, "2025-05-05", title=f"{show}: what we know")
    assert record.platform in home


@pytest.mark.parametrize(
    ("answer", "count"),
    [
        ("It was eight last season. It's nine, actually.", 9),
        ("We've got ten this time.", 10),
        ("It's too early to say.", None),
        ("It was eight last time. I can't say yet.", None),
    ],
)
def test_an_interview_answer_to_how_many_episodes(answer, count):
    text = (
        "Apple TV+ renewed Larkhill Row for a second season in May. How many episodes this "
        f"time? {answer}"
    )
    assert record_for(text, "Larkhill Row", 2, "2025-06-01").episodes == count


@pytest.mark.parametrize(
    ("sentences", "count"),
    [
        (
            "The second part will have 12 episodes. The first part premiered on January 8 and "
            "ran for 12 episodes, for a total of 24 episodes for the season.",
            24,
        ),
        (
            "Part 2 has ten episodes. Part 1 had eight, bringing the season to 18 episodes.",
            18,
        ),
        (
            "Season 2 returns on Thursday, Oct. 23, with two episodes, followed by weekly drops.",
            None,
        ),
    ],
)
def test_the_season_s_total_over_a_part_s_count(sentences, count):
    text = "Apple TV+ renewed Larkhill Row for a second season in May. " + sentences
    assert record_for(text, "Larkhill Row", 2, "2025-06-01").episodes == count


@pytest.mark.parametrize(
    "sentences",
    [
        "The comedy returns with a two-part premiere on Sunday.",
        "It closes with a three-part finale in December.",
        "The drama had completed just two episodes of its season before the strike began.",
        "They had shot only three episodes when the storm hit.",
        "How many episodes? Eight, maybe nine.",
        "How many episodes? Ten or so, we think.",
        # a guide's contents, one question a line
        "\n\n5. How many episodes?\n6. Who is in the cast?\n7. Is there a trailer?",
    ],
)
def test_no_season_count_in_a_story_in_parts_a_shoot_so_far_or_a_hedge(sentences):
    text = "Apple TV+ renewed Larkhill Row for a second season in May. " + sentences
    assert record_for(text, "Larkhill Row", 2, "2025-06-01").episodes is None


def test_a_count_of_a_named_earlier_season_is_that_season_s():
    text = (
        "Apple TV+ renewed Larkhill Row for a third season in May. If you've fallen behind, "
        "all ten episodes of Season 2 are streaming now."
    )
    assert record_for(text, "Larkhill Row", 3, "2025-06-01").episodes is None


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Season 2 has been cut from ten episodes to eight.", 8),
        ("The order was bumped up from six to eight episodes.", 8),
        ("Both seasons have eight episodes.", None),
        ("Critics saw four episodes ahead of the premiere.", None),
        ("Reviewers were sent three episodes in advance.", None),
    ],
)
def test_a_changed_count_a_shared_count_and_what_critics_saw(sentence, count):
    text = "Netflix has renewed Larkfield for a second season. " + sentence
    assert record_for(text, "Larkfield", 2, "2025-04-01").episodes == count


@pytest.mark.parametrize(
    ("exchange", "count"),
    [
        ("Q: Eight episodes again? A: Eight again.", 8),
        ("So it's ten episodes this time? RW: Yes, ten.", 10),
        ("Six episodes again, then? Six again, and that's plenty.", 6),
        ("Q: Eight episodes again? A: Nine, actually, because one story ran long.", None),
        ("Q: Eight episodes again? A: No, we haven't decided.", None),
    ],
)
def test_a_count_asked_about_and_confirmed_in_an_interview(exchange, count):
    text = "Apple TV+ renewed Larkhill Row for a second season in May. " + exchange
    assert record_for(text, "Larkhill Row", 2, "2025-06-01").episodes == count


@pytest.mark.parametrize(
    "text,home",
    [
        (  # the network airs it; the streamer, named more often, carries it too
            "Tinder Ridge season 3 premieres June 8 on Max. Max has also dropped a trailer. "
            "The season, which airs on HBO, has eight episodes.",
            "HBO",
        ),
        (
            "Tinder Ridge season 3 premieres June 8 on Max. Max has also dropped a trailer, "
            "and Max confirmed eight episodes. HBO's western returns to linear TV the same "
            "night.",
            "HBO",
        ),
        (  # a Max original; HBO only among the photo credits
            "Max has renewed Tinder Ridge for a third season, the streamer said on Tuesday. "
            "[Photos: Max, HBO]",
            "Max",
        ),
    ],
)
def test_the_network_over_the_streamer_that_carries_it(text, home):
    """The eval README: a US show's platform is its network ("HBO"), even where it also
    streams on Max; a Max original stays Max."""
    record = record_for(text, "Tinder Ridge", 3, "2025-04-01", title="Tinder Ridge season 3")
    assert record.platform == home


@pytest.mark.parametrize(
    "sentence,show,season,platform",
    [
        ("Fox canceled Tin Star Motel after two seasons on Tuesday.", "Tin Star Motel", 3, "Fox"),
        ("Later, Hulu axed Pennywhistle after a single season.", "Pennywhistle", 2, "Hulu"),
        (
            "Showtime has canceled Greywater after three seasons, a spokesperson confirmed.",
            "Greywater",
            4,
            "Showtime",
        ),
    ],
)
def test_a_platform_that_acts_on_a_show_is_that_show_s(sentence, show, season, platform):
    """In a roundup led by another show, "Fox canceled Tin Star Motel" names Tin Star
    Motel's network, not the lead show's."""
    text = "NBC renewed Harrowgate for a third season on Monday. " + sentence
    title = "Renewal roundup: Harrowgate season 3 is a go"
    record = record_for(text, show, season, "2025-05-16", title=title)
    assert record.platform == platform
    assert record_for(text, "Harrowgate", 3, "2025-05-16", title=title).platform == "NBC"
