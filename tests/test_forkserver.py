"""``knownsofar batch`` starts its local workers' fork server before the command line is
imported (``knownsofar.forkserver``); nothing else does, and the command still runs
end to end, as a user's shell runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from knownsofar import forkserver

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def started(monkeypatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(forkserver, "start", lambda: calls.append(True))
    return calls


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "news.jsonl", "--out", "out"],
        ["-v", "batch", "news.jsonl", "--out", "out", "--workers", "2"],
        ["--debug", "batch", "news/"],
    ],
)
def test_batch_on_a_local_cluster_starts_it(argv, started):
    assert forkserver.start_for(argv) is True
    assert started == [True]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["extract", "batch"],  # "batch" as an input file, not as the command
        ["ingest", "news.jsonl"],
        ["batch", "--help"],
        ["batch", "news.jsonl", "-h"],
        ["batch", "news.jsonl", "--out", "o", "--scheduler", "tcp://10.0.0.5:8786"],
        ["batch", "news.jsonl", "--out", "o", "--scheduler=tcp://10.0.0.5:8786"],
    ],
)
def test_nothing_else_starts_it(argv, started):
    assert forkserver.start_for(argv) is False
    assert started == []


def test_stop_without_a_server_is_harmless():
    forkserver.stop()
    forkserver.stop()


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "knownsofar", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_batch_runs_from_the_shell(tmp_path):
    pytest.importorskip("dask.distributed", reason="needs the [batch] extra")
    pytest.importorskip("pyarrow.parquet", reason="needs the [batch] extra")
    news = tmp_path / "news.jsonl"
    line = {"id": "a", "text": "Netflix renewed Harbor Lights for season 2.", "published": None}
    news.write_text(json.dumps(line) + "\n")
    done = _run(["batch", str(news), "--out", "out", "--db", "k.db", "--workers", "1"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 documents extracted" in done.stdout
    assert (tmp_path / "out" / "records").is_dir()


def test_a_batch_refused_before_it_runs_exits_cleanly(tmp_path):
    done = _run(["batch", "missing.jsonl"], tmp_path)  # no --out
    assert done.returncode == 2
    assert "--out" in done.stderr
    assert "Traceback" not in done.stderr


def test_stop_ends_and_reaps_the_server():
    if not forkserver.available():
        pytest.skip("no fork server on this platform")
    from multiprocessing import forkserver as mp_forkserver

    forkserver.start()
    pid = mp_forkserver._forkserver._forkserver_pid
    assert pid is not None
    forkserver.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and waited for: no zombie left
