"""More phrasings of production status and episode counts, written from how trade and
fan-site articles word them (not from the labelled sets): each must be classified on its
own, whatever the exact verb or word order."""

from __future__ import annotations

import datetime as dt

import pytest

from knownsofar.documents.model import Document
from knownsofar.extract import extract_document
from knownsofar.extract.production import _status

PRODUCTION_CASES = {
    "not_started": [
        "The streamer is eyeing a fall start date for production.",
        "Production on the new season is tentatively set for next summer in Budapest.",
        "The series is expected to return to production early next year.",
        "Scripts for the new season are being written now, Smith said.",
        "The team is currently writing season three.",
        "Showrunner Ann Lee says the writers are mapping out the season.",
        "The cast will reunite in Atlanta in January to start shooting.",
        "Cameras will start rolling on season 2 this summer.",
        "Filming isn't expected until 2026.",
        "The production is currently in prep in Toronto.",
        "The show is in the early stages of development.",
        "Season 4 is now in pre-production in Belfast.",
        'We start shooting in March," she said.',
        "Production on the fourth season is set to get underway in the spring.",
        "Production on the new season is expected to get going in the autumn in Halifax.",
        "Filming will take place in and around Leeds this summer.",
        "The season has eight episodes, with filming taking place over the summer in Kent.",
        "Filming takes place over six weeks next spring at the studio in Salford.",
        "The writer said writing would begin next month, with filming early next year.",
        '"I have read the first script and it is wild," she said.',
        "The show will begin production later this year.",
        "Casting is currently underway for several new roles.",
        "The writers' room opened last month.",
        "Filming has yet to begin.",
        "The new season will be filmed in Wales next year.",
        "Production is scheduled to commence in Vancouver in July.",
        "The new episodes will shoot in Dublin later this year.",
        "They haven't started shooting yet.",
        "Location scouting is underway in Iceland.",
        "Production will kick off in Atlanta in the new year.",
        "A start date for filming is yet to be confirmed.",
        "The second series is due to go into production in the autumn.",
        "Filming is pencilled in for early 2025.",
        "The team is still working on the scripts.",
    ],
    "filming": [
        "Production is now underway on the fourth season.",
        "Season 3 is currently in production in New Mexico.",
        "Cameras are rolling on the second season.",
        "Filming is taking place in Belfast right now.",
        "Cameras are already rolling on the third season.",
        "Filming on season two kicked off Monday in London.",
        "The cast has been spotted on location in Cornwall.",
        "Production began earlier this month in Prague.",
        "The cast shared behind-the-scenes photos from set this week.",
        "Season 5 is shooting in Atlanta through the summer.",
        "Production on the new season started in March.",
        "The stars were pictured filming scenes in Manchester.",
        "The show resumed production following the strikes.",
        "Shooting is underway in Morocco.",
        "Filming started last week on the final season.",
        "The crew is currently filming in Vancouver.",
        "We're in the middle of shooting season two right now.",
        "The production has moved to Malta for the second block of filming.",
        "Principal photography began on Monday.",
        "Production has restarted after a brief pause.",
        "The actor is filming the new season in Glasgow.",
        "Season 2 has begun filming.",
        "The series is filming its third season.",
        "Filming got underway in Belfast this week.",
        "They're shooting episode five this week.",
    ],
    "wrapped": [
        "Filming on season two wrapped in December.",
        "Production on the series wrapped earlier this year.",
        "The cast celebrated the end of filming with a wrap party.",
        "Filming for the new season finished in August.",
        "The show wrapped production on its final season last month.",
        "Principal photography has concluded.",
        "The series is currently in post-production.",
        "Post-production is underway.",
        "The actor shared a post celebrating the end of filming.",
        "The cast said goodbye to the set for the last time.",
        "Shooting on season four is now complete.",
        "Filming was completed in the spring.",
        "All eight episodes have been shot.",
        "Production has since wrapped.",
        "The team has finished shooting the second season.",
        "Editing is underway on season 2.",
        "Season 2 wrapped filming in Georgia in May.",
    ],
}


@pytest.mark.parametrize(
    "want,text", [(want, text) for want, texts in PRODUCTION_CASES.items() for text in texts]
)
def test_production_phrasing(want, text):
    assert _status(text)[0] == want


SEASON_PRODUCTION_CASES = [
    ("She wanted a change before cameras start rolling on season 3 next month.", "not_started"),
    ('Hulu said the season is "shooting later this year".', "not_started"),
    ("The creator said writing on season 3 is under way.", "not_started"),
    ("Filming for season 3 kicks off next month.", "not_started"),
    ("Filming on season 3 took place in Bath and Bristol last year.", "wrapped"),
    ("The third season was filmed last winter on location in Halifax.", "wrapped"),
    ("Shooting on the third season got under way in Vancouver on Monday.", "filming"),
]


@pytest.mark.parametrize("text,want", SEASON_PRODUCTION_CASES)
def test_production_of_the_season(text, want):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    doc = Document(id="x", text=lead + text, published=dt.date(2024, 6, 1))
    assert [r.production.status for r in extract_document(doc) if r.season == 3] == [want]


def test_an_ambiguous_wrap_is_left_alone():
    # "has officially wrapped" may be the airing finale: no production claim from it alone
    assert _status("Season 3 has officially wrapped.")[0] is None


def _episodes(text: str) -> list[int | None]:
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 3, 1)))
    return [r.episodes for r in records if r.show == "Glass Harbour" and r.season == 2]


