"""cast: more pairing and status patterns (PHRASES §6), on invented sentences.

Each case lists entries that must be present (matched by actor name) with their
status, and optionally their character and ``new``.
"""

from __future__ import annotations

import pytest

from ._helpers import cast_member, name_key, record_for, same_text

C, E, P, N = "confirmed", "expected", "possible", "not_returning"
ANY = "<any>"

# text, published, show, season, [(actor, character or ANY, status, new or None), ...]
ENTRIES = {
    "surname-alone-after-full-name": (
        "Lindenfall season 2 has been confirmed by Hulu. Perrin Wexley, the show's star, "
        "thanked fans on Instagram.\n\nWexley will return as the ferryman Tobiah Crane.",
        "2025-02-03",
        "Lindenfall",
        2,
        [("Perrin Wexley", "Tobiah Crane", C, None)],
    ),
    "surname-exit-after-full-name": (
        "Brackwater season 3 is filming now. Odette Farris, who played Nell, will not be "
        "part of it.\n\nFarris exited the series to star in a stage play.",
        "2025-03-10",
        "Brackwater",
        3,
        [("Odette Farris", ANY, N, None)],
    ),
    "reporting-verb-is-not-the-status": (
        "Kestrel Bay season 2 is filming. Absent is Roland Pike, whose character Gus left "
        "town in the finale. Pike confirmed in March that he would not be returning.",
        "2025-05-01",
        "Kestrel Bay",
        2,
        [("Roland Pike", ANY, N, None)],
    ),
    "not-returning-is-actor": (
        "Netflix has revealed the cast of Ironvale season 2. Not returning is Delphine Ashby, "
        "whose character Rook died in the first season.",
        "2025-01-14",
        "Ironvale",
        2,
        [("Delphine Ashby", ANY, N, None)],
    ),
    "unbulleted-list-under-intro": (
        "Marrowgate season 3 arrives next year on Max. Confirmed so far:\n\n"
        "Ysolde Brant as Queen Tamsa\n"
        "Corvin Hale as the smuggler Dace\n\n"
        "More casting is expected soon.",
        "2025-04-02",
        "Marrowgate",
        3,
        [("Ysolde Brant", "Queen Tamsa", C, False), ("Corvin Hale", "Dace", C, False)],
    ),
    "character-first-bullets-with-rank": (
        "Who's in the cast of Ninefold season 2?\n\n"
        "All the surviving crew members are confirmed to return. Here's the list:\n\n"
        "- Major Tarek Osei: Lionel Baptiste\n"
        "- Corporal Wen Li: Aster Moravec\n",
        "2025-06-11",
        "Ninefold",
        2,
        [("Lionel Baptiste", ANY, C, False), ("Aster Moravec", ANY, C, False)],
    ),
    "new-this-season-intro": (
        "Paramount+ has revealed the cast for Thornhaven season 2.\n\n"
        "New this season:\n"
        "- Marisa Okolie is Superintendent Vera Kell\n",
        "2025-06-11",
        "Thornhaven",
        2,
        [("Marisa Okolie", ANY, C, True)],
    ),
    "recast-previously-played-by": (
        "There's one change in Copperline season 2. The role of Milo, previously played by "
        "Ansel Dray, will now be played by newcomer Tobin Rourke.",
        "2025-02-20",
        "Copperline",
        2,
        [("Tobin Rourke", ANY, C, True), ("Ansel Dray", ANY, N, False)],
    ),
    "possessive-actor-character": (
        "Fallowmere season 3 begins filming next month. Hester Quaid's Bramble will also "
        "feature, the BBC confirmed.",
        "2025-03-03",
        "Fallowmere",
        3,
        [("Hester Quaid", "Bramble", C, False)],
    ),
    "titled-character-before-actor-in-parentheses": (
        "The Fenwick Affair season 2 trailer is here. Inspector Alaric Stowe (Jasper Vane) "
        "hunts a poisoner through the docks.",
        "2025-09-09",
        "The Fenwick Affair",
        2,
        [("Jasper Vane", "Alaric Stowe", C, False)],
    ),
    "dame-honorific-dropped": (
        "Ravelstone season 4 is filming in Kent. Dame Wilhelmina Crosse returns as the "
        "dowager Lady Askew.",
        "2025-05-05",
        "Ravelstone",
        4,
        [("Wilhelmina Crosse", "Lady Askew", C, False)],
    ),
    "surname-who-plays": (
        "Production on Saddleback season 2 has paused after star Rory Benton was hurt on set. "
        "Benton, who plays rancher Wade Colter, is recovering, a spokesperson said.",
        "2025-07-07",
        "Saddleback",
        2,
        [("Rory Benton", ANY, C, None)],
    ),
    "on-set-is-confirmed": (
        "Filming on Glimmerdeep season 2 resumed on Monday. Co-star Ilse Marten (Wren) was "
        "also on set, according to a production source.",
        "2025-08-04",
        "Glimmerdeep",
        2,
        [("Ilse Marten", "Wren", C, None)],
    ),
    "ordered-list-with-descriptors": (
        "Filming on Tinsel Ledger season 2 begins this month. Returning stars Mara Greave and "
        "Oskar Lind reprise their roles as auditor Noelle Frost and toy-factory owner Gus Bell.",
        "2025-06-02",
        "Tinsel Ledger",
        2,
        [("Mara Greave", "Noelle Frost", C, False), ("Oskar Lind", "Gus Bell", C, False)],
    ),
    "and-so-will": (
        "Channel 4 has commissioned Slatefall series 3. Huw Barri will return as Dilwyn, and "
        "so will Carys Ellis as the office manager, Glenys, although Rhodri Tegid will not be "
        "back.",
        "2025-03-03",
        "Slatefall",
        3,
        [("Carys Ellis", ANY, C, None), ("Rhodri Tegid", ANY, N, None)],
    ),
    "relative-clause-is-backstory": (
        "Driftmark season 3 premieres May 2 on Prime Video. Lucian Brandt, whose Admiral Vane "
        "died in season 2, appears only in flashbacks.",
        "2025-03-03",
        "Driftmark",
        3,
        [("Lucian Brandt", ANY, C, None)],
    ),
    "paren-order-set-by-a-titled-character": (
        "Heron Mill season 2 is coming in March. Eliza Thorne (Maud Keble) and Captain Rhys "
        "Dalby (Ned Orme) will return.",
        "2025-01-10",
        "Heron Mill",
        2,
        [("Maud Keble", "Eliza Thorne", C, None), ("Ned Orme", ANY, C, None)],
    ),
    "paren-order-set-by-a-the-character": (
        "Filming on Brine Kings season 2 is under way. Joining him again are Inga Sollen "
        "(Black Meg) and Tomas Brekke (the Quartermaster).",
        "2025-01-10",
        "Brine Kings",
        2,
        [("Inga Sollen", "Black Meg", C, None), ("Tomas Brekke", ANY, C, None)],
    ),
    "question-heading-is-possible": (
        "Salt Crowns season 2 is filming in Malta.\n\nWill Ludo Farrow return?\n\n"
        "His character was hanged in the finale, so it seems unlikely.",
        "2025-05-05",
        "Salt Crowns",
        2,
        [("Ludo Farrow", ANY, P, None)],
    ),
    "family-name-marks-the-characters": (
        "Hulu has renewed Millrace for season 3, and Cal Brandt (Jonah Pike) and Hester "
        "Lowe (Della Pike) would surely be back.",
        "2025-05-05",
        "Millrace",
        3,
        [("Cal Brandt", "Jonah Pike", E, None), ("Hester Lowe", "Della Pike", E, None)],
    ),
    "played-by-after-a-role-description": (
        "The Kestrel Mews season 2 trailer teases a rivalry between Nell Sato (Keiko Arden) "
        "and a new falconer played by Ibrahim Castel.",
        "2025-05-05",
        "Kestrel Mews",
        2,
        [("Ibrahim Castel", None, C, None)],
    ),
    "both-stars-after-a-pair": (
        "Max has renewed Shortly for a third season. The sisters, played by Jude Kean and "
        "Margit Olson, go national in season 3. Both stars will return.",
        "2025-05-05",
        "Shortly",
        3,
        [("Jude Kean", ANY, C, None), ("Margit Olson", ANY, C, None)],
    ),
    "character-shot-dead": (
        "Nell Parr will be back as June in Whistle Fork season 3. Don't expect to see Deputy "
        "Ruiz, though: Jasper Quint's character was shot dead in the season 2 finale.",
        "2025-05-05",
        "Whistle Fork",
        3,
        [("Jasper Quint", ANY, N, None)],
    ),
    "interview-first-name": (
        "Saltreach creator Ines Oko on season 2: filming starts in June.\n\n"
        "Q: What about Corwin Vale, who plays Sergeant Pell?\n\n"
        "A: Corwin's back, yes. I couldn't do the show without him.",
        "2025-05-05",
        "Saltreach",
        2,
        [("Corwin Vale", ANY, C, None)],
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,entries", list(ENTRIES.values()), ids=list(ENTRIES)
)
def test_cast_more_entries(text, published, show, season, entries):
    record = record_for(text, show, season, published)
    for actor, character, status, new in entries:
        member = cast_member(record, actor)
        if character is not ANY:
            assert same_text(member.character, character), f"{actor}: {member.character!r}"
        assert member.status == status, actor
        if new is not None:
            assert member.new == new, actor


# text, published, show, season, names that must NOT be cast entries of that season
ABSENT = {
    "place-after-the-is-not-a-person": (
        "Westerly season 2 moves the story from the Gulf Coast to a ski lodge; Hulu says "
        "Corin Ashdown will return.",
        "2025-02-02",
        "Westerly",
        2,
        ["Gulf Coast"],
    ),
    "credits-in-a-coordinated-list": (
        "Hulu announced that Mira Solenne (Haunt Lake) and Dax Corrigan (Night Desk) have "
        "joined the cast of Pellucid season 2 as series regulars.",
        "2025-04-04",
        "Pellucid",
        2,
        ["Haunt Lake", "Night Desk"],
    ),
    "credits-with-commas-then-role": (
        "Joining Tin Harbour season 2 are Kobi Mensah (Cold Harbour, The Ninth Room), who "
        "will play a disgraced inventor, and Lise Marchant, as the mayor's aide Ottilie Crane.",
        "2025-04-04",
        "Tin Harbour",
        2,
        ["Cold Harbour", "Ninth Room", "Ottilie Crane"],
    ),
    "creator-by-surname-is-not-cast": (
        "Its creator, Gethin Morwood, wrote the pilot at night. Channel 4 has commissioned "
        "Slatefall series 3. Morwood confirms that Rhian Tudor will not be back.",
        "2025-03-03",
        "Slatefall",
        3,
        ["Gethin Morwood"],
    ),
    "surname-of-a-character-is-not-an-actor": (
        "Neve Castell plays Detective Ruth Marlow in Fenmarsh. Fenmarsh series 8 has been "
        "ordered, and Marlow will not be in it.",
        "2025-03-03",
        "Fenmarsh",
        8,
        ["Ruth Marlow"],
    ),
    "reporter-before-a-cast-list": (
        "Who's coming back to Cobble Yard series 4? Ada Penrose confirms that both brothers "
        "will return: Tomas Reyne as Lenny and Ewan Brough as Mick.",
        "2025-03-03",
        "Cobble Yard",
        4,
        ["Ada Penrose"],
    ),
    "the-one-casting-is-not-cast": (
        "Cobble Yard series 4 has one newcomer. Ada Penrose has cast comedian Jerome Tallis "
        "as a rival landlord.",
        "2025-03-03",
        "Cobble Yard",
        4,
        ["Ada Penrose"],
    ),
    "photo-caption-position": (
        "[Photo: Hanne Lutz (left) and Bo Serrano (right) in Stormwake season 2. (Netflix)]\n\n"
        "Lutz returns as skipper Anneke Vos.",
        "2025-09-01",
        "Stormwake",
        2,
        ["Anneke Vos"],
    ),
    "its-last-is-not-a-possessive": (
        "Channel 4 has renewed The Quillhaven Inn for a fourth and final series. IT'S last "
        "orders at The Quillhaven Inn, and Mara Quill returns as the landlady.",
        "2025-03-03",
        "The Quillhaven Inn",
        4,
        ["Quillhaven Inn"],
    ),
    "appositive-character-after-as": (
        "BBC One has commissioned series two of Lantern Point. Newly cast is Sorcha Breen as "
        "the keeper's daughter, Kitty Vance.",
        "2025-03-03",
        "Lantern Point",
        2,
        ["Kitty Vance"],
    ),
    "character-after-possessive-descriptor": (
        "Amara Bolt, who played Fane's partner Jess Kirby, won't be back for Holloway Vice "
        "series 2 after her character was killed off.",
        "2025-05-05",
        "Holloway Vice",
        2,
        ["Jess Kirby"],
    ),
    "show-level-star-list-in-a-cancellation": (
        "Peacock has cancelled Dust Lanes. The series, which starred Anke Solvang as a rural "
        "mail carrier, will not return for a third season.",
        "2025-05-05",
        "Dust Lanes",
        3,
        ["Anke Solvang"],
    ),
    "who-will-play-character": (
        "Redgate Station season 2 adds two newcomers. Kofi Arans, who will play ranch heir "
        "Dane Whitby, joins the cast alongside Mira Sousan.",
        "2025-05-05",
        "Redgate Station",
        2,
        ["Dane Whitby"],
    ),
    "a-new-character-is-not-an-actor": (
        "Starz's Hollowfen will have a new Marigold Ashby when it returns for season 3. Greta "
        "Lind has been cast in the role.",
        "2025-05-05",
        "Hollowfen",
        3,
        ["Marigold Ashby"],
    ),
    "moving-to-another-show": (
        "Not returning to Ashgrove season 3: Tobias Reel, whose character was executed. "
        "Reel has since joined the cast of Prime Video's The Lanterns.",
        "2025-03-03",
        "Ashgrove",
        3,
        [],
    ),
}


@pytest.mark.parametrize(
    "text,published,show,season,names", list(ABSENT.values()), ids=list(ABSENT)
)
def test_cast_more_absent(text, published, show, season, names):
    record = record_for(text, show, season, published)
    present = {name_key(m.actor) for m in record.cast}
    for name in names:
        assert name_key(name) not in present, f"{name} is not a cast claim"


def test_moved_actor_stays_not_returning():
    text, published, show, season, _ = ABSENT["moving-to-another-show"]
    record = record_for(text, show, season, published)
    assert cast_member(record, "Tobias Reel").status == N


LEAD = "Peacock has renewed Larkspur Yard for a second season, arriving next spring. "


@pytest.mark.parametrize(
    ("sentence", "actor", "character", "status", "new"),
    [
        (
            "Series stars Mirela Dunstan-Obi (Hattie Vale) and Corin Blackwood (Jem) both return.",
            "Mirela Dunstan-Obi",
            "Hattie Vale",
            "confirmed",
            False,
        ),
        (
            "Series stars Mirela Dunstan-Obi (Hattie Vale) and Corin Blackwood (Jem) both return.",
            "Corin Blackwood",
            "Jem",
            "confirmed",
            False,
        ),
        (
            "New for season 2 is Tamsin Okoro-Lund as a rival stable owner, Greta Marsh.",
            "Tamsin Okoro-Lund",
            "Greta Marsh",
            "confirmed",
            True,
        ),
        (
            "Conspicuously absent is Felix Ambridge, whose character drowned in the first finale.",
            "Felix Ambridge",
            None,
            "not_returning",
            False,
        ),
        (
            "Dorian Achebe-Hale, who has played Sergeant Lewin since the pilot, will be there "
            "to the end.",
            "Dorian Achebe-Hale",
            "Sergeant Lewin",
            "confirmed",
            False,
        ),
        (
            "Back are Ciaran Mulvey-Ito as Garda sergeant Padraig Foyle and Roisin Ackley as "
            "Aoife's sister, Clodagh Dunne.",
            "Ciaran Mulvey-Ito",
            "Padraig Foyle",
            "confirmed",
            False,
        ),
        (
            "Esi Marlowe-Quaye is also back as English teacher Gemma Trehearne.",
            "Esi Marlowe-Quaye",
            "Gemma Trehearne",
            "confirmed",
            False,
        ),
        (
            "Newcomer Tobias Ankrah (Cold Harbour Lane) joins the cast as DS Ravi Mehan.",
            "Tobias Ankrah",
            "Ravi Mehan",
            "confirmed",
            True,
        ),
        (
            "Chef Amarantha Quell returns as head judge, and host Benji Tallow-Reyes is also back.",
            "Benji Tallow-Reyes",
            None,
            "confirmed",
            False,
        ),
        (
            "Chef Amarantha Quell returns as head judge, and host Benji Tallow-Reyes is also back.",
            "Amarantha Quell",
            None,
            "confirmed",
            False,
        ),
        (
            "Other returning faces include Devon Markham-Shaw as his nemesis, the local "
            "councillor Ray Tolland.",
            "Devon Markham-Shaw",
            "Ray Tolland",
            "confirmed",
            False,
        ),
        (
            "New this season is Ilsabet Varga, who plays a Hungarian arms dealer named Kasimira "
            "Vogt.",
            "Ilsabet Varga",
            "Kasimira Vogt",
            "confirmed",
            True,
        ),
        (
            "The cast includes Pieter du Ploy as Captain Henning.",
            "Pieter du Ploy",
            "Captain Henning",
            "confirmed",
            False,
        ),
        (
            "The new season's big addition is Augustin Vantongeren as Salvatore Brandolini.",
            "Augustin Vantongeren",
            "Salvatore Brandolini",
            "confirmed",
            True,
        ),
        (
            "Also new is Odessa Whitlock as the singer Ruby Lyle.",
            "Odessa Whitlock",
            "Ruby Lyle",
            "confirmed",
            True,
        ),
        (
            "One notable absence: Barnaby Quennell, who played right-hand man Lenny Dubrow, "
            "doesn't appear in the new season.",
            "Barnaby Quennell",
            "Lenny Dubrow",
            "not_returning",
            False,
        ),
        (
            "Wilbur Achterberg-Lund's Ned, on the other hand, is definitely dead.",
            "Wilbur Achterberg-Lund",
            "Ned",
            "not_returning",
            False,
        ),
        (
            "One actor who definitely won't be: Hal Bexley, whose villain Commander Roane was "
            "killed in the season 1 finale.",
            "Hal Bexley",
            None,
            "not_returning",
            False,
        ),
        (
            "One name that isn't on the cast list is Danika Holm.",
            "Danika Holm",
            None,
            "not_returning",
            False,
        ),
        (
            "Clarence Beaumont (Ellis Okafor-Drummond), the club owner, is out of prison and back "
            "behind the bar.",
            "Ellis Okafor-Drummond",
            "Clarence Beaumont",
            "confirmed",
            False,
        ),
        (
            "Sadly, Bram Oyelowo-Finch will not return as Duncan, who died in that season 1 fire.",
            "Bram Oyelowo-Finch",
            "Duncan",
            "not_returning",
            False,
        ),
    ],
)
def test_more_ways_to_say_who_is_in_the_new_season(sentence, actor, character, status, new):
    record = record_for(LEAD + sentence, "Larkspur Yard", 2, "2025-06-01")
    member = cast_member(record, actor)
    assert (member.status, member.new) == (status, new)
    assert same_text(member.character, character)


def test_taking_over_a_role_from_someone_is_their_exit_and_the_newcomer_s_arrival():
    text = LEAD + (
        "Cian Ferrow will take over the role of Rory Dunne from Tobiah Mensah-Clarke, who "
        "exited the series after the first season."
    )
    record = record_for(text, "Larkspur Yard", 2, "2025-06-01")
    outgoing = cast_member(record, "Tobiah Mensah-Clarke")
    incoming = cast_member(record, "Cian Ferrow")
    assert (outgoing.status, incoming.status, incoming.new) == ("not_returning", "confirmed", True)


def test_a_character_after_a_role_description_is_not_an_actor():
    text = LEAD + "Back are Ciaran Mulvey-Ito as Garda sergeant Padraig Foyle and Roisin Ackley."
    record = record_for(text, "Larkspur Yard", 2, "2025-06-01")
    assert name_key("Padraig Foyle") not in {name_key(m.actor) for m in record.cast}


def test_page_furniture_and_lead_words_are_not_actors():
    text = LEAD + (
        "Alongside Ashgrove, Nell Varga returns as Tess. Email InsideLine with your questions "
        "and your question may be answered. Talk Show fans will be back too."
    )
    record = record_for(text, "Larkspur Yard", 2, "2025-06-01")
    actors = {name_key(m.actor) for m in record.cast}
    assert actors == {name_key("Nell Varga")}


def test_set_photos_that_show_an_actor_place_them_in_the_season():
    text = LEAD + (
        "Paparazzi photos published this week show star Linnea Drummond back in her camp "
        "counsellor shorts."
    )
    record = record_for(text, "Larkspur Yard", 2, "2025-06-18")
    assert cast_member(record, "Linnea Drummond").status == "confirmed"


def test_a_character_who_is_dead_is_no_actor_leaving():
    record = record_for(LEAD + "Walt Crowder is dead.", "Larkspur Yard", 2, "2025-06-01")
    assert name_key("Walt Crowder") not in {name_key(m.actor) for m in record.cast}


def test_producers_beside_the_showrunner_are_no_cast():
    text = (
        "Netflix has renewed Saltgrass for a third season. Tamsin Orr will return as Cora. "
        "Creator Maren Vell returns as showrunner and executive producer alongside Dov "
        "Hallorane and Sunny Petrakos for Lathe Pictures."
    )
    cast = {name_key(m.actor) for m in record_for(text, "Saltgrass", 3, "2024-02-13").cast}
    assert cast == {name_key("Tamsin Orr")}


def test_phrases_of_a_title_case_headline_are_no_actors():
    title = (
        "'Saltgrass' Boss Maren Vell on Season 2's Bigger World, That Sato Cliffhanger and "
        "When It Might Return"
    )
    text = (
        "Apple TV+ renewed Saltgrass for a second season last year. Tamsin Orr is back as "
        "Dr. Mira Okafor, Vell says, and Dario Feltz plays a salvage pilot called Ruy Castell."
    )
    record = record_for(text, "Saltgrass", 2, "2024-10-17", title=title)
    cast = {name_key(m.actor) for m in record.cast}
    assert cast == {name_key("Tamsin Orr"), name_key("Dario Feltz")}
    assert same_text(cast_member(record, "Dario Feltz").character, "Ruy Castell")


@pytest.mark.parametrize(
    "sentence",
    [
        "We also get the first real look at Ravi Sonder as the Surveyor, drawing a storm.",
        "Annika Reidsson's Mira Halloran spends much of the trailer in a helicopter.",
    ],
)
def test_a_part_seen_in_the_new_trailer_is_in_the_season(sentence):
    text = (
        "Apple TV+ released the official trailer for Stormglass season 2 on Thursday. " + sentence
    )
    record = record_for(text, "Stormglass", 2, "2025-08-14")
    assert [m.status for m in record.cast] == ["confirmed"]


def test_an_actor_confirming_the_news_is_not_confirmed_for_the_season():
    text = (
        "BBC One has recommissioned Mallow Lane for a fourth series. Gethin Moyle, who has "
        "played PC Danny Beck since the first episode, won't be back for series 4. Moyle "
        "confirmed the news on Instagram."
    )
    record = record_for(text, "Mallow Lane", 4, "2024-05-14")
    assert cast_member(record, "Gethin Moyle").status == N


def test_a_host_named_in_the_past_in_a_relative_clause_leaves_the_new_series():
    text = (
        "Channel 4 has ordered a second series of Pitch & Toss. Chef Marcus Oyelaran, who "
        "judged the first series alongside food writer Hettie Blane, won't be returning."
    )
    record = record_for(text, "Pitch & Toss", 2, "2024-07-01")
    assert cast_member(record, "Marcus Oyelaran").status == N


def test_a_maker_named_by_surname_is_no_cast():
    text = (
        "Netflix has renewed Vesper Lane, the slow-burn thriller from Jonah Tavistock, for a "
        "third season. One name that will not be on the call sheet is Hal Pettigrove: his "
        "character, Felix, did not survive the Season 2 finale, and Tavistock told us it was "
        "final."
    )
    record = record_for(text, "Vesper Lane", 3, "2024-03-12")
    assert [(m.actor, m.status) for m in record.cast] == [("Hal Pettigrove", N)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "New to the cast is Isla Monro, who will play DI Fenella Roy, a rival detective.",
            [("Isla Monro", "Fenella Roy", C)],
        ),
        (
            "Gordon Kessler continues to lead the cast, with Tessa Mavro returning as Lt. Gina "
            "Ruiz.",
            [("Gordon Kessler", ANY, C), ("Tessa Mavro", "Gina Ruiz", C)],
        ),
        (
            "Broadcaster Rosalind Tapper will replace Gerald Ainsworth, who stepped down after "
            "four series.",
            [("Rosalind Tapper", ANY, C), ("Gerald Ainsworth", ANY, N)],
        ),
        (
            "The new series will add Bastien Lefort as Colonel Vrba, a Czech officer.",
            [("Bastien Lefort", "Colonel Vrba", C)],
        ),
        (
            "The trailer gives a brief glimpse of Idris Kell as Rui Estrela, a harbour pilot.",
            [("Idris Kell", "Rui Estrela", C)],
        ),
        (
            "Presenter Bethan Morgan returns for the fourth series, alongside judge Clem Oduya.",
            [("Bethan Morgan", ANY, C), ("Clem Oduya", ANY, C)],
        ),
    ],
)
def test_more_ways_to_name_a_seasons_cast(sentence, expected):
    text = "ITV has recommissioned Winterbourne for a fourth series. " + sentence
    record = record_for(text, "Winterbourne", 4, "2025-03-01")
    got = {m.actor: (m.character, m.status) for m in record.cast}
    assert set(got) == {actor for actor, _, _ in expected}
    for actor, character, status in expected:
        assert got[actor][1] == status
        assert character == ANY or same_text(got[actor][0], character)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The eight-episode second season stars Perpetua Lyle, Lachlan Vertue and Dagny Osei.",
            {"Perpetua Lyle": C, "Lachlan Vertue": C, "Dagny Osei": C},
        ),
        ("Noticeably absent is Gethin Moyle's PC Danny Beck.", {"Gethin Moyle": N}),
        (
            "Studio Koen is animating the season, with Yusuke Hinata returning as director. "
            "Mio Tachi returns as Kiri.",
            {"Mio Tachi": C},
        ),
        (
            'Series star Claudette Ravens called the news "bittersweet". Mio Tachi returns as '
            "Kiri.",
            {"Mio Tachi": C},
        ),
    ],
)
def test_season_star_lists_ranks_and_directors(sentence, expected):
    text = "Netflix has renewed Moth Throne for a second season. " + sentence
    record = record_for(text, "Moth Throne", 2, "2025-03-01")
    assert {m.actor: m.status for m in record.cast} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hettie Blane returns, as does host Danny Whitlock.",
        "Danny Whitlock returns too.",
    ],
)
def test_short_return_sentences(sentence):
    text = "Channel 4 has ordered a second series of Pitch Toss. " + sentence
    record = record_for(text, "Pitch Toss", 2, "2024-07-01")
    assert cast_member(record, "Danny Whitlock").status == C


