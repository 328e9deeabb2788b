"""Inputs to Documents: files, directories, JSON Lines, HTML pages, feeds (SPEC "Documents").

Each reader turns its input into Drafts (raw text); ``read_documents`` builds every
Document through ``build_document``, so text is normalised once, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from knownsofar.documents.build import Draft, build_document
from knownsofar.documents.inputs import (
    EXTENSIONS,
    STDIN,
    Format,
    OnBytes,
    list_directory,
    measure_inputs,
    read_input,
)
from knownsofar.documents.limits import MAX_DOCUMENT_BYTES
from knownsofar.documents.model import Document
from knownsofar.documents.normalise import normalise_text
from knownsofar.documents.ranges import LineRange, read_line_range, split_lines, split_range
from knownsofar.errors import InputError

__all__ = [
    "EXTENSIONS",
    "MAX_DOCUMENT_BYTES",
    "STDIN",
    "Document",
    "Format",
    "LineRange",
    "OnBytes",
    "list_directory",
    "measure_inputs",
    "normalise_text",
    "read_documents",
    "read_range",
    "split_lines",
    "split_range",
]

OnError = Callable[[InputError], None]


def read_documents(
    inputs: Iterable[str], on_error: OnError | None = None, on_bytes: OnBytes | None = None
) -> Iterator[Document]:
    """Yield every document of every input (path, directory, or URL of a feed).

    A bad input (or a bad line of a JSON Lines file) is reported to ``on_error``
    as an ``InputError`` and skipped; the other inputs go on. Without
    ``on_error`` the error is raised. ``on_bytes`` is told the bytes of input
    files read so far, as they are read (progress bars).
    """
    for input in inputs:
        yield from _built(read_input(input, on_bytes), on_error or _raise)


def read_range(part: LineRange, on_error: OnError | None = None) -> Iterator[Document]:
    """Yield the documents of some lines of a JSON Lines file, as ``read_documents``
    gives them when reading the whole file (same ids, sources and errors)."""
    yield from _built(read_line_range(part), on_error or _raise)


def _built(items: Iterable[Draft | InputError], report: OnError) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            report(item)
            continue
        try:
            yield build_document(item)
        except InputError as e:
            report(e)


def _raise(error: InputError) -> None:
    raise error