EPISODE_CASES = [
    ("The eight-episode season could arrive as soon as June.", 8),
    ("Season 2 will consist of ten episodes.", 10),
    ("The new season is made up of six episodes.", 6),
    ("Netflix has ordered eight episodes for the second season.", 8),
    ("The second season will run for 10 episodes.", 10),
    ("Season 2 will have a shorter run of six episodes.", 6),
    ("The season gets a 10-episode order.", 10),
    ("All eight episodes of season 2 will drop on June 5.", 8),
    ("Season two comprises eight hour-long episodes.", 8),
    ("The second season will feature 12 episodes, up from eight.", 12),
    ("The streamer gave the second season a six-episode order.", 6),
    ("The second season, which consists of eight installments, is likely to debut in 2025.", 8),
    ("The season will be 10 episodes long.", 10),
    ("Season 2 is slated to be eight episodes.", 8),
    ("The eight-part second season premieres in March.", 8),
    ("Season 2 will include seven episodes, one fewer than season 1.", 7),
    ("The new season might premiere in June; it has eight episodes.", 8),
    ("The show's sophomore season will be made up of 10 episodes.", 10),
    ("Season 2 is expected to have 10 episodes, matching the first season.", None),
    ("The first season had eight episodes.", None),
    ("Each episode runs about an hour.", None),
    ("The second season has nine episodes so far been written.", None),
    ("Asked whether the new season would keep the same 10-episode structure, she laughed.", None),
    ("Season 2 will premiere with two episodes, followed by one weekly until the finale.", None),
    ("The drama returns with six new episodes, each on the app after broadcast.", 6),
    ("Season 2 will be released in two parts of four episodes each.", 8),
    ("The season has an episode count of nine.", 9),
]


@pytest.mark.parametrize("text,want", EPISODE_CASES)
def test_episode_phrasing(text, want):
    lead = "Glass Harbour has been renewed for a second season. "
    assert _episodes(lead + text) == [want]


BATCH_CASES = [
    (
        "Glass Harbour season 2 premiered on Hulu today with four new episodes. "
        "The remaining four episodes arrive on May 1.",
        8,
    ),
    (
        "Glass Harbour season 2 launches with its first three episodes on June 4. "
        "The other five episodes follow weekly.",
        8,
    ),
    ("Glass Harbour season 2 drops on June 4. The final two episodes air in July.", None),
]


@pytest.mark.parametrize("text,want", BATCH_CASES)
def test_batches_in_two_sentences_add_up(text, want):
    assert _episodes(text) == [want]


def _cast(text: str, actor: str) -> list[tuple[str | None, str]]:
    lead = "Glass Harbour has been renewed for a third season at Hulu. "
    records = extract_document(Document(id="x", text=lead + text, published=dt.date(2024, 3, 1)))
    return [
        (c.character, c.status)
        for r in records
        if r.show == "Glass Harbour" and r.season == 3
        for c in r.cast
        if c.actor == actor
    ]


CAST_CASES = [
    ("Maya Torres will not return for season 3.", "Maya Torres", "not_returning"),
    ("Maya Torres has exited the series ahead of season 3.", "Maya Torres", "not_returning"),
    ("Maya Torres is leaving the show.", "Maya Torres", "not_returning"),
    ("Maya Torres won't be back as Detective Ruth Lane.", "Maya Torres", "not_returning"),
    ("Maya Torres has departed the drama after two seasons.", "Maya Torres", "not_returning"),
    ("Maya Torres, who played Ruth, is not expected to return.", "Maya Torres", "not_returning"),
    ("Maya Torres has confirmed her exit from the series.", "Maya Torres", "not_returning"),
    ("Maya Torres will not be part of the third season.", "Maya Torres", "not_returning"),
    (
        "Maya Torres is stepping away from the series to focus on film.",
        "Maya Torres",
        "not_returning",
    ),
    ("Maya Torres announced she is leaving Glass Harbour.", "Maya Torres", "not_returning"),
    ("Maya Torres has quit the show.", "Maya Torres", "not_returning"),
    ("Maya Torres bowed out of the series.", "Maya Torres", "not_returning"),
    ("Maya Torres will be written out of the show.", "Maya Torres", "not_returning"),
    ("Maya Torres has been dropped from the cast.", "Maya Torres", "not_returning"),
    (
        "Ruth Lane (Maya Torres) died in the finale, so Torres won't return.",
        "Maya Torres",
        "not_returning",
    ),
    (
        "Maya Torres said goodbye to the show in an emotional Instagram post.",
        "Maya Torres",
        "not_returning",
    ),
    ("Maya Torres is returning as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres is set to reprise her role as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres will be back for season 3.", "Maya Torres", "confirmed"),
    ("Maya Torres has joined the cast as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres has been cast as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres has been promoted to series regular.", "Maya Torres", "confirmed"),
    ("Maya Torres is expected to return as Ruth Lane.", "Maya Torres", "expected"),
    ("Maya Torres could return as Ruth Lane.", "Maya Torres", "possible"),
    ("Maya Torres has signed on to return.", "Maya Torres", "confirmed"),
    ("Maya Torres will once again star as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres will recur as Ruth Lane.", "Maya Torres", "confirmed"),
    ("Maya Torres is among those coming back.", "Maya Torres", "confirmed"),
    ("Returning cast members include Maya Torres and Jon Bell.", "Maya Torres", "confirmed"),
    ("Maya Torres will guest star in season 3.", "Maya Torres", "confirmed"),
    ("Season 3 will go on without Maya Torres.", "Maya Torres", "not_returning"),
    ("Maya Torres has parted ways with the series.", "Maya Torres", "not_returning"),
    ("Maya Torres has stepped back from the series.", "Maya Torres", "not_returning"),
    (
        "Maya Torres said she filmed her final scenes in the season 2 finale.",
        "Maya Torres",
        "not_returning",
    ),
    ("Maya Torres is taking over the role of Ruth Lane.", "Maya Torres", "confirmed"),
    (
        "Jon Bell will host season 3, replacing Maya Torres, who stepped down.",
        "Maya Torres",
        "not_returning",
    ),
    (
        "Jon Bell will host season 3, replacing Maya Torres, who stepped down.",
        "Jon Bell",
        "confirmed",
    ),
    ("Jon Bell replaces Maya Torres as host for season 3.", "Jon Bell", "confirmed"),
    (
        "New photos from season 3 show Ruth Lane (Maya Torres) on a fishing boat.",
        "Maya Torres",
        "confirmed",
    ),
    (
        "Jon Bell, who plays her rival across the courtroom, ADA Ruth Lane, has signed on for season 3.",
        "Jon Bell",
        "confirmed",
    ),
    (
        "Sadly, Maya Torres's sharp-tongued DI Ruth Lane will not be appearing.",
        "Maya Torres",
        "not_returning",
    ),
    # a plural "star" is a verb, not "Show star Name"; "All three" points back
    (
        "Jon Bell, Ada Lin and Maya Torres star as three cousins. All three return for season 3.",
        "Maya Torres",
        "confirmed",
    ),
    # a death in the plot is not the actor's exit
    (
        "Maya Torres plays a nurse who goes home to the town where her father died, and she will return for season 3.",
        "Maya Torres",
        "confirmed",
    ),
]


