"""Invented news corpora and a subprocess runner for the reliability tests."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from knownsofar.store.target import parse_target

# 10 x 10 invented show names: a long ingest keeps meeting new shows.
_FIRST = (
    "Harbor",
    "Paper",
    "Quiet",
    "Salt",
    "Orchard",
    "Silver",
    "Lantern",
    "Hollow",
    "Iron",
    "Velvet",
)
_SECOND = (
    "Lights",
    "Moons",
    "Hours",
    "Static",
    "Road",
    "Keepers",
    "Tide",
    "Crown",
    "Gardens",
    "Falls",
)
SHOWS = tuple(f"{a} {b}" for a in _FIRST for b in _SECOND)
PLATFORMS = ("Netflix", "Hulu", "HBO", "Apple TV+", "Prime Video")
MONTHS = ("January", "March", "May", "June", "September", "November")
TEMPLATES = (
    "{show} has been renewed for season {season} at {platform}, the streamer announced.",
    "Filming on season {season} of {show} began in {month} {year}.",
    "Season {season} of {show} will premiere in {month} {year} on {platform}.",
    "{platform} released the first teaser for {show} season {season}.",
    "The studio said season {season} of {show} will have {episodes} episodes.",
)
FILLER = (
    "Critics praised the writing and the cast. The finale drew a record audience. "
    "Fans had campaigned online for months."
)


def invented_docs(count: int, seed: int = 7, start: int = 0) -> list[dict[str, object]]:
    """``count`` small invented articles (ids ``doc-<n>``), each unique, most with claims."""
    docs = []
    for n in range(start, start + count):
        rnd = random.Random(seed * 1_000_003 + n)
        fields = {
            "show": rnd.choice(SHOWS),
            "season": rnd.randint(2, 6),
            "platform": rnd.choice(PLATFORMS),
            "month": rnd.choice(MONTHS),
            "year": rnd.randint(2024, 2027),
            "episodes": rnd.randint(6, 12),
        }
        text = " ".join(t.format(**fields) for t in rnd.sample(TEMPLATES, 2))
        docs.append(
            {
                "id": f"doc-{n}",
                "url": f"https://news.example/{n}",
                "title": f"News item {n}",
                "published": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "text": f"{text} {FILLER} (Story {n}.)",
            }
        )
    return docs


def write_jsonl(path: Path, docs: list[dict[str, object]]) -> Path:
    """Write ``docs`` as JSON Lines and return the path."""
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def knownsofar(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m knownsofar ARGS`` in a subprocess; its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "knownsofar", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(),
    )


def cli_env() -> dict[str, str]:
    """The environment of a CLI subprocess: no colours, wide lines, no KNOWNSOFAR_DB."""
    env = {k: v for k, v in os.environ.items() if k != "KNOWNSOFAR_DB"}
    return env | {"NO_COLOR": "1", "COLUMNS": "200", "PYTHONWARNINGS": "ignore"}


def query(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    """Rows of a read-only query on a database: a SQLite file (opened read-only, never
    created) or a PostgreSQL URL; [] when the database or its tables do not exist yet."""
    if "://" not in str(db):
        if not Path(db).exists():
            return []
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            try:
                return [tuple(row) for row in conn.execute(sql)]
            except sqlite3.OperationalError as e:
                if "no such table" in str(e):
                    return []
                raise
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.pool import NullPool

    engine = create_engine(parse_target(db).location, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("documents"):
                return []
            return [tuple(row) for row in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def consistency_problems(db: Path | str) -> list[str]:
    """What is wrong with the database: integrity (SQLite checks it; PostgreSQL enforces
    it), orphan claims/records."""
    problems = []
    if "://" not in str(db):
        problems += [r[0] for r in query(db, "PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in query(db, "PRAGMA foreign_key_check")]
    for table in ("claims", "records"):
        orphans = f"SELECT COUNT(*) FROM {table} WHERE doc NOT IN (SELECT id FROM documents)"
        rows = query(db, orphans)
        if rows and rows[0][0]:
            problems.append(f"{rows[0][0]} {table} rows without their document")
    return problems
