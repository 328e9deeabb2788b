"""``knownsofar batch`` on Dask: its output equals ``extract --json``, its store equals
``ingest``'s, and failures (a document the extractor raises on, a worker process that
dies) are reported without losing the other documents.

One two-worker LocalCluster serves the module (``--scheduler``); one test lets
``batch`` start its own. Inputs are small and cut into many partitions.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import types
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knownsofar import cli
from knownsofar.batch.plan import (
    MAX_PIECE_BYTES,
    MIN_PIECE_BYTES,
    FilePart,
    Piece,
    piece_target,
    plan_pieces,
    split_piece,
    taper,
)
from knownsofar.documents import LineRange
from knownsofar.errors import KnownsofarError, UnsupportedInput
from knownsofar.extract import extract_document

pytest.importorskip("dask.distributed", reason="needs the [batch] extra")
pytest.importorskip("pyarrow.parquet", reason="needs the [batch] extra")

import dask
from dask.distributed import Client, LocalCluster

from knownsofar.batch import BatchOptions, run_batch
from knownsofar.batch.output import ERRORS_DIR, partitions, read_results
from knownsofar.store import open_store

HERE = Path(__file__).parent
SAMPLES = Path(cli.__file__).parent / "samples"
CORPUS = HERE / "data" / "docs" / "corpus"
TODAY = "2026-11-23"
BOOM = "boom-doc"
runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler():
    """The address of a two-worker local cluster (a worker that dies is restarted)."""
    settings = {
        "distributed.scheduler.allowed-failures": 0,
        "distributed.scheduler.worker-saturation": 1.0,
    }
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
    ):
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    """Samples, a directory of mixed files, and JSON Lines with ids, without ids (named by
    line), a broken line and a blank one."""
    lines = [
        {
            "id": "jl-renewed",
            "published": "2025-02-01",
            "text": "Netflix renewed Harbor Lights for season 2. Filming begins in May.",
            "section": "TV – drama",  # kept in the document's meta
        },
        {
            "text": "Harbor Lights season 2 will premiere in early 2026, Netflix said.",
            "title": "Harbor Lights dated",
            "published": "2025-03-01",
        },
        "not json",
        "",
        {
            "url": "https://news.example/tales",
            "text": "Harbor Tales was cancelled after one season.",
            "published": "2025-04-01",
        },
        {"id": BOOM, "text": "Season 3 of Night Ferry is confirmed.", "published": "2025-05-01"},
    ]
    body = "".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines * 3)
    path = tmp_path / "news.jsonl"
    path.write_text(body)
    return [str(SAMPLES), str(CORPUS), str(path)]


def _extract_json(inputs: list[str]) -> tuple[list[str], set[str]]:
    result = runner.invoke(cli.app, ["extract", *inputs, "--json"])
    return result.stdout.splitlines(), set(result.stderr.splitlines())


def _canonical(lines: list[str]) -> list[str]:
    """JSON lines sorted by document, keys sorted: order-independent comparison."""
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in lines)


def test_batch_output_equals_extract_json(tmp_path, inputs, scheduler):
    out, db = tmp_path / "out", tmp_path / "batch.db"
    args = ["batch", *inputs, "--out", str(out), "--db", str(db), "--scheduler", scheduler]
    result = runner.invoke(cli.app, [*args, "--partition-size", "1KB"])
    assert result.exit_code == 0, result.output
    expected, expected_errors = _extract_json(inputs)
    batch = list(read_results(out))
    assert _canonical(batch) == _canonical(expected)
    assert batch == expected  # partitions in input order give extract's order
    assert len(partitions(out)) > 5
    assert set(result.stderr.splitlines()) == expected_errors
    assert "news.jsonl:3: not valid JSON" in result.stderr
    assert f"{len(expected)} documents extracted" in result.stdout


def test_batch_stores_what_ingest_stores(tmp_path, inputs):
    """Without --scheduler, batch starts its own local cluster."""
    batch_db, ingest_db = tmp_path / "batch.db", tmp_path / "ingest.db"
    out = tmp_path / "out"
    args = ["batch", *inputs, "--out", str(out), "--db", str(batch_db), "--workers", "1"]
    batched = runner.invoke(cli.app, args)
    ingested = runner.invoke(cli.app, ["ingest", *inputs, "--db", str(ingest_db)])
    assert batched.exit_code == 0, batched.output
    assert ingested.exit_code == 0, ingested.output
    assert "unchanged" in batched.stdout
    states = [
        runner.invoke(cli.app, ["status", "--json", "--today", TODAY, "--db", str(db)]).stdout
        for db in (batch_db, ingest_db)
    ]
    assert json.loads(states[0]) == json.loads(states[1])
    assert json.loads(states[0])
    documents = [_documents(db) for db in (batch_db, ingest_db)]
    assert documents[0] == documents[1]
    assert any("TV – drama" in meta for *_, meta in documents[0])


def _documents(db: Path) -> list[tuple[str, ...]]:
    """The stored documents, every column but the time of storing."""
    with sqlite3.connect(db) as conn:
        columns = "id, content_hash, url, title, published, source, meta"
        return conn.execute(f"SELECT {columns} FROM documents ORDER BY id").fetchall()


def explode_on_boom(doc):
    """An extractor with a bug that one document triggers."""
    if doc.id == BOOM:
        raise ValueError("the extractor tripped")
    return extract_document(doc)


def die_on_boom(doc):
    """An extractor that kills its worker process on one document."""
    if doc.id == BOOM:
        os._exit(13)
    return extract_document(doc)


class _Reporter:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.documents = 0

    def error(self, error) -> None:
        self.errors.append(str(error))

    def piece(self, documents: int, size: int) -> None:
        self.documents += documents


def _run(inputs, tmp_path, scheduler, **options):
    with Client(scheduler) as client:  # workers killed by an earlier test are back
        client.wait_for_workers(2, timeout=60)
    reporter, out = _Reporter(), tmp_path / "out"
    with open_store(tmp_path / "store.db") as store:
        report = run_batch(inputs, out, store, BatchOptions(scheduler, **options), reporter)
    return report, reporter, out


def _ids(lines: list[str]) -> list[str]:
    return [json.loads(line)["doc"]["id"] for line in lines]


def test_a_document_the_extractor_fails_on_is_reported_and_the_others_kept(
    tmp_path, inputs, scheduler
):
    report, reporter, out = _run(inputs[2:], tmp_path, scheduler, extractor=explode_on_boom)
    expected, _ = _extract_json(inputs[2:])
    kept = _ids(list(read_results(out)))
    assert kept == [i for i in _ids(expected) if i != BOOM]
    failed = [e for e in reporter.errors if "could not be extracted" in e]
    assert len(failed) == 3
    assert all("the extractor tripped" in e for e in failed)
    assert report.documents == len(kept)
    files = (out / ERRORS_DIR).glob("*.jsonl")
    errors = [json.loads(x) for f in files for x in f.read_text().splitlines()]
    assert sum("tripped" in e["reason"] for e in errors) == 3


def test_a_worker_that_dies_on_a_document_loses_only_that_document(tmp_path, scheduler):
    path = tmp_path / "news.jsonl"
    docs = [
        {"id": f"doc-{n}", "text": f"Season {n} of Night Ferry is confirmed."} for n in range(6)
    ]
    docs.insert(4, {"id": BOOM, "text": "Season 9 of Night Ferry is confirmed."})
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    report, reporter, out = _run([str(path)], tmp_path, scheduler, extractor=die_on_boom)
    kept = _ids(list(read_results(out)))
    assert kept == [f"doc-{n}" for n in range(6)]
    assert reporter.errors == [
        f"{path} (bytes {_offset(path, 4)}-{_offset(path, 5)}, from line 5): "
        "not extracted: the worker process died on it"
    ]
    assert report.lost == 1
    with open_store(tmp_path / "store.db") as store:
        assert store.document_count() == 6


def _offset(path: Path, lines: int) -> int:
    return sum(len(line) for line in path.read_bytes().splitlines(keepends=True)[:lines])


def test_workers_that_cannot_import_the_task_stop_the_run(tmp_path, scheduler, monkeypatch):
    """An extractor only the driver can import stands for workers without knownsofar."""
    module = types.ModuleType("knownsofar_only_here")

    def extract(doc):
        return []

    extract.__module__ = module.__name__
    extract.__qualname__ = "extract"
    module.extract = extract
    monkeypatch.setitem(sys.modules, module.__name__, module)
    with pytest.raises(KnownsofarError, match="the Dask workers cannot run knownsofar"):
        _run([str(CORPUS)], tmp_path, scheduler, extractor=extract)


def test_stdin_is_refused_in_one_line(tmp_path, scheduler):
    result = runner.invoke(
        cli.app,
        [
            "batch",
            "-",
            "--out",
            str(tmp_path / "o"),
            "--db",
            str(tmp_path / "d.db"),
            "--scheduler",
            scheduler,
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "knownsofar: -: batch reads files; save the stream to a file first"
    )


def test_workers_and_scheduler_do_not_mix(tmp_path):
    args = ["batch", str(CORPUS), "--out", str(tmp_path), "--scheduler", "tcp://x:1"]
    result = runner.invoke(cli.app, [*args, "--workers", "2"])
    assert result.exit_code == 2
    assert "--workers sizes the local cluster" in result.stderr


def test_without_the_extra_a_one_line_hint(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    args = ["batch", str(CORPUS), "--out", str(tmp_path / "o"), "--db", str(tmp_path / "d.db")]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "knownsofar: batch needs the [batch] extra: pip install 'knownsofar[batch]' "
        "(dask.distributed is missing)"
    )


# -- planning (no cluster) ---------------------------------------------------


def test_pieces_keep_input_order_and_cut_big_json_lines(tmp_path):
    small = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in small:
        path.write_text("Season 2 of Night Ferry.\n" * 10)
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"text": "x" * 80}) + "\n" for _ in range(50)))
    planned = list(plan_pieces(["-", *map(str, small), str(big)], 600))
    assert isinstance(planned[0], UnsupportedInput)
    pieces = [p for p in planned if isinstance(p, Piece)]
    assert [p.index for p in pieces] == [(n,) for n in range(len(pieces))]
    assert [type(part) for part in pieces[0].parts] == [FilePart, FilePart]
    ranges = [part for p in pieces for part in p.parts if isinstance(part, LineRange)]
    assert ranges[0].start == 0 and ranges[-1].end == big.stat().st_size
    assert len(ranges) > 5
    assert all(len(p.parts) == 1 for p in pieces if isinstance(p.parts[0], LineRange))


def test_piece_target_is_bounded():
    assert piece_target(0, 2) == MIN_PIECE_BYTES
    assert piece_target(10**12, 2) == MAX_PIECE_BYTES
    assert piece_target(96 * 10**7, 2) == 10**7  # PIECES_PER_WORKER each


def test_pieces_are_not_small_and_as_many_for_every_worker():
    """A small corpus is cut into fewer pieces of at least the minimum, the same number
    for each worker (equal pieces end together): 13 pieces of 2.2 MB, not 14 of 2 MB."""
    total = 27 * MIN_PIECE_BYTES + MIN_PIECE_BYTES // 2
    assert piece_target(total, 2) == -(-total // 26)
    assert piece_target(total, 1) == -(-total // 27)
    assert piece_target(3 * MIN_PIECE_BYTES, 4) == MIN_PIECE_BYTES


def test_the_last_pieces_are_cut_smaller_in_input_order(tmp_path):
    """Workers end together: the last pieces are halves and quarters, nothing is lost or
    reordered, and the names still sort in input order."""
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"text": "x" * 80}) + "\n" for _ in range(400)))
    planned = list(plan_pieces(["-", str(big)], 4000))
    tapered = list(taper(planned, 2))
    assert isinstance(tapered[0], UnsupportedInput)
    before = [p for p in planned if isinstance(p, Piece)]
    after = [p for p in tapered if isinstance(p, Piece)]
    assert len(after) == len(before) + 4  # 2 pieces -> 4 halves, 2 halves -> 4 quarters
    assert after[: len(before) - 2] == before[:-2]
    sizes = [p.size for p in after]
    assert max(sizes[-2:]) < min(sizes[:-8]) / 3  # quarters at the end
    ranges = [p.parts[0] for p in after]
    assert all(a.end == b.start for a, b in pairwise(ranges))
    assert ranges[0].start == 0 and ranges[-1].end == big.stat().st_size
    assert [p.name for p in after] == sorted(p.name for p in after)


def test_taper_keeps_pieces_that_cannot_be_cut(tmp_path):
    files = [Piece((n,), (FilePart(f"{n}.html", f"/x/{n}.html", 9),)) for n in range(3)]
    assert list(taper(files, 2)) == files
    assert list(taper(files[:1], 4)) == files[:1]


def test_a_piece_splits_in_halves_down_to_one_document(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"text": f"doc {n}"}) + "\n" for n in range(4)))
    whole = Piece((7,), (LineRange(str(path), 0, path.stat().st_size),))
    halves = split_piece(whole)
    assert [h.name for h in halves] == ["part-00007-0", "part-00007-1"]
    assert sum(h.size for h in halves) == whole.size
    one = Piece((1,), (LineRange(str(path), 0, _offset(path, 1)),))
    assert split_piece(one) == []
    files = Piece((2,), tuple(FilePart(f"{n}.txt", f"/x/{n}.txt", 1) for n in range(3)))
    assert [len(h.parts) for h in split_piece(files)] == [1, 2]