@pytest.mark.parametrize(
    "sentence",
    [
        "The teaser introduces newcomer Mio Tachi as Kiri and previews the opening theme, "
        '"Hollow Crown" by the band Seventh Lantern.',
        "Mio Tachi will return as Kiri, Netflix said, adding that its holiday romance Mistletoe "
        "Lane will return in 2026.",
        "Mio Tachi returns as Kiri. Will Grandpa Jessup be back?",
    ],
)
def test_bands_shows_and_family_titles_are_no_actors(sentence):
    text = "Netflix has renewed Ivory Lance for a second season. "
    record = record_for(text + sentence, "Ivory Lance", 2, "2025-03-01")
    assert [m.actor for m in record.cast] == ["Mio Tachi"]


def test_a_studio_is_no_actor():
    text = (
        "Crunchyroll has renewed Oboro Station for a second season. Returning for season 2 are "
        "Mio Tachi and Kumo Animation, the studio said."
    )
    record = record_for(text, "Oboro Station", 2, "2025-03-01")
    assert [m.actor for m in record.cast] == ["Mio Tachi"]


def test_a_cancelled_season_has_no_cast():
    text = (
        "Netflix has cancelled Shell Bay after three seasons, so there will be no fourth "
        "season. Star Gideon Marsh, who plays park manager Clive Doyle, took to X to blast the "
        "decision."
    )
    record = record_for(text, "Shell Bay", 4, "2025-03-01")
    assert (record.renewal.status, record.cast) == ("cancelled", [])