@pytest.mark.parametrize("text,actor,want", CAST_CASES)
def test_cast_phrasing(text, actor, want):
    assert [status for _, status in _cast(text, actor)] == [want]


def test_a_described_character_after_who_plays():
    got = _cast(
        "Jon Bell, who plays her rival across the courtroom, ADA Ruth Lane, has signed on for season 3.",
        "Jon Bell",
    )
    assert got == [("Ruth Lane", "confirmed")]


def test_a_titled_character_in_a_plot_line_and_the_actor_by_surname():
    text = (
        "Hulu has renewed Glass Harbour for a third season.\n\n"
        "Glass Harbour follows the harbourmaster Captain Ruth Lane (Maya Torres) as she guards "
        "the bay.\n\nTorres returns for the third season, alongside Jon Bell as the captain's "
        "deputy, Wren, and Ada Lin as the Duke's daughter, Issy."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 1)))
    (record,) = [r for r in records if r.season == 3]
    got = {c.actor: (c.character, c.status) for c in record.cast}
    assert got == {
        "Maya Torres": ("Ruth Lane", "confirmed"),
        "Jon Bell": ("Wren", "confirmed"),
        "Ada Lin": ("Issy", "confirmed"),
    }


def test_an_accented_name_beyond_latin_1():
    got = _cast("Returning cast members include Haruka Sendō as Shizuru.", "Haruka Sendō")
    assert got == [("Shizuru", "confirmed")]


def test_the_name_used_alone_later_is_the_actor():
    # "Ruth Lane (Maya Torres)": "Torres" alone later marks the actor, whatever the order
    got = _cast(
        "Ruth Lane (Maya Torres) died in the finale, so Torres won't return.", "Maya Torres"
    )
    assert got == [("Ruth Lane", "not_returning")]


def test_the_name_the_show_is_named_after_is_the_character():
    text = (
        "Apple TV+ has renewed Lark & Daughters for a third season. "
        "Pia Osei (Nora Lark) will return, Apple confirmed."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 3, 1)))
    cast = [(c.actor, c.character) for r in records if r.season == 3 for c in r.cast]
    assert cast == [("Pia Osei", "Nora Lark")]


