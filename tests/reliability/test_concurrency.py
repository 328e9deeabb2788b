"""Two ingests and a reader on one database at once (issue 7: concurrency), on SQLite
and on PostgreSQL.

No document may be lost, and "database is locked" (or any other error) must
never reach the user, neither the writers nor the reader.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from knownsofar.documents.model import Document
from knownsofar.extract import extract_document
from knownsofar.store import Store
from tests.reliability._corpus import (
    cli_env,
    consistency_problems,
    invented_docs,
    knownsofar,
    query,
    write_jsonl,
)

TODAY = dt.date(2025, 6, 1)
READER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from knownsofar.store import Store
    db, stop = sys.argv[1], Path(sys.argv[2])
    reads = 0
    while not stop.exists():
        with Store(db) as store:
            store.states(dt.date(2025, 6, 1))
            store.document_count()
        reads += 1
    print(reads)
    """
)


def _ingest(corpus: Path, db: Path | str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "knownsofar", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )


def test_two_ingests_and_a_reader_lose_nothing(tmp_path, database):
    first = write_jsonl(tmp_path / "first.jsonl", invented_docs(500))
    second = write_jsonl(tmp_path / "second.jsonl", invented_docs(500, start=250))
    db, stop = database, tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    writers = [_ingest(first, db), _ingest(second, db)]
    outputs = [w.communicate(timeout=120) for w in writers]
    status = knownsofar("status", "--json", "--today", TODAY, "--db", db)
    stop.touch()
    reads, reader_errors = reader.communicate(timeout=60)

    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert err == "", err
        assert "500 documents read" in out
    assert reader.returncode == 0, reader_errors
    assert int(reads) > 0
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)
    assert consistency_problems(db) == []
    ids = {row[0] for row in query(db, "SELECT id FROM documents")}
    assert ids == {f"doc-{n}" for n in range(750)}


def _doc(n: int, show: str) -> tuple[Document, list]:
    doc = Document(
        id=f"race-{n}",
        text=f"{show} has been renewed for season 2 at Netflix.",
        published=dt.date(2024, 1, n + 1),
    )
    return doc, extract_document(doc)


def test_states_read_one_snapshot(database, monkeypatch):
    """A write landing between the reads of ``states`` (a new show) must not break it.

    Failed before reads shared a transaction: KeyError 'paper moons' from
    ``seasons()``, which read the shows, then the seasons of the new show.
    """
    with Store(database) as reader, Store(database) as writer:
        reader.add_many([_doc(0, "Harbor Lights")])
        shows = Store.shows

        def shows_then_write(self: Store) -> dict[str, str]:
            found = shows(self)
            if self is reader:
                writer.add_many([_doc(1, "Paper Moons")])
            return found

        monkeypatch.setattr(Store, "shows", shows_then_write)
        states = reader.states(TODAY)
        assert [s.show for s in states] == ["Harbor Lights"]
        monkeypatch.undo()
        assert [s.show for s in reader.states(TODAY)] == ["Harbor Lights", "Paper Moons"]


def test_writer_waits_for_a_long_write_lock(tmp_path):
    """A write lock held longer than a batch takes does not fail the other writer."""
    db = tmp_path / "locked.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.5, lambda: holder.execute("COMMIT"))
    started = time.monotonic()
    release.start()
    try:
        with Store(db) as store:
            assert store.document_count() == 0  # opening and reading need no write lock
            assert time.monotonic() - started < 1.0
            stats = store.add_many([_doc(2, "Salt Static")])
    finally:
        release.join()
        holder.close()
    assert stats.documents_added == 1
    assert time.monotonic() - started >= 1.0


@pytest.mark.postgresql
def test_postgresql_writer_waits_for_the_write_lock(postgres_url):
    """The same on PostgreSQL, where the write lock is an advisory lock."""
    import psycopg

    from knownsofar.store.postgres import WRITE_LOCK_KEY

    Store(postgres_url).close()
    holder = psycopg.connect(postgres_url.replace("+psycopg", ""), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK_KEY,))
    unlock = "SELECT pg_advisory_unlock(%s)"
    release = threading.Timer(1.5, lambda: holder.execute(unlock, (WRITE_LOCK_KEY,)))
    started = time.monotonic()
    release.start()
    try:
        with Store(postgres_url) as store:
            assert store.document_count() == 0  # opening and reading need no write lock
            assert time.monotonic() - started < 1.0
            stats = store.add_many([_doc(2, "Salt Static")])
    finally:
        release.join()
        holder.close()
    assert stats.documents_added == 1
    assert time.monotonic() - started >= 1.0
