"""Every SPEC command through Typer's CliRunner on a temporary database, plus one
subprocess run of ``python -m knownsofar``.

Most tests swap in a tiny fake extractor (records written here, keyed by
document id) so they check the command line, not extraction quality; the
``test_samples_*`` tests run the real extractor on the bundled demo corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knownsofar import cli
from knownsofar.documents import Document
from knownsofar.errors import AmbiguousShow, NotFound
from knownsofar.record import (
    CastMember,
    Evidence,
    ExtractResult,
    Release,
    Renewal,
    SeasonRecord,
    SeasonState,
)

SAMPLES = Path(cli.__file__).parent / "samples"
TODAY = "2026-11-23"
runner = CliRunner()

DOCS = [
    {
        "id": "hl-renewed",
        "published": "2025-01-14",
        "title": "Harbor Lights renewed",
        "url": "https://news.example/hl-renewed",
        "text": "Netflix renewed Harbor Lights for season 2.",
    },
    {
        "id": "hl-guess",
        "published": "2024-06-01",
        "title": "Harbor Lights: what we know",
        "url": "https://fans.example/hl",
        "text": "Early 2025 seems most likely for season 2.",
    },
    {
        "id": "hl-cast",
        "published": "2025-03-03",
        "title": "Harbor Lights casting",
        "text": "Ana Ruiz joins Harbor Lights season 2 as <script>Nell</script>.",
    },
    {
        "id": "ht-renewed",
        "published": "2025-02-02",
        "title": "Harbor Tales renewed",
        "text": "Harbor Tales will return for a second season.",
    },
]


def _ev(field: str, quote: str, doc: str, day: str) -> Evidence:
    return Evidence(field=field, quote=quote, doc=doc, published=dt.date.fromisoformat(day))


FAKE_RECORDS = {
    "hl-renewed": [
        SeasonRecord(
            show="Harbor Lights",
            season=2,
            platform="Netflix",
            renewal=Renewal(status="renewed", date=dt.date(2025, 1, 14)),
            evidence=[
                _ev("renewal", DOCS[0]["text"], "hl-renewed", "2025-01-14"),
                _ev("platform", DOCS[0]["text"], "hl-renewed", "2025-01-14"),
            ],
        )
    ],
    "hl-guess": [
        SeasonRecord(
            show="Harbor Lights",
            season=2,
            release=Release(
                status="window",
                window=(dt.date(2025, 1, 1), dt.date(2025, 4, 30)),
                confirmed=False,
                text="Early 2025",
            ),
            evidence=[_ev("release", DOCS[1]["text"], "hl-guess", "2024-06-01")],
        )
    ],
    "hl-cast": [
        SeasonRecord(
            show="Harbor Lights",
            season=2,
            cast=[
                CastMember(
                    actor="Ana Ruiz",
                    character="<script>Nell</script>",
                    status="confirmed",
                    new=True,
                )
            ],
            evidence=[_ev("cast", DOCS[2]["text"], "hl-cast", "2025-03-03")],
        )
    ],
    "ht-renewed": [
        SeasonRecord(
            show="Harbor Tales",
            season=2,
            renewal=Renewal(status="renewed"),
            evidence=[_ev("renewal", DOCS[3]["text"], "ht-renewed", "2025-02-02")],
        )
    ],
}


def fake_extract(doc: Document) -> list[SeasonRecord]:
    return FAKE_RECORDS.get(doc.id, [])


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return path


@pytest.fixture
def db(database: str, news: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database holding DOCS, ingested with the fake extractor: a SQLite file, or a
    PostgreSQL URL."""
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    result = runner.invoke(cli.app, ["ingest", str(news), "--db", database])
    assert result.exit_code == 0, result.output
    return database


def run(*args: str, **kwargs: object):
    return runner.invoke(cli.app, [str(a) for a in args], **kwargs)


