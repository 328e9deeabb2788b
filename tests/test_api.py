"""serve/: every route through FastAPI's TestClient on a small store written here (in a
SQLite file and in a PostgreSQL database)."""

from __future__ import annotations

import datetime as dt
import json
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import feedparser
import pytest

from knownsofar.documents.model import Document
from knownsofar.errors import KnownsofarError
from knownsofar.record import SeasonRecord, SeasonState
from knownsofar.serve import create_app_from_env
from knownsofar.serve.app import create_app
from knownsofar.serve.routes.pages import article_fragment
from knownsofar.serve.security import SECURITY_HEADERS
from knownsofar.store import Store

with warnings.catch_warnings():
    # Newer Starlette warns at import that it prefers httpx2 to httpx; either works here.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TODAY = dt.date(2026, 1, 1)
TOKEN = "s3cret-token"
SCRIPT = "<script>alert('x')</script>"
FILLERS = 25


def _doc(id: str, published: str, title: str, url: str | None = None) -> Document:
    return Document(
        id=id,
        text=f"Text of {id}.",
        title=title,
        url=url if url is not None else f"https://news.example/{id}",
        published=dt.date.fromisoformat(published),
        source=f"{id}.jsonl",
    )


def _rec(show: str, season: int, published: str, doc: str, quote: str, **fields) -> SeasonRecord:
    evidence = [
        {"field": f, "quote": quote, "doc": doc, "published": published}
        for f in ("platform", *fields)
    ]
    return SeasonRecord.model_validate(
        {"show": show, "season": season, **fields, "evidence": evidence}
    )


def _fill(store: Store) -> None:
    """Three shows with known states, and FILLERS pending seasons for paging."""
    store.add_document(
        _doc("wardens-renewed", "2024-03-01", "Netflix renews Skyline Wardens"),
        [
            _rec(
                "Skyline Wardens", 2, "2024-03-01", "wardens-renewed",
                "Netflix renewed Skyline Wardens; season 2 could arrive in early 2025.",
                platform="Netflix",
                renewal={"status": "renewed"},
                release={"status": "window", "window": ["2025-01-01", "2025-04-30"],
                         "confirmed": False, "text": "early 2025"},
            )
        ],
    )  # fmt: skip
    store.add_document(
        _doc("wardens-filming", "2025-11-01", "Skyline Wardens season 2 starts filming"),
        [
            _rec(
                "Skyline Wardens", 2, "2025-11-01", "wardens-filming",
                "Filming on Skyline Wardens season 2 has begun.",
                platform="Netflix",
                production={"status": "filming", "as_of": "2025-11-01"},
            )
        ],
    )  # fmt: skip
    store.add_document(
        _doc("harbor-cancelled", "2025-02-10", "Hulu cancels Glass Harbor"),
        [
            _rec(
                "Glass Harbor", 2, "2025-02-10", "harbor-cancelled",
                "Hulu has cancelled Glass Harbor.",
                platform="Hulu",
                renewal={"status": "cancelled"},
            )
        ],
    )  # fmt: skip
    store.add_document(
        _doc("kites-evil", "2025-05-05", f"{SCRIPT} HBO renews Paper Kites", "javascript:alert(1)"),
        [
            _rec(
                "Paper Kites", 3, "2025-05-05", "kites-evil",
                f'"{SCRIPT}" said the showrunner; season 3 premieres March 5, 2027.',
                platform="HBO",
                renewal={"status": "renewed"},
                release={"status": "dated", "date": "2027-03-05", "confirmed": True},
                plot=[f"The kites fly again {SCRIPT}."],
            )
        ],
    )  # fmt: skip
    store.add_document(
        _doc("fillers", "2025-06-01", "Twenty-five shows await word"),
        [
            _rec(
                f"Filler Show {i:02d}", 1, "2025-06-01", "fillers", "Nothing decided yet.",
                platform="Peacock", renewal={"status": "pending"},
            )
            for i in range(FILLERS)
        ],
    )  # fmt: skip


TOTAL = 3 + FILLERS


@pytest.fixture
def store(database: str) -> Iterator[Store]:
    with Store(database) as s:
        _fill(s)
        yield s


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, lambda: TODAY, token=TOKEN))


