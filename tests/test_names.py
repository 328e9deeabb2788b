"""names.py: show and actor match keys, slugs, SHOW matching (SPEC: command line)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knownsofar.errors import AmbiguousShow, NotFound
from knownsofar.names import actor_key, match_show, show_key, slugify


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Boys", "boys"),
        ("Ledger & Lark.", "ledger and lark"),
        ("THE BOYS", "the boys"),
        ("Pokémon Concierge", "pokemon concierge"),
        ("Grey's Anatomy", "greys anatomy"),
        ("Grey’s Anatomy", "Greys Anatomy"),
        ("S.W.A.T.", "swat"),
        ("Spider-Man: Noir", "spider man noir"),
        ("  All   of Us\tAre Dead ", "all of us are dead"),
    ],
    ids=[
        "the",
        "ampersand",
        "case",
        "accent",
        "apostrophe",
        "curly-apostrophe",
        "periods",
        "hyphen-colon",
        "whitespace",
    ],
)
def test_show_key_matches(a, b):
    assert show_key(a) == show_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("The Boys", "Boys Presents"), ("Theodosia", "Odosia"), ("Them", "The M")],
    ids=["different-show", "the-inside-word", "the-only-with-space"],
)
def test_show_key_differs(a, b):
    assert show_key(a) != show_key(b)


def test_show_key_value():
    assert show_key("The Ledger & Lark.") == "ledger and lark"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("All of Us Are Dead", "all-of-us-are-dead"),
        ("The Boys", "the-boys"),
        ("Ledger & Lark", "ledger-and-lark"),
        ("Pokémon: Horizons!", "pokemon-horizons"),
        ("Grey's Anatomy", "greys-anatomy"),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(
    "name", ["Park Ji-hu", "park jihu", "Park Ji Hu", "PARK JI-HU", "Párk Jihu"]
)
def test_actor_key_is_case_accent_hyphen_insensitive(name):
    assert actor_key(name) == actor_key("Park Ji-hu")


def test_actor_key_tells_actors_apart():
    assert actor_key("Park Ji-hu") != actor_key("Park Solomon")


SHOWS = {
    show_key(name): name
    for name in [
        "The Boys",
        "The Boys Presents: Diabolical",
        "All of Us Are Dead",
        "Severance",
        "Ledger & Lark",
    ]
}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("the boys", "The Boys"),
        ("BOYS", "The Boys"),
        ("all-of-us-are-dead", "All of Us Are Dead"),
        ("All of Us", "All of Us Are Dead"),
        ("sev", "Severance"),
        ("Ledger and Lark", "Ledger & Lark"),
        ("ledger-and-lark", "Ledger & Lark"),
        ("boys presents", "The Boys Presents: Diabolical"),
    ],
    ids=["exact", "the-dropped", "slug", "prefix", "short-prefix", "and", "slug-and", "prefix-2"],
)
def test_match_show(query, name):
    assert SHOWS[match_show(query, SHOWS)] == name


def test_match_show_slug_of_display():
    shows = {"weird key": "Café Society"}
    assert match_show("cafe-society", shows) == "weird key"


def test_match_show_not_found():
    with pytest.raises(NotFound, match="no show matches 'nothing'"):
        match_show("nothing", SHOWS)


def test_match_show_empty_query_is_not_found():
    with pytest.raises(NotFound):
        match_show("  ", SHOWS)


def test_match_show_ambiguous_lists_display_names():
    with pytest.raises(
        AmbiguousShow, match="'bo' matches: The Boys, The Boys Presents: Diabolical"
    ):
        match_show("bo", SHOWS)


@given(st.text())
def test_keys_are_idempotent(name):
    assert show_key(show_key(name)) == show_key(name)
    assert actor_key(actor_key(name)) == actor_key(name)
    assert "--" not in slugify(name)