@pytest.mark.parametrize(
    "later",
    [
        "Vesey has since been cast in a CBS procedural.",
        "Vesey has since signed on to lead a period drama for the BBC.",
        "Vesey is now starring in a West End revival, so that looks final.",
        "Vesey, who turned 40 this year, has since joined the cast of a Channel 4 comedy.",
    ],
)
def test_an_actor_s_next_job_elsewhere_is_no_return(later):
    text = (
        "Netflix has renewed Ivory Lance for a second season. Harlan Vesey, who played Tom in "
        "the first season, won't be back. " + later
    )
    record = record_for(text, "Ivory Lance", 2, "2025-03-01")
    assert cast_member(record, "Harlan Vesey").status == N


def test_a_next_job_told_after_a_colon_keeps_the_clause_s_own_hedge():
    text = (
        "Netflix has renewed Ivory Lance for a second season. Co-star Mara Quill, who plays "
        "Dot, is a question mark: she has since been cast as a series regular on an NBC "
        "sitcom, and it's unclear whether she could do both."
    )
    record = record_for(text, "Ivory Lance", 2, "2025-03-01")
    assert cast_member(record, "Mara Quill").status == P


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlan Vesey's Brother Tom was burned alive in the first season's finale.",
        "Tom Blake, played by Harlan Vesey, did not survive the season 1 finale.",
    ],
)
def test_a_part_killed_in_the_finale_is_an_exit(sentence):
    text = "Netflix has renewed Ivory Lance for a second season. " + sentence
    record = record_for(text, "Ivory Lance", 2, "2025-03-01")
    assert cast_member(record, "Harlan Vesey").status == N


