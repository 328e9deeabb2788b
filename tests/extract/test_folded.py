"""Folded: an IGNORECASE pattern's twin on lower-cased text gives the same answer."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import knownsofar.extract as extract
from knownsofar.extract import production, release, renewal, subjects
from knownsofar.extract.folded import Folded

PATTERNS = {
    "any-season": extract._ANY_SEASON,
    "tv-words": extract._TV_WORDS,
    "season-mention": subjects.SEASON_RE,
    "anchor-before": subjects._BEFORE_ANCHOR,
    "escapes-and-groups": re.compile(r"(?P<Word>\S+)\s+\W?(?P=Word)\b|\bS\d\B", re.IGNORECASE),
    "released": release.RELEASED.compiled,
    "renewed": renewal.RENEWED.compiled,
    "more-filming": production.MORE_FILMING.compiled,
}
# upper and lower case, the four letters IGNORECASE folds to ASCII (İ ı ſ K), other
# non-ASCII letters, digits, punctuation
ALPHABET = "aAeEiIkKnNoOrRsStTwWxX0129 -'’.,()+\u0130\u0131\u017f\u212aéÉßΣς"
WORDS = ["season", "Series", "S2", "renewed", "Netflix", "BBC", "drama", "the ", "of ", "ſeaſon"]
WORDS += ["Premieres", "RETURNS for", "picked up for a", "is a go", "out now", "Ordered a"]
TEXTS = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=6), st.sampled_from(WORDS))).map(
    "".join
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Season two", True),
        ("SERIES 3", True),
        ("Volvo s40", True),
        ("ſeason", True),  # IGNORECASE equates ſ with s; str.lower() keeps ſ
        ("\u212aANSAS renewal", True),
        ("İstanbul", False),  # lower-cases to two characters
        ("reasons", False),
        ("no such word", False),
    ],
    ids=[
        "title",
        "upper",
        "abbreviation",
        "long-s",
        "kelvin-sign",
        "dotted-i",
        "other-word",
        "none",
    ],
)
def test_folded_gate(text, expected):
    assert Folded.of(extract._ANY_SEASON).found_in(text) is expected
    assert (extract._ANY_SEASON.search(text) is not None) is expected


def _found(m):
    return None if m is None else (m.span(), m.groups())


@given(TEXTS, st.sampled_from(sorted(PATTERNS)), st.integers(0, 40), st.integers(0, 80))
def test_folded_agrees_with_the_pattern(text, name, pos, endpos):
    pattern = PATTERNS[name]
    folded = Folded.of(pattern)
    assert folded.found_in(text) is (pattern.search(text) is not None)
    assert _found(folded.search(text, pos, endpos)) == _found(pattern.search(text, pos, endpos))
    found = [_found(m) for m in folded.finditer(text, pos, endpos)]
    assert found == [_found(m) for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"season"),
        re.compile(r"(?-i:S)eason", re.IGNORECASE),
        re.compile(r"(?s-i:S.)eason", re.IGNORECASE),
        re.compile(r"s[éè]rie", re.IGNORECASE),
        re.compile(r"\x53eason", re.IGNORECASE),
        release.RELEASE_VERB,  # "hits (?-i:[A-Z])\w+": a capitalised network; stays compiled
    ],
    ids=[
        "case-sensitive",
        "scoped-flag",
        "scoped-flags",
        "non-ascii",
        "letter-by-number",
        "release-verb",
    ],
)
def test_folded_refuses_what_lowercasing_could_change(pattern):
    with pytest.raises(ValueError, match="lower-cased"):
        Folded.of(pattern)
