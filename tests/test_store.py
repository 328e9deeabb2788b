"""store/: SQLite schema, idempotent ingest, batches, reading states back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest

from knownsofar.documents.model import Document
from knownsofar.errors import AmbiguousShow, NotFound, StoreError
from knownsofar.record import SeasonRecord, SeasonState
from knownsofar.store import IngestStats, Store, open_store
from knownsofar.store.migrations import MIGRATIONS

TODAY = dt.date(2024, 6, 1)


def doc(id: str, text: str = "Text.", published: str | None = "2024-01-01", **kw) -> Document:
    day = dt.date.fromisoformat(published) if published else None
    return Document(
        id=id,
        text=text,
        title=f"Title {id}",
        url=f"https://example.com/{id}",
        published=day,
        source=f"{id}.txt",
        **kw,
    )


def rec(show: str = "The Boys", season: int = 5, **fields) -> SeasonRecord:
    return SeasonRecord.model_validate({"show": show, "season": season, **fields})


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store(tmp_path / "sub" / "knownsofar.db") as s:
        yield s


def test_creates_parent_dirs_wal_and_migrations(tmp_path):
    path = tmp_path / "a" / "b" / "k.db"
    with Store(path):
        pass
    assert path.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations")]
    assert names == [m.name for m in MIGRATIONS]
    conn.close()


def test_reopening_applies_no_migration_twice(tmp_path):
    path = tmp_path / "k.db"
    Store(path).close()
    with Store(path) as s:
        s.add_document(doc("a"), [rec(renewal={"status": "renewed"})])
    with Store(path) as s:
        assert s.document_count() == 1


def test_memory_store_and_pragmas():
    with Store(":memory:") as s:
        conn = s._conn
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
        assert s.document_count() == 0


@pytest.mark.parametrize("target", ["sqlite://", "sqlite:///:memory:", ":memory:"])
def test_open_store_memory(target):
    with open_store(target) as s:
        assert s.document_count() == 0


def test_open_store_url_and_path(tmp_path):
    with open_store(f"sqlite:///{tmp_path}/x.db") as s:
        s.add_document(doc("a"), [])
    with open_store(tmp_path / "x.db") as s:
        assert s.document_count() == 1


def test_open_store_rejects_other_urls():
    with pytest.raises(StoreError, match="unsupported"):
        open_store("postgresql://localhost/db")


def test_unopenable_path_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        Store(blocker / "k.db")


# -- ingest ---------------------------------------------------------------


def test_same_content_twice_changes_nothing(store):
    records = [rec(renewal={"status": "renewed"}, platform="Prime Video")]
    assert store.add_document(doc("a"), records) is True
    before = store.claims("boys", 5)
    assert store.add_document(doc("a"), records) is False
    # The same article under another id (another feed) is the same document.
    assert store.add_document(replace(doc("a"), id="a-copy"), records) is False
    assert store.document_count() == 1
    assert store.claims("boys", 5) == before


def test_whitespace_only_changes_are_the_same_content(store):
    assert store.add_document(doc("a", "Some   text.\n"), []) is True
    assert store.add_document(doc("a", " Some text."), []) is False


def test_same_id_new_content_replaces_old_claims(store):
    store.add_document(doc("a", "v1"), [rec(renewal={"status": "renewed"}, episodes=8)])
    assert store.add_document(doc("a", "v2"), [rec(renewal={"status": "cancelled"})]) is True
    assert store.document_count() == 1
    claims = store.claims("boys", 5)
    assert [(c.field, c.value["status"]) for c in claims] == [("renewal", "cancelled")]


def test_add_many_batches_and_counts(store):
    items = [
        (doc(f"d{i}", f"text {i}"), [rec(renewal={"status": "renewed"}, episodes=i + 1)])
        for i in range(7)
    ]
    items.append((doc("d0", "text 0"), items[0][1]))  # repeat inside the stream
    stats = store.add_many(items, batch_size=3)
    assert stats == IngestStats(
        documents_seen=8, documents_added=7, documents_unchanged=1, claims_added=14
    )
    again = store.add_many(items, batch_size=3)
    assert again == IngestStats(8, 0, 8, 0)
    assert store.document_count() == 7


def test_add_many_streams_one_batch_at_a_time(store):
    pulled: list[int] = []

    def produce():
        for i in range(5):
            pulled.append(i)
            # Every earlier full batch has been committed before this one is read.
            assert store.document_count() == (i // 2) * 2
            yield doc(f"d{i}", f"text {i}"), [rec(platform="Netflix")]

    assert store.add_many(produce(), batch_size=2).documents_added == 5
    assert pulled == [0, 1, 2, 3, 4]


def test_failed_batch_rolls_back_and_earlier_batches_stay(store):
    def produce():
        yield doc("ok", "fine"), [rec(platform="Netflix")]
        yield doc("bad", "broken"), [rec(platform="Netflix")]
        raise RuntimeError("reader failed")

    with pytest.raises(RuntimeError):
        store.add_many(produce(), batch_size=1)
    # The third pull raised before its batch began; the two earlier batches are stored.
    assert store.document_count() == 2


def test_add_many_rejects_empty_batches(store):
    with pytest.raises(ValueError):
        store.add_many([], batch_size=0)


def test_document_metadata_is_stored(store):
    store.add_document(doc("a", meta={"author": "X", "when": dt.date(2024, 1, 2)}), [])
    row = store._conn.execute("SELECT meta, source, ingested_at FROM documents").fetchone()
    assert row[0] == '{"author": "X", "when": "2024-01-02"}'
    assert row[1] == "a.txt"
    assert row[2]


# -- reading --------------------------------------------------------------


@pytest.fixture
def filled(store) -> Store:
    store.add_many(
        [
            (
                doc("renewal", "r", "2023-01-10"),
                [
                    rec(
                        renewal={"status": "renewed", "date": "2023-01-09"},
                        platform="Prime Video",
                        evidence=[{"field": "renewal", "quote": "Renewed!", "doc": "renewal"}],
                    )
                ],
            ),
            (
                doc("window", "w", "2024-01-10"),
                [
                    rec(
                        show="the boys",
                        release={
                            "status": "window",
                            "window": ["2024-01-01", "2024-04-30"],
                            "confirmed": True,
                            "text": "early 2024",
                        },
                    ),
                    rec(
                        show="The Boys Presents: Diabolical",
                        season=2,
                        renewal={"status": "pending"},
                    ),
                ],
            ),
            (doc("named", "n", None), [rec(show="All of Us Are Dead", season=2)]),
            (doc("s1", "s", "2019-07-01"), [rec(season=1, release={"status": "released"})]),
        ]
    )
    return store


def test_shows_and_seasons(filled):
    assert filled.shows() == {
        "all of us are dead": "All of Us Are Dead",
        "boys": "The Boys",
        "boys presents diabolical": "The Boys Presents: Diabolical",
    }
    assert filled.seasons() == [
        ("all of us are dead", "All of Us Are Dead", 2),
        ("boys", "The Boys", 1),
        ("boys", "The Boys", 5),
        ("boys presents diabolical", "The Boys Presents: Diabolical", 2),
    ]


def test_find_show(filled):
    assert filled.find_show("THE BOYS") == "boys"
    assert filled.find_show("all-of-us-are-dead") == "all of us are dead"
    assert filled.find_show("all of") == "all of us are dead"
    with pytest.raises(AmbiguousShow, match="The Boys, The Boys Presents: Diabolical"):
        filled.find_show("bo")
    with pytest.raises(NotFound):
        filled.find_show("severance")


def test_latest_season(filled):
    assert filled.latest_season("boys") == 5
    with pytest.raises(NotFound):
        filled.latest_season("severance")


def test_state_round_trip(filled):
    state = filled.state("boys", 5, TODAY)
    again = SeasonState.model_validate_json(state.model_dump_json())
    assert again == state
    assert state.show == "The Boys"
    assert state.renewal.status == "renewed"
    assert state.renewal.date == dt.date(2023, 1, 9)
    assert state.platform == "Prime Video"
    assert state.release.stale is True
    assert state.release.window == (dt.date(2024, 1, 1), dt.date(2024, 4, 30))
    assert [(s.doc, s.url, s.title) for s in state.sources] == [
        ("renewal", "https://example.com/renewal", "Title renewal"),
        ("window", "https://example.com/window", "Title window"),
    ]
    assert [(e.field, e.quote) for e in state.evidence] == [("renewal", "Renewed!")]
    assert state.as_of == dt.date(2024, 1, 10)


def test_state_of_season_without_claims(filled):
    state = filled.state("all of us are dead", 2, TODAY)
    assert (state.show, state.season, state.renewal.status, state.sources) == (
        "All of Us Are Dead",
        2,
        "unknown",
        [],
    )


def test_state_not_found(filled):
    with pytest.raises(NotFound, match="no season 9 of 'The Boys'"):
        filled.state("boys", 9, TODAY)
    with pytest.raises(NotFound):
        filled.timeline("nothing", 1)


def test_states_match_state(filled):
    states = filled.states(TODAY)
    assert [(s.show, s.season) for s in states] == [
        ("All of Us Are Dead", 2),
        ("The Boys", 1),
        ("The Boys", 5),
        ("The Boys Presents: Diabolical", 2),
    ]
    assert states[2] == filled.state("boys", 5, TODAY)


def test_claims_and_sources(filled):
    claims = filled.claims("boys", 5)
    assert {c.field for c in claims} == {"renewal", "platform", "release"}
    assert filled.sources(["window", "missing"])["window"].published == dt.date(2024, 1, 10)
    assert "missing" not in filled.sources(["missing"])


def test_timeline(filled):
    entries = filled.timeline("boys", 5)
    assert [(e.date, e.field, e.doc) for e in entries] == [
        (dt.date(2023, 1, 10), "platform", "renewal"),
        (dt.date(2023, 1, 10), "renewal", "renewal"),
        (dt.date(2024, 1, 10), "release", "window"),
    ]
    assert entries[0].source is not None
    assert entries[0].source.title == "Title renewal"


def test_two_stores_on_one_file_see_each_other(tmp_path):
    path = tmp_path / "shared.db"
    with Store(path) as writer, Store(path) as reader:
        writer.add_document(doc("a"), [rec(platform="Netflix")])
        assert reader.document_count() == 1
        assert reader.state("boys", 5, TODAY).platform == "Netflix"
