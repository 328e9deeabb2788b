"""Articles (Markdown, HTML) and terminal views from hand-built season states."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from knownsofar.record import (
    CastMember,
    Conflict,
    Evidence,
    HistoryEntry,
    Production,
    Renewal,
    SeasonState,
    Source,
    StateRelease,
    Trailer,
)
from knownsofar.render import (
    render_article_html,
    render_article_md,
    render_state_detail,
    render_status_table,
    render_timeline_table,
    render_timeline_text,
)
from knownsofar.render.escape import clean_text, escape_markdown, safe_url, site_of
from knownsofar.render.facts import build_article
from knownsofar.render.text import to_plain
from knownsofar.render.words import window_words

D = dt.date
TODAY = D(2026, 11, 23)
SCRIPT = "<script>alert('x')</script>"


def _ev(field: str, quote: str, doc: str, day: dt.date | None) -> Evidence:
    return Evidence(field=field, quote=quote, doc=doc, published=day)


def full_state() -> SeasonState:
    """A season with every field set, an expired speculative window, a conflict,
    hostile text (HTML, Markdown, terminal escapes) and a javascript: URL."""
    a, b, c = D(2025, 1, 14), D(2025, 4, 22), D(2024, 6, 2)
    return SeasonState(
        show="The Lantern Keepers",
        season=2,
        platform="Netflix",
        renewal=Renewal(status="renewed", date=a),
        release=StateRelease(
            status="window",
            window=(D(2025, 1, 1), D(2025, 4, 30)),
            confirmed=False,
            text="Early 2025",
            stale=True,
        ),
        production=Production(status="filming", as_of=b),
        trailer=Trailer(status="teaser"),
        episodes=8,
        cast=[
            CastMember(actor="Mara Quint", character="Edda Lind", status="confirmed"),
            CastMember(actor="Tobias Renn", character="Captain Hale", status="confirmed", new=True),
            CastMember(actor="Colm Ashdown", character="Ruud", status="not_returning"),
            CastMember(actor="Dana Okafor", character="Ruth", status="expected"),
            CastMember(actor="Ines *Varga*\x1b[31m", character="Sister [Wren]", status="possible"),
        ],
        plot=[f"Edda sails north {SCRIPT} to find the missing ship."],
        evidence=[
            _ev("platform", "Netflix has renewed The Lantern Keepers.", "renewed", a),
            _ev("renewal", "Netflix has renewed The Lantern Keepers.", "renewed", a),
            _ev("release", "Early 2025 seems most likely.", "fansite", c),
            _ev("production", "Filming began this week.", "filming", b),
            _ev("episodes", "The season has eight episodes.", "filming", b),
            _ev("trailer", "A teaser shows the lighthouse.", "filming", b),
            _ev("cast", "Mara Quint will reprise her role as Edda Lind.", "renewed", a),
            _ev("cast", "Tobias Renn joins the cast as Captain Hale.", "filming", b),
            _ev("cast", "Colm Ashdown will not return.", "renewed", a),
            _ev("cast", "Dana Okafor (Ruth) is expected to return.", "fansite", c),
            _ev("cast", "Ines *Varga* could be back as Sister [Wren].", "fansite", c),
            _ev("plot", f"Edda sails north {SCRIPT} to find the missing ship.", "filming", b),
        ],
        as_of=b,
        sources=[
            Source(
                doc="renewed",
                url="https://www.screenledger.example/news/renewed",
                title="Netflix renews The Lantern Keepers",
                published=a,
            ),
            Source(doc="filming", url="javascript:1", title=f"Filming {SCRIPT}", published=b),
            Source(
                doc="fansite",
                url="https://couchtheories.example/x",
                title="Everything](javascript:x) we know",
                published=c,
            ),
        ],
        history=[
            HistoryEntry(
                field="production", value={"status": "not_started"}, doc="fansite", published=c
            )
        ],
        conflicts=[
            Conflict(
                field="platform", values=["Netflix", "Netflix Korea"], docs=["renewed", "filming"]
            )
        ],
    )


def empty_state() -> SeasonState:
    return SeasonState(show="Quiet Hours", season=3)


def dated_state(confirmed: bool, day: dt.date, stale: bool = False) -> SeasonState:
    return SeasonState(
        show="Paper Moons",
        season=2,
        release=StateRelease(status="dated", date=day, confirmed=confirmed, stale=stale),
        evidence=[_ev("release", "It premieres then.", "d1", D(2026, 3, 10))],
        sources=[Source(doc="d1", title="Date news", published=D(2026, 3, 10))],
        as_of=D(2026, 3, 10),
    )


def test_every_sourced_statement_cites_a_source():
    article = build_article(full_state(), TODAY)
    statements = list(article.statements())
    assert statements
    numbers = {ref.n for ref in article.sources}
    for statement in statements:
        if statement.sourced:
            assert statement.cites, statement.text
            assert {c.n for c in statement.cites} <= numbers


def _body_lines(md: str) -> list[str]:
    body = md.split("\n## ", 1)[1].split("\n## Sources")[0]
    skip = ("#", "|---", "| Point", "Sources of equal weight")
    return [ln for ln in body.splitlines()[1:] if ln.strip() and not ln.startswith(skip)]


def test_markdown_every_statement_line_ends_in_citation():
    md = render_article_md(full_state(), TODAY)
    lines = _body_lines(md)
    assert len(lines) >= 10
    for line in lines:
        assert re.search(r"\[\d+\]( \|)?$", line), line


def test_cast_statements_cite_the_quote_naming_the_actor():
    md = render_article_md(full_state(), TODAY)
    assert "Mara Quint returns as Edda Lind. [2]" in md
    assert "Tobias Renn joins the cast as Captain Hale. [3]" in md
    assert "Dana Okafor is expected back as Ruth. [1]" in md
    assert "Colm Ashdown will not return as Ruud. [2]" in md


def test_sources_are_numbered_oldest_first_with_site_and_date():
    md = render_article_md(full_state(), TODAY)
    sources = md.split("## Sources\n\n", 1)[1].splitlines()
    assert sources[0].startswith("1. [Everything\\](javascript:x) we know](https://couchtheories")
    assert sources[0].endswith("— couchtheories.example, June 2, 2024")
    assert sources[1].endswith("— screenledger.example, January 14, 2025")
    assert sources[2].startswith("3. Filming \\<script\\>")  # javascript: URL is not linked


def test_stale_speculative_window_is_marked_expired():
    md = render_article_md(full_state(), TODAY)
    assert (
        "Season 2 was predicted for early 2025 — that window has passed without a release. "
        "*(expired)* *(speculation)* [1]"
    ) in md
    html = render_article_html(full_state(), TODAY)
    assert "that window has passed without a release" in html
    assert 'class="flag flag-expired">(expired)' in html


def test_unconfirmed_window_is_speculation():
    state = full_state().model_copy(
        update={"release": StateRelease(status="window", window=(D(2027, 3, 1), D(2027, 5, 31)))}
    )
    md = render_article_md(state, TODAY)
    assert "Season 2 could arrive in spring 2027, but that is not confirmed. *(speculation)*" in md
    assert "expired" not in md


@pytest.mark.parametrize(
    ("confirmed", "stale", "expected"),
    [
        (True, False, "Season 2 premieres on February 12, 2027. [1]"),
        (False, False, "An unconfirmed report puts the premiere on February 12, 2027."),
        (True, True, "was set for February 12, 2027 — that date has passed without a release."),
    ],
    ids=["confirmed", "unconfirmed", "stale"],
)
def test_dated_release_wording(confirmed, stale, expected):
    md = render_article_md(dated_state(confirmed, D(2027, 2, 12), stale), TODAY)
    assert expected in md
    assert ("(speculation)" in md) is (not confirmed)


def test_html_escapes_script_and_links_citations_safely():
    html = render_article_html(full_state(), TODAY)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html.split("<body>")[1].replace("](javascript:x)", "")
    assert 'href="https://www.screenledger.example/news/renewed" rel="noopener nofollow"' in html
    anchors = re.findall(r"<a [^>]*>", html)
    assert anchors and all('rel="noopener nofollow"' in a for a in anchors)
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")


def test_markdown_escapes_markup_and_terminal_controls():
    md = render_article_md(full_state(), TODAY)
    assert "\\<script\\>" in md and not re.search(r"(?<!\\)<script", md)
    assert "Ines \\*Varga\\* could return as Sister \\[Wren\\]. [1]" in md
    assert "\x1b" not in md
    assert "\x1b" not in render_article_html(full_state(), TODAY)


def test_empty_state_says_nothing_reported_without_fake_citations():
    md = render_article_md(empty_state(), TODAY)
    assert "No release date or window has been reported yet." in md
    assert "No casting news has been reported yet." in md
    assert "[1]" not in md and "source not recorded" not in md
    assert "No sources yet." in md
    assert "Last updated: undated." in md


def test_conflicts_side_by_side_with_sources():
    md = render_article_md(full_state(), TODAY)
    assert "| Platform | Netflix [2] | Netflix Korea [3] |" in md
    html = render_article_html(full_state(), TODAY)
    assert '<th scope="row">Platform</th><td>Netflix' in html


@pytest.mark.parametrize(
    ("window", "words"),
    [
        ((D(2024, 1, 1), D(2024, 4, 30)), "early 2024"),
        ((D(2024, 5, 1), D(2024, 8, 31)), "mid 2024"),
        ((D(2024, 9, 1), D(2024, 12, 31)), "late 2024"),
        ((D(2027, 1, 1), D(2027, 12, 31)), "2027"),
        ((D(2027, 6, 1), D(2027, 8, 31)), "summer 2027"),
        ((D(2027, 3, 1), D(2027, 3, 31)), "March 2027"),
        ((D(2027, 4, 1), D(2027, 6, 30)), "Q2 2027"),
        ((D(2027, 7, 1), D(2027, 12, 31)), "the second half of 2027"),
        ((D(2026, 12, 1), D(2027, 2, 28)), "winter 2026"),
        ((D(2027, 8, 1), D(2027, 9, 30)), "between August 1, 2027 and September 30, 2027"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_window_words(window, words):
    assert window_words(window) == words


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words", "plain words"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a_b*c`d|e", "a\\_b\\*c\\`d\\|e"),
        ("line\nbreak\x1b[2J", "line break"),
    ],
)
def test_escape_markdown(raw, escaped):
    assert escape_markdown(raw) == escaped


def test_clean_text_and_urls():
    assert clean_text("a\x00b\u202ec\x9b1md\x1b]0;title\x07e") == "abcde"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://x.example/a b") is None
    assert site_of("https://WWW.Example.com/path") == "example.com"


def test_golden_articles(golden):
    golden("article_full.md", render_article_md(full_state(), TODAY))
    golden("article_full.html", render_article_html(full_state(), TODAY))
    golden("article_empty.md", render_article_md(empty_state(), TODAY))


def test_status_table_marks_speculation_and_stale():
    text = to_plain(render_status_table([full_state(), empty_state()]), width=160)
    row = next(line for line in text.splitlines() if "Lantern" in line)
    assert "early 2025 ? stale" in row
    assert "renewed" in row and "filming" in row and "Netflix" in row
    assert "2025-04-22" in row
    quiet = next(line for line in text.splitlines() if "Quiet Hours" in line)
    assert "undated" in quiet


def test_state_detail_shows_fields_cast_and_sources():
    text = to_plain(render_state_detail(full_state()), width=140)
    for expected in ("Captain Hale", "not returning", "couchtheories.example", "early 2025 ?"):
        assert expected in text
    assert "\x1b" not in text


def test_timeline_table_and_text():
    entries = [
        SimpleNamespace(
            date=D(2025, 1, 14),
            field="renewal",
            value={"status": "renewed", "date": "2025-01-14"},
            doc="renewed",
            quote="Netflix has renewed it.",
        ),
        SimpleNamespace(
            date=None,
            field="release",
            value={"status": "window", "window": ["2027-03-01", "2027-05-31"], "confirmed": False},
            doc="roundup",
            quote=f"could be out in spring {SCRIPT}",
        ),
    ]
    text = render_timeline_text(entries, width=160)
    assert "renewed (2025-01-14)" in text
    assert "spring 2027 (unconfirmed)" in text and "undated" in text
    assert to_plain(render_timeline_table(entries), width=160) == text
