"""trailer.status (SPEC: trailer.status table)."""

from __future__ import annotations

import pytest

from ._helpers import record_for, records_for

# text, published, show, season, allowed statuses (one value unless the case is
# ambiguous under SPEC; see its comment)
CASES = {
    # --- none --------------------------------------------------------------
    "negation-covers-a-list": (
        "Pinecrest season 2 is filming now, and Hulu has not released a trailer, teaser or "
        "first-look image yet.",
        "2025-03-01",
        "Pinecrest",
        2,
        {"none"},
    ),
    "promise-to-add-one-later": (
        "Is there a trailer for Pinecrest season 2? Not yet. We'll add a trailer here when "
        "Hulu releases one.",
        "2025-03-01",
        "Pinecrest",
        2,
        {"none"},
    ),
    "guide-topics-are-not-a-trailer": (
        "In this article we will tell you everything about Pinecrest season 2: release date, "
        "cast, plot and trailer. Hulu renewed the show in May.",
        "2025-06-01",
        "Pinecrest",
        2,
        {"unknown"},
    ),
    # --- announcement ------------------------------------------------------
    "renewal-montage-of-old-footage": (
        "Peacock renewed Glasswing for season 3 with a video: a montage of moments from the "
        "first two seasons.",
        "2025-03-01",
        "Glasswing",
        3,
        {"announcement"},
    ),
    "teaser-visual-is-a-poster": (
        "Crunchyroll confirmed Neon Ferry season 2 and released a new teaser visual; no "
        "footage has been shown.",
        "2025-03-01",
        "Neon Ferry",
        2,
        {"announcement"},
    ),
    "yet-to-release-a-trailer": (
        "Nightjar season 3 is filming in Oslo, but Netflix has yet to release a trailer.",
        "2024-06-13",
        "Nightjar",
        3,
        {"none"},
    ),
    "no-trailer-yet": (
        "Is there a trailer for Quarry Bells season 3?\n\n"
        "Not yet. Apple TV+ hasn't shared any footage from the new season.",
        "2024-10-01",
        "Quarry Bells",
        3,
        {"none"},
    ),
    "previous-season-trailer-is-not-this-one": (
        "The season 1 trailer for Tin Crown racked up ten million views. There's no "
        "footage from season 2 yet.",
        "2024-05-20",
        "Tin Crown",
        2,
        {"none"},
    ),
    "other-shows-trailer-in-passing": (
        "Netflix also dropped the trailer for Copper Ridge season 2 today, but there's "
        "still no trailer for Nightjar season 3.",
        "2024-06-13",
        "Nightjar",
        3,
        {"none"},
    ),
    "future-trailer-only": (
        # PHRASES: "the trailer drops Wednesday" is not yet a trailer. Whether a
        # promised trailer means "none" or "unknown" SPEC leaves open.
        "Netflix will release the first trailer for Mirefield season 4 on Wednesday.",
        "2025-05-05",
        "Mirefield",
        4,
        {"none", "unknown"},
    ),
    # --- announcement ------------------------------------------------------
    "date-reveal-poster": (
        "Hulu revealed the premiere date of Velvet Pines season 3 with a new poster "
        "on Thursday; no footage yet.",
        "2024-12-12",
        "Velvet Pines",
        3,
        {"announcement"},
    ),
    "renewal-video-of-old-footage": (
        "Max announced Station 9 season 5 with a video stitched together from "
        "highlights of the first four seasons.",
        "2024-05-08",
        "Station 9",
        5,
        {"announcement"},
    ),
    "character-posters": (
        "Peacock unveiled character posters for Bramble Court season 4, but the "
        "network has not released any footage from the new season.",
        "2025-01-07",
        "Bramble Court",
        4,
        {"announcement"},
    ),
    "date-announcement-video": (
        "Prime Video dropped a date announcement video for Ledger & Lark season 3: a "
        "title card over the theme music, with no new scenes.",
        "2025-03-12",
        "Ledger & Lark",
        3,
        {"announcement"},
    ),
    "logo-reveal": (
        "Apple TV+ marked the start of production on Lantern Bay season 2 with a logo reveal.",
        "2024-08-19",
        "Lantern Bay",
        2,
        {"announcement"},
    ),
    # --- teaser ------------------------------------------------------------
    "first-teaser": (
        "Netflix has released the first teaser for Tidewater season 4, a 40-second "
        "clip of the crew at sea.",
        "2024-07-02",
        "Tidewater",
        4,
        {"teaser"},
    ),
    "teaser-trailer": (
        "Watch the teaser trailer for Gilded Hollow season 2 below.",
        "2025-06-30",
        "Gilded Hollow",
        2,
        {"teaser"},
    ),
    "sneak-peek": (
        "Starz shared a sneak peek of Glass Orchard season 2 during the finale of its sister show.",
        "2024-11-04",
        "Glass Orchard",
        2,
        {"teaser"},
    ),
    "first-look-images": (
        "Here are the first-look images from Orchard Road season 2, released by Hulu on Monday.",
        "2024-12-02",
        "Orchard Road",
        2,
        {"teaser"},
    ),
    "first-look-video": (
        "Max has unveiled a first look at Copper Ridge season 3, with Theo Banner's "
        "sheriff back in the saddle.",
        "2025-01-21",
        "Copper Ridge",
        3,
        {"teaser"},
    ),
    "teaser-now-full-trailer-later": (
        "A teaser for Velvet Pines season 4 arrived in May; the full trailer drops Wednesday.",
        "2025-06-02",
        "Velvet Pines",
        4,
        {"teaser"},
    ),
    "promo-clip": (
        "BBC One aired a short promo clip for the sixth series of Mallow Street "
        "during the football.",
        "2025-08-09",
        "Mallow Street",
        6,
        {"teaser"},
    ),
    # --- trailer -----------------------------------------------------------
    "official-trailer": (
        "Netflix has released the official trailer for Nightjar season 3 ahead of "
        "its June premiere.",
        "2025-05-20",
        "Nightjar",
        3,
        {"trailer"},
    ),
    "full-trailer": (
        "The full trailer for Quarry Bells season 3 is here, and it finally shows Ada in Glasgow.",
        "2025-04-02",
        "Quarry Bells",
        3,
        {"trailer"},
    ),
    "final-trailer": (
        "Hulu dropped the final trailer for Gilded Hollow season 2 on Tuesday, a week "
        "before the premiere.",
        "2025-08-26",
        "Gilded Hollow",
        2,
        {"trailer"},
    ),
    "network-label-wins": (
        # PHRASES: prefer the network's own label when outlets disagree.
        "What some fans are calling a teaser, Peacock billed as the official trailer "
        "for Tin Crown season 2.",
        "2025-02-11",
        "Tin Crown",
        2,
        {"trailer"},
    ),
    "trailer-after-earlier-teaser": (
        "After January's teaser, Max has now released the official trailer for Station 9 season 6.",
        "2025-03-01",
        "Station 9",
        6,
        {"trailer"},
    ),
    # --- unknown -----------------------------------------------------------
    "unknown-when-nothing-said": (
        "Netflix has renewed Mirefield for a fifth season.",
        "2025-05-05",
        "Mirefield",
        5,
        {"unknown"},
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,allowed", list(CASES.values()), ids=list(CASES)
)
def test_trailer(text, published, show, season, allowed):
    record = record_for(text, show, season, published)
    assert record.trailer.status in allowed


def test_a_key_visual_with_the_news_is_an_announcement():
    text = (
        "The anime adaptation of the manga Ashen Tide will get a second season. A new key "
        "visual featuring the two leads was unveiled alongside the announcement. No trailer "
        "has been released yet."
    )
    assert record_for(text, "Ashen Tide", 2, "2024-09-29").trailer.status == "announcement"


def test_fan_made_trailers_are_no_trailer():
    text = (
        "Netflix renewed Overbridge for a fifth season. No trailer yet. Don't fall for the "
        '"Overbridge season 5 trailer" videos on YouTube; they\'re all fan edits of old seasons.'
    )
    assert record_for(text, "Overbridge", 5, "2025-02-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "A full trailer hasn't been released yet; it should arrive a month before release.",
        "Fans are already hunting for a season 2 trailer.",
        "A trailer is unlikely before next year.",
        "No, that doesn't count as a teaser.",
        "It was the fourth week of nights, she told me, wrapped in a blanket in her trailer.",
        "Its premise was hard to sell in a trailer.",
    ],
)
def test_sentences_that_name_a_trailer_without_one_being_out(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status in ("unknown", "none")


def test_a_guide_s_section_title_is_no_trailer():
    text = (
        "Kettlebrook Season 2: Everything We Know\n\n"
        "Hulu has renewed Kettlebrook for a second season.\n\n"
        "6. Kettlebrook Season 2 Trailer\n\n"
        "There is no trailer for Kettlebrook season 2 yet."
    )
    assert record_for(text, "Kettlebrook", 2, "2025-04-09").trailer.status == "none"


def test_the_clip_that_announced_a_season_is_an_announcement():
    text = (
        "Disney+ has renewed Kettlebrook for a second season. The announcement came on the "
        "show's Instagram with a short clip of the glowing trench from the season 1 finale."
    )
    assert record_for(text, "Kettlebrook", 2, "2025-04-09").trailer.status == "announcement"


def test_not_announced_a_date_or_released_any_footage_is_no_trailer():
    text = (
        "Max renewed Mothwood for a second season. Max has not announced a premiere date or "
        "released any footage from the new season."
    )
    assert record_for(text, "Mothwood", 2, "2025-06-18").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "We haven't cut a trailer yet, the showrunner said.",
        "Hulu hasn't released a trailer, teaser or even a first-look image for the season.",
        "Hulu hasn't released a trailer or so much as a first look.",
        "There's nothing to put in a trailer yet, the showrunner said.",
        "Cameras haven't rolled, so there's not enough footage for a teaser.",
        "Honestly, we have nothing to cut a trailer from until spring.",
    ],
)
def test_a_trailer_not_yet_made_is_none(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a trailer? No, there's no Kettle Brook season 2 trailer yet.",
        "Hulu is yet to show any footage, and the creator laughs when I ask about a trailer.",
        "No trailer has been released, although Hulu showed a short clip of the season to "
        "advertisers in May.",
        "When the show premiered, its first trailer was met with some eye-rolling. Hulu "
        "hasn't released any footage of season 2 yet.",
    ],
)
def test_a_trailer_asked_about_shown_privately_or_of_the_first_season_is_none(sentence):
    text = "Hulu has renewed Kettle Brook for a second season. " + sentence
    assert record_for(text, "Kettle Brook", 2, "2025-08-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu hasn't released any footage from season 2, not even a first-look photo.",
        "There's no teaser yet, and there are no first-look stills either.",
        "There's no trailer for season 2 yet, and Hulu hasn't shared any first-look images.",
    ],
)
def test_no_first_look_images_either_is_none(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu confirmed the news with a cheeky video of the cast dancing in a car park.",
        "The announcement, made with a brief clip of the lead actor waving, surprised nobody.",
        "Hulu posted a tweet announcing the pickup, alongside a clip of the cast on a beach.",
        "The video it posted is just clips from the first season set to a sad song.",
        "Hulu also revealed a teaser key visual of the lighthouse at night.",
    ],
)
def test_a_video_or_picture_that_announces_the_season_is_an_announcement(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "announcement"


def test_a_clip_from_the_new_season_is_a_teaser():
    text = (
        "Hulu has renewed Kettlebrook for a second season. Hulu offered a clip from the new "
        "season, in which the twins lose a goat."
    )
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "teaser"


@pytest.mark.parametrize(
    "sentence",
    [
        "The host announced his exit in a video posted to his own channel.",
        "Our favourite promo photo from the first season is still the one with the goat.",
        "I don't want to explain everything in a montage, the creator says.",
        "She shared a photo of a cake decorated with the show's logo.",
    ],
)
def test_a_video_photo_or_logo_of_something_else_is_no_announcement(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "unknown"


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ("- Premiere: TBC\n- Trailer: none yet\n- Cast: mostly back", "none"),
        ("- Premiere: TBC\n- Trailer: first-look images only\n- Cast: mostly back", "teaser"),
        ("Trailer\n\nNothing yet! We'll post it here when it drops.", "none"),
    ],
)
def test_a_guide_s_summary_line_or_section_says_what_it_says(lines, status):
    text = "Hulu has renewed Kettlebrook for a second season.\n\nWhat we know:\n\n" + lines
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("If the teaser is anything to go by, the twins are in trouble.", "teaser"),
        (
            "Hulu unveiled a key visual and revealed that the season will move to Wales.",
            "announcement",
        ),
        ("The lead is calling from a trailer parked outside a quarry in Wales.", "unknown"),
        ("The new teaser drew more views than any Hulu trailer since 2019.", "teaser"),
    ],
)
def test_what_a_trailer_sentence_asserts(sentence, status):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu also shared a first look at a limited series about a lighthouse keeper.",
        "Here is our guide to the week on TV, with a sneak peek at the week after.",
    ],
)
def test_a_first_look_at_another_project_or_the_schedule_is_no_teaser(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "unknown"


def test_a_video_call_is_no_announcement_video():
    text = (
        "Hulu has renewed Kettlebrook for a second season. The showrunner confirmed it in a "
        "video call with reporters."
    )
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "unknown"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a teaser or video cut from old seasons announces; it shows nothing new
        (
            "Hulu put out a 20-second teaser of season 1 clips when the renewal was announced.",
            "announcement",
        ),
        ("The streamer marked the news with a trailer made of old footage.", "announcement"),
        ("The teaser, built from first-season scenes, ends on a title card.", "announcement"),
        # but the first footage of the new season is a teaser
        ("Hulu released a one-minute teaser in July with the first footage from it.", "teaser"),
        # a clip the sentence itself says is no footage of the season
        (
            "Hulu released a short clip of the lead at the farm gate, but it's an announcement "
            "video shot on a soundstage rather than footage from the season.",
            "announcement",
        ),
        (
            "A brief clip went up on Monday; it's only a renewal video, not footage from the "
            "new season.",
            "announcement",
        ),
        # a promotional video (an anime's PV) is a teaser
        ("A new promotional video for the season debuted at the convention.", "teaser"),
        ("The second promo video, released in June, gave fans a look at the new arc.", "teaser"),
        # the first trailer released now is news, not a recap
        ("Hulu also released the show's first trailer on Monday.", "trailer"),
        ("The streamer dropped its first official trailer this morning.", "trailer"),
        # a still released in May (the month) is out
        (
            "Hulu released a first-look image in May showing the farmhouse in snow, but there's "
            "no trailer yet.",
            "teaser",
        ),
        # nothing from the season, not even a teaser
        ("Hulu has not released any footage from the new season, not even a teaser.", "none"),
        ("There is no footage of season 2 yet, nor a teaser.", "none"),
        # one imagined, not cut
        ("There's a teaser in my head, but it's not cut.", "unknown"),
        ("We'll update this guide when Hulu announces a date or releases a trailer.", "unknown"),
    ],
)
def test_what_a_video_of_the_season_shows(sentence, status):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    "answer",
    ["We haven't cut one yet.", "They have not made one yet, the showrunner says."],
)
def test_a_question_answered_that_nobody_has_cut_a_trailer(answer):
    text = (
        "Hulu has renewed Kettlebrook for a second season. Is there a trailer on the way? " + answer
    )
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu also revealed a new promotional video and key art for the second half of season 2.",
        "On Friday the studio shared a teaser for the final part of season 2.",
    ],
)
def test_a_video_for_an_earlier_season_is_that_season_s(sentence):
    text = "Hulu has renewed Kettlebrook for a third season. " + sentence
    records = records_for(text, "2025-08-01")
    third = [r for r in records if r.season == 3]
    assert all(r.trailer.status == "unknown" for r in third)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu also released a teaser in which the lead dives on the wreck that closed out "
        "season 2.",
        "A new teaser picks up minutes after the fire that ended season 2.",
    ],
)
def test_a_teaser_showing_what_followed_an_earlier_season_is_the_new_one_s(sentence):
    text = "Hulu has renewed Kettlebrook for a third season, which premieres in June. " + sentence
    assert record_for(text, "Kettlebrook", 3, "2025-05-01").trailer.status == "teaser"


