"""store/: schema, idempotent ingest, batches, reading states back; on SQLite and on
PostgreSQL (the ``database`` fixture), plus what only one of them has."""

from __future__ import annotations

import datetime as dt
import re
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from knownsofar.documents.model import Document
from knownsofar.errors import AmbiguousShow, NotFound, StoreError
from knownsofar.record import SeasonRecord, SeasonState
from knownsofar.store import IngestStats, Store, describe, open_store
from knownsofar.store.backend import Scope
from knownsofar.store.migrations import MIGRATIONS
from knownsofar.store.target import parse_target

TODAY = dt.date(2024, 6, 1)
DATA = Path(__file__).parent / "data" / "store"


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
def store(database) -> Iterator[Store]:
    with Store(database) as s:
        yield s


def _sql(store: Store, sql: str) -> list[tuple]:
    """Rows of a raw query on the store's own database."""
    with store._backend.session(Scope.READ) as session:
        return [tuple(row) for row in session.rows(sql)]


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


def test_reopening_applies_no_migration_twice(database):
    Store(database).close()
    with Store(database) as s:
        s.add_document(doc("a"), [rec(renewal={"status": "renewed"})])
        assert _sql(s, "SELECT name FROM _migrations") == [(m.name,) for m in MIGRATIONS]
    with Store(database) as s:
        assert s.document_count() == 1


def test_memory_store_and_pragmas():
    with Store(":memory:") as s:
        assert _sql(s, "PRAGMA foreign_keys") == [(1,)]
        assert _sql(s, "PRAGMA busy_timeout") == [(30000,)]
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
    with pytest.raises(StoreError, match="unsupported database URL scheme 'mysql'"):
        open_store("mysql://localhost/db")


def test_a_database_made_before_sqlalchemy_opens_and_works(tmp_path):
    """The same two migrations, once written as SQLite SQL: nothing is applied again, and
    the tables read and write as before (rowid order included)."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript((DATA / "sqlite-before-sqlalchemy.sql").read_text())
    with Store(path) as s:
        s.add_document(doc("a"), [rec(platform="Netflix")])
        s.add_mirror("a", "https://mirror.example/2")
        s.add_mirror("a", "https://mirror.example/1")
        s.set_fingerprint("a", b"\x00\x01")
        assert s.mirrors("a") == ["https://mirror.example/2", "https://mirror.example/1"]
        assert s.fingerprints() == [("a", b"\x00\x01")]
        assert s.state("boys", 5, TODAY).platform == "Netflix"
        assert applied_migrations_of(s) == [m.name for m in MIGRATIONS]
        assert _sql(s, "SELECT applied_at FROM _migrations") == [("2026-01-01T00:00:00Z",)] * 2


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
    [row] = _sql(store, "SELECT meta, source, ingested_at FROM documents")
    assert row[0] == '{"author": "X", "when": "2024-01-02"}'
    assert row[1] == "a.txt"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row[2])


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


def test_two_stores_on_one_database_see_each_other(database):
    with Store(database) as writer, Store(database) as reader:
        writer.add_document(doc("a"), [rec(platform="Netflix")])
        assert reader.document_count() == 1
        assert reader.state("boys", 5, TODAY).platform == "Netflix"


def test_nul_characters_are_stored_on_both(store):
    """PostgreSQL text cannot hold NUL: it is stored as U+FFFD there; nothing fails."""
    document = replace(doc("nul", "a\x00b"), title="Ti\x00tle")
    assert store.add_document(document, [rec(platform="Net\x00flix")]) is True
    assert store.is_stored(document)
    title = store.sources(["nul"])["nul"].title
    assert title in ("Ti\x00tle", "Ti\ufffdtle")
    assert store.state("boys", 5, TODAY).platform in ("Net\x00flix", "Net\ufffdflix")


# -- several processes opening one new database --------------------------------

OPEN = "import sys; from knownsofar.store import Store; Store(sys.argv[1]).close()"


def test_processes_opening_a_new_database_at_once_apply_each_step_once(database):
    openers = [
        subprocess.Popen([sys.executable, "-c", OPEN, database], stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    for opener in openers:
        _, err = opener.communicate(timeout=60)
        assert opener.returncode == 0, err.decode()
    with Store(database) as s:
        assert _sql(s, "SELECT name FROM _migrations ORDER BY name") == [
            (m.name,) for m in MIGRATIONS
        ]
        assert applied_migrations_of(s) == [m.name for m in MIGRATIONS]


def applied_migrations_of(store: Store) -> list[str]:
    rows = _sql(store, "SELECT name FROM _migrations ORDER BY applied_at, name")
    return [name for (name,) in rows]


# -- PostgreSQL: URLs and the one-line errors -------------------------------------


def test_postgresql_urls_use_psycopg_and_hide_the_password():
    pytest.importorskip("sqlalchemy")
    target = parse_target("postgresql://ana:s3cret@db.example:6543/seasons")
    assert target.kind == "postgresql"
    assert target.location == "postgresql+psycopg://ana:s3cret@db.example:6543/seasons"
    assert target.display == "postgresql+psycopg://ana:***@db.example:6543/seasons"
    assert parse_target("postgresql+psycopg://ana@localhost/k").kind == "postgresql"
    assert describe("postgresql://ana:s3cret@db.example/seasons").count("s3cret") == 0


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://ana:s3cret@localhost:port/k", "not a valid database URL"),
        ("postgresql://ana@localhost:5432", "no database name"),
        ("postgresql+psycopg2://ana@localhost/k", "unsupported database URL scheme"),
        ("postgres://ana@localhost/k", "unsupported database URL scheme 'postgres'"),
    ],
)
def test_bad_postgresql_url_is_one_line(url, reason):
    if "unsupported" not in reason:
        pytest.importorskip("sqlalchemy")  # parses PostgreSQL URLs
    with pytest.raises(StoreError, match=reason) as caught:
        open_store(url)
    assert "\n" not in str(caught.value) and "s3cret" not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_one_line():
    pytest.importorskip("psycopg")
    url = f"postgresql://ana:s3cret@127.0.0.1:{_closed_port()}/k"
    with pytest.raises(StoreError, match=r"cannot open the database: .*refused") as caught:
        open_store(url)
    message = str(caught.value)
    assert "\n" not in message and "s3cret" not in message
    assert message.startswith("postgresql+psycopg://ana:***@127.0.0.1:")


@pytest.mark.parametrize("module", ["psycopg", "sqlalchemy.engine"])
def test_missing_driver_names_the_extra(monkeypatch, module):
    monkeypatch.setitem(sys.modules, module, None)  # importing it raises ImportError
    with pytest.raises(StoreError, match=r"install knownsofar\[postgres\]") as caught:
        open_store("postgresql://ana@127.0.0.1/k")
    assert "\n" not in str(caught.value)


@pytest.mark.postgresql
def test_postgresql_orders_text_byte_by_byte_whatever_the_database_collation(
    postgres_cluster,
):
    """Orders match SQLite's even in a database whose collation sorts 'a' before 'B'."""
    import psycopg

    try:
        url = postgres_cluster.new_database(icu_locale="en-US")
    except psycopg.Error as e:
        pytest.skip(f"this PostgreSQL has no ICU collations: {e}")
    with Store(url) as s:
        s.add_document(doc("a-doc"), [rec(show="Zed", season=1, platform="Netflix")])
        s.add_document(doc("B-doc", "other"), [rec(show="Zed", season=1, platform="Hulu")])
        assert [c.doc for c in s.claims("zed", 1)] == ["B-doc", "a-doc"]


