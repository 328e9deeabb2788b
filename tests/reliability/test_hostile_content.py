"""Hostile article content, rendered everywhere (issue 7: hostile content).

Text from documents is escaped in every output, terminal control characters
are stripped, no ``javascript:``/``file:`` link is ever written, and rendering
opens no file and no connection named by a document (checked with an audit hook).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from knownsofar import cli
from knownsofar.changes import ingest_with_changes
from knownsofar.documents.model import Document
from knownsofar.names import slugify
from knownsofar.record import (
    CastMember,
    Evidence,
    Release,
    Renewal,
    SeasonRecord,
    Trailer,
)
from knownsofar.store import Store
from tests.reliability._corpus import write_jsonl

runner = CliRunner()
TODAY = dt.date(2025, 6, 1)
SCRIPT = "<script>alert(1)</script>"
OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # writes the clipboard
CLEAR = "\x1b[2J\x9b31m"  # clears the screen; C1 CSI
MD_LINK = "[x](javascript:alert(1))"
FILE_URL = "file:///etc/passwd"
HOSTILE = f"{SCRIPT} {OSC52} {CLEAR} {MD_LINK} {FILE_URL} /etc/passwd <img src=x onerror=alert(2)>"
SHOW = "Evil Show"
HOSTILE_SHOW = "<b>Bold</b> Show"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
DATED = ("status", "article")
URL_FIELDS = ("javascript:alert(1)", FILE_URL, "/etc/passwd")


def _record(show: str, doc: str, day: dt.date) -> SeasonRecord:
    quote = f"{show} season 2 was renewed. {HOSTILE}"
    return SeasonRecord(
        show=show,
        season=2,
        platform=f"Netflix{SCRIPT}",
        renewal=Renewal(status="renewed", date=day),
        release=Release(
            status="window",
            window=(dt.date(2026, 1, 1), dt.date(2026, 4, 30)),
            confirmed=True,
            text=f"early 2026 {MD_LINK}{OSC52}",
        ),
        trailer=Trailer(status="teaser"),
        cast=[CastMember(actor=f"Ann {SCRIPT}", character=f"{CLEAR}{MD_LINK}", status="confirmed")],
        plot=[f"The plot. {HOSTILE}"],
        evidence=[
            Evidence(field=f, quote=quote, doc=doc, published=day)
            for f in ("renewal", "release", "cast", "plot", "platform", "trailer")
        ],
    )


def _documents() -> Iterator[tuple[Document, list[SeasonRecord]]]:
    for n, url in enumerate(URL_FIELDS):
        day = dt.date(2025, 1, 10 + n)
        doc = Document(
            id=f"evil-{n}",
            text=f"{SHOW} season 2 was renewed. {HOSTILE}",
            title=f"{SCRIPT}{OSC52} title {n}",
            url=url,
            published=day,
        )
        yield doc, [_record(SHOW if n < 2 else HOSTILE_SHOW, doc.id, day)]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with Store(path) as store:
        ingest_with_changes(store, _documents(), TODAY)
    return path


# -- nothing is opened --------------------------------------------------------

_WATCHING: list[list[str]] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _WATCHING:
        return
    if event in ("socket.connect", "socket.getaddrinfo", "subprocess.Popen", "urllib.Request"):
        _WATCHING[-1].append(f"{event} {args!r:.200}")
    elif event == "open" and args and re.search(r"passwd|^file:", str(args[0])):
        _WATCHING[-1].append(f"open {args[0]!r}")


sys.addaudithook(_audit)


@contextmanager
def nothing_opened() -> Iterator[None]:
    """Fail if anything inside opens a file or connection a document names."""
    seen: list[str] = []
    _WATCHING.append(seen)
    try:
        yield
    finally:
        _WATCHING.pop()
    assert seen == []


# -- checks per output ----------------------------------------------------------


def assert_terminal_safe(text: str) -> None:
    assert not CONTROL.search(text.replace("\n", "")), repr(CONTROL.search(text))
    assert "52;c;" not in text or "\x1b" not in text


def assert_markdown_safe(text: str) -> None:
    assert_terminal_safe(text)
    assert not re.search(r"(?<!\\)\]\(\s*<?(javascript|file|data):", text, re.I), text
    assert not re.search(r"(?<!\\)<(script|img|b)\b", text, re.I), text
    assert "](/etc/passwd" not in text


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler attribute {name}={value}"
            if name in ("href", "src", "action", "formaction", "xlink:href", "srcset"):
                self.urls.append(value or "")

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def assert_html_safe(text: str) -> None:
    assert_terminal_safe(text)
    parser = _Links()
    parser.feed(text)
    for url in parser.urls:
        scheme = urlsplit(url.strip()).scheme.lower()
        assert scheme in ("", "http", "https"), url
        assert not url.strip().startswith("//"), url
        assert "passwd" not in url, url
    assert "img" not in parser.tags and "b" not in parser.tags
    assert not any("alert" in s for s in parser.scripts)
    assert "alert(1)" in text  # the words are shown, as text


def assert_atom_safe(text: str) -> None:
    assert_terminal_safe(text)
    root = ET.fromstring(text)
    hrefs = [e.get("href", "") for e in root.iter() if e.get("href") is not None]
    assert all(urlsplit(h).scheme in ("http", "https") for h in hrefs), hrefs
    for element in root.iter():
        assert not CONTROL.search((element.text or "").replace("\n", ""))


# -- the command line -----------------------------------------------------------


def run(*args: object) -> str:
    result = runner.invoke(cli.app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result.stderr)
    return result.stdout


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (("status",), assert_terminal_safe),
        (("status", SHOW), assert_terminal_safe),
        (("status", HOSTILE_SHOW), assert_terminal_safe),
        (("timeline", SHOW), assert_terminal_safe),
        (("changes",), assert_terminal_safe),
        (("article", SHOW, "--format", "md"), assert_markdown_safe),
        (("article", HOSTILE_SHOW, "--format", "md"), assert_markdown_safe),
        (("article", SHOW, "--format", "html"), assert_html_safe),
        (("article", HOSTILE_SHOW, "--format", "html"), assert_html_safe),
        (("changes", "--format", "atom"), assert_atom_safe),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else "",
)
def test_cli_output_is_escaped(db, args, check):
    with nothing_opened():
        check(run(*args, "--db", db, *(["--today", TODAY] if args[0] in DATED else [])))


def test_json_output_keeps_the_text_but_no_raw_controls(db):
    out = run("status", "--json", "--db", db, "--today", TODAY)
    assert "\x1b" not in out and "\x07" not in out  # JSON escapes C0 controls
    assert any(SCRIPT in json.dumps(s) for s in json.loads(out))  # data is not mangled


def test_extracted_hostile_article_end_to_end(tmp_path):
    """The same through the real reader and extractor: JSON Lines in, every output out."""
    doc = {
        "id": "hostile",
        "url": "javascript:alert(1)",
        "title": f"Harbor Lights {SCRIPT}{OSC52}",
        "published": "2025-01-14",
        "text": (
            f"Netflix has renewed Harbor Lights for season 2. {HOSTILE} "
            f"Season 2 of Harbor Lights will premiere in early 2026 {MD_LINK}. "
            f"Ann Lee {CLEAR} will return as Nell {SCRIPT} in season 2."
        ),
    }
    db = tmp_path / "e2e.db"
    with nothing_opened():
        run("ingest", write_jsonl(tmp_path / "hostile.jsonl", [doc]), "--db", db)
        assert_terminal_safe(run("status", "Harbor", "--db", db, "--today", TODAY))
        assert_markdown_safe(run("article", "Harbor", "--db", db, "--today", TODAY))
        assert_html_safe(run("article", "Harbor", "-f", "html", "--db", db, "--today", TODAY))


# -- the web app ------------------------------------------------------------------


@pytest.fixture
def client(db):
    testclient = pytest.importorskip("fastapi.testclient")
    from knownsofar.serve.app import create_app

    store = Store(db)
    with testclient.TestClient(create_app(store, lambda: TODAY)) as app_client:
        yield app_client
    store.close()


@pytest.mark.parametrize(
    ("path", "check"),
    [
        ("/", assert_html_safe),
        (f"/shows/{slugify(SHOW)}/seasons/2", assert_html_safe),
        (f"/shows/{slugify(HOSTILE_SHOW)}/seasons/2", assert_html_safe),
        ("/feed.atom", assert_atom_safe),
    ],
    ids=["scorecard", "article", "hostile-show-article", "feed"],
)
def test_web_pages_are_escaped(client, path, check):
    with nothing_opened():
        response = client.get(path)
    assert response.status_code == 200, response.text
    check(response.text)
    assert "default-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize(
    "path", ["/api/seasons", f"/api/shows/{slugify(SHOW)}/seasons/2", "/api/changes"]
)
def test_api_json_has_no_raw_controls(client, path):
    with nothing_opened():
        response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "\x1b" not in response.text and "\x07" not in response.text
    json.loads(response.text)


def test_a_hostile_url_in_the_request_is_not_reflected_raw(client):
    response = client.get(f"/shows/{SCRIPT}/seasons/2")
    assert response.status_code == 404
    assert SCRIPT not in response.text
