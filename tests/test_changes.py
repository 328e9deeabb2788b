"""Change detection: replaying a season's news in date order gives the exact change log."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from knownsofar.changes import (
    ATOM_NS,
    Change,
    ChangeFormat,
    changes_command,
    detect_changes,
    ingest_with_changes,
    list_changes,
    record_expired,
    render_changes,
)
from knownsofar.config import db_target
from knownsofar.documents.model import Document
from knownsofar.documents.normalise import normalise_text
from knownsofar.errors import NotFound
from knownsofar.extract import extract_document
from knownsofar.record import CastMember, Renewal, SeasonState, StateRelease
from knownsofar.store import Store, open_store

TODAY = dt.date(2026, 12, 2)
ARTICLES = [
    (
        "renewed",
        dt.date(2026, 2, 3),
        "Harrowgate Tides renewed for season 2 at Northlight",
        "Harrowgate Tides has been renewed for a second season at Northlight. The coastal "
        "drama from creator Ines Valdor was the platform's most-watched new series of the winter.",
    ),
    (
        "filming",
        dt.date(2026, 5, 12),
        "Harrowgate Tides season 2 starts filming",
        "Filming on Harrowgate Tides season 2 is now under way in Cornwall, Northlight "
        "confirmed on Monday.",
    ),
    (
        "dated",
        dt.date(2026, 9, 8),
        "Harrowgate Tides season 2 gets a premiere date",
        "Northlight announced that Harrowgate Tides season 2 will premiere on January 15, 2027.",
    ),
    (
        "trailer",
        dt.date(2026, 12, 1),
        "Watch the Harrowgate Tides season 2 trailer",
        "Northlight has released the official trailer for Harrowgate Tides season 2 ahead of "
        "its January 15, 2027 premiere.",
    ),
]
SHOW = "Harrowgate Tides"


def _doc(id_: str, published: dt.date, title: str, text: str) -> Document:
    url = f"https://news.example/tv/{id_}"
    return Document(id=id_, text=normalise_text(text), title=title, url=url, published=published)


def _items() -> Iterator[tuple[Document, list]]:
    for article in ARTICLES:
        doc = _doc(*article)
        yield doc, extract_document(doc)


@pytest.fixture
def store(database) -> Iterator[Store]:
    with open_store(database) as s:
        yield s


def _log(changes: list[Change]) -> list[tuple[str, str, object, object, str | None, str]]:
    return [(c.show, c.field, c.old, c.new, c.doc, c.at.isoformat()) for c in changes]


EXPECTED = [
    (SHOW, "renewal.status", "unknown", "renewed", "renewed", "2026-02-03"),
    (SHOW, "production.status", "unknown", "filming", "filming", "2026-05-12"),
    (SHOW, "release.status", "unknown", "dated", "dated", "2026-09-08"),
    (SHOW, "release.date", None, "2027-01-15", "dated", "2026-09-08"),
    (SHOW, "release.confirmed", False, True, "dated", "2026-09-08"),
    (SHOW, "trailer.status", "unknown", "trailer", "trailer", "2026-12-01"),
]


def test_replaying_a_season_gives_the_exact_change_log(store):
    stats, changes = ingest_with_changes(store, _items(), TODAY)
    assert (stats.documents_added, stats.documents_unchanged) == (4, 0)
    assert _log(changes) == EXPECTED
    stored = list_changes(store)
    assert _log(stored) == EXPECTED
    assert [c.id for c in stored] == [c.id for c in changes] == list(range(1, 7))
    assert stored[0].url == "https://news.example/tv/renewed"
    assert all(c.recorded_on == TODAY and c.season == 2 for c in stored)


def test_ingesting_again_changes_nothing(store):
    ingest_with_changes(store, _items(), TODAY)
    stats, changes = ingest_with_changes(store, _items(), TODAY)
    assert (stats.documents_added, stats.documents_unchanged, changes) == (0, 4, [])
    assert len(list_changes(store)) == len(EXPECTED)


def test_a_prediction_going_stale_is_recorded_once(store):
    ingest_with_changes(store, _items(), TODAY)
    later = dt.date(2027, 2, 1)
    [expired] = record_expired(store, later)
    assert (expired.field, expired.old, expired.new, expired.doc, expired.at) == (
        "release.stale",
        False,
        True,
        None,
        later,
    )
    assert record_expired(store, dt.date(2027, 2, 2)) == []
    assert [c.field for c in list_changes(store, since=later)] == ["release.stale"]


# -- detect_changes on hand-made states --------------------------------------------


def _state(**fields: object) -> SeasonState:
    return SeasonState(show="Paper Moons", season=3, **fields)


def test_cast_changes_by_actor():
    before = _state(cast=[CastMember(actor="Ada Quill", status="expected")])
    after = _state(
        cast=[
            CastMember(actor="ada quill", status="confirmed"),
            CastMember(actor="Tomas Reyes", status="possible", new=True),
        ]
    )
    found = detect_changes(before, after, doc="d", at=TODAY)
    assert [(c.field, c.old, c.new) for c in found] == [
        ("cast[ada quill]", "expected", "confirmed"),
        ("cast[Tomas Reyes]", None, "possible"),
    ]
    assert detect_changes(after, before, at=TODAY)[-1].field == "cast[Tomas Reyes]"


def test_a_new_season_is_compared_with_an_empty_state():
    after = _state(
        renewal=Renewal(status="final", date=dt.date(2026, 3, 1)),
        release=StateRelease(
            status="window",
            window=(dt.date(2026, 9, 1), dt.date(2026, 12, 31)),
            text="late 2026",
            stale=True,
        ),
        platform="Northlight",
    )
    found = detect_changes(None, after, at=TODAY)
    assert [(c.field, c.old, c.new) for c in found] == [
        ("renewal.status", "unknown", "final"),
        ("renewal.date", None, "2026-03-01"),
        ("release.status", "unknown", "window"),
        ("release.window", None, ["2026-09-01", "2026-12-31"]),
        ("release.stale", False, True),
        ("platform", None, "Northlight"),
    ]
    assert detect_changes(after, after) == []


# -- rendering and the command ----------------------------------------------------------


def _hostile() -> list[Change]:
    return [
        Change(
            show='Knives <&> "Forks"\x1b[31m',
            show_key="knives forks",
            season=1,
            field="trailer.status",
            old="unknown",
            new="teaser",
            doc="https://news.example/a?x=1&y=<2>",
            at=dt.date(2026, 4, 1),
            recorded_on=TODAY,
            id=7,
        )
    ]


def test_atom_is_valid_and_escaped():
    text = render_changes(_hostile(), ChangeFormat.atom, TODAY)
    root = ET.fromstring(text.encode("utf-8"))
    ns = {"a": ATOM_NS}
    assert root.tag == f"{{{ATOM_NS}}}feed"
    for tag in ("id", "title", "updated", "author/a:name"):
        assert root.find(f"a:{tag}", ns) is not None
    [entry] = root.findall("a:entry", ns)
    assert entry.findtext("a:title", namespaces=ns) == (
        'Knives <&> "Forks" S1: trailer.status unknown -> teaser'
    )
    assert entry.findtext("a:id", namespaces=ns) == "urn:knownsofar:changes:7"
    assert entry.findtext("a:updated", namespaces=ns) == "2026-12-02T00:00:00Z"
    assert "\x1b" not in text


def test_json_is_an_array_and_text_one_line_each():
    data = json.loads(render_changes(_hostile(), ChangeFormat.json, TODAY))
    assert isinstance(data, list)
    assert data[0]["new"] == "teaser"
    assert data[0]["at"] == "2026-04-01"
    assert json.loads(render_changes([], ChangeFormat.json, TODAY)) == []
    lines = render_changes(_hostile(), ChangeFormat.text, TODAY).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith('2026-04-01  Knives <&> "Forks" S1: trailer.status')


def test_changes_command(database):
    db = db_target(database)
    if isinstance(db, Path):  # a server database exists as soon as it is reachable
        with pytest.raises(NotFound):
            changes_command(db, None, ChangeFormat.text)
    with open_store(db) as store:
        ingest_with_changes(store, _items(), TODAY)
    out = changes_command(db, TODAY, ChangeFormat.json, TODAY)
    assert len(json.loads(out)) == len(EXPECTED)
    assert json.loads(changes_command(db, dt.date(2026, 12, 3), ChangeFormat.json)) == []
