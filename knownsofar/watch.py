"""Poll news feeds -> fetch new articles -> ingest, recording and announcing changes.

One cycle, per feed: a conditional GET (ETag / Last-Modified from the store),
the entries not seen before (by guid or link, remembered per feed), each one's
article page (main text via trafilatura; the entry's summary if the page fails),
near-duplicates set aside as mirrors, the rest ingested with change recording
(``changes.py``); then predictions that expired are recorded, and the cycle's
changes are sent to the hooks (``notify.py``). A feed that fails is one line on
stderr and the other feeds go on. Fetching is polite (``documents/fetch.py``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.text import Text

from knownsofar import dates
from knownsofar.changes import Change, ingest_document_with_changes, record_expired
from knownsofar.config import DEFAULT_EVERY
from knownsofar.documents.build import Draft, build_document
from knownsofar.documents.fetch import (
    Fetcher,
    FetchPolicy,
    check_web_url,
    read_article,
    read_feed_entries,
)
from knownsofar.documents.model import Document
from knownsofar.errors import InputError, KnownsofarError
from knownsofar.extract import extract_document
from knownsofar.notify import Notifier, notifier_from_options
from knownsofar.render.escape import clean_text
from knownsofar.store import Store, open_store

__all__ = ["CycleReport", "NearDuplicates", "WatchOptions", "watch", "watch_command"]

log = logging.getLogger(__name__)

DUPLICATE_THRESHOLD = 0.85
NUM_PERM = 128
# Stored signatures are only comparable under the scheme that made them (datasketch >= 2.0).
MINHASH_SCHEME = "affine32"
SHINGLE_WORDS = 3
_KEPT_REPORTS = 64
_WORD = re.compile(r"\w+")


@dataclass
class CycleReport:
    """What one cycle did (the summary line on stderr)."""

    feeds: int = 0
    failed: int = 0
    not_modified: int = 0
    new_entries: int = 0
    added: int = 0
    unchanged: int = 0
    mirrors: int = 0
    summaries: int = 0
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self, cycle: int) -> str:
        return (
            f"cycle {cycle}: {self.feeds} feeds ({self.not_modified} not modified, "
            f"{self.failed} failed), {self.new_entries} new entries: {self.added} added "
            f"({self.summaries} from the feed summary), {self.unchanged} already stored, "
            f"{self.mirrors} mirrors; {len(self.changes)} changes"
        )


# -- near-duplicates ---------------------------------------------------------------


class NearDuplicates:
    """MinHash (word 3-shingles) + LSH over stored documents: finds a syndicated copy.

    Signatures live in the store, so copies are recognised across runs. Without
    the ``datasketch`` package only exact copies (the store's content hash) are
    caught, with one warning.
    """

    def __init__(self, store: Store, threshold: float = DUPLICATE_THRESHOLD) -> None:
        self.store = store
        try:
            import datasketch  # type: ignore[import-untyped]
        except ImportError:
            log.warning("datasketch is not installed: near-duplicates are not detected")
            self._ds: Any = None
            return
        self._ds = datasketch
        self._lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        for doc, signature in store.fingerprints():
            self._insert(doc, self._restore(signature))

    def _restore(self, signature: bytes) -> Any:
        import numpy

        values = numpy.frombuffer(signature, dtype=numpy.uint64).astype(numpy.uint32)
        return self._ds.MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=MINHASH_SCHEME)

    def _insert(self, doc: str, minhash: Any) -> None:
        if doc in self._lsh:
            self._lsh.remove(doc)
        self._lsh.insert(doc, minhash)

    def signature(self, doc: Document) -> Any | None:
        """The document's MinHash, None if too short to compare (or no datasketch)."""
        words = _WORD.findall(doc.text.casefold())
        if self._ds is None or len(words) < SHINGLE_WORDS * 4:
            return None
        shingles = {
            " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
        }
        minhash = self._ds.MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)
        minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
        return minhash

    def original_of(self, doc: Document, minhash: Any | None) -> str | None:
        """The id of a stored document ``doc`` nearly repeats (not ``doc`` itself), or None."""
        if minhash is None:
            return None
        found = sorted(key for key in self._lsh.query(minhash) if key != doc.id)
        return found[0] if found else None

    def remember(self, doc: Document, minhash: Any | None) -> None:
        """Index a newly stored document (and keep its signature in the store)."""
        if minhash is None:
            return
        self._insert(doc.id, minhash)
        # Stored as uint64, whatever the scheme's dtype (affine32 gives uint32).
        self.store.set_fingerprint(doc.id, minhash.hashvalues.astype("uint64").tobytes())


# -- one cycle -----------------------------------------------------------------------


