"""URLs to bytes, politely, through an injected ``httpx.Client`` (STYLE: the network is injected).

Only http and https. Every request carries the knownsofar User-Agent and a
timeout; a body is streamed and abandoned past ``max_bytes``; 5xx answers,
429, timeouts and connection failures are retried with exponential back-off
(a bounded number of times); requests to one host are made one at a time and
at least ``min_interval`` seconds apart. Failures are ``InputError``s naming
the URL.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import httpx

from knownsofar import __version__
from knownsofar.documents import feeds
from knownsofar.documents.build import Draft
from knownsofar.documents.decode import decode_text
from knownsofar.documents.feeds import SNIFF_BYTES, looks_like_feed
from knownsofar.documents.html import read_html_page
from knownsofar.documents.inputs import _DECLARED_CHARSET
from knownsofar.documents.limits import MAX_DOCUMENT_BYTES
from knownsofar.errors import BrokenInput, InputTooLarge, UnsupportedInput

__all__ = [
    "USER_AGENT",
    "FetchPolicy",
    "Fetched",
    "Fetcher",
    "check_web_url",
    "read_article",
    "read_feed_entries",
]

log = logging.getLogger(__name__)

USER_AGENT = f"knownsofar/{__version__} (+https://example.invalid/knownsofar)"
WEB_SCHEMES = ("http", "https")
_RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how patiently to fetch (defaults suit news sites)."""

    timeout: float = 20.0
    max_bytes: int = MAX_DOCUMENT_BYTES
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    min_interval: float = 1.0


@dataclass(frozen=True)
class Fetched:
    """An answer: the final URL (after redirects), status, body and the headers kept."""

    url: str
    status: int
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def check_web_url(url: str) -> str:
    """The URL if it is an http(s) URL with a host; UnsupportedInput otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        raise UnsupportedInput(url, "only http:// and https:// URLs are fetched")
    return url


class _Retry(Exception):
    """A transient failure: worth another attempt after a pause (at least ``after`` s)."""

    def __init__(self, reason: str, after: float = 0.0) -> None:
        super().__init__(reason)
        self.after = after


class Fetcher:
    """GETs URLs with the policy; one request at a time per host, spaced ``min_interval``.

    ``client`` is used as given (tests pass one on a local server or a
    MockTransport); without one, a client is made and closed by ``close()``.
    ``sleep`` and ``clock`` are injectable so back-off and spacing cost tests
    nothing.
    """

    def __init__(
        self,
        client: httpx.Client | None = None,
        policy: FetchPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._own = client is None
        self.client = client or httpx.Client(max_redirects=_MAX_REDIRECTS)
        self._sleep, self._clock = sleep, clock
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        """Close the client if this Fetcher made it."""
        if self._own:
            self.client.close()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET ``url`` (retrying transient failures); an InputError when it cannot."""
        check_web_url(url)
        host = (urlsplit(url).hostname or "").lower()
        for attempt in range(self.policy.retries + 1):
            try:
                with self._host_slot(host):
                    return self._attempt(url, dict(headers or {}))
            except _Retry as e:
                if attempt == self.policy.retries:
                    raise BrokenInput(url, f"{e} (gave up after {attempt + 1} attempts)") from e
                pause = min(max(self.policy.backoff * 2**attempt, e.after), self.policy.max_backoff)
                log.info("%s: %s; retrying in %.1f s", url, e, pause)
                self._sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _host_slot(self, host: str) -> _HostSlot:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        return _HostSlot(self, host, lock)

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.policy.min_interval - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)

    def _attempt(self, url: str, headers: dict[str, str]) -> Fetched:
        headers.setdefault("User-Agent", USER_AGENT)
        try:
            request = self.client.build_request(
                "GET", url, headers=headers, timeout=self.policy.timeout
            )
            response = self.client.send(request, stream=True, follow_redirects=True)
        except httpx.TimeoutException as e:
            raise _Retry(f"timed out after {self.policy.timeout:g} s") from e
        except httpx.TooManyRedirects as e:
            raise BrokenInput(url, "too many redirects") from e
        except httpx.UnsupportedProtocol as e:
            raise UnsupportedInput(url, "redirected to a URL that is not http(s)") from e
        except httpx.TransportError as e:
            raise _Retry(f"cannot connect ({type(e).__name__})") from e
        try:
            return self._read(url, response)
        finally:
            response.close()

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        final = str(response.url)
        if final != url:
            check_web_url(final)
        if response.status_code in _RETRIED_STATUS:
            raise _Retry(f"HTTP {response.status_code}", _retry_after(response))
        if response.status_code == 304:
            return Fetched(final, 304, headers=_kept(response))
        if response.status_code >= 400:
            raise BrokenInput(url, f"HTTP {response.status_code}")
        return Fetched(final, response.status_code, self._body(url, response), _kept(response))

    def _body(self, url: str, response: httpx.Response) -> bytes:
        """The body, read in chunks; InputTooLarge as soon as it passes ``max_bytes``."""
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputTooLarge(url, f"response over {limit:,} bytes ({int(declared):,} declared)")
        chunks, size = [], 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputTooLarge(url, f"response over {limit:,} bytes (download stopped)")
                chunks.append(chunk)
        except httpx.TimeoutException as e:
            raise _Retry(f"timed out after {self.policy.timeout:g} s reading the body") from e
        except httpx.TransportError as e:
            raise _Retry(f"connection lost ({type(e).__name__})") from e
        return b"".join(chunks)


