"""Extraction throughput on a real news corpus, against a one-regex baseline.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N]

Reads ``../shared/data/bbc-news-2225.jsonl`` (next to the repository) by default
and times, in one run, over the same documents:

(a) one compiled-regex pass (``\\b[Ss]eason\\b|\\b\\d{4}\\b``) over every text:
    the cost floor of looking at the text at all;
(b) ``knownsofar.extract.extract_document`` over every document;
(c) spaCy's small English NER (``en_core_web_sm``), only if it is installed.

Prints docs/s and MB/s (UTF-8 bytes of title + text) for each, the ratio of
(a) to (b), and the process's peak resident memory. Reading and normalising
the documents is not timed. Never collected by pytest (STYLE: tests never time).
"""

from __future__ import annotations

import argparse
import importlib
import re
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from knownsofar.documents import Document, read_documents
from knownsofar.extract import extract_document

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/bbc-news-2225.jsonl"
BASELINE = re.compile(r"\b[Ss]eason\b|\b\d{4}\b")


@dataclass(frozen=True)
class Timing:
    """One timed pass over the documents."""

    name: str
    seconds: float
    docs: int
    megabytes: float

    def line(self) -> str:
        rate = self.docs / self.seconds if self.seconds else float("inf")
        speed = self.megabytes / self.seconds if self.seconds else float("inf")
        return f"{self.name:<22} {self.seconds:8.3f} s {rate:10.1f} docs/s {speed:8.2f} MB/s"


def _say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed(name: str, docs: Sequence[Document], run: Callable[[Document], object]) -> Timing:
    texts_mb = sum(len(d.full_text.encode("utf-8")) for d in docs) / 1e6
    start = time.perf_counter()
    for doc in docs:
        run(doc)
    return Timing(name, time.perf_counter() - start, len(docs), texts_mb)


def _spacy_runner() -> Callable[[Document], object] | None:
    """spaCy's small English NER as a per-document function, or None if not installed."""
    try:
        spacy = importlib.import_module("spacy")
        nlp = spacy.load("en_core_web_sm", disable=["parser", "lemmatizer"])
    except (ImportError, OSError):
        return None
    return lambda doc: [e.label_ for e in nlp(doc.full_text).ents]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSON Lines corpus")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    if not args.data.exists():
        _say(f"skipped: {args.data} not found (the shared corpus is not available here)")
        return 0
    docs = list(read_documents([str(args.data)]))[: args.limit]
    _say(f"{len(docs)} documents from {args.data}")
    _say(f"peak memory after reading: {_peak_rss_mb():.1f} MB")
    baseline = _timed("(a) one regex pass", docs, lambda d: BASELINE.findall(d.full_text))
    extract = _timed("(b) extract_document", docs, extract_document)
    for timing in (baseline, extract):
        _say(timing.line())
    _say(
        f"regex / extract time ratio: extraction is {extract.seconds / baseline.seconds:.1f}x "
        "slower than one regex pass"
    )
    _say(f"peak memory after extraction: {_peak_rss_mb():.1f} MB")
    nlp = _spacy_runner()
    if nlp is None:
        _say("(c) spaCy NER: skipped (spacy or en_core_web_sm not installed)")
    else:
        _say(_timed("(c) spaCy NER (sm)", docs, nlp).line())
        _say(f"peak memory after spaCy: {_peak_rss_mb():.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
