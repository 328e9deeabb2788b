"""SIGKILL an ingest at random points; the database stays consistent (issue 7), on SQLite
and on PostgreSQL.

The corpus is the shared BBC one (its first ``KNOWNSOFAR_CRASH_DOCS`` lines,
default 700, 0 for all) or, without ``../shared``, ~3000 invented articles.
A clean ingest of the same corpus runs alongside as the reference: after the
kills, one full re-run must leave exactly its documents and claims.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

from knownsofar.documents import read_documents
from knownsofar.documents.model import Document
from knownsofar.extract import extract_document
from knownsofar.store import Store
from knownsofar.store import plan as store_plan
from tests.reliability._corpus import (
    cli_env,
    consistency_problems,
    invented_docs,
    knownsofar,
    query,
    write_jsonl,
)

BBC = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "bbc-news-2225.jsonl"
KILLS = 4
SEED = int(os.environ.get("KNOWNSOFAR_CRASH_SEED", "2024"))
CLAIM_COLUMNS = "doc, show_key, show, season, field, key, value, confirmed, holds_on, quote"


def _corpus(tmp_path: Path) -> Path:
    limit = int(os.environ.get("KNOWNSOFAR_CRASH_DOCS", "700"))
    if not BBC.exists():
        return write_jsonl(tmp_path / "invented.jsonl", invented_docs(3000))
    if limit == 0:
        return BBC
    with BBC.open("rb") as source:
        lines = list(islice(source, limit))
    path = tmp_path / "bbc-part.jsonl"
    path.write_bytes(b"".join(lines))
    return path


def _ingest(corpus: Path, db: Path | str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "knownsofar", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )


def _contents(db: Path | str) -> tuple[set[tuple[object, ...]], list[tuple[object, ...]]]:
    """(id, content hash) of every document; every claim, sorted (ids left out)."""
    docs = set(query(db, "SELECT id, content_hash FROM documents"))
    claims = sorted(query(db, f"SELECT {CLAIM_COLUMNS} FROM claims"), key=repr)
    return docs, claims


def _document_count(db: Path | str) -> int:
    rows = query(db, "SELECT COUNT(*) FROM documents")
    return int(str(rows[0][0])) if rows else 0


@pytest.fixture
def reference(request: pytest.FixtureRequest, database: str, tmp_path: Path) -> str:
    """A second empty database of the same kind as ``database``."""
    if "://" in database:
        return str(request.getfixturevalue("postgres_cluster").new_database())
    return str(tmp_path / "clean.db")


def test_sigkilled_ingest_stays_consistent_and_a_rerun_completes(tmp_path, database, reference):
    corpus, db = _corpus(tmp_path), database
    rnd = random.Random(SEED)
    clean = _ingest(corpus, reference)
    stored = 0
    for kill in range(KILLS):
        victim = _ingest(corpus, db)
        time.sleep(rnd.uniform(0.5, 5.0))
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        where = f"kill {kill + 1} (KNOWNSOFAR_CRASH_SEED={SEED})"
        assert consistency_problems(db) == [], where
        assert _document_count(db) >= stored, f"{where}: stored documents were lost"
        stored = _document_count(db)

    rerun = knownsofar("ingest", corpus, "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    assert clean.wait(timeout=120) == 0, clean.stderr.read() if clean.stderr else ""
    clean.stderr and clean.stderr.close()
    assert consistency_problems(db) == []
    docs, claims = _contents(db)
    assert (docs, claims) == _contents(reference)

    with Store(db) as store:  # a further re-run (documents as the CLI reads them) adds nothing
        stats = store.add_many((doc, []) for doc in read_documents([str(corpus)]))
    assert stats.documents_added == 0 and stats.documents_unchanged == stats.documents_seen
    assert _contents(db) == (docs, claims)


def test_a_batch_failing_midway_stores_none_of_it(database, monkeypatch):
    """The deterministic half of the kill test: a batch is all or nothing."""
    raw = invented_docs(10)
    docs = [Document(id=str(d["id"]), text=str(d["text"])) for d in raw]
    items = [(doc, extract_document(doc)) for doc in docs]
    real = store_plan.claims_from_record

    def fail_on_the_eighth(record, doc_id, published):
        if doc_id == "doc-7":
            raise KeyboardInterrupt  # like a signal arriving mid-transaction
        return real(record, doc_id, published)

    db = database
    with Store(db) as store:
        monkeypatch.setattr(store_plan, "claims_from_record", fail_on_the_eighth)
        try:
            store.add_many(items, batch_size=5)
        except KeyboardInterrupt:
            pass
        assert store.document_count() == 5  # the first batch, not docs 5-6 of the second
        monkeypatch.undo()
        assert consistency_problems(db) == []
        stats = store.add_many(items, batch_size=5)
    assert (stats.documents_added, stats.documents_unchanged) == (5, 5)
    assert stats.claims_added > 0