class _HostSlot:
    """Holds a host's lock for one request, waiting out ``min_interval`` first."""

    def __init__(self, fetcher: Fetcher, host: str, lock: threading.Lock) -> None:
        self.fetcher, self.host, self.lock = fetcher, host, lock

    def __enter__(self) -> None:
        self.lock.acquire()
        self.fetcher._wait_turn(self.host)

    def __exit__(self, *exc: object) -> None:
        self.fetcher._last[self.host] = self.fetcher._clock()
        self.lock.release()


def _retry_after(response: httpx.Response) -> float:
    """The seconds a 429/503 asks us to wait (``Retry-After: <seconds>``); 0 if not given."""
    value = response.headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else 0.0


def _kept(response: httpx.Response) -> dict[str, str]:
    """The headers the caller may use: validators and content type."""
    names = ("etag", "last-modified", "content-type")
    return {n: response.headers[n] for n in names if n in response.headers}


# -- feeds and article pages ---------------------------------------------------

_HAS_ENTRY = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed_entries(data: bytes, feed: str) -> list[Draft]:
    """Each entry of a fetched feed as a Draft whose text is its summary ("" if none).

    The parsing of ``feeds.py`` (entity declarations refused, feedparser
    sanitising); unlike ``read_feed`` an entry without text is kept, since its
    page may have one, and a well-formed feed with no entries gives [].
    BrokenInput for anything that is not a readable feed.
    """
    if looks_like_feed(data) and not _HAS_ENTRY.search(data):
        return []
    parsed = feeds._parse_feed(data, feed)
    feed_title = parsed.feed.get("title")
    drafts = []
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        drafts.append(
            Draft(
                id=entry.get("id") or link or f"{feed}#{n}",
                text=feeds._entry_text(entry),
                source=f"{feed}#{n}",
                title=feeds._detail_text(entry, "title"),
                url=link,
                published=feeds._entry_published(entry),
                meta={"feed": feed_title} if feed_title else {},
            )
        )
    return drafts


def read_article(fetcher: Fetcher, entry: Draft) -> Draft:
    """The entry with its page's main text (trafilatura via ``html.py``), title and date.

    The entry's own date wins (it is the feed's statement); the page's URL
    after redirects goes in ``meta["fetched_url"]``. InputError if the page
    cannot be fetched or read: the caller falls back to the entry's summary.
    """
    if not entry.url:
        raise BrokenInput(entry.source, "feed entry without a link")
    fetched = fetcher.get(entry.url)
    if fetched.content_type and fetched.content_type not in _HTML_TYPES:
        raise UnsupportedInput(entry.url, f"not a web page ({fetched.content_type})")
    markup = decode_text(fetched.content, entry.url, _declared_charset(fetched))
    page = read_html_page(markup, entry.url)
    return replace(
        entry,
        text=page.text,
        title=entry.title or page.title,
        published=entry.published or page.published,
        meta={**entry.meta, "fetched_url": fetched.url},
    )


def _declared_charset(fetched: Fetched) -> str | None:
    """The page's <meta charset>, else the Content-Type header's charset, else None."""
    meta = _DECLARED_CHARSET.search(fetched.content[:SNIFF_BYTES])
    if meta:
        return meta[1].decode("ascii")
    _, _, charset = fetched.headers.get("content-type", "").partition("charset=")
    return charset.strip(" \"'") or None