RENEWAL_CASES = [
    ("Netflix has given Glass Harbour a season 3 renewal.", "renewed"),
    ("Glass Harbour is coming back for a third season.", "renewed"),
    ("Glass Harbour will return for season 3, Hulu announced Tuesday.", "renewed"),
    ("Hulu has handed Glass Harbour a third-season pickup.", "renewed"),
    ("Glass Harbour has scored a season 3 order at Hulu.", "renewed"),
    ("Hulu has officially greenlit a third season of Glass Harbour.", "renewed"),
    ("Glass Harbour lives to see a third season.", "renewed"),
    ("Good news for fans: Glass Harbour is officially returning for season 3.", "renewed"),
    ("Hulu has picked up Glass Harbour for season 3.", "renewed"),
    ("Hulu has re-upped Glass Harbour for a third season.", "renewed"),
    ("Glass Harbour season 3 is happening.", "renewed"),
    ("Glass Harbour has been cancelled after two seasons.", "cancelled"),
    ("Hulu has axed Glass Harbour after two seasons.", "cancelled"),
    ("Glass Harbour will not return for a third season.", "cancelled"),
    ("Hulu has decided not to move forward with a third season of Glass Harbour.", "cancelled"),
    ("Hulu has opted not to renew Glass Harbour for season 3.", "cancelled"),
    ("Glass Harbour won't be back for season 3.", "cancelled"),
    ("Glass Harbour has been canceled at Hulu after two seasons.", "cancelled"),
    ("Hulu passed on a third season of Glass Harbour.", "cancelled"),
    ("Glass Harbour is done at Hulu after two seasons.", "cancelled"),
    ("Glass Harbour has come to an end after two seasons.", "cancelled"),
    ("Glass Harbour season 3 will be its last.", "final"),
    ("Glass Harbour will end with its upcoming third season.", "final"),
    ("Hulu has renewed Glass Harbour for a third and final season.", "final"),
    ("The third season of Glass Harbour will be the show's final chapter.", "final"),
    ("Glass Harbour will wrap up with season 3.", "final"),
    ("Hulu has yet to renew Glass Harbour for a third season.", "pending"),
    ("Hulu has not yet decided on the fate of Glass Harbour season 3.", "pending"),
    ("Glass Harbour is still awaiting word on a third season.", "pending"),
    ("There is no word yet on a Glass Harbour season 3.", "pending"),
    ("A third season of Glass Harbour has not been confirmed yet.", "pending"),
    ("Glass Harbour gets season 3 at Hulu.", "renewed"),
    ("Glass Harbour hasn't heard about a third season yet.", "pending"),
    ("Hulu is bringing Glass Harbour back for a third season.", "renewed"),
    ("Hulu's Glass Harbour is officially back for a third season.", "renewed"),
    ("Fans of Glass Harbour can rejoice: a third season is coming.", "renewed"),
    ("Hulu won't be moving forward with a third season of Glass Harbour.", "cancelled"),
    ("Hulu has said nothing either way about a third season of Glass Harbour.", "pending"),
    ("Glass Harbour remains on the bubble for season 3.", "pending"),
    ("Hulu has yet to say whether Glass Harbour will return for season 3.", "pending"),
    # the cancellation it got over, as an adjective, beside the new order
    (
        "Hulu saves Glass Harbour: ABC's cancelled legal drama gets season 3 on the streamer.",
        "renewed",
    ),
]


@pytest.mark.parametrize("text,want", RENEWAL_CASES)
def test_renewal_phrasing(text, want):
    doc = Document(id="x", text=text + " The drama series is set in Maine.", published=None)
    got = [r.renewal.status for r in extract_document(doc) if r.season == 3]
    assert got == [want]


RELEASE_CASES = [
    ("Season 3 premieres Friday, June 7, on Hulu.", ("dated", "2024-06-07", True)),
    ("The third season will debut on Hulu on June 7.", ("dated", "2024-06-07", True)),
    ("Hulu set a June 7 premiere date for season 3.", ("dated", "2024-06-07", True)),
    ("Season 3 is slated to hit Hulu on 7 June 2024.", ("dated", "2024-06-07", True)),
    ("The new season drops June 7th.", ("dated", "2024-06-07", True)),
    ("Season 3 arrives on Hulu June 7 with all eight episodes.", ("dated", "2024-06-07", True)),
    ("Mark your calendars: Glass Harbour returns June 7.", ("dated", "2024-06-07", True)),
    (
        "The streamer announced that season 3 will launch on Wednesday, June 5.",
        ("dated", "2024-06-05", True),
    ),
    ("Season 3 is expected to premiere sometime in 2025.", ("window", "2025-01-01", False)),
    # the month May is no modal "may"
    ("Season 3 premieres on Hulu on May 20.", ("dated", "2024-05-20", True)),
    ("Hulu confirmed a mid-May release for season 3.", ("window", "2024-05-11", True)),
    ("Season 3 may arrive in May.", ("window", "2024-05-01", False)),
    ("Season 3 will stream from 20 May.", ("dated", "2024-05-20", True)),
    ("Hulu has us down for spring next year.", ("window", "2025-03-01", True)),
    ("No premiere window was announced for season 3.", ("not_announced", None, False)),
    ("Hulu hasn't dated season 3 yet.", ("not_announced", None, False)),
    # a showrunner's answer and a network's quote
    ('"We\'re looking at 2025," the showrunner told us.', ("window", "2025-01-01", True)),
    (
        '"We\'re thrilled to bring it to Hulu viewers next year," a spokesperson said.',
        ("window", "2025-01-01", True),
    ),
    ("We'd expect season 3 to arrive in early 2025.", ("window", "2025-01-01", False)),
    ("Hulu says season 3 will arrive in 2025.", ("window", "2025-01-01", True)),
    ("Season 3 is set for a fall 2024 debut.", ("window", "2024-09-01", True)),
    ("Hulu is targeting a summer premiere for season 3.", ("window", "2024-06-01", True)),
    ("Season 3 will debut later this year, Hulu confirmed.", ("window", "2024-03-01", True)),
    ("According to sources, season 3 will land in the fall.", ("window", "2024-09-01", False)),
    (
        "Given the show's schedule, season 3 probably won't arrive until 2025.",
        ("window", "2025-01-01", False),
    ),
    ("Season 3 is coming in spring 2025.", ("window", "2025-03-01", True)),
    ("The third season is currently slated for a 2025 release.", ("window", "2025-01-01", True)),
    ("Hulu has not announced a release date for season 3.", ("not_announced", None, False)),
    ("There's no release date for season 3 yet.", ("not_announced", None, False)),
    ("A premiere date for season 3 has yet to be set.", ("not_announced", None, False)),
    ("Season 3 doesn't have a release date yet.", ("not_announced", None, False)),
    ("Hulu hasn't revealed when season 3 will premiere.", ("not_announced", None, False)),
    ("Season 3 is now streaming on Hulu.", ("released", None, True)),
    ("Season 3 premiered on Hulu on Wednesday.", ("released", "2024-02-28", True)),
    ("All episodes of season 3 are available to stream now.", ("released", None, True)),
    ("Season 3 will premiere in the first quarter of 2025.", ("window", "2025-01-01", True)),
    ("Season 3 is due out in the new year.", ("window", "2025-01-01", True)),
    ("Season 3 has been pushed to 2025.", ("window", "2025-01-01", True)),
    ("Season 3 has been delayed until next year.", ("window", "2025-01-01", True)),
]


