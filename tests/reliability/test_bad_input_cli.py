"""Bad input through the command line (SPEC: command line, issue 7).

One line ``knownsofar: <input>: <reason>`` per bad input, no traceback, the
other inputs still read, exit 1 only when nothing could be read, and nothing
already stored is lost.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knownsofar import cli
from knownsofar.documents import MAX_DOCUMENT_BYTES
from tests.reliability._corpus import invented_docs, knownsofar, write_jsonl

runner = CliRunner()
ARTICLE = "Harbor Lights has been renewed for season 3 at Netflix, the streamer announced."
CAFE = "Café déjà vu: «Dix pour cent» a été renouvelée, a annoncé la chaîne."
ENTITIES = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)).replace(
    "&lol0;", "&lol;"
)
BILLION_LAUGHS = (
    f'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">{ENTITIES}]>\n'
    '<rss version="2.0"><channel><title>&lol9;</title>'
    "<item><title>x</title><description>&lol9;</description></item></channel></rss>\n"
)

# name -> (file bytes, words the one-line reason must contain)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (random.Random(1).randbytes(4096), "binary"),
    "empty.txt": (b"", "empty file"),
    "blank.md": (b" \n\t\n", "empty file"),
    "huge.txt": (b"Title\n\n" + b"word " * (MAX_DOCUMENT_BYTES // 5 + 1), "too large"),
    "title-swallows-all.html": (
        b"<html><head><title>Never closed<body><p>" + ARTICLE.encode() + b"</p></body></html>",
        "no article text",
    ),
    "laughs.xml": (BILLION_LAUGHS.encode(), "entit"),
    "no-entries.rss": (b'<rss version="2.0"><channel><title>T</title></channel></rss>', "feed"),
    "report.pdf": (b"%PDF-1.4\n", "'.pdf' files are not read"),
}


def file_id(value: object) -> str:
    """Parametrize ids: the file name only."""
    return value if isinstance(value, str) and "." in value and "\n" not in value else ""


def run(*args: object):
    return runner.invoke(cli.app, [str(a) for a in args])


def error_lines(stderr: str) -> list[str]:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    assert all(line.startswith("knownsofar: ") for line in lines), stderr
    return lines


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(f"Renewal news\n\n{ARTICLE}\n", encoding="utf-8")
    return path


@pytest.fixture
def bad(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    paths = {}
    for name, (data, _) in BAD_FILES.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


def stored_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM documents")}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_one_line_and_the_good_one_is_read(name, bad, good, tmp_path):
    db = tmp_path / "k.db"
    result = run("ingest", bad[name], good, "--db", db)
    assert result.exit_code == 0, result.output
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"knownsofar: {bad[name]}: ")
    assert BAD_FILES[name][1] in line
    assert stored_ids(db) == {"good"}


def test_missing_path_and_directory_without_articles(tmp_path, good):
    empty_dir, missing = tmp_path / "nothing-here", tmp_path / "missing.txt"
    empty_dir.mkdir()
    (empty_dir / "photo.png").write_bytes(b"\x89PNG\r\n")
    result = run("extract", missing, empty_dir, good, "--json")
    assert result.exit_code == 0
    assert error_lines(result.stderr) == [
        f"knownsofar: {missing}: no such file or directory",
        f"knownsofar: {empty_dir}: no readable files (.txt, .md, .markdown, .html, .htm, "
        ".jsonl, .xml, .rss, .atom)",
    ]
    assert [json.loads(line)["doc"]["id"] for line in result.stdout.splitlines()] == ["good"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file(tmp_path, good):
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nSecret text.\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who reads anything (root)")
        result = run("extract", locked, good, "--json")
    finally:
        locked.chmod(0o600)
    assert result.exit_code == 0
    assert error_lines(result.stderr) == [f"knownsofar: {locked}: permission denied"]


def test_directory_reports_each_bad_file_and_reads_the_rest(bad, good, tmp_path):
    good.rename(bad["binary.txt"].parent / "good.txt")
    result = run("ingest", bad["binary.txt"].parent, "--db", tmp_path / "k.db")
    assert result.exit_code == 0, result.output
    lines = error_lines(result.stderr)
    assert len(lines) == len(BAD_FILES) - 1  # report.pdf is not an article file: skipped
    assert stored_ids(tmp_path / "k.db") == {"good"}


def test_nothing_readable_exits_1_and_keeps_what_is_stored(bad, good, tmp_path):
    db = tmp_path / "k.db"
    assert run("ingest", good, "--db", db).exit_code == 0
    result = run("ingest", *bad.values(), tmp_path / "missing.md", "--db", db)
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == len(BAD_FILES) + 1
    assert stored_ids(db) == {"good"}
    status = run("status", "--json", "--db", db, "--today", "2025-01-01")
    assert status.exit_code == 0 and json.loads(status.stdout)[0]["show"] == "Harbor Lights"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf-8.txt", f"Café news\n\n{CAFE}\n".encode()),
        ("utf-16-bom.txt", f"Café news\n\n{CAFE}\n".encode("utf-16")),
        # Failed before the fix: "binary data (NUL bytes), not text".
        ("utf-16-le.txt", f"Café news\n\n{CAFE}\n".encode("utf-16-le")),
        ("utf-16-be.txt", f"Café news\n\n{CAFE}\n".encode("utf-16-be")),
        ("latin-1.txt", f"Café news\n\n{CAFE}\n".encode("latin-1")),
        ("cp1252.md", f"# Café news\n\n{CAFE} \u201cQuoted\u201d\n".encode("cp1252")),
        (
            "mixed.txt",  # UTF-8 with cp1252 bytes pasted in
            "Café news\n\n".encode() + CAFE.encode() + " Caf\xe9 cr\xe8me.\n".encode("cp1252"),
        ),
        (
            "declared.html",
            f'<html><head><meta charset="iso-8859-1"><title>Café news</title></head>'
            f"<body><article><p>{CAFE}</p></article></body></html>".encode("latin-1"),
        ),
    ],
    ids=file_id,
)
def test_encodings_are_detected(name, data, tmp_path):
    path = tmp_path / name
    path.write_bytes(data)
    result = run("extract", path, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["doc"]
    assert doc["title"] == "Café news"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        # Failed before the fix: decoded as UTF-8 mixed with cp1252 ("ƒjƒ…...").
        ("shift-jis.txt", "ニュース\n\nドラマのシーズン2が決定しました。\n", "ニュース"),
        ("cp1251.txt", "Новости\n\nСериал продлён на второй сезон.\n", "Новости"),
    ],
    ids=file_id,
)
def test_legacy_multibyte_encodings(name, data, words, tmp_path):
    codec = {"shift-jis.txt": "shift_jis", "cp1251.txt": "cp1251"}[name]
    path = tmp_path / name
    path.write_bytes(data.encode(codec))
    result = run("extract", path, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc"]["title"] == words


def test_broken_html_still_gives_its_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Renewed</title><body><div><p>" + ARTICLE + "<p>More<span>"
        "</b></i></table><a href='x"
    )
    result = run("extract", path, "--json")
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)["records"]
    assert (record["show"], record["season"]) == ("Harbor Lights", 3)


def test_malformed_json_lines_name_their_line_and_good_lines_are_kept(tmp_path):
    huge = json.dumps({"id": "huge", "text": "x" * (MAX_DOCUMENT_BYTES + 1)})
    lines = [
        json.dumps({"id": "first", "text": ARTICLE}),
        '{"id": "broken", "text": ',
        "[1, 2, 3]",
        huge,
        json.dumps({"id": "no-text"}),
        "\x00\x01\x02",
        json.dumps({"id": "last", "text": ARTICLE.replace("Harbor", "Paper")}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ingest", path, "--db", tmp_path / "k.db")
    assert result.exit_code == 0, result.output
    lines_reported = error_lines(result.stderr)
    assert [line.split(": ")[1] for line in lines_reported] == [
        f"{path}:{n}" for n in (2, 3, 4, 5, 6)
    ]
    assert "too large" in lines_reported[2]
    assert stored_ids(tmp_path / "k.db") == {"first", "last"}


def test_big_corpus_of_small_documents_is_fine(tmp_path):
    """20 MB of JSON Lines (no line near the limit) is read whole, unlike one 6 MB article."""
    rnd = random.Random(3)
    words = "the studio said the drama was praised by critics for its bold story".split()
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        n = 0
        while out.tell() < 20_000_000:
            text = " ".join(rnd.choices(words, k=3000))
            out.write(json.dumps({"id": f"n{n}", "title": f"Story {n}", "text": text}) + "\n")
            n += 1
    single = tmp_path / "single.txt"
    single.write_bytes(b"Title\n\n" + b"word " * 1_200_000)  # 6 MB
    result = run("ingest", corpus, single, "--db", tmp_path / "k.db")
    assert result.exit_code == 0, result.output
    assert error_lines(result.stderr) == [
        f"knownsofar: {single}: too large for one article (over 5,000,000 bytes)"
    ]
    assert f"{n} documents read: {n} new" in result.stdout


def test_a_real_process_prints_one_line_per_bad_input(bad, tmp_path):
    """The same through ``python -m knownsofar``: exit codes, no traceback, stdout clean."""
    db = tmp_path / "k.db"
    corpus = write_jsonl(tmp_path / "news.jsonl", invented_docs(3))
    done = knownsofar("ingest", *bad.values(), corpus, "--db", db)
    assert done.returncode == 0, done.stderr
    assert len(error_lines(done.stderr)) == len(BAD_FILES)
    assert done.stdout.startswith("3 documents read: 3 new")
    nothing = knownsofar("ingest", *bad.values(), "--db", db)
    assert nothing.returncode == 1
    assert len(error_lines(nothing.stderr)) == len(BAD_FILES)
    assert len(stored_ids(db)) == 3


def test_publication_dates_off_the_calendar_do_not_stop_the_ingest(tmp_path):
    """Failed before: "internal error: ValueError: year 0 is out of range", nothing stored."""
    docs = [
        {"id": "year-1", "published": "0001-03-01", "text": f"{ARTICLE} The holidays."},
        {"id": "year-9999", "published": "9999-12-01", "text": f"{ARTICLE} Next year."},
        {"id": "fine", "published": "2024-12-01", "text": f"{ARTICLE} Next year."},
    ]
    page = tmp_path / "placeholder-date.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00">'
        f"<title>Renewed</title></head><body><article><p>{ARTICLE} The holidays.</p>"
        "</article></body></html>"
    )
    corpus = write_jsonl(tmp_path / "dates.jsonl", docs)
    result = run("ingest", corpus, page, "--db", tmp_path / "k.db")
    assert result.exit_code == 0, result.output
    assert [line.split(": ")[1] for line in error_lines(result.stderr)] == [
        f"{corpus}:1",
        f"{corpus}:2",
    ]
    assert stored_ids(tmp_path / "k.db") == {"fine", "placeholder-date"}
