from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from knownsofar.documents import normalise_text

CASES = [
    ("it\u2019s \u2018quoted\u2019", "it's 'quoted'"),
    ("\u201cSeason 2\u201d \u201eok\u201f", '"Season 2" "ok"'),
    ("2019\u20132020", "2019-2020"),
    ("filming \u2014 soon", "filming - soon"),
    ("minus \u2212 figure \u2012 hyphen \u2010 bar \u2015", "minus - figure - hyphen - bar -"),
    ("non\u00a0breaking\u2009thin\u202fnarrow\u3000ideo", "non breaking thin narrow ideo"),
    ("zero\u200bwidth\u200d\ufeffjoin\u00ad", "zerowidthjoin"),
    ("bell\x07 and\x1b escape\x7f", "bell and escape"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("many    spaces\there", "many spaces here"),
    ("p1\n\n\n\n\np2", "p1\n\np2"),
    ("trailing   \nspaces  \n\n  \n\nnext", "trailing\nspaces\n\nnext"),
    ("&amp; &lt;b&gt; &ldquo;hi&rdquo; &nbsp;x &#8217;", '& <b> "hi" x \''),
    ("cafe\u0301", "caf\u00e9"),
    ("  \n\n  padded  \n\n", "padded"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[c[1][:20] or "empty" for c in CASES])
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


@given(st.text().map(lambda s: s.replace("&", "")))  # entities unescape once
@example("A\x1f\u0300")  # the accent composes only once the control character is gone
def test_normalise_text_is_idempotent_and_clean(s):
    once = normalise_text(s)
    assert normalise_text(once) == once
    assert "\r" not in once
    assert "\n\n\n" not in once
    assert "  " not in once
    assert once == once.strip()