@pytest.mark.parametrize("text,want", RELEASE_CASES)
def test_release_phrasing(text, want):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    doc = Document(id="x", text=lead + text, published=dt.date(2024, 3, 1))
    got = []
    for r in extract_document(doc):
        if r.show == "Glass Harbour" and r.season == 3:
            when = r.release.date or (r.release.window[0] if r.release.window else None)
            got.append((r.release.status, str(when) if when else None, r.release.confirmed))
    assert got == [want]


PLATFORM_CASES = [
    (
        "Glass Harbour has been renewed for a third season. The Hulu drama stars Maya Torres.",
        "Hulu",
    ),
    (
        "The FX drama Glass Harbour has been renewed for a third season. Both seasons stream on Hulu.",
        "FX",
    ),
    (
        "Glass Harbour has been renewed for a third season at Peacock, after its first two seasons aired on NBC.",
        "Peacock",
    ),
    ("Apple has renewed Glass Harbour for a third season.", "Apple TV+"),
    ("Amazon has renewed Glass Harbour for a third season.", "Prime Video"),
    (
        "Glass Harbour, which airs on AMC and streams on AMC+, has been renewed for a third season.",
        "AMC",
    ),
    (
        "The BBC has recommissioned Glass Harbour for a third series. The drama airs on BBC One and iPlayer.",
        "BBC One",
    ),
    (
        "Glass Harbour season 3 will premiere on Max in June. The HBO series was renewed last year.",
        "HBO",
    ),
    (
        "Netflix has renewed Glass Harbour for a third season. The show, produced by Sony Pictures Television, also stars Jon Bell.",
        "Netflix",
    ),
    (
        "Glass Harbour has been renewed for a third season. Like Netflix's Wednesday, the show is a hit. It streams on Paramount+.",
        "Paramount+",
    ),
    ("Glass Harbour is moving to Netflix for season 3 after Hulu cancelled it.", "Netflix"),
    ("Disney+ has renewed the Marvel series Glass Harbour for a third season.", "Disney+"),
    ("Glass Harbour has been renewed for a third season by Starz.", "Starz"),
    ("ITV has confirmed Glass Harbour will return for a third series.", "ITV"),
    (
        "Channel 4 has renewed Glass Harbour for a third series; the first two are on All 4.",
        "Channel 4",
    ),
    ("Glass Harbour has been renewed for a third season on The CW.", "The CW"),
    ("Showtime has renewed Glass Harbour for a third season.", "Showtime"),
    ("Glass Harbour has been renewed for season 3 at Crunchyroll.", "Crunchyroll"),
]


@pytest.mark.parametrize("text,want", PLATFORM_CASES)
def test_platform_phrasing(text, want):
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 3, 1)))
    assert [r.platform for r in records if r.show == "Glass Harbour" and r.season == 3] == [want]


TRAILER_CASES = [
    ("Hulu has released the first trailer for season 3.", "trailer"),
    ("Watch the official trailer for Glass Harbour season 3 below.", "trailer"),
    ("The full-length trailer for season 3 dropped Tuesday.", "trailer"),
    ("Hulu unveiled a teaser for season 3 on Monday.", "teaser"),
    ("A brief teaser for season 3 offers a glimpse of the new episodes.", "teaser"),
    ("Hulu shared first-look images from season 3.", "teaser"),
    ("The streamer dropped a sneak peek at season 3.", "teaser"),
    ("Hulu released a date announcement video for season 3.", "announcement"),
    ("A teaser poster for season 3 was also revealed.", "announcement"),
    ("There's no trailer for season 3 yet.", "none"),
    ("Hulu has yet to release a trailer for season 3.", "none"),
    ("The season 3 trailer is here.", "trailer"),
    ("Hulu has shared a new promo for season 3.", "teaser"),
    ("You can watch the season 3 teaser trailer above.", "teaser"),
    ("Season 3's trailer teases a darker turn.", "trailer"),
    ("A trailer for season 3 hasn't been released yet.", "none"),
    ("We haven't seen any footage from season 3 so far.", "none"),
]


@pytest.mark.parametrize("text,want", TRAILER_CASES)
def test_trailer_phrasing(text, want):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    records = extract_document(Document(id="x", text=lead + text, published=dt.date(2024, 3, 1)))
    assert [r.trailer.status for r in records if r.season == 3] == [want]


