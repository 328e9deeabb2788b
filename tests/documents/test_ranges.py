"""JSON Lines files cut into byte ranges (batch partitions) read as the whole file is,
and the byte counts that drive progress bars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knownsofar.documents import (
    LineRange,
    list_directory,
    measure_inputs,
    read_documents,
    read_range,
    split_lines,
)
from knownsofar.documents import ranges as ranges_module
from knownsofar.errors import InputError

LINE = st.one_of(
    st.builds(lambda t: json.dumps({"text": t}), st.text(min_size=1, max_size=40)),
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}), st.text(max_size=20), st.integers()),
    st.just(""),
    st.just("not json"),
    st.just("   "),
)


def _read_whole(path: Path) -> list[object]:
    found: list[object] = []
    found.extend(read_documents([str(path)], on_error=found.append))
    return [_key(x) for x in found]


def _read_parts(parts: list[LineRange]) -> list[object]:
    found: list[object] = []
    for part in parts:
        found.extend(read_range(part, on_error=found.append))
    return [_key(x) for x in found]


def _key(item: object) -> object:
    return ("error", str(item)) if isinstance(item, InputError) else item


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(LINE, min_size=1, max_size=25),
    final_newline=st.booleans(),
    target=st.integers(min_value=1, max_value=300),
    block=st.sampled_from([1, 5, 64, 1 << 20]),
)
def test_parts_read_as_the_whole_file(tmp_path, monkeypatch, lines, final_newline, target, block):
    monkeypatch.setattr(ranges_module, "_BLOCK", block)
    path = tmp_path / "corpus.jsonl"
    data = ("\n".join(lines) + ("\n" if final_newline else "")).encode("utf-8")
    path.write_bytes(data)
    parts = list(split_lines(str(path), target))
    assert [p.start for p in parts] == [0, *(p.end for p in parts[:-1])][: len(parts)]
    assert (parts[-1].end if parts else 0) == len(data)
    whole = [x for x in _read_whole(path) if x != ("error", f"{path}: empty file")]
    assert _read_parts(parts) == whole


def test_parts_are_about_the_target_size(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"text": f"doc {i}"}) + "\n" for i in range(1000)))
    data = path.read_bytes()
    parts = list(split_lines(str(path), 2000))
    assert 8 <= len(parts) <= 11
    assert all(2000 <= p.size < 2100 for p in parts[:-1])
    assert [p.first_line for p in parts] == [data.count(b"\n", 0, p.start) + 1 for p in parts]


def test_a_part_names_lines_as_the_whole_file(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two"}\nbroken\n{"text": "four"}\n')
    parts = list(split_lines(str(path), 1))
    assert [p.first_line for p in parts] == [1, 2, 3, 4]
    errors: list[InputError] = []
    docs = [d for p in parts for d in read_range(p, on_error=errors.append)]
    assert [d.id for d in docs] == ["corpus.jsonl:1", "corpus.jsonl:2", "corpus.jsonl:4"]
    assert [e.input for e in errors] == [f"{path}:3"]


def test_a_part_opens_its_path_but_names_its_input(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"text": "one"}\nbroken\n')
    part = LineRange("renamed.jsonl", 0, path.stat().st_size, 1, str(path))
    errors: list[InputError] = []
    docs = list(read_range(part, on_error=errors.append))
    assert [d.source for d in docs] == ["renamed.jsonl:1"]
    assert [e.input for e in errors] == ["renamed.jsonl:2"]


def test_a_missing_file_is_one_error(tmp_path):
    errors: list[InputError] = []
    part = LineRange(str(tmp_path / "gone.jsonl"), 0, 10)
    assert list(read_range(part, on_error=errors.append)) == []
    assert [e.reason for e in errors] == ["no such file or directory"]


@pytest.mark.parametrize("name", ["corpus", "corpus/corpus.jsonl"])
def test_on_bytes_counts_every_byte_read(docs, name):
    counted: list[int] = []
    found = list(
        read_documents([str(docs / name)], on_error=lambda e: None, on_bytes=counted.append)
    )
    files = [docs / name] if (docs / name).is_file() else list(list_directory(docs / name))
    expected = sum(f.stat().st_size for f in files if isinstance(f, Path))
    assert found
    assert measure_inputs([str(docs / name)]) == expected
    assert sum(counted) == expected
