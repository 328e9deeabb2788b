"""Store speed: the same operations, timed on any database ``--db`` names.

    python benchmarks/store.py                                  # a fresh SQLite file
    python benchmarks/store.py --db postgresql://USER@HOST/EMPTY_DATABASE

Fills the store with ``--seasons`` seasons (two documents each, as
``load_web.py`` makes them), then times: the ingest in batches of 200, the
same ingest again (every document unchanged), ``is_stored`` per document,
``document_count`` (what the web app asks on every request), ``states``
(the scorecard), ``state`` of single seasons, and documents stored one
transaction each (``add_document``). Uses only the Store's public API, so
it runs on any version of it. The database must be empty (a SQLite file is
made in a temporary directory when ``--db`` is not given).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from load_web import _documents

from knownsofar.store import Store

TODAY = dt.date(2026, 6, 1)


def _timed(name: str, repeat: int, action: Callable[[], object]) -> dict[str, object]:
    start = time.perf_counter()
    for _ in range(repeat):
        action()
    elapsed = time.perf_counter() - start
    return {"op": name, "n": repeat, "total_s": round(elapsed, 3),
            "per_op_us": round(elapsed / repeat * 1e6, 1)}  # fmt: skip


def run(target: str, seasons: int) -> list[dict[str, object]]:
    items = list(_documents(seasons))
    extra = list(_documents(seasons + 200))[len(items) :]
    results = []
    with Store(target) as store:
        results.append(_timed("add_many (new)", 1, lambda: store.add_many(items, 200)))
        results.append(_timed("add_many (unchanged)", 1, lambda: store.add_many(items, 200)))
        docs = iter(doc for doc, _ in items)
        results.append(_timed("is_stored", len(items), lambda: store.is_stored(next(docs))))
        results.append(_timed("document_count", 2000, store.document_count))
        results.append(_timed("states", 3, lambda: store.states(TODAY)))
        keys = iter([(f"benchmark show {i // 4:05d}", i % 4 + 1) for i in range(seasons)])
        results.append(_timed("state", min(seasons, 1000), lambda: store.state(*next(keys), TODAY)))
        adds = iter(extra)
        results.append(_timed("add_document", len(extra), lambda: store.add_document(*next(adds))))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a postgresql:// URL or a SQLite path [a fresh file]")
    parser.add_argument("--seasons", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        target = args.db or str(Path(folder) / "bench.db")
        for row in run(target, args.seasons):
            print(json.dumps(row))


if __name__ == "__main__":
    main()