MORE_RELEASE_CASES = [
    # the day of an earnings call is not the premiere; "streaming chief" is not a release verb
    (
        "Paramount's streaming chief said on the earnings call Thursday that season 3 will launch next quarter.",
        ("window", "2024-04-01", True),
    ),
    # a verbless month after a filming sentence with commas: not the premiere
    (
        "The new season will premiere on Hulu.\n\nDeals have closed and the cast will return. Filming is set to start in Halifax, Nova Scotia, in September.",
        ("unknown", None, False),
    ),
    # a schedule's day outranks the season window the article opens with
    (
        "Hulu has set its fall 2024 premiere dates.\n\nMONDAY, SEPT. 16\n\n9 p.m. - Glass Harbour (season 3 premiere)",
        ("dated", "2024-09-16", True),
    ),
    # a schedule: a day line, then a listing line
    (
        "Here are the dates:\n\nMONDAY, SEPT. 16\n\n9 p.m. - Glass Harbour (season 3 premiere)",
        ("dated", "2024-09-16", True),
    ),
]


@pytest.mark.parametrize("text,want", MORE_RELEASE_CASES)
def test_release_phrasing_in_context(text, want):
    test_release_phrasing(text, want)


def _subjects(text: str, published: dt.date) -> list[tuple[str, int]]:
    records = extract_document(Document(id="x", text=text, published=published))
    return sorted((r.show, r.season) for r in records)


def test_a_long_past_premiere_is_a_recap_not_a_record():
    text = (
        "Hulu has renewed Glass Harbour for a third season. "
        "The first season of Glass Harbour premiered in March 2022 and was renewed a month later."
    )
    assert _subjects(text, dt.date(2024, 3, 1)) == [("Glass Harbour", 3)]


def test_the_reviewed_season_that_premiered_today_is_news():
    text = (
        "Glass Harbour season 2 review: the drama finds its feet.\n\n"
        "The second season of Glass Harbour premiered today on Hulu. Hulu renewed "
        "Glass Harbour for a third season in January, and filming on season 3 is underway."
    )
    assert _subjects(text, dt.date(2024, 3, 1)) == [("Glass Harbour", 2), ("Glass Harbour", 3)]


TITLE_CASES = [
    # "In" belongs to the title when the article writes it capitalised mid-sentence
    (
        "In Cold Water's third season ended on Sunday. Seasons 1-3 of AMC's In Cold Water are streaming now, and AMC has renewed it for a fourth season.",
        ("In Cold Water", 4),
    ),
    # a title with an abbreviation and one with a time in it
    ("NBC has renewed St. Agnes Emergency for a 27th season.", ("St. Agnes Emergency", 27)),
    ("BBC One has recommissioned The 4:50 Club for a third series.", ("The 4:50 Club", 3)),
    # a title followed by its network in brackets, with or without a colon
    (
        "Still waiting: Salt Meadow (Hulu) hasn't heard about a fourth season yet.",
        ("Salt Meadow", 4),
    ),
    # "for its Nth season" makes the sentence's leading run a show, not a person
    ("Meanwhile Copper Kettle returned last week for its fifth season.", ("Copper Kettle", 5)),
    # a headline title before a colon and a network's possessive
    (
        "Peacock rescues Moss Lane: NBC's axed family drama gets season 3 on streamer",
        ("Moss Lane", 3),
    ),
    # titles that start with a digit: after a renewal verb, or hyphenated before a season
    ("Fox renewed 4-0-4 for a ninth season.", ("4-0-4", 9)),
    ("4-0-4 season 8 premieres in March on Fox.", ("4-0-4", 8)),
    ("Netflix renewed 2 Lost Souls for a second season.", ("2 Lost Souls", 2)),
    # a preposition inside a title the article names twice
    (
        "The fifth season of Murders in the Attic premieres September 9. Murders in the Attic follows three neighbours.",
        ("Murders in the Attic", 5),
    ),
    # "S3" in a guide's headline
    (
        "Glass Harbour S3: everything we know\n\nThe Hulu drama returns in July.",
        ("Glass Harbour", 3),
    ),
    # a genre noun right before the title
    (
        "He added that western Sundown Pass would begin filming its fourth season next month.",
        ("Sundown Pass", 4),
    ),
]


@pytest.mark.parametrize("text,want", TITLE_CASES)
def test_title_phrasing(text, want):
    assert want in _subjects(text, dt.date(2025, 12, 28))


def test_a_year_or_a_count_before_a_season_is_not_a_title():
    for text in (
        "The 2024 season 2 premiere drew 3 million viewers.",
        "In 2024 season 2 of Glass Harbour premiered on Hulu.",
        "Season 2 has 10 episodes. 10 season 2 moments we loved.",
    ):
        assert all(not r.show[0].isdigit() for r in extract_document(Document(id="x", text=text)))


def test_a_day_is_not_a_title():
    text = (
        "Spoilers ahead from Sunday's Season 3 finale of AMC's In Cold Water, renewed for season 4."
    )
    assert all(show != "Sunday" for show, _ in _subjects(text, dt.date(2025, 12, 28)))


def test_a_dateline_under_the_byline_is_not_a_schedule_day():
    text = (
        "Glass Harbour gets season 3\n\nBy Ana Reyes\n\nMonday, June 3, 2024\n\n"
        "Hulu has renewed Glass Harbour for a third season, the streamer said Monday."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 3)))
    assert [(r.show, r.season, r.release.status) for r in records] == [
        ("Glass Harbour", 3, "unknown")
    ]


def test_released_first_look_images_is_not_a_premiere():
    text = (
        "HBO today released first-look images from the second season of Glass Harbour, "
        "which returns in 2026."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 8, 19)))
    r = next(r for r in records if r.season == 2)
    assert (r.release.status, r.release.text) == ("window", "2026")
    assert r.trailer.status == "teaser"