def _on_delete(engine, table: str, foreign: dict) -> str | None:
    """A foreign key's ON DELETE (SQLAlchemy does not read it from SQLite's inline form)."""
    if engine.dialect.name != "sqlite":
        return foreign["options"].get("ondelete")
    with engine.connect() as conn:
        pragma = conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')")
        return {row[3]: row[6] for row in pragma}[foreign["constrained_columns"][0]]


def _schema(url: str) -> dict[str, object]:
    """Tables -> columns (type family, nullable, has a default; keys are not null and
    numbered by the database), primary key, foreign keys, unique columns and indexes, as
    SQLAlchemy's inspector sees them."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        found = inspect(engine)
        tables: dict[str, object] = {}
        for table in found.get_table_names():
            key = found.get_pk_constraint(table)["constrained_columns"]
            columns = {
                c["name"]: (
                    c["type"]._type_affinity.__name__,
                    c["nullable"] or c["name"] in key,
                    c["default"] is not None and c["name"] not in key,  # serials have one
                )
                for c in found.get_columns(table)
                if c["name"] != "rowid"  # SQLite's own; a column on PostgreSQL
            }
            foreign = [
                (f["constrained_columns"], f["referred_table"], f["referred_columns"],
                 _on_delete(engine, table, f))
                for f in found.get_foreign_keys(table)
            ]  # fmt: skip
            unique = sorted(u["column_names"] for u in found.get_unique_constraints(table))
            indexes = sorted(
                (i["name"], i["column_names"], bool(i["unique"]))
                for i in found.get_indexes(table)
                if "duplicates_constraint" not in i
            )
            tables[table] = (columns, key, foreign, unique, indexes)
        return tables
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_sqlite_and_postgresql_migrations_make_the_same_schema(tmp_path, postgres_url):
    """SQLite's steps are SQL, PostgreSQL's the DDL of schema.py: the same tables come out."""
    Store(tmp_path / "k.db").close()
    Store(postgres_url).close()
    sqlite_schema = _schema(f"sqlite:///{tmp_path / 'k.db'}")
    postgresql_schema = _schema(postgres_url)
    assert set(sqlite_schema) == set(postgresql_schema)
    for table, shape in sqlite_schema.items():
        assert postgresql_schema[table] == shape, table