class _Watcher:
    """The state of one ``watch`` run: fetcher, store, duplicate index, hooks, console."""

    def __init__(
        self, store: Store, fetcher: Fetcher, notifier: Notifier | None, console: Console
    ) -> None:
        self.store, self.fetcher, self.notifier, self.console = store, fetcher, notifier, console
        self.duplicates = NearDuplicates(store)

    def say(self, line: str) -> None:
        self.console.print(Text(clean_text(line)), soft_wrap=True, highlight=False)

    def run_cycle(self, feeds: Iterable[str], today: dt.date) -> CycleReport:
        report = CycleReport()
        for feed in feeds:
            report.feeds += 1
            try:
                self._poll(feed, report, today)
            except InputError as e:
                report.failed += 1
                report.errors.append(f"{e.input}: {e.reason}")
                self.say(f"knownsofar: {feed}: {e.reason}")
        report.changes += record_expired(self.store, today)
        if self.notifier is not None:
            self.notifier.notify(report.changes)
        return report

    def _poll(self, feed: str, report: CycleReport, today: dt.date) -> None:
        check_web_url(feed)
        etag, modified = self.store.feed_state(feed)
        headers = {"If-None-Match": etag} if etag else {}
        if modified:
            headers["If-Modified-Since"] = modified
        fetched = self.fetcher.get(feed, headers)
        if fetched.not_modified:
            report.not_modified += 1
            return
        entries = read_feed_entries(fetched.content, feed)
        seen = self.store.seen_entries(feed, (e.id for e in entries))
        new = sorted(
            (e for e in entries if e.id not in seen), key=lambda e: e.published or dt.date.min
        )
        for entry in new:
            report.new_entries += 1
            self._take(feed, entry, report, today)
        self.store.set_feed_state(
            feed, fetched.headers.get("etag"), fetched.headers.get("last-modified")
        )

    def _take(self, feed: str, entry: Draft, report: CycleReport, today: dt.date) -> None:
        """Fetch, dedupe and ingest one new entry; it is remembered as seen either way."""
        try:
            doc = self._document(entry, report)
        except InputError as e:
            report.errors.append(f"{e.input}: {e.reason}")
            self.say(f"knownsofar: {e.input}: {e.reason} (entry skipped)")
        else:
            self._ingest(doc, report, today)
        self.store.mark_entry_seen(feed, entry.id)

    def _document(self, entry: Draft, report: CycleReport) -> Document:
        try:
            return build_document(read_article(self.fetcher, entry))
        except InputError as e:
            log.info("%s: %s; using the feed's summary", e.input, e.reason)
        report.summaries += 1
        return build_document(entry)

    def _ingest(self, doc: Document, report: CycleReport, today: dt.date) -> None:
        minhash = self.duplicates.signature(doc)
        original = self.duplicates.original_of(doc, minhash)
        if original is not None:
            report.mirrors += self.store.add_mirror(original, doc.url or doc.id, doc.title)
            log.info("%s: a copy of %s; recorded as a mirror", doc.url or doc.id, original)
            return
        added, changes = ingest_document_with_changes(
            store=self.store, doc=doc, records=extract_document(doc), today=today
        )
        report.added += added
        report.unchanged += not added
        report.changes += changes
        if added:
            self.duplicates.remember(doc, minhash)


# -- the loop --------------------------------------------------------------------------


def watch(  # noqa: PLR0913 (keyword-only flags of the `watch` command)
    feeds: list[str],
    store: Store,
    *,
    every: float | None = None,
    once: bool = False,
    client: httpx.Client | None = None,
    min_interval: float = 1.0,
    today: dt.date | None = None,
    policy: FetchPolicy | None = None,
    notifier: Notifier | None = None,
) -> list[CycleReport]:
    """Poll ``feeds`` every ``every`` seconds (one cycle if ``once`` or ``every`` is None).

    ``today`` fixes the day changes are judged and recorded on (default: the
    real date, read each cycle). Ctrl-C ends the loop between or during
    cycles; what was stored stays stored. The reports of the last cycles.
    """
    fetcher = Fetcher(client, replace(policy or FetchPolicy(), min_interval=min_interval))
    console = Console(stderr=True)
    watcher = _Watcher(store, fetcher, notifier, console)
    reports: deque[CycleReport] = deque(maxlen=_KEPT_REPORTS)
    try:
        _loop(watcher, feeds, reports, today, None if once else every)
    except KeyboardInterrupt:
        watcher.say("knownsofar: watch interrupted")
    finally:
        fetcher.close()
    return list(reports)


def _loop(
    watcher: _Watcher,
    feeds: list[str],
    reports: deque[CycleReport],
    today: dt.date | None,
    every: float | None,
) -> None:
    cycle = 0
    while True:
        cycle += 1
        with watcher.console.status(f"cycle {cycle}: polling {len(feeds)} feeds"):
            report = watcher.run_cycle(feeds, today or dates.today())
        reports.append(report)
        watcher.say(report.summary(cycle))
        if every is None:
            return
        time.sleep(every)


# -- the command ----------------------------------------------------------------------


@dataclass(frozen=True)
class WatchOptions:
    """The flags of ``knownsofar watch``."""

    every: float = DEFAULT_EVERY
    once: bool = False
    min_interval: float = 1.0
    feeds_file: Path | None = None
    webhooks: tuple[str, ...] = ()
    notify_command: str | None = None
    today: dt.date | None = None


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs in a file: one per line; blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read the feed list ({type(e).__name__})") from e
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def watch_command(
    db_path: Path | str,
    feeds: list[str],
    options: WatchOptions,
    client_factory: Callable[[], httpx.Client] | None = None,
) -> int:
    """Run ``knownsofar watch``; the exit code (1 if every feed failed in the last cycle).

    Example: knownsofar watch https://news.example/tv.rss --every 900
    """
    urls = [*feeds, *(read_feed_list(options.feeds_file) if options.feeds_file else [])]
    if not urls:
        raise KnownsofarError("no feeds to watch (give FEED URLs or --feeds-file)")
    client = client_factory() if client_factory else None
    notifier = notifier_from_options(options.webhooks, options.notify_command, client)
    with open_store(db_path) as store:
        reports = watch(
            urls,
            store,
            every=options.every,
            once=options.once,
            client=client,
            min_interval=options.min_interval,
            today=options.today,
            notifier=notifier,
        )
    last = reports[-1] if reports else None
    return 1 if last is None or last.failed == last.feeds else 0