EXIT_CASES = [
    (
        "Glass Harbour season 2 review: the drama finds its feet. Hattie Brannigan left after season one, and the show misses her.",
        2,
        "Hattie Brannigan",
    ),
    (
        "Hulu has renewed Glass Harbour for a third season. Lorraine Pike, who plays Dr. Evelyn Castor, will exit at the end of the current season. She will not return for season 3.",
        3,
        "Lorraine Pike",
    ),
    (
        "Hulu has renewed Glass Harbour for a third season. Tom Ashby-Wells won't be in a third season, the creator confirmed.",
        3,
        "Tom Ashby-Wells",
    ),
]


@pytest.mark.parametrize("text,season,actor", EXIT_CASES)
def test_exit_phrasing(text, season, actor):
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 4, 3)))
    cast = {c.actor: c.status for r in records if r.season == season for c in r.cast}
    assert cast.get(actor) == "not_returning"


def test_played_with_a_description_before_by():
    text = (
        "Glass Harbour season 2 is streaming now on Hulu, and its best scene belongs to Simon "
        "Pettifer, the third-generation undertaker played with exquisite, rumpled dignity by "
        "Wendell Marsh, who returns for the new season."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 4, 3)))
    cast = {c.actor: c.character for r in records for c in r.cast}
    assert "Simon Pettifer" not in cast
    assert cast.get("Wendell Marsh") == "Simon Pettifer"


def test_two_networks_are_not_a_title():
    text = "Sky and HBO have greenlit a second series of Corsair, the two companies announced."
    assert _subjects(text, dt.date(2022, 3, 1)) == [("Corsair", 2)]


def test_the_wrap_is_dated_by_its_own_clause():
    text = (
        "Hulu has renewed Glass Harbour for a third season. Season 3 wrapped filming in "
        "Halifax in March, but the producers have booked reshoots for August."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 7, 1)))
    (record,) = [r for r in records if r.season == 3]
    assert (record.production.status, str(record.production.as_of)) == ("wrapped", "2024-03-01")


def test_an_ending_in_a_relative_clause_does_not_hide_the_return_date():
    text = (
        "Hulu has renewed Glass Harbour for a third season. Glass Harbour, which ended its "
        "second season in May, will return for season 3 in 2025."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 7, 1)))
    (record,) = [r for r in records if r.season == 3]
    assert (record.release.status, record.release.text) == ("window", "2025")


def test_listing_lines_give_each_title_its_channel_slot():
    text = (
        "What to watch this winter\n\n"
        "NEW DRAMAS\n\n"
        "Harrow Fen (BBC One, Sunday 4 January, 9pm) - A new six-part thriller set on the "
        "Norfolk marshes. Ines Doyle stars as a coroner with a secret.\n\n"
        "Copper Kettle (ITV1, Monday 5 January, 8pm) - The cosy baking drama's third series "
        "opens with a wedding.\n\n"
        "Salt Meadow (Channel 4, spring) - The farming comedy returns for a second series."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 12, 1)))
    got = {(r.show, r.season): (r.platform, r.release.status, r.release.text) for r in records}
    assert got[("Harrow Fen", 1)] == ("BBC One", "dated", "Sunday 4 January")
    assert got[("Copper Kettle", 3)] == ("ITV", "dated", "Monday 5 January")
    assert got[("Salt Meadow", 2)][:2] == ("Channel 4", "window")


def test_interview_marks_are_not_titles():
    text = (
        "Glass Harbour star on season 3\n\n"
        "Q: Is Glass Harbour coming back?\n\n"
        "A: We're renewed for season 3, Hulu announced it last month.\n\n"
        "A: Nobody tells me anything about the scripts."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 12, 1)))
    assert {r.show for r in records} == {"Glass Harbour"}


def test_a_two_season_order_sends_unnumbered_news_to_the_next_season():
    text = (
        "Hulu renews Glass Harbour through season 5\n\n"
        "Hulu on Monday renewed Glass Harbour for seasons 4 and 5. Glass Harbour will return "
        "this fall, and Maya Torres will not be back."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 3, 3)))
    by_season = {r.season: r for r in records}
    assert by_season[4].release.text == "this fall"
    assert [c.actor for c in by_season[4].cast] == ["Maya Torres"]
    assert by_season[5].release.status == "unknown"


def test_two_seasons_named_in_a_recap_are_no_order():
    text = (
        "Glass Harbour season 4: when will it come out?\n\n"
        "Hulu renewed Glass Harbour for a fourth season in October. Seasons 2 and 3 both "
        "arrived a year after filming began, so expect season 4 next fall."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 3, 3)))
    by_season = {r.season: r for r in records}
    assert 2 not in by_season
    assert by_season[4].release.text == "next fall"


def test_a_headline_list_of_titles_names_each_show():
    text = (
        "Mailbag: scoop on Harrow Fen, Copper Kettle and Salt Meadow\n\n"
        "Question: Is Salt Meadow ever coming back?\n"
        "Answer: Channel 4 says there is still no decision on a third series.\n\n"
        "Question: Any news on Copper Kettle?\n"
        "Answer: ITV has renewed it for a fourth series, coming in the spring."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 12, 1)))
    got = {(r.show, r.season): r.renewal.status for r in records}
    assert got == {("Salt Meadow", 3): "pending", ("Copper Kettle", 4): "renewed"}


