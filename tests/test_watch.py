"""watch: a real HTTP server on loopback serving feeds and article pages (invented shows).

The site answers conditional requests with 304, fails once with a 500, redirects,
serves an oversized page, a malformed feed, a feed with entity declarations and
a feed too slow for the timeout; a second server takes the webhook.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from knownsofar.changes import Change, list_changes
from knownsofar.documents.fetch import USER_AGENT, Fetcher, FetchPolicy
from knownsofar.errors import BrokenInput, InputTooLarge, UnsupportedInput
from knownsofar.notify import Notifier, NotifySettings
from knownsofar.store import Store, open_store
from knownsofar.watch import WatchOptions, watch, watch_command

TODAY = dt.date(2026, 12, 2)
POLICY = FetchPolicy(timeout=0.5, max_bytes=60_000, retries=1, backoff=0.01)

# -- the site ----------------------------------------------------------------------


def _page(title: str, published: str, paragraphs: list[str], site: str = "Screen Ledger") -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T09:00:00Z">
</head><body>
<header><nav><a href="/">{site}</a> | <a href="/news">News</a></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>{site}. All rights reserved.</p></footer>
</body></html>""".encode()


RENEWED = [
    "Harrowgate Tides has been renewed for a second season at Northlight, the streamer "
    "announced on February 3, 2026. The coastal mystery from creator Ines Valdor was the "
    "platform's most-watched new series of the winter, and its finale left the lifeboat crew "
    "of the fictional fishing town scattered across three harbours.",
    "Valdor said the writers would return to the town's old smuggling tunnels, which were "
    "only hinted at in the first run, and that the second chapter would move the story "
    "forward by a full year. The writers' room opens in the spring.",
    "There is no release date for Harrowgate Tides season 2 yet, and the streamer has not "
    "said when cameras will roll on the new episodes.",
]
FILMING = [
    "Filming on Harrowgate Tides season 2 is now under way in Cornwall, Northlight confirmed "
    "on May 12, 2026. The production has taken over the harbour of a small fishing village "
    "for the summer, and locals have been hired as extras for the festival episodes.",
    "The crew is expected to stay on the coast until the autumn storms arrive.",
]
DATED = [
    "Northlight announced that Harrowgate Tides season 2 will premiere on January 15, 2027. "
    "The second season has eight episodes.",
    "The announcement came with a new poster showing the harbour under a winter sky.",
]
TRAILER_SUMMARY = (
    "Northlight has released the official trailer for Harrowgate Tides season 2 ahead of its "
    "January 15, 2027 premiere."
)


@dataclass
class Entry:
    guid: str
    title: str
    link: str
    published: dt.date
    summary: str


def _rss(base: str, entries: list[Entry]) -> bytes:
    items = "".join(
        f"""<item><guid>{e.guid}</guid><title>{e.title}</title><link>{base}{e.link}</link>
<pubDate>{format_datetime(dt.datetime(*e.published.timetuple()[:3], 9, tzinfo=dt.UTC))}</pubDate>
<description>{e.summary}</description></item>"""
        for e in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Screen Ledger TV</title><link>{base}/</link>{items}</channel></rss>"
    ).encode()


ENTRIES = [
    Entry(
        "sl-1",
        "Harrowgate Tides renewed",
        "/articles/renewed.html",
        dt.date(2026, 2, 3),
        "Harrowgate Tides is coming back.",
    ),
    Entry(
        "sl-2",
        "Harrowgate Tides starts filming",
        "/flaky.html",
        dt.date(2026, 5, 12),
        "Cameras are rolling.",
    ),
    Entry(
        "sl-3",
        "Harrowgate Tides gets a date",
        "/moved",
        dt.date(2026, 9, 8),
        "A premiere date is here.",
    ),
    Entry(
        "sl-4",
        "Watch the Harrowgate Tides trailer",
        "/big.html",
        dt.date(2026, 12, 1),
        TRAILER_SUMMARY,
    ),
    # The renewal story syndicated on another site: a mirror, not new evidence.
    Entry(
        "wire-9",
        "Harrowgate Tides renewed (wire)",
        "/wire/renewed.html",
        dt.date(2026, 2, 4),
        "Harrowgate Tides is coming back.",
    ),
]


@dataclass
class Site:
    """What the test server serves, and every request it saw."""

    base: str = ""
    etag: str = '"v1"'
    entries: list[Entry] = field(default_factory=lambda: list(ENTRIES))
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    flaky_failures: int = 1
    hooks: list[dict[str, object]] = field(default_factory=list)

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)


