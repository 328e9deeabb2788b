"""Scale: ``batch`` with 1 and 2 local workers, and ``ingest``'s peak memory, 1x vs 10x.

Usage: python benchmarks/scale.py [--data PATH] [--times 10] [--repeat N] [--workers 1 2]

Reads ``../shared/data/bbc-news-2225.jsonl`` (next to the repository) by default and
writes, in a temporary directory, the corpus repeated ``--times`` times, every copy
a new document (its own id and url, so nothing is skipped as already stored). Then,
in one run, each command in a fresh process of this checkout (``python -m knownsofar``):

(a) ``batch BIG --out ... --db ... --workers N`` for each N: wall time (best of
    ``--repeat``), CPU seconds of the process tree, speed-up over the first N;
(b) ``ingest`` of the corpus once and of BIG, each into a new database: the peak
    resident memory of the process (``wait4``'s ``ru_maxrss``) and their ratio.

Targets (the Scale issue): speed-up >= 1.8 with 2 workers on a 2-core machine;
10x peak within 10% of 1x. Prints the machine, its load average, and its parallel
capacity at start and end (how many times one process's throughput two spinning
processes get): on a machine shared with other busy processes that is well under
2.0, and no speed-up can be above it; the last line gives the share of that capacity
the speed-up reached. Never collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared/data/bbc-news-2225.jsonl"
SPEED_UP_TARGET = 1.8
MEMORY_TARGET = 1.10


@dataclass(frozen=True)
class Run:
    """One command: wall seconds, CPU seconds (user + system), peak RSS in MB."""

    wall: float
    cpu: float
    peak_mb: float


def _say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _run(args: list[str]) -> Run:
    """Run ``python -m knownsofar ARGS`` from this checkout; its time and peak memory."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    command = [sys.executable, "-m", "knownsofar", *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {' '.join(args)}\n{err.read().decode(errors='replace')}")
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, peak)


def _repeat_corpus(data: Path, times: int, target: Path) -> int:
    """Write ``data`` ``times`` times into ``target``, each copy new; the documents written."""
    count = 0
    with data.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        lines = [line for line in source if line.strip()]
        for copy in range(times):
            for line in lines:
                doc = json.loads(line)
                doc["id"] = f"{doc.get('id') or count}-copy{copy}"
                doc["url"] = f"https://copy{copy}.example/{doc['id']}"
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                count += 1
    return count


def _machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [x for x in cpuinfo.read_text().splitlines() if x.startswith("model name")]
        model = names[0].split(":", 1)[1].strip() if names else model
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores, {model}, Python {platform.python_version()}, {platform.system()}"


def _spin(loops: int) -> float:
    """Seconds of one pure-Python loop (what the extractor is made of)."""
    start, total = time.perf_counter(), 0
    for i in range(loops):
        total += i
    return time.perf_counter() - start


def _parallel_capacity(workers: int, loops: int = 20_000_000) -> float:
    """How many times one process's throughput ``workers`` processes get right now: the
    ceiling of any speed-up here (2.0 on two idle cores; less when others use them)."""
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        alone = min(pool.map(_spin, [loops]) for _ in range(2))[0]
        together = max(pool.map(_spin, [loops] * workers))
    return workers * alone / together


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def _batches(big: Path, tmp: Path, workers: list[int], repeat: int) -> dict[int, Run]:
    """The best run of each worker count; runs interleave (1, 2, 1, 2, ...) so a change in
    the machine's load does not favour one count."""
    runs: dict[int, list[Run]] = {n: [] for n in workers}
    for attempt in range(repeat):
        for n in workers:
            out, db = tmp / f"out-{n}-{attempt}", tmp / f"batch-{n}-{attempt}.db"
            args = ["batch", str(big), "--out", str(out), "--db", str(db), "--workers", str(n)]
            runs[n].append(_run(args))
            shutil.rmtree(out)
            db.unlink()
            _say(f"    {n} worker(s), run {attempt + 1}: {runs[n][-1].wall:.1f} s (load {_load()})")
    return {n: min(found, key=lambda r: r.wall) for n, found in runs.items()}


def _table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        _say(
            "  "
            + "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def _verdict(name: str, value: float, target: str, met: bool) -> str:
    return f"{name}: {value:.2f} (target {target}): {'met' if met else 'NOT met'}"


def _report(batches: dict[int, Run], ingests: tuple[Run, Run], count: int, times: int) -> None:
    first, last = min(batches), max(batches)
    rows = [("batch on BIG", "wall s", "CPU s", "docs/s", "speed-up", "peak MB")]
    for n, run in batches.items():
        speed_up = batches[first].wall / run.wall
        rate = f"{count / run.wall:,.0f}"
        cells = (f"{run.wall:.1f}", f"{run.cpu:.1f}", rate, f"{speed_up:.2f}", f"{run.peak_mb:.0f}")
        rows.append((f"{n} worker(s)", *cells))
    one, many = ingests
    _say()
    _table(rows)
    _say()
    _table(
        [
            ("ingest", "wall s", "peak MB"),
            ("1x", f"{one.wall:.1f}", f"{one.peak_mb:.1f}"),
            (f"{times}x", f"{many.wall:.1f}", f"{many.peak_mb:.1f}"),
        ]
    )
    speed_up = batches[first].wall / batches[last].wall
    ratio = many.peak_mb / one.peak_mb
    _say()
    _say(
        _verdict(
            f"speed-up {last} vs {first}",
            speed_up,
            f">= {SPEED_UP_TARGET}",
            speed_up >= SPEED_UP_TARGET,
        )
    )
    _say(
        _verdict(f"ingest peak {times}x / 1x", ratio, f"<= {MEMORY_TARGET}", ratio <= MEMORY_TARGET)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSON Lines corpus")
    parser.add_argument("--times", type=int, default=10, help="copies of the corpus for BIG")
    parser.add_argument("--repeat", type=int, default=1, help="batch runs per worker count")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts")
    args = parser.parse_args(argv)
    if not args.data.exists():
        _say(f"skipped: {args.data} not found (the shared corpus is not available here)")
        return 0
    _say(f"machine: {_machine()}; load average at start: {_load()}")
    top = max(args.workers)
    capacity = _parallel_capacity(top)
    _say(f"parallel capacity now: {top} processes get {capacity:.2f}x one's throughput")
    with tempfile.TemporaryDirectory(prefix="knownsofar-scale-") as name:
        tmp = Path(name)
        big = tmp / f"corpus-x{args.times}.jsonl"
        count = _repeat_corpus(args.data, args.times, big)
        size = big.stat().st_size / 1e6
        _say(f"BIG: {count:,} documents, {size:.1f} MB ({args.times}x {args.data.name})")
        _say("(a) batch on BIG, local cluster (best of --repeat)")
        batches = _batches(big, tmp, args.workers, args.repeat)
        _say("(b) ingest, peak memory")
        one = _run(["ingest", str(args.data), "--db", str(tmp / "ingest-1x.db")])
        many = _run(["ingest", str(big), "--db", str(tmp / f"ingest-{args.times}x.db")])
    _report(batches, (one, many), count, args.times)
    end = _parallel_capacity(top)
    _say(f"load average at end: {_load()}; parallel capacity at end: {end:.2f}")
    speed_up, ceiling = batches[min(batches)].wall / batches[top].wall, max(capacity, end)
    _say(
        f"share of the machine's parallel capacity reached: {speed_up / ceiling:.0%} "
        f"(speed-up {speed_up:.2f} / capacity {ceiling:.2f}, the higher of start and end)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