@pytest.mark.parametrize(
    "sentences",
    [
        "Her character, played by Amara Quill, was last seen in an ambulance. Quill announced "
        "in August that she would not be part of season three.",
        "Sadly, Amara Quill won't return as Mira's aunt Bette. Quill confirmed in April that "
        "she wasn't part of season 3, calling it a story decision.",
        "There is no sign of Amara Quill's Detective Bette Lund. The creator confirmed to us "
        'that Quill "isn\'t in season 3", adding that the door is open.',
        "As for Amara Quill, she won't be in the new season. Quill confirmed last year that her "
        "time as Bette Lund was over.",
        "Amara Quill, who joined in season 2 as Lady Bette Wren, will not return because of a "
        "stage commitment.",
    ],
)
def test_more_ways_to_tell_an_exit(sentences):
    text = "Netflix has renewed Ivory Lance for a third season, due in 2026. " + sentences
    record = record_for(text, "Ivory Lance", 3, "2025-03-01")
    assert [(m.actor, m.status) for m in record.cast] == [("Amara Quill", N)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The part of young Edmund, seen in flashbacks and played by Finn Ashby, will now be "
        "played by Oscar Thistle; Ashby, now 19, aged out of the part.",
        "Edmund, played by Finn Ashby in the first two seasons, will now be played by Oscar "
        "Thistle.",
    ],
)
def test_a_recast_part_s_earlier_actor_leaves(sentence):
    text = "Netflix has renewed Ivory Lance for a third season, due in 2026. " + sentence
    record = record_for(text, "Ivory Lance", 3, "2025-03-01")
    assert cast_member(record, "Finn Ashby").status == N
    assert (
        cast_member(record, "Oscar Thistle").status,
        cast_member(record, "Oscar Thistle").new,
    ) == (C, True)