def _routes(site: Site) -> dict[str, Callable[[BaseHTTPRequestHandler], None]]:
    def send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, **extra: str) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            h.send_header(name.replace("_", "-"), value)
        h.end_headers()
        h.wfile.write(body)

    def html(body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
        return lambda h: send(h, 200, body, "text/html; charset=utf-8")

    def feed(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == site.etag:
            h.send_response(304)
            h.send_header("ETag", site.etag)
            h.end_headers()
            return
        send(h, 200, _rss(site.base, site.entries), "application/rss+xml", ETag=site.etag)

    def flaky(h: BaseHTTPRequestHandler) -> None:
        if site.flaky_failures > 0:
            site.flaky_failures -= 1
            send(h, 500, b"oops", "text/plain")
        else:
            html(_page("Harrowgate Tides starts filming", "2026-05-12", FILMING))(h)

    def moved(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", "/articles/dated.html")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def big(h: BaseHTTPRequestHandler) -> None:
        # No Content-Length: the limit must be enforced while streaming.
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(20):
            h.wfile.write(b"<p>" + b"padding " * 1000 + b"</p>")

    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(1.5)
        send(h, 200, _rss(site.base, site.entries), "application/rss+xml")

    wire = [*RENEWED, "This story first appeared on Screen Ledger."]
    return {
        "/feed.xml": feed,
        "/articles/renewed.html": html(_page("Harrowgate Tides renewed", "2026-02-03", RENEWED)),
        "/articles/dated.html": html(_page("Harrowgate Tides gets a date", "2026-09-08", DATED)),
        "/wire/renewed.html": html(_page("Harrowgate renewed", "2026-02-04", wire, "Wire")),
        "/other-wire/renewed.html": html(_page("Renewed!", "2026-02-05", wire, "Other Wire")),
        "/flaky.html": flaky,
        "/moved": moved,
        "/big.html": big,
        "/broken.xml": lambda h: send(h, 200, b"<html><body>{not a feed", "application/xml"),
        "/entities.xml": lambda h: send(
            h,
            200,
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel>'
            b"<item><title>&a;</title><description>x</description></item></channel></rss>",
            "application/xml",
        ),
        "/slow.xml": slow,
    }


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that gave up (timeouts, size limit) break the pipe: expected


def _serve(
    site: Site, routes: dict[str, Callable[[BaseHTTPRequestHandler], None]]
) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append(("GET", self.path, dict(self.headers.items())))
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
            else:
                route(self)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            site.hooks.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = _QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    for base in _serve(site, _routes(site)):
        site.base = base
        yield site


@pytest.fixture
def hook() -> Iterator[tuple[str, Site]]:
    received = Site()
    for base in _serve(received, {}):
        yield f"{base}/hook", received


@pytest.fixture
def store(database) -> Iterator[Store]:
    with open_store(database) as s:
        yield s


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as c:
        yield c


def _run(site: Site, store: Store, client: httpx.Client, feeds: list[str], **kw: object):
    return watch(
        feeds, store, once=True, client=client, min_interval=0, today=TODAY, policy=POLICY, **kw
    )


# -- the cycle -----------------------------------------------------------------------


def test_new_entries_are_ingested_once_and_changes_recorded(site, store, client, hook, capsys):
    hook_url, received = hook
    notifier = Notifier(NotifySettings(webhooks=(hook_url,), retries=0), client)
    [first] = _run(site, store, client, [f"{site.base}/feed.xml"], notifier=notifier)

    assert (first.new_entries, first.added, first.mirrors, first.failed) == (5, 4, 1, 0)
    assert first.summaries == 1  # the oversized page: the feed's summary stood in
    assert store.document_count() == 4
    assert store.mirrors("sl-1") == [f"{site.base}/wire/renewed.html"]
    fields = {(c.field, json.dumps(c.new)) for c in list_changes(store)}
    assert {
        ("renewal.status", '"renewed"'),
        ("production.status", '"filming"'),
        ("release.status", '"dated"'),
        ("release.date", '"2027-01-15"'),
        ("trailer.status", '"trailer"'),
    } <= fields
    [payload] = received.hooks
    assert payload["event"] == "changes"
    assert payload["count"] == len(first.changes) == len(list_changes(store))
    assert "cycle 1: 1 feeds" in capsys.readouterr().err

    [second] = _run(site, store, client, [f"{site.base}/feed.xml"], notifier=notifier)
    assert (second.not_modified, second.new_entries, second.changes) == (1, 0, [])
    assert received.hooks == [payload]  # nothing new: no second call
    feed_requests = [r for r in site.requests if r[1] == "/feed.xml"]
    assert feed_requests[-1][2]["If-None-Match"] == '"v1"'
    assert all(r[2]["User-Agent"] == USER_AGENT for r in site.requests)


def test_a_new_etag_fetches_only_the_new_entries(site, store, client):
    _run(site, store, client, [f"{site.base}/feed.xml"])
    site.etag = '"v2"'
    site.entries = [
        *ENTRIES,
        Entry(
            "sl-5",
            "Harrowgate Tides news",
            "/nowhere.html",
            dt.date(2026, 12, 2),
            "Harrowgate Tides season 2 will have eight episodes.",
        ),
    ]
    [report] = _run(site, store, client, [f"{site.base}/feed.xml"])
    assert report.new_entries == 1
    assert report.summaries == 1  # its page is a 404
    site.etag = '"v3"'
    site.entries.append(
        Entry("ow-1", "Renewed!", "/other-wire/renewed.html", dt.date(2026, 2, 5), "Back.")
    )
    [report] = _run(site, store, client, [f"{site.base}/feed.xml"])  # a new run: index reloaded
    assert (report.new_entries, report.added, report.mirrors) == (1, 0, 1)
    assert len(store.mirrors("sl-1")) == 2
    assert site.count("/articles/renewed.html") == 1
    assert site.count("/flaky.html") == 2  # the 500, then the retry


def test_a_failing_feed_is_one_line_and_the_others_go_on(site, store, client, capsys):
    feeds = [
        f"{site.base}/broken.xml",
        f"{site.base}/entities.xml",
        f"{site.base}/slow.xml",
        "ftp://127.0.0.1/feed.xml",
        f"{site.base}/feed.xml",
    ]
    [report] = _run(site, store, client, feeds)
    assert (report.feeds, report.failed, report.added) == (5, 4, 4)
    err = capsys.readouterr().err
    assert "broken.xml: not a readable RSS/Atom feed" in err
    assert "entities.xml: feed declares XML entities" in err
    assert "slow.xml: timed out after 0.5 s (gave up after 2 attempts)" in err
    assert "ftp://127.0.0.1/feed.xml: only http:// and https:// URLs are fetched" in err
    assert "Traceback" not in err


# -- the fetcher -------------------------------------------------------------------------


def test_fetcher_limits_size_follows_redirects_and_retries(site, client):
    fetcher = Fetcher(client, POLICY, sleep=lambda s: None)
    with pytest.raises(InputTooLarge, match="over 60,000 bytes"):
        fetcher.get(f"{site.base}/big.html")
    assert fetcher.get(f"{site.base}/moved").url == f"{site.base}/articles/dated.html"
    assert fetcher.get(f"{site.base}/flaky.html").status == 200
    with pytest.raises(BrokenInput, match="HTTP 404"):
        fetcher.get(f"{site.base}/missing")
    with pytest.raises(UnsupportedInput):
        fetcher.get("file:///etc/passwd")


def test_fetcher_waits_as_long_as_retry_after_asks():
    answers = iter([httpx.Response(503, headers={"Retry-After": "7"}), httpx.Response(200)])
    waits: list[float] = []
    transport = httpx.MockTransport(lambda request: next(answers))
    with httpx.Client(transport=transport) as client:
        fetcher = Fetcher(client, FetchPolicy(min_interval=0, backoff=1), waits.append)
        assert fetcher.get("https://a.example/feed").status == 200
    assert waits == [7.0]


def test_fetcher_spaces_requests_to_one_host():
    waits: list[float] = []
    now = [0.0]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="ok"))
    with httpx.Client(transport=transport) as client:
        fetcher = Fetcher(client, FetchPolicy(min_interval=2.0), waits.append, lambda: now[0])
        fetcher.get("https://a.example/1")
        now[0] = 0.5
        fetcher.get("https://a.example/2")
        fetcher.get("https://b.example/1")
    assert waits == [1.5]


# -- hooks -------------------------------------------------------------------------------


def test_webhooks_retry_server_errors_but_not_client_errors():
    calls: list[str] = []
    answers = {"/flaky": [503, 204], "/gone": [410, 204]}

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        assert request.headers["Content-Type"] == "application/json"
        return httpx.Response(answers[request.url.path].pop(0))

    settings = NotifySettings(
        webhooks=("https://hooks.example/flaky", "https://hooks.example/gone"), backoff=0
    )
    change = Change(
        "Paper Moons", "paper moons", 3, "trailer.status", "none", "teaser", None, TODAY
    )
    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        assert Notifier(settings, client, sleep=lambda s: None).notify([change]) == 1
    assert calls == ["/flaky", "/flaky", "/gone"]
    with pytest.raises(UnsupportedInput):
        Notifier(NotifySettings(webhooks=("file:///tmp/x",)))


def test_a_failing_hook_never_blocks_ingestion(site, store, client, tmp_path: Path):
    out = tmp_path / "payload.json"
    script = f"import sys, pathlib; pathlib.Path({str(out)!r}).write_bytes(sys.stdin.buffer.read())"
    settings = NotifySettings(
        webhooks=("http://127.0.0.1:9/closed",),  # discard port: nothing listens
        command=(sys.executable, "-c", script),
        retries=1,
        backoff=0,
        timeout=5,
    )
    [report] = _run(site, store, client, [f"{site.base}/feed.xml"], notifier=Notifier(settings))
    assert report.added == 4
    assert json.loads(out.read_text())["count"] == len(report.changes) > 0


def test_watch_command_reads_a_feed_list(site, tmp_path: Path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# my feeds\n{site.base}/feed.xml\n\n", encoding="utf-8")
    options = WatchOptions(once=True, min_interval=0, feeds_file=feeds, today=TODAY)
    assert watch_command(tmp_path / "k.db", [], options) == 0
    with open_store(tmp_path / "k.db") as store:
        assert store.document_count() == 4
    assert (
        watch_command(tmp_path / "k.db", [f"{site.base}/broken.xml"], replace_feeds(options)) == 1
    )


def replace_feeds(options: WatchOptions) -> WatchOptions:
    return WatchOptions(once=True, min_interval=0, today=options.today)
