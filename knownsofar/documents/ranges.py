"""Byte ranges of JSON Lines files: a big corpus cut into parts read apart (batch).

``split_lines`` cuts a file at line starts, counting lines as it goes, so a part
read alone gives the same documents (ids, sources, errors) as reading the file
whole; it reads the file once in blocks, in constant memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from knownsofar.documents.build import Draft
from knownsofar.documents.jsonl import read_jsonl_lines
from knownsofar.errors import BrokenInput, InputError

_BLOCK = 1 << 20


@dataclass(frozen=True)
class LineRange:
    """The lines of a JSON Lines file in bytes ``[start, end)``, the first being line
    ``first_line``; ``start`` and ``end`` fall on line starts (or the file's end).

    ``input`` names the file in errors and sources; ``path`` is where to open it when
    that differs (an absolute path, for a worker with another working directory).
    """

    input: str
    start: int
    end: int
    first_line: int = 1
    path: str | None = None

    @property
    def size(self) -> int:
        return self.end - self.start


def split_lines(input: str, target: int, path: str | None = None) -> Iterator[LineRange]:
    """Cut a file into LineRanges of about ``target`` bytes each (at least one line).

    OSError is left to the caller, who reports the input.
    """
    size = Path(path or input).stat().st_size
    return split_range(LineRange(input, 0, size, 1, path), target)


def split_range(part: LineRange, target: int) -> Iterator[LineRange]:
    """Cut a LineRange into LineRanges of about ``target`` bytes (at least one line each)."""
    start, first, line = part.start, part.first_line, part.first_line
    offset = part.start  # ``line`` is the line at ``offset + at``
    raw = Path(part.path or part.input).open("rb", buffering=0)
    with io.BufferedReader(_Span(raw, part.start, part.size), _BLOCK) as stream:
        while block := stream.read(_BLOCK):
            at = 0
            while (cut := start + max(target, 1) - 1 - offset) < len(block):
                newline = block.find(b"\n", max(cut, at))
                if newline < 0:
                    break
                line += block.count(b"\n", at, newline + 1)
                at = newline + 1
                yield replace(part, start=start, end=offset + at, first_line=first)
                start, first = offset + at, line
            line += block.count(b"\n", at)
            offset += len(block)
    if offset > start:
        yield replace(part, start=start, end=offset, first_line=first)


def read_line_range(part: LineRange) -> Iterator[Draft | InputError]:
    """The Drafts (or InputErrors) of the lines of one LineRange."""
    try:
        raw = Path(part.path or part.input).open("rb", buffering=0)
    except OSError as e:
        yield BrokenInput(part.input, (e.strerror or type(e).__name__).lower())
        return
    with io.BufferedReader(_Span(raw, part.start, part.size)) as stream:
        yield from read_jsonl_lines(stream, part.input, Path(part.input).name, part.first_line)


class _Span(io.RawIOBase):
    """``size`` bytes of a file from ``start``: a stream that ends where the range does."""

    def __init__(self, raw: IO[bytes], start: int, size: int) -> None:
        raw.seek(start)
        self._raw = raw
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: self._left]
        count = int(self._raw.readinto(view) or 0)  # type: ignore[attr-defined]
        self._left -= count
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()
