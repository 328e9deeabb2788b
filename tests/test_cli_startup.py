"""`knownsofar --help` loads Typer and Rich, not the stages: trafilatura, fastapi,
httpx, feedparser, jinja2, the pydantic models, the extractor, the store (SQLAlchemy)
and Dask are imported by the commands that use them. Module presence in a fresh
interpreter, not timing (STYLE). (Typer itself loads pydantic to convert option values
once a command runs, even for its --help.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "trafilatura",
    "fastapi",
    "httpx",
    "feedparser",
    "jinja2",
    "charset_normalizer",
    "knownsofar.record",
    "knownsofar.documents",
    "knownsofar.extract",
    "knownsofar.store",
    "knownsofar.batch",
    "sqlalchemy",
    "psycopg",
    "dask",
    "pyarrow",
)


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_importing_the_cli_loads_no_stage():
    assert _loaded_after("import knownsofar.cli") == []
    assert _loaded_after("import knownsofar.cli; assert 'pydantic' not in sys.modules") == []


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["extract", "--help"],
        ["ingest", "--help"],
        ["batch", "--help"],
        ["status", "--help"],
        ["watch", "--help"],
        ["changes", "--help"],
    ],
    ids=["main", "extract", "ingest", "batch", "status", "watch", "changes"],
)
def test_help_loads_no_stage(args):
    code = (
        "from typer.testing import CliRunner\n"
        "from knownsofar.cli import app\n"
        f"result = CliRunner().invoke(app, {args!r})\n"
        "assert result.exit_code == 0, result.output"
    )
    assert _loaded_after(code) == []


def test_a_command_still_loads_what_it_needs():
    assert "knownsofar.extract" in _loaded_after(
        "from knownsofar.cli import extract_document\n"
        "from knownsofar.documents import Document\n"
        "extract_document(Document(id='x', text='Season 2 of Orchard Road was renewed.'))"
    )
