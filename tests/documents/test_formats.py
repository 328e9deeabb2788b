"""Each accepted format read into Documents (SPEC "Documents (input)")."""

from __future__ import annotations

import datetime as dt
import io
import sys

import pytest

from knownsofar.documents import Document, read_documents


def read_all(*inputs: str) -> list[Document]:
    return list(read_documents(list(inputs)))


def read_one(path) -> Document:
    (doc,) = read_all(str(path))
    return doc


@pytest.mark.parametrize(
    ("name", "id", "title", "starts"),
    [
        (
            "corpus/harbour-lights-s2.txt",
            "harbour-lights-s2",
            "Harbour Lights renewed for a second season",
            "The coastal mystery Harbour Lights will return for season 2",
        ),
        (
            "corpus/nested/the-quiet-hour.md",
            "the-quiet-hour",
            "The Quiet Hour: Season 3 release window revealed",
            "*The Quiet Hour* season 3 arrives",
        ),
    ],
    ids=["txt", "md"],
)
def test_text_files(docs, name, id, title, starts):
    doc = read_one(docs / name)
    assert (doc.id, doc.title, doc.published, doc.url) == (id, title, None, None)
    assert doc.text.startswith(starts)
    assert doc.source == str(docs / name)


def test_text_is_normalised(docs):
    doc = read_one(docs / "corpus/harbour-lights-s2.txt")
    assert "writers' room opens in January - filming follows" in doc.text


def test_markdown_keeps_paragraphs(docs):
    doc = read_one(docs / "corpus/nested/the-quiet-hour.md")
    assert "\n\n\n" not in doc.text
    assert "- Priya Nandakumar as Dr. Ellis\n- Tom Achterberg as Sam" in doc.text


def test_latin1_pound_sign(docs):
    doc = read_one(docs / "latin1.txt")
    assert doc.title == "Silver Screen Weekly"
    assert "cost £12, and the café opens" in doc.text


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("corpus/ember-road.html", dt.date(2025, 3, 14)),  # meta, no tz shift
        ("corpus/jsonld-dated.htm", dt.date(2024, 11, 2)),  # JSON-LD NewsArticle
        ("corpus/time-dated.html", dt.date(2023, 8, 9)),  # <time class=published>
        ("corpus/undated-lantern.html", None),  # copyright footer is not a date
    ],
    ids=["meta-tag", "json-ld", "time-element", "undated-with-copyright"],
)
def test_html_published_only_from_metadata(docs, name, published):
    assert read_one(docs / name).published == published


def test_html_main_text_keeps_headings_and_lists(docs):
    doc = read_one(docs / "corpus/ember-road.html")
    assert doc.title == "Ember Road season 2: cast, filming and everything we know"
    assert doc.url == "https://screenledger.example/tv/ember-road-season-2"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("Northlight has officially renewed")
    assert "Who is in the cast of Ember Road season 2?" in paragraphs
    assert "Lucia Ferrante as Rosa Ames" in paragraphs
    assert 'scripts are "nearly locked"' in doc.text
    for boilerplate in ("Home", "Most read", "All rights reserved"):
        assert boilerplate not in doc.text


def test_html_undated_page_drops_footer(docs):
    doc = read_one(docs / "corpus/undated-lantern.html")
    assert doc.title == "Lantern Street: is there going to be a season 3?"
    assert doc.text.startswith("Fans of the London crime drama")
    assert "Copyright" not in doc.text


def test_html_keeps_inline_time_text(docs):
    doc = read_one(docs / "corpus/time-dated.html")
    assert "premiered on 1 May to mixed reviews" in doc.text
    assert not doc.text.startswith("Glass Tide cancelled")  # the title is not repeated


def test_broken_html_still_read(docs):
    doc = read_one(docs / "broken/broken.html")
    assert "Season 5 of Dust Devils" in doc.text
    assert doc.text.endswith("and another paragraph")


def test_jsonl_corpus(docs):
    docs_ = read_all(str(docs / "corpus/corpus.jsonl"))
    assert [d.id for d in docs_] == [
        "kite-001",
        "https://news.example/velvet-hours",
        "corpus.jsonl:4",
        "42",
    ]
    kite, velvet, scoop, paper = docs_
    assert kite.published == dt.date(2024, 6, 3)
    assert kite.meta == {"category": "entertainment"}
    assert (
        kite.text
        == "Skyline has confirmed a fourth season of Kite Runners.\n\nFilming begins in October."
    )
    assert velvet.published == dt.date(2024, 9, 30)  # as written, not shifted to UTC
    assert scoop.published is None and scoop.source.endswith("corpus.jsonl:4")
    assert paper.title == "Paper Moons trailer"
    assert paper.published == dt.date(2025, 1, 20)  # from the page of "html"
    assert paper.text.startswith("The first full trailer for Paper Moons")


def test_rss_feed(docs):
    errors = []
    feed = list(read_documents([str(docs / "feeds-rss.rss")], on_error=errors.append))
    assert [d.id for d in feed] == ["couch-1001", "https://couchreport.example/moth-and-flame"]
    pines, moth = feed
    assert pines.published == dt.date(2025, 6, 3)  # -0700 kept, not moved to June 4
    assert pines.title == "Northern Pines renewed for season 3"
    assert pines.text == (
        "Brightwave has renewed Northern Pines for a third season.\n\n"
        'Filming starts in "early autumn".'
    )
    assert pines.meta == {"feed": "Couch Report TV"}
    assert moth.title == "Moth & Flame: no trailer yet" and moth.published is None
    assert [e.input for e in errors] == [f"{docs / 'feeds-rss.rss'}#3"]


def test_atom_feed(docs):
    crimson, halfway = read_all(str(docs / "feeds-atom.atom"))
    assert crimson.id == "urn:binge:2001"
    assert crimson.url == "https://binge.example/crimson-lake-filming"
    assert crimson.published == dt.date(2025, 1, 31)
    assert "Signe Vold returns as Kari\n\nMats Eide joins the cast" in crimson.text
    assert halfway.id == "https://binge.example/halfway-house"
    assert halfway.published == dt.date(2025, 1, 15)  # <updated> when no <published>


def test_feed_sniffed_without_extension(docs):
    ids = [d.id for d in read_documents([str(docs / "feed-without-extension")], lambda e: None)]
    assert ids == ["couch-1001", "https://couchreport.example/moth-and-flame"]


def test_directory_recursive_sorted_skipping_unknown(docs):
    ids = [d.id for d in read_all(str(docs / "corpus"))]
    assert ids == [
        "kite-001",
        "https://news.example/velvet-hours",
        "corpus.jsonl:4",
        "42",
        "ember-road",
        "harbour-lights-s2",
        "jsonld-dated",
        "the-quiet-hour",
        "time-dated",
        "undated-lantern",
    ]


def test_directory_reading_is_deterministic(docs):
    assert read_all(str(docs / "corpus")) == read_all(str(docs / "corpus"))


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize(
    ("data", "ids", "title"),
    [
        (b"Stdin headline\n\nSome body text.\n", ["stdin"], "Stdin headline"),
        (b'\n  {"id": "a", "text": "one"}\n{"text": "two"}\n', ["a", "stdin:3"], None),
    ],
    ids=["text", "jsonl"],
)
def test_stdin(monkeypatch, data, ids, title):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    got = read_all("-")
    assert [d.id for d in got] == ids
    assert got[0].title == title


def test_stdin_feed_is_sniffed(monkeypatch, docs):
    monkeypatch.setattr(sys, "stdin", FakeStdin((docs / "feeds-atom.atom").read_bytes()))
    assert read_all("-")[0].id == "urn:binge:2001"