def one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("knownsofar: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_help_in_a_subprocess():
    done = subprocess.run(
        [sys.executable, "-m", "knownsofar", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    expected = {
        "extract", "ingest", "status", "article", "timeline", "changes", "serve", "watch",
        "demo", "eval", "batch",
    }  # fmt: skip
    for command in expected:
        assert command in done.stdout
    names = {c.name or c.callback.__name__ for c in cli.app.registered_commands}
    assert names == expected


def test_extract_json_lines_validate(news, monkeypatch):
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    result = run("extract", news, "--json")
    assert result.exit_code == 0, result.output
    lines = [ExtractResult.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [r.doc.id for r in lines] == [d["id"] for d in DOCS]
    assert lines[0].doc.published == dt.date(2025, 1, 14)
    assert lines[0].doc.url == "https://news.example/hl-renewed"
    assert lines[0].records[0].renewal.status == "renewed"


def test_extract_readable_summary(news, monkeypatch):
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    result = run("extract", news)
    assert result.exit_code == 0, result.output
    assert "hl-renewed" in result.stdout and "Harbor Lights season 2" in result.stdout


def test_bad_input_gives_one_line_and_the_others_go_on(tmp_path, news, monkeypatch):
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    missing = tmp_path / "missing.txt"
    result = run("extract", missing, news, "--json")
    assert result.exit_code == 0
    assert str(missing) in one_error_line(result)
    assert len(result.stdout.splitlines()) == len(DOCS)


def test_nothing_readable_exits_1(tmp_path):
    result = run("extract", tmp_path / "missing.txt", tmp_path / "gone.html")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 2
    assert "Traceback" not in result.output


def test_ingest_twice_changes_nothing(db, news):
    before = run("status", "--json", "--today", TODAY, "--db", db).stdout
    again = run("ingest", news, "--db", db)
    assert again.exit_code == 0, again.output
    assert "4 documents read: 0 new, 4 unchanged, 0 claims added" in again.stdout
    assert run("status", "--json", "--today", TODAY, "--db", db).stdout == before


def test_ingest_reads_db_from_environment(tmp_path, news, monkeypatch):
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    path = tmp_path / "env" / "from-env.db"
    result = runner.invoke(cli.app, ["ingest", str(news)], env={"KNOWNSOFAR_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert path.exists() and "4 new" in result.stdout


def test_status_json_array_of_states(db):
    result = run("status", "--json", "--today", TODAY, "--db", db)
    assert result.exit_code == 0, result.output
    states = [SeasonState.model_validate(s) for s in json.loads(result.stdout)]
    assert {(s.show, s.season) for s in states} == {("Harbor Lights", 2), ("Harbor Tales", 2)}


def test_status_one_season_json_marks_stale(db):
    result = run("status", "harbor lights", "--json", "--today", TODAY, "--db", db)
    assert result.exit_code == 0, result.output
    state = SeasonState.model_validate_json(result.stdout)
    assert (state.show, state.season, state.platform) == ("Harbor Lights", 2, "Netflix")
    assert state.release.stale is True
    assert len(state.sources) == 3


def test_status_today_decides_staleness(db):
    result = run("status", "harbor lights", "--json", "--today", "2025-02-01", "--db", db)
    assert SeasonState.model_validate_json(result.stdout).release.stale is False


def test_status_tables(db):
    table = run("status", "--today", TODAY, "--db", db)
    assert table.exit_code == 0, table.output
    assert "Harbor Lights" in table.stdout and "stale" in table.stdout
    detail = run("status", "harbor lights", "--season", "2", "--db", db)
    assert detail.exit_code == 0, detail.output
    assert "Ana Ruiz" in detail.stdout and "<script>Nell</script>" in detail.stdout


def test_unknown_show_is_one_line(db):
    result = run("status", "no such show", "--db", db)
    assert result.exit_code == 1
    one_error_line(result)


def test_ambiguous_show_is_one_line(db):
    result = run("article", "harbor", "--db", db)
    assert result.exit_code == 1
    one_error_line(result)


def test_debug_shows_the_error_itself(db):
    result = run("--debug", "status", "no such show", "--db", db)
    assert isinstance(result.exception, NotFound | AmbiguousShow)


def test_unexpected_error_is_one_line(news, monkeypatch):
    def broken(doc: Document) -> list[SeasonRecord]:
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(cli, "extract_document", broken)
    result = run("extract", news)
    assert result.exit_code == 1
    assert "extractor exploded" in one_error_line(result)


def test_missing_database_is_one_line(tmp_path):
    result = run("status", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "none.db" in one_error_line(result)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["status"], ["ingest", SAMPLES], ["changes"]])
def test_unreachable_postgresql_is_one_line(command):
    pytest.importorskip("psycopg")
    url = f"postgresql://ana:s3cret@127.0.0.1:{_closed_port()}/seasons"
    result = run(*command, "--db", url)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "cannot open the database" in line and "s3cret" not in line
    assert "postgresql+psycopg://ana:***@127.0.0.1:" in line


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://ana@localhost:port/seasons", "not a valid database URL"),
        ("mysql://ana@localhost/seasons", "unsupported database URL scheme 'mysql'"),
    ],
)
def test_bad_database_url_is_one_line(url, reason):
    if url.startswith("postgresql"):
        pytest.importorskip("sqlalchemy")  # parses PostgreSQL URLs
    result = run("status", "--db", url)
    assert result.exit_code == 1
    assert reason in one_error_line(result)


def test_missing_postgresql_driver_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    result = run("status", "--db", "postgresql://ana@127.0.0.1/seasons")
    assert result.exit_code == 1
    assert "install knownsofar[postgres]" in one_error_line(result)


@pytest.mark.postgresql
def test_ingest_names_a_server_database_without_its_password(postgres_url, news, monkeypatch):
    monkeypatch.setattr(cli, "extract_document", fake_extract)
    with_password = postgres_url.replace("@", ":unused-s3cret@", 1)  # trust: not checked
    result = run("ingest", news, "--db", with_password)
    assert result.exit_code == 0, result.output
    assert "4 new" in result.stdout and "s3cret" not in result.stdout
    assert ":***@127.0.0.1" in result.stdout


def test_bad_today_is_a_usage_error(db):
    result = run("status", "--today", "2026-13-45", "--db", db)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_article_markdown_cites_and_escapes(db):
    result = run("article", "harbor lights", "--today", TODAY, "--db", db)
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert md.startswith("# Harbor Lights Season 2: everything we know so far")
    assert "that window has passed without a release. *(expired)* *(speculation)* [1]" in md
    assert "Ana Ruiz joins the cast as \\<script\\>Nell\\</script\\>. [3]" in md
    assert "1. [Harbor Lights: what we know](https://fans.example/hl) — fans.example" in md


def test_article_html_to_file(db, tmp_path):
    out = tmp_path / "hl.html"
    result = run("article", "harbor lights", "-f", "html", "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "&lt;script&gt;Nell&lt;/script&gt;" in html and "<script" not in html


def test_timeline_json_and_table(db):
    result = run("timeline", "harbor lights", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    assert {"renewal", "release", "cast", "platform"} <= {e["field"] for e in entries}
    assert all({"date", "field", "value", "doc", "quote"} <= set(e) for e in entries)
    table = run("timeline", "harbor lights", "--db", db)
    assert table.exit_code == 0 and "hl-guess" in table.stdout


def test_demo_with_kept_database(tmp_path):
    path = tmp_path / "demo.db"
    result = run("demo", "--db", path, "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert path.exists()
    again = run("ingest", SAMPLES, "--db", path)
    assert "0 new" in again.stdout


# The real extractor on the bundled corpus (these need knownsofar.extract).


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.db"
    result = run("ingest", SAMPLES, "--db", path)
    assert result.exit_code == 0, result.output
    assert "14 documents read: 14 new" in result.stdout
    return path


def _sample_state(db: Path, show: str) -> SeasonState:
    result = run("status", show, "--json", "--today", TODAY, "--db", db)
    assert result.exit_code == 0, result.output
    return SeasonState.model_validate_json(result.stdout)


def test_samples_extract_every_document():
    result = run("extract", SAMPLES, "--json")
    assert result.exit_code == 0, result.output
    results = [ExtractResult.model_validate_json(line) for line in result.stdout.splitlines()]
    assert len(results) == 14
    assert sum(bool(r.records) for r in results) >= 12


def test_samples_lantern_keepers(samples_db):
    state = _sample_state(samples_db, "lantern keepers")
    assert (state.show, state.season, state.platform) == ("The Lantern Keepers", 2, "Netflix")
    assert state.renewal.status == "renewed"
    assert (state.release.status, state.release.date) == ("dated", dt.date(2027, 2, 12))
    assert state.production.status == "wrapped"
    assert state.trailer.status == "trailer"
    assert {"Mara Quint", "Tobias Renn"} <= {c.actor for c in state.cast}


def test_samples_expired_fan_prediction_is_stale(samples_db):
    state = _sample_state(samples_db, "salt and static")
    assert state.season == 3
    assert state.release.status == "window" and state.release.stale
    assert state.release.window == (dt.date(2025, 1, 1), dt.date(2025, 4, 30))


def test_samples_cancellation_and_uk_series(samples_db):
    assert _sample_state(samples_db, "night ferry").renewal.status == "cancelled"
    orchard = _sample_state(samples_db, "orchard road")
    assert (orchard.season, orchard.platform) == (4, "BBC One")


def test_samples_demo_prints_scorecard_and_article():
    result = run("demo", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "Upcoming seasons" in result.stdout
    assert "Season 2: everything we know so far" in result.stdout
    assert re.search(r"\. \[\d+\]$", result.stdout, re.MULTILINE)