@pytest.mark.parametrize(
    "sentence",
    [
        "The little video attached is just clips from seasons 1 and 2 cut to the theme.",
        "The renewal clip is entirely footage from season 1, with a new title card.",
    ],
)
def test_a_video_of_earlier_seasons_clips_is_an_announcement(sentence):
    text = "Max has renewed Kettlebrook for a third season. " + sentence
    assert record_for(text, "Kettlebrook", 3, "2025-05-01").trailer.status == "announcement"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("A new clip from season 3 shows the twins arguing in a lift.", "teaser"),
        ("Production stills from the new season were released last week.", "teaser"),
        ("Still photos from the set were released on Monday.", "teaser"),
        ("The trailer isn't out yet.", "none"),
        ("There's no word on a trailer yet.", "none"),
        ("So far there's been nothing in the way of footage.", "none"),
        ("Max is keeping the footage under wraps for now.", "none"),
        ("The streamer marked the renewal with a cast video recorded on set.", "announcement"),
        # guards: a surname, a clip of an aired season
        ("About the author: Mara Vane-Stills is our TV editor.", "unknown"),
        ("The panel closed with a clip from season 1 and a standing ovation.", "unknown"),
    ],
)
def test_more_ways_to_say_what_there_is_to_watch(sentence, status):
    text = "Max has renewed Kettlebrook for a third season. " + sentence
    assert record_for(text, "Kettlebrook", 3, "2025-05-01").trailer.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        # news brief
        "A trailer for the new season has yet to surface.",
        "Footage from the second season is still to appear, the streamer says.",
        "The season doesn't have a trailer yet, and Hulu has been quiet about one.",
        # fan guide
        "We're still waiting on a Kettlebrook season 2 trailer, sadly.",
        "There's no sign of a Kettlebrook season 2 trailer just yet.",
        "Sadly, we haven't seen so much as a teaser so far.",
        "Don't expect a trailer any time soon: cameras only started rolling in June.",
        # UK style
        "Series two is still without a trailer, but BBC One has promised one before Christmas.",
        "There isn't a teaser for the new series as yet.",
        "The BBC hasn't got a trailer for series two out, and probably won't until the autumn.",
    ],
)
def test_outlets_ways_to_say_there_is_no_trailer_yet(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a wish or a promise is no claim that there is none
        "Fans are hunting for a season 2 trailer on every platform.",
        "Expect a trailer to drop a month before the premiere.",
    ],
)
def test_a_wish_or_promise_of_a_trailer_is_no_none(sentence):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == "unknown"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # news brief
        ("Hulu teased the new season with a 15-second video of the twins on a cliff.", "teaser"),
        ("Hulu posted a 30-second clip from the new season on Monday.", "teaser"),
        ("The BBC released the first image from series two alongside the news.", "teaser"),
        # a video that shows nothing of the season announces it
        (
            "Hulu revealed the premiere date in a short clip with no new footage.",
            "announcement",
        ),
        (
            "The date came in a brief video without any footage from the season.",
            "announcement",
        ),
    ],
)
def test_outlets_ways_to_say_what_a_video_shows(sentence, status):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the BBC's "trail" is a trailer
        ("BBC One has released the first trail for series two.", "trailer"),
        ("A new trail for the second series aired after the news on Tuesday.", "trailer"),
        # stills of the new season
        ("The streamer has released the first pictures from season 2.", "teaser"),
        ("Hulu has unveiled a new image from the second season.", "teaser"),
        # a logo reveal announces
        ("Hulu revealed the season's logo and a release window.", "announcement"),
        # guards: a walker's trail, a photo of something else
        ("The lead is back on the trail of a killer in the new run.", "unknown"),
        ("Hulu shared new photos of the cast at the premiere party.", "unknown"),
    ],
)
def test_a_trail_a_still_or_a_logo_of_the_new_season(sentence, status):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a trailer still to come, with an aside between it and its verb
        (
            "A full trailer, if last year's schedule holds, should land in the summer.",
            "unknown",
        ),
        (
            "The official trailer, according to the director, will arrive closer to launch.",
            "unknown",
        ),
        # a guide's label before the colon is a topic, not a trailer
        (
            "The trailer: there's no trailer yet, though Hulu did release a single first-look "
            "image in March.",
            "teaser",
        ),
        ("The trailer: nothing yet, sadly.", "none"),
        # teasers of earlier seasons are a precedent, not this season's
        (
            "There's no footage yet, and the teasers for previous seasons arrived two months "
            "before each premiere.",
            "none",
        ),
        (
            "No trailer so far; past seasons' trailers have dropped about six weeks ahead.",
            "none",
        ),
    ],
)
def test_an_aside_a_label_or_an_earlier_season_s_trailer(sentence, status):
    text = "Hulu has renewed Kettlebrook for a second season. " + sentence
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The studio has so far released only a key visual for the new run, but the first "
        "season's budget was clearly well spent.",
        "Hulu has shared a first-look image from the new season, which picks up a year after "
        "the first season's finale.",
    ],
)
def test_a_picture_for_the_new_run_is_the_next_season_s(sentence):
    text = "Kettlebrook is coming back for a second season on Hulu. " + sentence
    record = record_for(text, "Kettlebrook", 2, "2025-08-01", title="Kettlebrook season 2")
    assert record.trailer.status in ("announcement", "teaser")


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        # a guide's contents list names the trailer as a topic
        ("In this guide:\n\n- Release date\n\n- Cast\n\n- Trailer\n\n- Plot", "unknown"),
        ("2. Trailer\n\nHulu will release one closer to the date.", "unknown"),
        # a summary line with an aside before its no
        ("Trailer: lol no.", "none"),
        ("Teaser: sadly, not yet.", "none"),
        # a wish answered in the same sentence
        ("The bad news for anyone who wants a teaser for Christmas: there isn't one.", "none"),
        ("Looking for a trailer? There isn't one yet.", "none"),
    ],
)
def test_a_contents_list_a_summary_aside_and_a_wish_answered(lines, status):
    text = "Hulu has renewed Kettlebrook for a second season.\n\n" + lines
    assert record_for(text, "Kettlebrook", 2, "2025-08-01").trailer.status == status