@pytest.fixture
def readonly(store: Store) -> TestClient:
    return TestClient(create_app(store, lambda: TODAY))


def _error(response, status: int) -> str:
    """The message of a response in the one error shape, after checking the shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return str(body["error"]["message"])


# -- the scorecard --------------------------------------------------------


def test_scorecard_lists_every_season_with_badges_and_marks(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert f"{TOTAL} seasons" in html
    assert 'href="/shows/skyline-wardens/seasons/2"' in html
    assert 'class="badge badge-renewed"' in html and 'class="badge badge-cancelled"' in html
    assert "mark-speculative" in html and "mark-stale" in html  # early 2025 < TODAY, unconfirmed
    assert "early 2025" in html and "2027-03-05" in html
    assert '<time datetime="2025-11-01">' in html  # Skyline Wardens' last change
    assert '<link rel="stylesheet" href="/static/style.css">' in html
    assert "<script" not in html


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({"renewal": "cancelled"}, ["Glass Harbor"], ["Skyline Wardens", "Paper Kites"]),
        ({"platform": "hbo"}, ["Paper Kites"], ["Glass Harbor"]),
        ({"q": "skyline"}, ["Skyline Wardens"], ["Paper Kites"]),
        ({"q": "The Skyline"}, ["Skyline Wardens"], ["Glass Harbor"]),
        ({"release": "dated"}, ["Paper Kites"], ["Skyline Wardens"]),
        ({"stale": "true"}, ["Skyline Wardens"], ["Paper Kites"]),
        ({"renewal": "", "release": "", "platform": "", "q": ""}, ["Paper Kites"], []),
    ],
    ids=["renewal", "platform-any-case", "search", "search-the", "release", "stale", "blank"],
)
def test_scorecard_filters(client, params, shown, hidden):
    html = client.get("/", params=params).text
    for name in shown:
        assert f">{name}</a>" in html
    for name in hidden:
        assert f">{name}</a>" not in html


def test_scorecard_pages_on_the_server(client):
    html = client.get("/", params={"per_page": 10, "page": 3}).text
    assert html.count('<th scope="row">') == TOTAL - 20
    assert "page 3 of 3" in html and 'rel="prev"' in html and 'rel="next"' not in html
    assert "page=2" in html


def test_scorecard_sorts(client):
    html = client.get("/", params={"sort": "release"}).text
    assert html.index("Skyline Wardens") < html.index("Paper Kites") < html.index("Filler Show")
    html = client.get("/", params={"sort": "-show"}).text
    assert html.index("Skyline Wardens") < html.index("Paper Kites") < html.index("Glass Harbor")


def test_scorecard_rejects_bad_parameters_in_the_error_shape(client):
    assert "sort" in _error(client.get("/", params={"sort": "bogus"}), 422)
    assert "per_page" in _error(client.get("/", params={"per_page": 0}), 422)


# -- the article ----------------------------------------------------------


def test_article_page_reuses_the_article_with_citations_and_a_timeline(client):
    r = client.get("/shows/skyline-wardens/seasons/2")
    assert r.status_code == 200
    html = r.text
    assert "Skyline Wardens Season 2: everything we know so far" in html
    assert html.count("<article>") == 1 and "<style>" not in html
    assert 'href="https://news.example/wardens-renewed"' in html  # a citation
    assert 'id="timeline"' in html and "production: filming" in html
    assert "expired" in html  # the article's own stale flag


@pytest.mark.parametrize("show", ["skyline-wardens", "Skyline Wardens", "the skyline", "SKYLINE"])
def test_article_matches_show_like_the_cli(client, show):
    assert client.get(f"/shows/{show}/seasons/2").status_code == 200


def test_show_without_season_redirects_to_the_latest(client):
    r = client.get("/shows/paper-kites", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/shows/paper-kites/seasons/3"


def test_article_fragment_takes_the_article_element():
    page = "<html><title>&lt;article&gt;</title><article><p>x</p></article></html>"
    assert article_fragment(page) == "<article><p>x</p></article>"
    with pytest.raises(RuntimeError):
        article_fragment("<html></html>")


# -- the JSON API ---------------------------------------------------------


def test_api_seasons_is_a_json_array_of_states_with_paging_headers(client):
    r = client.get("/api/seasons", params={"per_page": 10, "page": 2})
    assert r.status_code == 200
    body = r.json()
    assert isinstance(body, list) and len(body) == 10
    for item in body:
        SeasonState.model_validate(item)
    assert r.headers["x-total-count"] == str(TOTAL)
    link = r.headers["link"]
    for rel in ("first", "prev", "next", "last"):
        assert f'rel="{rel}"' in link
    assert "page=3" in link and "per_page=10" in link


def test_api_seasons_filters_and_pages_past_the_end(client):
    r = client.get("/api/seasons", params={"renewal": "renewed", "sort": "-season"})
    assert [(s["show"], s["season"]) for s in r.json()] == [
        ("Paper Kites", 3),
        ("Skyline Wardens", 2),
    ]
    r = client.get("/api/seasons", params={"page": 99})
    assert r.json() == [] and r.headers["x-total-count"] == str(TOTAL)


@pytest.mark.parametrize(
    "params", [{"per_page": 0}, {"per_page": 501}, {"page": 0}, {"renewal": "maybe"}]
)
def test_api_seasons_bad_parameters(client, params):
    _error(client.get("/api/seasons", params=params), 422)


def test_api_one_season(client):
    r = client.get("/api/shows/glass-harbor/seasons/2")
    state = SeasonState.model_validate(r.json())
    assert (state.show, state.season, state.renewal.status) == ("Glass Harbor", 2, "cancelled")
    assert state.sources[0].url == "https://news.example/harbor-cancelled"


def test_api_stale_prediction_is_marked(client):
    state = client.get("/api/shows/skyline-wardens/seasons/2").json()
    assert state["release"]["stale"] is True and state["release"]["confirmed"] is False


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/shows/no-such-show/seasons/1", 404),
        ("/api/shows/glass-harbor/seasons/9", 404),
        ("/shows/no-such-show/seasons/1", 404),
        ("/shows/glass-harbor/seasons/9", 404),
        ("/api/shows/filler/seasons/1", 409),  # prefix of 25 shows
        ("/no/such/route", 404),
        ("/api/shows/glass-harbor/seasons/two", 422),
    ],
)
def test_errors_have_one_shape(client, path, status):
    _error(client.get(path), status)


def test_wrong_method_has_the_error_shape(client):
    _error(client.delete("/api/seasons"), 405)


LOG_KEYS = {"id", "show", "show_key", "season", "field", "old", "new", "doc", "url", "at",
            "recorded_on"}  # fmt: skip


def test_api_changes_are_derived_when_the_store_has_no_log(client):
    everything = client.get("/api/changes", params={"per_page": 500}).json()
    assert len(everything) > 3 and all(set(c) == LOG_KEYS for c in everything)
    assert [c["at"] for c in everything] == sorted(c["at"] for c in everything)
    recent = client.get("/api/changes", params={"since": "2025-06-01", "per_page": 500}).json()
    assert recent and all(c["at"] >= "2025-06-01" for c in recent)
    filming = [c for c in recent if c["field"] == "production.status"]
    assert filming == [
        {"id": None, "show": "Skyline Wardens", "show_key": "skyline wardens", "season": 2,
         "field": "production.status", "old": "unknown", "new": "filming",
         "doc": "wardens-filming", "url": "https://news.example/wardens-filming",
         "at": "2025-11-01", "recorded_on": None}
    ]  # fmt: skip
    windows = [c for c in everything if c["field"] == "release.window"]
    assert windows[0]["new"] == ["2025-01-01", "2025-04-30"] and windows[0]["old"] is None
    _error(client.get("/api/changes", params={"since": "last week"}), 422)


def test_api_changes_come_from_the_log_once_writes_record_it(client):
    assert _post(client, NEW_DOC).json()["changes"] >= 2
    logged = client.get("/api/changes").json()
    assert logged and all(c["doc"] == "lumen-renewed" for c in logged)
    assert all(isinstance(c["id"], int) and c["recorded_on"] == TODAY.isoformat() for c in logged)
    assert {"field": "renewal.status", "old": "unknown", "new": "renewed"}.items() <= next(
        c for c in logged if c["field"] == "renewal.status"
    ).items()
    assert client.get("/api/changes", params={"since": "2026-01-02"}).json() == []


def test_openapi_describes_every_spec_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/",
        "/shows/{show}/seasons/{n}",
        "/api/seasons",
        "/api/shows/{show}/seasons/{n}",
        "/api/changes",
        "/feed.atom",
        "/api/documents",
    ):
        assert path in paths, path


# -- the feed -------------------------------------------------------------


def test_feed_is_valid_atom(client):
    r = client.get("/feed.atom")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title.startswith("knownsofar")
    newest = parsed.entries[0]
    assert newest.title == "Skyline Wardens S2: production.status unknown -> filming"
    assert newest.updated.startswith("2025-11-01")
    assert newest.link == "https://news.example/wardens-filming"
    assert b"<script>" not in r.content
    assert len({e.id for e in parsed.entries}) == len(parsed.entries) <= 100


# -- escaping and security headers ----------------------------------------


@pytest.mark.parametrize("path", ["/", "/shows/paper-kites/seasons/3", "/?q=paper"])
def test_article_text_is_escaped_in_pages(client, path):
    html = client.get(path).text
    assert "<script" not in html
    assert "javascript:" not in html


def test_control_characters_never_reach_pages(store):
    osc52 = "\x1b]52;c;ZXZpbA==\x07"  # would write a terminal's clipboard
    store.add_document(
        _doc("escapes", "2025-07-01", f"Bidi\u202e {osc52} news"),
        [_rec("Quiet Hours", 2, "2025-07-01", "escapes", f"Renewed {osc52}.", platform="HBO")],
    )
    c = TestClient(create_app(store, lambda: TODAY))
    for path in ("/", "/shows/quiet-hours/seasons/2"):
        html = c.get(path).text
        assert "\x1b" not in html and "\x07" not in html and "\u202e" not in html
        assert "Quiet Hours" in html


def test_script_shows_as_text_in_the_article(client):
    html = client.get("/shows/paper-kites/seasons/3").text
    assert "&lt;script&gt;alert(" in html
    assert "The kites fly again" in html


@pytest.mark.parametrize(
    "path",
    ["/", "/shows/paper-kites/seasons/3", "/api/seasons", "/feed.atom", "/static/style.css",
     "/openapi.json", "/api/shows/nope/seasons/1"],
)  # fmt: skip
def test_security_headers_everywhere(client, path):
    headers = client.get(path, headers={"Origin": "https://evil.example"}).headers
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "access-control-allow-origin" not in headers


def test_no_cors_preflight(client):
    r = client.options(
        "/api/documents",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert r.status_code == 405 and "access-control-allow-origin" not in r.headers


def test_unexpected_errors_give_500_in_the_shape_with_headers(client, monkeypatch):
    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(client.app.state.site, "snapshot", broken)
    r = client.get("/api/seasons")
    assert _error(r, 500) == "internal error" and "boom" not in r.text
    assert r.headers["x-frame-options"] == "DENY"


# -- writes ---------------------------------------------------------------

NEW_DOC = {
    "id": "lumen-renewed",
    "url": "https://news.example/lumen-renewed",
    "title": "Apple TV+ renews Lumen Street for season 2",
    "published": "2025-12-01",
    "text": "Apple TV+ has renewed Lumen Street for a second season, the streamer announced "
    "today. Season 2 of Lumen Street premieres on October 9, 2026, Apple TV+ confirmed.",
}


def _post(client, body, token: str | None = TOKEN, **headers):
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers.setdefault("Content-Type", "application/json")
    return client.post("/api/documents", content=data, headers=headers)


def test_post_document_ingests_and_shows_up(client):
    r = _post(client, NEW_DOC)
    assert r.status_code == 201, r.text
    assert r.json()["added"] is True and r.json()["doc"]["id"] == "lumen-renewed"
    assert r.json()["records"] >= 1
    state = client.get("/api/shows/lumen-street/seasons/2").json()
    assert state["renewal"]["status"] == "renewed"
    assert client.get("/api/seasons").headers["x-total-count"] == str(TOTAL + 1)
    again = _post(client, NEW_DOC)
    assert again.status_code == 200 and again.json()["added"] is False


def test_writes_are_off_without_a_configured_token(readonly):
    assert "disabled" in _error(_post(readonly, NEW_DOC), 403)
    assert "disabled" in _error(_post(readonly, NEW_DOC, token=None), 403)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer wrong",
        f"Basic {TOKEN}",
        f"Bearer {TOKEN}x",
        "Bearer ",
        "Bearer ŧøķēņ".encode(),
    ],
    ids=["missing", "wrong", "basic", "longer", "empty", "non-ascii"],
)
def test_writes_need_the_right_token(client, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    r = _post(client, NEW_DOC, token=None, **headers)
    _error(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/seasons").headers["x-total-count"] == str(TOTAL)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"[1, 2]", 400),
        (json.dumps({"title": "no text"}).encode(), 400),
        (json.dumps({"text": "x", "published": "someday"}).encode(), 400),
    ],
    ids=["broken-json", "not-object", "no-text", "bad-date"],
)
def test_post_bad_documents(client, body, status):
    _error(_post(client, body), status)


def test_post_needs_json(client):
    _error(_post(client, NEW_DOC, **{"Content-Type": "text/plain"}), 415)


def test_post_body_over_the_limit_is_refused(client):
    huge = dict(NEW_DOC, text="word " * 210_000)  # over 1 MB
    assert "bytes" in _error(_post(client, huge), 413)
    assert client.get("/api/seasons").headers["x-total-count"] == str(TOTAL)


def test_streamed_body_over_the_limit_is_refused(store):
    small = TestClient(create_app(store, lambda: TODAY, token=TOKEN, max_body=1000))

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    r = small.post(
        "/api/documents",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert "content-length" not in r.request.headers  # streamed: only the route can count
    _error(r, 413)


# -- launching ------------------------------------------------------------


def test_create_app_from_env(database, monkeypatch):
    monkeypatch.delenv("KNOWNSOFAR_DB", raising=False)
    with pytest.raises(KnownsofarError):
        create_app_from_env()
    monkeypatch.setenv("KNOWNSOFAR_DB", database)
    monkeypatch.setenv("KNOWNSOFAR_TODAY", "2026-01-01")
    monkeypatch.delenv("KNOWNSOFAR_TOKEN", raising=False)
    with TestClient(create_app_from_env()) as c:
        assert "0 seasons" in c.get("/").text
        _error(_post(c, NEW_DOC), 403)


def test_create_app_opens_a_path(tmp_path):
    with TestClient(create_app(tmp_path / "new.db", lambda: TODAY)) as c:
        assert c.get("/api/seasons").json() == []
        assert c.get("/feed.atom").status_code == 200


# -- keeping up with the store ----------------------------------------------


def _total(client) -> int:
    return int(client.get("/api/seasons").headers["x-total-count"])


def test_writes_by_others_are_picked_up_in_the_background(client, store):
    assert _total(client) == TOTAL
    store.add_document(
        _doc("other-process", "2025-12-01", "Peacock renews Night Market"),
        [_rec("Night Market", 2, "2025-12-01", "other-process", "Renewed.", platform="Peacock")],
    )
    _total(client)  # notices the new document count, starts a rebuild
    client.app.state.site.wait_for_refresh()
    assert _total(client) == TOTAL + 1
    assert client.get("/api/shows/night-market/seasons/2").status_code == 200


def test_a_new_day_is_picked_up_in_the_background(store):
    days = [dt.date(2024, 12, 1)]
    app = create_app(store, lambda: days[0])
    c = TestClient(app)
    assert c.get("/api/shows/skyline-wardens/seasons/2").json()["release"]["stale"] is False
    days[0] = TODAY
    c.get("/")
    app.state.site.wait_for_refresh()
    assert c.get("/api/shows/skyline-wardens/seasons/2").json()["release"]["stale"] is True


def test_replacing_a_document_drops_what_only_its_old_version_said(client):
    assert _post(client, NEW_DOC).status_code == 201
    assert client.get("/api/shows/lumen-street/seasons/2").status_code == 200
    replaced = dict(
        NEW_DOC,
        title="Hulu renews Moon Tide",
        text="Hulu has renewed Moon Tide for a second season, the streamer announced.",
    )
    assert _post(client, replaced).json()["added"] is True
    _error(client.get("/api/shows/lumen-street/seasons/2"), 404)
    assert client.get("/api/shows/moon-tide/seasons/2").status_code == 200
    assert _total(client) == TOTAL + 1