def test_taking_over_the_part_from_someone_who_exited_is_an_arrival():
    text = (
        "Netflix has renewed Ivory Lance for a third season, due in 2026. Oscar Thistle will "
        "take over the part from Conrad Elms, who played the character in the first two seasons "
        "and exited the series over the summer."
    )
    record = record_for(text, "Ivory Lance", 3, "2025-03-01")
    assert cast_member(record, "Oscar Thistle").status == C
    assert cast_member(record, "Conrad Elms").status == N


def test_a_character_after_two_role_descriptions_and_a_leading_besides_are_no_actors():
    text = (
        "ITV has recommissioned Winter Lane for a fourth series. Fraser Dowd will return as DCI "
        "Tom Hart, with Amara Lind back as his ex-wife and local GP Jo Hart. Besides Dowd and "
        "Lind, ITV hasn't confirmed any further casting."
    )
    record = record_for(text, "Winter Lane", 4, "2024-10-08")
    assert sorted(m.actor for m in record.cast) == ["Amara Lind", "Fraser Dowd"]


def test_and_before_a_second_actor_still_ends_a_role_description():
    text = (
        "ITV has recommissioned Winter Lane for a fourth series. Fraser Dowd will return as the "
        "village vicar and Mara Quill as his sister."
    )
    record = record_for(text, "Winter Lane", 4, "2024-10-08")
    assert sorted(m.actor for m in record.cast) == ["Fraser Dowd", "Mara Quill"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Watch series 5 release date: ITV sets Sunday return for DI Nell Brack",
        "Newcomer Mara Quill will play the parish's new vicar, Rev. Ada Hollins.",
        "Mara Quill joins the cast as the school's new matron, Mrs. Ivy Penrose.",
        "Sheriff Dale Ambrose is back on the beat, and Mara Quill returns as Ivy.",
    ],
)
def test_a_name_after_a_rank_is_a_character(sentence):
    text = "ITV has ordered a fifth series of Harbour Watch. " + sentence
    record = record_for(text, "Harbour Watch", 5, "2025-03-01")
    assert all(m.actor == "Mara Quill" for m in record.cast)


