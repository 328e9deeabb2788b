"""The seed pairs in ../shared/seeds/: the extractor must give exactly the
``.expected.json`` record, field by field (skips when ../shared is absent)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from knownsofar.documents.model import Document
from knownsofar.extract import extract_document
from knownsofar.record import SeasonRecord

from ._helpers import find_records, name_key, same_text, show_key, subjects

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
SKIP_FIELDS = {"show", "season", "evidence"}  # show/season: test_seed_subjects


def _seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return data


def _document(path: Path) -> Document:
    """A .txt article as SPEC reads it: the first non-empty line is the title."""
    lines = path.read_text("utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    published = _expected(path)["doc"].get("published")
    return Document(
        id=path.stem,
        title=lines[first].strip(),
        text="\n".join(lines[first + 1 :]).strip(),
        published=dt.date.fromisoformat(published) if published else None,
        source=str(path),
    )


@functools.cache
def _extracted(path: Path) -> tuple[SeasonRecord, ...]:
    return tuple(extract_document(_document(path)))


def _field_cases() -> tuple[list[tuple[Path, int, str]], list[str]]:
    cases, ids = [], []
    for path in _seed_paths():
        for index, record in enumerate(_expected(path)["records"]):
            for field in record:
                if field not in SKIP_FIELDS:
                    cases.append((path, index, field))
                    ids.append(f"{path.stem}-{record['show']}-s{record['season']}-{field}")
    return cases, ids


def _require_seeds() -> None:
    if not _seed_paths():
        pytest.skip(f"no seed pairs: {SEEDS} is absent")


def _cast_rows(cast: list[dict[str, Any]]) -> list[tuple[str, str | None, str, bool]]:
    rows = [
        (
            name_key(m["actor"]),
            (m.get("character") or "").casefold() or None,
            m["status"],
            bool(m.get("new", False)),
        )
        for m in cast
    ]
    return sorted(rows, key=lambda row: (row[0], row[1] or ""))


SEED_PATHS = _seed_paths()
FIELD_CASES, FIELD_IDS = _field_cases()


@pytest.mark.parametrize(
    "path", SEED_PATHS or [None], ids=[p.stem for p in SEED_PATHS] or ["no-seeds"]
)
def test_seed_subjects(path):
    """Exactly the expected show-seasons, one record each."""
    _require_seeds()
    want = sorted((show_key(r["show"]), r["season"]) for r in _expected(path)["records"])
    assert sorted(subjects(list(_extracted(path)))) == want


@pytest.mark.parametrize(
    "path,index,field", FIELD_CASES or [(None, 0, "")], ids=FIELD_IDS or ["no-seeds"]
)
def test_seed_field(path, index, field):
    _require_seeds()
    want = _expected(path)["records"][index]
    found = find_records(list(_extracted(path)), want["show"], want["season"])
    assert len(found) == 1, f"one record for {want['show']} season {want['season']}"
    got = found[0].model_dump(mode="json")[field]
    expected = want[field]
    if field == "cast":
        assert _cast_rows(got) == _cast_rows(expected)
    elif field == "platform":
        assert same_text(got, expected)
    elif field == "release":
        # release.text keeps the article's words; their case is not significant.
        assert same_text(got.pop("text"), expected.pop("text"))
        assert {k: got[k] for k in expected} == expected
    elif isinstance(expected, dict):
        assert {k: got[k] for k in expected} == expected
    else:
        assert got == expected
