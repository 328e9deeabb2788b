"""Inputs (paths, directories, stdin, URLs) to Drafts: format dispatch and file reading."""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import IO

from knownsofar.documents.build import Draft
from knownsofar.documents.decode import decode_text
from knownsofar.documents.feeds import SNIFF_BYTES, looks_like_feed, read_feed
from knownsofar.documents.html import read_html_page
from knownsofar.documents.jsonl import read_jsonl
from knownsofar.documents.limits import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES
from knownsofar.documents.text import read_text
from knownsofar.errors import BrokenInput, InputError, InputTooLarge, UnsupportedInput

STDIN = "-"
STDIN_NAME = "<stdin>"
STDIN_ID = "stdin"


class Format(Enum):
    """The formats SPEC accepts; a file's is given by its extension or sniffed."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"


EXTENSIONS = {
    ".txt": Format.TEXT,
    ".md": Format.TEXT,
    ".markdown": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".jsonl": Format.JSONL,
    ".xml": Format.FEED,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
}
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)

Item = Draft | InputError
OnBytes = Callable[[int], None]
"""Told how many bytes of input files were read since it was last told (progress bars)."""


def read_input(input: str, on_bytes: OnBytes | None = None) -> Iterator[Item]:
    """Yield the Drafts of one input; an error of the whole input is yielded last."""
    try:
        yield from _read_input(input, on_bytes)
    except InputError as e:
        yield e


def _read_input(input: str, on_bytes: OnBytes | None) -> Iterator[Item]:
    if input == STDIN:
        yield from read_stream(sys.stdin.buffer, STDIN_NAME, STDIN_ID)
    elif _is_url(input):
        raise UnsupportedInput(input, "URLs are read by `knownsofar watch`")
    elif Path(input).is_dir():
        yield from read_directory(Path(input), on_bytes)
    else:
        yield from read_file(Path(input), _format_given(Path(input)), on_bytes)


def _is_url(input: str) -> bool:
    return input.lower().startswith(("http://", "https://"))


def read_directory(root: Path, on_bytes: OnBytes | None = None) -> Iterator[Item]:
    """Yield the Drafts of every accepted file below ``root``, sorted; others skipped."""
    for item in list_directory(root):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_input(str(item), on_bytes)


def list_directory(root: Path) -> Iterator[Path | InputError]:
    """Every accepted file below ``root``, sorted as ``read_directory`` reads them, after
    the errors of the walk; BrokenInput is raised when there is no accepted file."""
    problems: list[OSError] = []
    paths = sorted(_accepted_files(root, problems))
    for problem in problems:
        yield BrokenInput(problem.filename or str(root), _reason_of(problem))
    if not paths:
        raise BrokenInput(str(root), f"no readable files ({', '.join(EXTENSIONS)})")
    yield from paths


def measure_inputs(inputs: list[str]) -> int | None:
    """The bytes of the files the inputs name (directories walked), for a progress bar's
    total; None when one is a stream or a URL, whose size is not known beforehand."""
    total = 0
    for input in inputs:
        if input == STDIN or _is_url(input):
            return None
        files = list_directory(Path(input)) if Path(input).is_dir() else [Path(input)]
        try:
            total += sum(_size(f) for f in files if isinstance(f, Path))
        except InputError:
            continue  # reading the input reports it
    return total


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _accepted_files(root: Path, problems: list[OSError]) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                yield Path(folder) / name


def read_file(path: Path, format: Format | None, on_bytes: OnBytes | None = None) -> Iterator[Item]:
    """Yield the Drafts of one file; ``format`` None means sniff it (feeds only)."""
    try:
        with _open(path, on_bytes) as stream:
            if format is Format.JSONL:
                yield from read_jsonl(stream, str(path), path.name)
                return
            data = _read_limited(stream, str(path), format)
    except OSError as e:
        raise BrokenInput(str(path), _reason_of(e)) from e
    if format is None:
        format = _sniff_explicit(data, path)
    yield from read_data(data, format, str(path), path.stem)


def read_stream(stream: IO[bytes], input: str, id: str) -> Iterator[Item]:
    """Yield the Drafts of a byte stream (stdin): JSON Lines if it opens with '{'."""
    head = stream.peek(SNIFF_BYTES) if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl(stream, input, id)
        return
    data = _read_limited(stream, input, Format.FEED)
    yield from read_data(data, _sniff(data), input, id)


def read_data(data: bytes, format: Format, input: str, id: str) -> Iterator[Item]:
    """Yield the Drafts of a whole text, HTML or feed input held in memory."""
    if not data.strip():
        raise BrokenInput(input, "empty file")
    if format is Format.FEED:
        yield from read_feed(data, input, id)
    elif format is Format.HTML:
        yield _read_html(data, input, id)
    elif format is Format.JSONL:
        raise UnsupportedInput(input, "JSON Lines are read as a stream")
    else:
        yield read_text(decode_text(data, input), id, input)


def _read_html(data: bytes, input: str, id: str) -> Draft:
    declared = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    markup = decode_text(data, input, declared[1].decode("ascii") if declared else None)
    page = read_html_page(markup, input)
    return Draft(
        id=id,
        text=page.text,
        source=input,
        title=page.title,
        url=page.url,
        published=page.published,
    )


def _open(path: Path, on_bytes: OnBytes | None) -> IO[bytes]:
    """The file for reading, telling ``on_bytes`` as its bytes are read."""
    if on_bytes is None:
        return path.open("rb")
    return io.BufferedReader(_CountedRaw(path.open("rb", buffering=0), on_bytes))


class _CountedRaw(io.RawIOBase):
    """An unbuffered file that tells ``on_bytes`` how much each read returned."""

    def __init__(self, raw: IO[bytes], on_bytes: OnBytes) -> None:
        self._raw = raw
        self._on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if count:
            self._on_bytes(count)
        return int(count or 0)

    def close(self) -> None:
        self._raw.close()
        super().close()


def _format_given(path: Path) -> Format | None:
    return EXTENSIONS.get(path.suffix.lower())


def _sniff(data: bytes) -> Format:
    if looks_like_feed(data):
        return Format.FEED
    if _HTML_START.match(data[:SNIFF_BYTES]):
        return Format.HTML
    return Format.TEXT


def _sniff_explicit(data: bytes, path: Path) -> Format:
    """A file named with an unknown extension is read only if it is a feed."""
    if looks_like_feed(data):
        return Format.FEED
    kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
    raise UnsupportedInput(str(path), f"{kind} are not read (use {', '.join(EXTENSIONS)})")


def _read_limited(stream: IO[bytes], input: str, format: Format | None) -> bytes:
    one_document = format in (Format.TEXT, Format.HTML)
    limit = MAX_DOCUMENT_BYTES if one_document else MAX_FEED_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        what = "too large for one article" if one_document else "too large"
        raise InputTooLarge(input, f"{what} (over {limit:,} bytes)")
    return data


def _reason_of(error: OSError) -> str:
    """'no such file or directory', 'permission denied', ... (no errno, no traceback)."""
    reason = error.strerror or type(error).__name__
    return reason[0].lower() + reason[1:]
