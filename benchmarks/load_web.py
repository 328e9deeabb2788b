"""Load benchmark of `knownsofar serve`: requests per second and p50/p99 latency.

Generates a store of ``--seasons`` seasons (default 5,000; two documents each),
serves it with uvicorn on a free loopback port in a subprocess, and measures the
routes ``/api/shows/{show}/seasons/{n}`` (random seasons) and ``/`` (the first
scorecard page). For each it runs

- a paced, open-loop load at ``--rate`` requests/s (default 200) for
  ``--seconds``, latency counted from each request's scheduled start so a slow
  server cannot hide its backlog (no coordinated omission), and
- a closed loop of ``--concurrency`` clients as fast as they go (the maximum).

A third route draws filtered, sorted and paged scorecards from 720 query
strings: the 36 filtered lists are kept per snapshot, but most pages are
rendered afresh (the page memo holds 256).

With `wrk` installed (Debian package ``wrk``) it also reports wrk's figures.
The target (issue 4) is p99 under 50 ms at 200 requests/s on a 2-core machine.

    python benchmarks/load_web.py --seasons 5000 --rate 200 --seconds 10
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import itertools
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx

from knownsofar.documents.model import Document
from knownsofar.record import SeasonRecord
from knownsofar.store import Store

TODAY = "2026-06-01"
PACED_WORKERS = 32
PLATFORMS = ("Netflix", "Hulu", "HBO", "Apple TV+", "Prime Video", "Peacock")


def _records(show: str, season: int, doc: str, day: str, late: bool) -> list[SeasonRecord]:
    """A renewal (early doc) or a release window and cast news (late doc) for one season."""
    fields: dict[str, object]
    if late:
        year = 2025 + season % 3
        fields = {
            "release": {"status": "window", "window": [f"{year}-09-01", f"{year}-12-31"],
                        "confirmed": season % 2 == 0, "text": f"late {year}"},
            "production": {"status": "filming", "as_of": day},
            "cast": [{"actor": f"Actor {season}", "status": "confirmed"}],
        }  # fmt: skip
    else:
        fields = {"renewal": {"status": "renewed", "date": day}}
    evidence = [{"field": f, "quote": f"{show} season {season}: {f}.", "doc": doc,
                 "published": day} for f in ("platform", *fields)]  # fmt: skip
    platform = PLATFORMS[zlib.crc32(show.encode()) % len(PLATFORMS)]
    return [SeasonRecord.model_validate({"show": show, "season": season, "platform": platform,
                                         **fields, "evidence": evidence})]  # fmt: skip


def _documents(seasons: int) -> Iterator[tuple[Document, list[SeasonRecord]]]:
    for i in range(seasons):
        show, season = f"Benchmark Show {i // 4:05d}", i % 4 + 1
        for late, day in ((False, "2024-02-01"), (True, "2025-03-15")):
            doc_id = f"bench-{i}-{int(late)}"
            doc = Document(id=doc_id, text=f"Text {doc_id}.", title=f"News {doc_id}",
                           url=f"https://news.example/{doc_id}",
                           published=dt.date.fromisoformat(day), source=doc_id)  # fmt: skip
            yield doc, _records(show, season, doc_id, day, late)


def build_store(path: Path, seasons: int) -> list[str]:
    """Fill ``path`` with ``seasons`` seasons; the API paths of every season."""
    with Store(path) as store:
        store.add_many(_documents(seasons), batch_size=1000)
    slugs = [f"benchmark-show-{i // 4:05d}" for i in range(seasons)]
    return [f"/api/shows/{slug}/seasons/{i % 4 + 1}" for i, slug in enumerate(slugs)]


def scorecard_queries() -> list[str]:
    """Filtered, sorted, paged scorecards: far more than the per-snapshot page memo holds."""
    sorts = ("show", "-release", "renewal", "-last_change", "sources", "platform")
    return [
        f"/?platform={urllib.parse.quote(p)}&sort={s}&page={n}&per_page=20"
        for p in PLATFORMS
        for s in sorts
        for n in range(1, 21)
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KNOWNSOFAR_DB": str(db), "KNOWNSOFAR_TODAY": TODAY}
    env.pop("KNOWNSOFAR_TOKEN", None)
    command = [sys.executable, "-m", "uvicorn", "--factory", "knownsofar.serve:create_app_from_env",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
               "--no-access-log"]  # fmt: skip
    return subprocess.Popen(command, env=env)


def wait_until_up(base: str, seconds: float = 120) -> float:
    """Seconds until ``/`` answers (the first request builds the snapshot)."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        try:
            if httpx.get(base + "/", timeout=seconds).status_code == 200:
                return time.perf_counter() - start
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("the server did not come up")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _summary(name: str, latencies: list[float], errors: int, elapsed: float) -> dict[str, object]:
    return {
        "route": name,
        "requests": len(latencies),
        "errors": errors,
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_percentile(latencies, 0.50) * 1000, 1),
        "p99_ms": round(_percentile(latencies, 0.99) * 1000, 1),
    }


