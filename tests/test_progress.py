"""The progress bar of extract and ingest: drawn on stderr only when it is a terminal,
never in stdout's results."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from knownsofar import cli
from knownsofar.documents import read_documents
from knownsofar.render.progress import track_progress

SAMPLES = Path(cli.__file__).parent / "samples"
runner = CliRunner()


def test_extract_json_on_stdout_is_untouched_when_stderr_is_a_terminal(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich takes stderr for a terminal
    result = runner.invoke(cli.app, ["extract", str(SAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 14
    assert all(json.loads(line)["doc"]["id"] for line in lines)


def test_no_bar_in_pipes(tmp_path):
    result = runner.invoke(cli.app, ["ingest", str(SAMPLES), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_the_bar_counts_documents_and_input_bytes(tmp_path):
    console = Console(file=(tmp_path / "bar.txt").open("w"), force_terminal=True, width=100)
    with track_progress([str(SAMPLES)], console) as meter:
        docs = list(meter.documents(read_documents([str(SAMPLES)], on_bytes=meter.on_bytes)))
        task = meter.bar.tasks[0]
        assert meter.count == len(docs) == 14
        assert task.total == task.completed == sum(p.stat().st_size for p in SAMPLES.iterdir())
    console.file.close()