def test_a_talk_show_doctor_is_still_a_host():
    text = (
        "ABC has renewed Noon Desk for a seventh season. Newcomer Ravi Sethi joins "
        "returning co-hosts Tish Orr and Dr. Rafael Okafor."
    )
    record = record_for(text, "Noon Desk", 7, "2025-03-01")
    assert cast_member(record, "Rafael Okafor").status == C


@pytest.mark.parametrize(
    "sentence,actors",
    [
        (
            "Caleb Iron joins as a record executive from Los Angeles, Grant Whit, who wants to "
            "buy the label.",
            ["Caleb Iron"],
        ),
        (
            "Gaspard Lemon will play Crane's French rival, the corsair Étienne Roux.",
            ["Gaspard Lemon"],
        ),
        (
            "Augustin Roque has been cast in the recurring role of a state investigator, Nate "
            "Dufour.",
            ["Augustin Roque"],
        ),
        ("Yannick Morvan returns as Étienne Duchamp.", ["Yannick Morvan"]),
        (
            "Returning are Mara Quill as the vicar, Tom Hale as the doctor and Ida Moss as the "
            "baker.",
            ["Ida Moss", "Mara Quill", "Tom Hale"],
        ),
    ],
)
def test_a_part_named_after_its_description_is_no_actor(sentence, actors):
    text = "Netflix has renewed Orchard Wars for a third season. " + sentence
    record = record_for(text, "Orchard Wars", 3, "2025-03-01")
    assert sorted(m.actor for m in record.cast) == actors


@pytest.mark.parametrize(
    "sentence,actor,status",
    [
        (
            "Host Kim Marsh returns to the villa and will be joined by co-host Dan Okwu, a fan "
            "favourite from the show's second season.",
            "Dan Okwu",
            C,
        ),
        (
            "Season 2's Bree Oster and season 3's Theo Manco are back for another go.",
            "Theo Manco",
            C,
        ),
        ("Series 2 newcomer Nia Fitz is also back as the handler, Rosheen.", "Nia Fitz", C),
        ("Season 2's narrator, comedian Pia Okwu, won't return.", "Pia Okwu", N),
    ],
)
def test_a_season_named_as_where_someone_comes_from_is_not_the_claim_s(sentence, actor, status):
    text = "Peacock has renewed Lovers Lagoon for a fifth season, due this summer. " + sentence
    record = record_for(text, "Lovers Lagoon", 5, "2025-03-01")
    assert cast_member(record, actor).status == status


