"""Check that the extractor's output is byte-identical to a reference run.

Usage:
    python benchmarks/same_output.py --save DIR    # record the reference output
    python benchmarks/same_output.py --check DIR   # compare with it (exit 1 on a change)

Runs ``knownsofar extract --json`` (in process, through the CLI itself) over the
bundled samples, the BBC corpus (``../shared/data/bbc-news-2225.jsonl``, when
present), every ``tests/data/eval/*.jsonl`` of articles and the long articles of
``tests/data/articles``, and writes one JSON Lines file per corpus plus a
``digest.txt`` of their sha256 sums. A speed change must leave every byte as it was.

Only a few BBC articles get past the document gates, so the BBC corpus is run a
second time with the gates opened (``*.ungated.jsonl``): every stage behind them
(sentences, subjects, every field extractor) then reads 2,225 real articles, and
a sentence prefilter that drops something it should not shows up here.

A change is reported by document id only: the held-out split's texts are never
printed. Never collected by pytest (STYLE: benchmarks live apart from the tests).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

import knownsofar.extract
from knownsofar.cli import app

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared/data/bbc-news-2225.jsonl"


def _holds_texts(path: Path) -> bool:
    """An eval file of articles (bbc-labels.jsonl only labels lines of the BBC corpus)."""
    with path.open(encoding="utf-8") as f:
        return "text" in json.loads(f.readline() or "{}")


def corpora() -> list[tuple[str, Path, bool]]:
    """(name, input, gated) of each run: samples, BBC (gated and not), each eval file of
    articles, the test articles."""
    runs = [("samples", ROOT / "knownsofar/samples", True)]
    if BBC.exists():
        runs += [(BBC.stem, BBC, True), (BBC.stem + ".ungated", BBC, False)]
    evals = sorted((ROOT / "tests/data/eval").glob("*.jsonl"))
    runs += [(p.stem, p, True) for p in evals if _holds_texts(p)]
    return [*runs, ("articles", ROOT / "tests/data/articles", True)]


@contextmanager
def _gates_open() -> Iterator[None]:
    """Every document passes extract_document's cheap document gates."""
    module: Any = knownsofar.extract
    saved = module._worth_reading
    module._worth_reading = lambda text: True
    try:
        yield
    finally:
        module._worth_reading = saved


def extract_json(path: Path, gated: bool = True) -> str:
    """What ``knownsofar extract PATH --json`` prints (with the document gates opened)."""
    with nullcontext() if gated else _gates_open():
        result = CliRunner().invoke(app, ["extract", str(path), "--json"], catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"extract failed on {path}: exit {result.exit_code}")
    return result.stdout


def _ids(lines: list[str]) -> list[str]:
    return [line.split('"id":"', 1)[-1].split('"', 1)[0] for line in lines]


def _changed(old: str, new: str) -> list[str]:
    """Ids of the documents whose output line differs (or that appear in one run only)."""
    a, b = old.splitlines(), new.splitlines()
    changed = [i for x, y, i in zip(a, b, _ids(b), strict=False) if x != y]
    extra = _ids(a[len(b) :]) + _ids(b[len(a) :])
    return changed + extra


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the reference output here")
    mode.add_argument("--check", type=Path, help="compare with the reference output here")
    args = parser.parse_args(argv)
    digests, failures = [], 0
    for name, path, gated in corpora():
        out = extract_json(path, gated)
        digest = hashlib.sha256(out.encode("utf-8")).hexdigest()
        digests.append(f"{digest}  {name}")
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{name}.jsonl").write_text(out, encoding="utf-8")
            sys.stdout.write(f"saved   {name}: {digest[:16]}\n")
            continue
        old = (args.check / f"{name}.jsonl").read_text(encoding="utf-8")
        if old == out:
            sys.stdout.write(f"same    {name}: {digest[:16]}\n")
            continue
        failures += 1
        ids = _changed(old, out)
        sys.stdout.write(f"CHANGED {name}: {len(ids)} documents: {', '.join(ids[:20])}\n")
    if args.save:
        (args.save / "digest.txt").write_text("\n".join(digests) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