class _Connection:
    """One keep-alive HTTP/1.1 connection per thread (http.client: cheap on the CPU the
    server shares), reopened after an error."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> bool:
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            self.conn.request("GET", path)
            response = self.conn.getresponse()
            response.read()
            return response.status == 200
        except (OSError, http.client.HTTPException):
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return False


def paced(port: int, paths: list[str], rate: float, seconds: float) -> tuple[list[float], int]:
    """Open loop: request k is due at k/rate; latency is measured from when it was due,
    so a server falling behind shows its backlog (no coordinated omission)."""
    total = int(rate * seconds)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = itertools.count()
    start = time.perf_counter() + 0.2

    def worker() -> None:
        nonlocal errors
        conn = _Connection("127.0.0.1", port)
        while (k := next(counter)) < total:
            due = start + k / rate
            time.sleep(max(0.0, due - time.perf_counter()))
            ok = conn.get(random.choice(paths))
            with lock:
                latencies.append(time.perf_counter() - due)
                errors += not ok

    threads = [threading.Thread(target=worker) for _ in range(PACED_WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def closed(
    port: int, paths: list[str], concurrency: int, seconds: float
) -> tuple[list[float], int, float]:
    """Closed loop: ``concurrency`` clients, each sending its next request when answered."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client_loop() -> None:
        nonlocal errors
        conn = _Connection("127.0.0.1", port)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            ok = conn.get(random.choice(paths))
            with lock:
                latencies.append(time.perf_counter() - t0)
                errors += not ok

    began = time.perf_counter()
    threads = [threading.Thread(target=client_loop) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - began


def run_wrk(url: str, seconds: int) -> dict[str, str] | None:
    """wrk's requests/s and latency percentiles for one URL (None without wrk)."""
    if shutil.which("wrk") is None:
        return None
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    found = dict(re.findall(r"^\s+(50%|99%)\s+(\S+)", out, re.M))
    rps = re.search(r"Requests/sec:\s+(\S+)", out)
    return {"url": url, "rps": rps.group(1) if rps else "?", **found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seasons", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        t0 = time.perf_counter()
        season_paths = build_store(db, args.seasons)
        print(f"store: {args.seasons} seasons in {time.perf_counter() - t0:.1f} s", flush=True)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            print(f"first request (builds the snapshot): {wait_until_up(base):.2f} s", flush=True)
            routes = {
                "/api/shows/{show}/seasons/{n}": season_paths,
                "/": ["/"],
                "/?platform=&sort=&page= (720 query strings)": scorecard_queries(),
            }
            results = []
            for name, paths in routes.items():
                paced(port, paths, args.rate, 1.0)  # warm up
                lat, err = paced(port, paths, args.rate, args.seconds)
                results.append({"mode": f"paced {args.rate:g}/s",
                                **_summary(name, lat, err, args.seconds)})  # fmt: skip
                lat, err, elapsed = closed(port, paths, args.concurrency, args.seconds)
                results.append({"mode": f"closed x{args.concurrency}",
                                **_summary(name, lat, err, elapsed)})  # fmt: skip
                wrk = run_wrk(base + paths[len(paths) // 2], int(args.seconds))
                if wrk:
                    results.append({"mode": "wrk -t2 -c16", "route": name, **wrk})
            for row in results:
                print(json.dumps(row))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