def test_a_newcomer_of_the_coming_season_joins_it():
    text = (
        "Prime Video has renewed Vine Estate for a fourth and fifth season. The third season "
        "debuts on March 14. Season 3 newcomer Mira Okon joins as a rival vintner."
    )
    record = record_for(text, "Vine Estate", 3, "2025-02-01")
    assert cast_member(record, "Mira Okon").status == C


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Rhiannon Vale, however, will not be back as Gemma Lyle; the actress is committed to "
            "a feature film.",
            [("Rhiannon Vale", N)],
        ),
        (
            "The second series ended leaving the cliffhanger (in which Josie Kett rode into a "
            "blizzard) unresolved, and leaving star Rory Hask in limbo. Tess Mara is leaving the "
            "show, the BBC said.",
            [("Tess Mara", N)],
        ),
        (
            "Annelise Varga, who plays Hester Colby, is back. Hester Colby returns, the poster "
            "says.",
            [("Annelise Varga", C)],
        ),
    ],
)
def test_parts_and_causes_are_not_people_leaving(sentence, expected):
    text = "BBC One has recommissioned Ossory Road for a third series. " + sentence
    record = record_for(text, "Ossory Road", 3, "2025-03-01")
    assert [(m.actor, m.status) for m in record.cast] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans were convinced that Tallie Oyel's character died in the season 1 finale.",
        "Tallie Oyel was superb, and if she isn't back I will protest outside the studio.",
        "Tallie Oyel does not appear in the teaser, and Netflix declined to comment on whether "
        "she is in the new season.",
        "Tallie Oyel hasn't been spotted in any set photos, and Netflix hasn't said whether "
        "she's in the season.",
    ],
)
def test_an_exit_only_believed_supposed_or_unseen_is_possible(sentence):
    text = "Netflix has renewed Cinder Vale for a second season. " + sentence
    record = record_for(text, "Cinder Vale", 2, "2025-03-01")
    assert cast_member(record, "Tallie Oyel").status == P


def test_an_exit_beside_an_open_question_about_someone_else_stays_an_exit():
    text = (
        "Netflix has renewed Cinder Vale for a second season. Tallie Oyel won't return, and "
        "it's unclear whether her co-stars will."
    )
    record = record_for(text, "Cinder Vale", 2, "2025-03-01")
    assert cast_member(record, "Tallie Oyel").status == N


@pytest.mark.parametrize(
    "sentence,status",
    [
        (
            "Lukas Brenner on saying goodbye to 'Velvet Hooks' and the scene he refused to "
            "rehearse.",
            C,
        ),
        ('Lukas Brenner said: "Saying goodbye to Anton is the hardest thing I have done."', N),
    ],
)
def test_a_goodbye_to_a_show_in_its_final_season_is_no_exit(sentence, status):
    text = (
        "HBO's Velvet Hooks returns for its second and final season in May. The final season "
        "was shot in Budapest. " + sentence
    )
    record = record_for(text, "Velvet Hooks", 2, "2025-03-01")
    assert cast_member(record, "Lukas Brenner").status == status


def test_the_speaker_of_a_quote_about_someone_else_gets_no_status_from_it():
    text = (
        "AMC has renewed Ink Marsh for a third season. Cora Rusk returns as Odile. "
        '"Lorenzo came to the wrap party and said goodbye to Gerald," Rusk says.'
    )
    record = record_for(text, "Ink Marsh", 3, "2025-03-01")
    assert cast_member(record, "Cora Rusk").status == C


def test_the_speaker_of_a_first_person_exit_leaves():
    text = (
        "AMC has renewed Ink Marsh for a third season. Cora Rusk plays Odile. "
        '"I will not be back for season 3," Cora Rusk says.'
    )
    record = record_for(text, "Ink Marsh", 3, "2025-03-01")
    assert cast_member(record, "Cora Rusk").status == N


def test_a_season_that_will_no_longer_premiere_is_no_exit_of_its_injured_star():
    text = (
        "Production on the second season of Max's Inch Road has been paused after star Fergus "
        "Lock broke his ankle, and the season will no longer premiere this fall."
    )
    record = record_for(text, "Inch Road", 2, "2025-03-01")
    assert all(m.status != N for m in record.cast)


@pytest.mark.parametrize(
    "later",
    [
        "Penn Vale, who has played cheeky mechanic Dai since the first episode, confirmed the "
        "news today.",
        "Vale, who also devised the format, will stay on as an executive producer behind the "
        "scenes.",
    ],
)
def test_an_exit_is_not_undone_by_the_actor_s_news_or_a_job_behind_the_camera(later):
    text = (
        "ITV has recommissioned Fox Terrace for a fifth series. Star Penn Vale has left the "
        "drama after four series. " + later
    )
    record = record_for(text, "Fox Terrace", 5, "2025-03-01")
    assert cast_member(record, "Penn Vale").status == N


def test_a_character_s_death_played_by_an_actor_is_their_exit():
    text = (
        "BBC One has ordered a third series of Locker 9. Fans will remember the shock death of "
        "Mal Doherty, played by Eamon Rourke, in the fifth episode."
    )
    record = record_for(text, "Locker 9", 3, "2025-03-01")
    assert cast_member(record, "Eamon Rourke").status == N


def test_a_newcomer_s_post_after_a_relative_clause_keeps_their_arrival():
    text = (
        "Showtime has renewed Loyalist for a third season. Newcomer Ima Thibault, who joined "
        "the cast for season 3 as an FBI informant, shared the same photo with a caption."
    )
    record = record_for(text, "Loyalist", 3, "2025-03-01")
    assert cast_member(record, "Ima Thibault").status == C


