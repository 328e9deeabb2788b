"""Score the extractor on real BBC News articles (2004-2005) with hand-made labels.

The labels (`tests/data/eval/bbc-labels.jsonl`) hold no article text: each line
names a line of the BBC corpus and the sha1 of its `text`. This script joins them
with the corpus into a temporary JSONL and runs `knownsofar eval` on it; extra
arguments (`--misses`, `--min 0.5`, ...) are passed through.

    python benchmarks/bbc_eval.py [--data PATH] [--misses]

The corpus is not redistributable and is not in the repository; `--data`
defaults to `../shared/data/bbc-news-2225.jsonl` beside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "eval" / "bbc-labels.jsonl"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news-2225.jsonl"


class CorpusError(Exception):
    """The corpus is missing or does not match the labels."""


def join_labels(labels: Path, data: Path) -> list[dict[str, object]]:
    """Labelled documents: each label line with its corpus article's title and text."""
    if not data.is_file():
        raise CorpusError(f"{data}: corpus not found (pass --data PATH)")
    corpus = data.read_text(encoding="utf-8").splitlines()
    docs: list[dict[str, object]] = []
    for row in map(json.loads, labels.read_text(encoding="utf-8").splitlines()):
        line = row["line"]
        if line > len(corpus):
            raise CorpusError(f"{data}: has no line {line}; not the labelled corpus")
        try:
            article = json.loads(corpus[line - 1])
            text = article["text"]
        except (ValueError, KeyError, TypeError) as e:
            raise CorpusError(f"{data}: line {line} is not a corpus article ({e})") from e
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != row["sha1"]:
            raise CorpusError(f"{data}: line {line} has changed (sha1 mismatch)")
        docs.append(
            {"id": row["id"], "title": article.get("title"), "published": row["published"],
             "text": text, "labels": row["labels"]}
        )  # fmt: skip
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score the extractor on the labelled BBC articles."
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the BBC corpus JSONL")
    args, extra = parser.parse_known_args(argv)
    try:
        docs = join_labels(LABELS, args.data)
    except CorpusError as e:
        print(f"bbc_eval: {e}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        joined = Path(tmp) / "bbc-eval.jsonl"
        joined.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        cmd = [sys.executable, "-m", "knownsofar", "eval", str(joined), *extra]
        return subprocess.run(cmd, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