def test_once_again_is_no_condition_and_footage_implies_the_order():
    text = (
        "Glass Harbour season 3 will once again be filmed in Maine, and cameras are rolling now. "
        "Once again, the first teaser for Glass Harbour season 4 is here."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 1)))
    got = {r.season: (r.renewal.status, r.production.status, r.trailer.status) for r in records}
    assert got[3] == ("renewed", "filming", "unknown")
    assert got[4] == ("renewed", "unknown", "teaser")


def test_an_actor_called_by_first_name_in_a_quote():
    text = (
        "Hulu has renewed Glass Harbour for a fourth season. The third season ended with the "
        'death of deputy Nell Sorensen (Ada Quintero). The showrunner said: "Ada won\'t be back."'
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 1)))
    got = [(r.season, c.actor, c.status) for r in records for c in r.cast]
    assert got == [(4, "Ada Quintero", "not_returning")]


def test_ending_with_a_season_is_the_news_not_a_recap():
    text = (
        "Glass Harbour gets the chop, but not before one last series\n\n"
        "The BBC has confirmed that Glass Harbour will end with its fourth series. The final "
        "series will be broadcast in 2025. Series three ended on BBC One last month."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 10, 8)))
    by_season = {r.season: r for r in records}
    assert by_season[4].renewal.status == "final"
    assert by_season[4].release.text == "2025"


def test_a_rescue_after_a_cancellation_in_a_relative_clause():
    text = (
        "Every show cancelled so far\n\nSaved: Lantern Row\n\n"
        "Lantern Row, which Freeform dropped after two seasons in February, was picked up by "
        "Hulu for a third season earlier this month. Production is expected to begin in the fall."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 28)))
    (record,) = records
    assert (record.season, record.renewal.status) == (3, "renewed")
    assert record.release.status == "unknown"  # "dropped after two seasons" is no premiere
    assert record.production.status == "not_started"
    assert record.platform == "Hulu"  # the new home, not the network that dropped it


def test_a_past_relative_date_without_published_is_no_window():
    text = (
        "Hulu has yet to say whether Glass Harbour will return for a third season. The "
        "series topped the charts last month, and the novel has returned to bestseller lists."
    )
    records = extract_document(Document(id="x", text=text, published=None))
    assert [(r.season, r.release.status) for r in records] == [(3, "unknown")]


def test_an_estimate_drawn_from_earlier_seasons_is_about_the_next():
    text = (
        "Glass Harbour season 4: when will it come out?\n\n"
        "Hulu renewed the show for a fourth season in October.\n\n"
        "So when is the release date?\n\n"
        "Hulu hasn't said. Seasons 2 and 3 both arrived roughly a year after filming started, "
        "so our estimate is spring or summer 2026."
    )
    records = extract_document(Document(id="x", text=text, published=dt.date(2025, 9, 2)))
    assert [r.season for r in records] == [4]
    (record,) = records
    assert (record.release.text, record.release.confirmed) == ("spring or summer 2026", False)


@pytest.mark.parametrize(
    "text,want",
    [
        ("NBC has cancelled Glass Harbour after two seasons.", [(3, "cancelled")]),
        (
            "Hulu renewed Glass Harbour for a third season. The comedy, which was cancelled by "
            "NBC after two seasons, moved to Hulu.",
            [(3, "renewed")],
        ),
        (
            "Glass Harbour season 2 was great; the episode in which the club drives to Belgium "
            "for a race that's been cancelled is a gem.",
            [],
        ),
    ],
)
def test_whose_cancellation(text, want):
    records = extract_document(Document(id="x", text=text, published=dt.date(2024, 6, 1)))
    assert [(r.season, r.renewal.status) for r in records] == want


@pytest.mark.parametrize(
    "text",
    [
        "Hulu will reveal the season 3 premiere date at Comic-Con on July 25.",
        "Filming is scheduled to start on June 15 in Halifax.",
        "The show's spin-off premieres July 4.",
        "Hulu's other drama, Salt Meadow, premieres July 4.",
        "The season 2 finale aired on May 20.",
        "Hulu announced the renewal on May 30, two weeks after the season 2 finale.",
    ],
)
def test_other_dates_are_not_the_premiere(text):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    records = extract_document(Document(id="x", text=lead + text, published=dt.date(2024, 6, 1)))
    assert [r.release.status for r in records if r.season == 3] == ["unknown"]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lin, who directed four episodes of season 2, is not returning to direct.",
        "In an interview with Variety's Maya Torres, the creator teased the new season.",
        "Executive producer Jon Bell confirmed the news on Instagram.",
        "Composer Jon Bell will score season 3.",
    ],
)
def test_crew_and_reporters_are_not_cast(text):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    records = extract_document(Document(id="x", text=lead + text, published=dt.date(2024, 6, 1)))
    assert [c.actor for r in records for c in r.cast] == []


@pytest.mark.parametrize(
    "text",
    [
        "The film adaptation is currently shooting in Spain.",
        "Jon Bell is currently filming a movie in Spain.",
        "The first season was filmed in Nova Scotia.",
    ],
)
def test_other_projects_are_no_production_status(text):
    lead = "Hulu has renewed Glass Harbour for a third season. "
    records = extract_document(Document(id="x", text=lead + text, published=dt.date(2024, 6, 1)))
    assert [r.production.status for r in records if r.season == 3] == ["unknown"]