@pytest.mark.parametrize(
    "sentence",
    [
        "ITV has ordered a third series of its Norfolk Broads crime drama Moor Hen, with Sunny "
        "Lark back as Ada Penrose.",
        "Sunny Lark returns as Ada Penrose, the role that earned her a Golden Globe nomination.",
        "Sunny Lark returns as Ada Penrose, and newcomer Ola Morrow plays a National Guard "
        "liaison.",
        "Production begins in Cape Town next month; Sunny Lark returns as Ada Penrose.",
        "Sunny Lark returns as Ada Penrose, now running a Bethnal Green launderette.",
    ],
)
def test_places_and_awards_used_as_modifiers_are_no_actors(sentence):
    text = "ITV has ordered a third series of Moor Hen. " + sentence
    record = record_for(text, "Moor Hen", 3, "2025-03-01")
    assert {m.actor for m in record.cast} <= {"Sunny Lark", "Ola Morrow"}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is produced by Marrow Pictures, with Vanto, Hollis Brandt and Sefa Ioa executive "
        "producing.",
        "Studio Fennec returns to produce the anime, with Hiro Tanabe again directing.",
        "Series composition is by Aya Morita, and the composer is back for the score.",
        "Studio Garnet Forge returns to animate, with Emi Sakaki in charge of series composition.",
    ],
)
def test_makers_named_by_their_job_are_no_cast(sentence):
    text = "Crunchyroll has renewed Fox Courier for a second season. Mio Tachi returns as Kiri. "
    record = record_for(text + sentence, "Fox Courier", 2, "2025-03-01")
    assert [m.actor for m in record.cast] == ["Mio Tachi"]


@pytest.mark.parametrize(
    "sentence,actors",
    [
        (
            "The town's banker, Cyrus Blake, was hanged in the finale, and Tobias Merry, who "
            "played him, is not part of the new season.",
            ["Tobias Merry"],
        ),
        (
            "The resort's owner, Gus Dela, could not afford another winter. Ida Moss returns.",
            ["Ida Moss"],
        ),
        ("The show's star, Mara Quill, will return.", ["Mara Quill"]),
        (
            "We've got a brilliant new addition, Kofi Bran, who's playing the estranged brother.",
            ["Kofi Bran"],
        ),
        (
            "Stars Fitz Amund, Rosa Tey and Oksana Bell will all return.",
            ["Fitz Amund", "Oksana Bell", "Rosa Tey"],
        ),
    ],
)
def test_a_name_after_what_the_part_is_in_the_story_is_no_actor(sentence, actors):
    text = "Hulu has renewed Tallow Bend for a third season. " + sentence
    record = record_for(text, "Tallow Bend", 3, "2025-03-01")
    assert sorted(m.actor for m in record.cast) == actors


@pytest.mark.parametrize(
    "sentence,actors",
    [
        (
            "Leads Gabe Mensah and Tilly Broad, who play deputy Eli Ward and town historian "
            "Nora Quist, are expected to return.",
            ["Gabe Mensah", "Tilly Broad"],
        ),
        (
            "Mara Quill returns as detective Ilse Brandt and newcomer Tom Hale joins as her "
            "partner.",
            ["Mara Quill", "Tom Hale"],
        ),
    ],
)
def test_the_second_of_two_described_parts_is_no_actor(sentence, actors):
    text = "Hulu has renewed Tallow Bend for a third season. " + sentence
    record = record_for(text, "Tallow Bend", 3, "2025-03-01")
    assert sorted(m.actor for m in record.cast) == actors


@pytest.mark.parametrize(
    "sentence,actor,character",
    [
        ("Mira Okafor returns as DI Carys Bell.", "Mira Okafor", "Carys Bell"),
        ("Dr. Hana Vey (Lucia Brandt) is back at the clinic.", "Lucia Brandt", "Hana Vey"),
        (
            "Sheriff Lena Castellane (Jonah Pike) is back for the new season.",
            "Jonah Pike",
            "Lena Castellane",
        ),
        ("Owen Pryce returns as Father Tom Ashby.", "Owen Pryce", "Father Tom Ashby"),
        ("Greta Vale is back as Lady Catriona Ashe.", "Greta Vale", "Lady Catriona Ashe"),
    ],
)
def test_a_job_or_rank_is_not_part_of_the_characters_name(sentence, actor, character):
    """The eval conventions name the character without a job or rank ("Carys Bell" for
    "DI Carys Bell"), but keep a title by birth or vocation ("Father Tom Ashby")."""
    text = f"Marram Bay series 4 has started filming. {sentence}"
    record = record_for(text, "Marram Bay", 4, "2025-03-01", title="Marram Bay series 4")
    member = next(m for m in record.cast if m.actor == actor)
    assert member.character == character


def test_a_season_being_made_keeps_its_cast_whatever_reads_as_cancelled():
    # "saved from cancellation" may read as a cancellation; a wrapped season is being made
    record = record_for(
        "Hollow Pines season 3: everything we know\n\nSaved from cancellation by a fan "
        "campaign, Hollow Pines wrapped filming its third season in March. Mara Quill returns "
        "as Wren, and Theo Banner is back as Hale.",
        "Hollow Pines",
        3,
        "2025-06-01",
    )
    assert {m.actor for m in record.cast} >= {"Mara Quill", "Theo Banner"}


@pytest.mark.parametrize(
    "sentence,actor",
    [
        (
            "Newcomers include Priya Venn, who plays a biologist, and Otto Framling in an "
            "undisclosed role.",
            "Otto Framling",
        ),
        (
            "Joining the cast are Rupert Steadman, as the clinic's owner, and Ngozi Fair as a "
            "detective.",
            "Ngozi Fair",
        ),
        (
            "New to the cast this season are Ilsa Varga, who plays an arms dealer, and Tobiah "
            "Wendell, who plays a diplomat.",
            "Tobiah Wendell",
        ),
    ],
)
def test_a_new_cast_lead_makes_every_name_of_its_list_new(sentence, actor):
    text = f"Marram Bay series 4 has started filming. {sentence}"
    record = record_for(text, "Marram Bay", 4, "2025-03-01", title="Marram Bay series 4")
    member = next(m for m in record.cast if m.actor == actor)
    assert member.new is True


def test_a_returning_name_after_a_new_cast_lead_is_not_new():
    text = (
        "Marram Bay series 4 has started filming. Joining the cast is Priya Venn as a "
        "biologist, while Otto Framling returns as Sergeant Bell."
    )
    record = record_for(text, "Marram Bay", 4, "2025-03-01", title="Marram Bay series 4")
    member = next(m for m in record.cast if m.actor == "Otto Framling")
    assert member.new is False
