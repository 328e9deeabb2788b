"""Inputs to Documents: files, directories, JSON Lines, HTML pages, feeds (SPEC "Documents").

Each reader turns its input into Drafts (raw text); ``read_documents`` builds every
Document through ``build_document``, so text is normalised once, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from knownsofar.documents.build import build_document
from knownsofar.documents.inputs import EXTENSIONS, Format, read_input
from knownsofar.documents.limits import MAX_DOCUMENT_BYTES
from knownsofar.documents.model import Document
from knownsofar.documents.normalise import normalise_text
from knownsofar.errors import InputError

__all__ = [
    "EXTENSIONS",
    "MAX_DOCUMENT_BYTES",
    "Document",
    "Format",
    "normalise_text",
    "read_documents",
]


def read_documents(
    inputs: Iterable[str], on_error: Callable[[InputError], None] | None = None
) -> Iterator[Document]:
    """Yield every document of every input (path, directory, or URL of a feed).

    A bad input (or a bad line of a JSON Lines file) is reported to ``on_error``
    as an ``InputError`` and skipped; the other inputs go on. Without
    ``on_error`` the error is raised.
    """
    report = on_error or _raise
    for input in inputs:
        for item in read_input(input):
            if isinstance(item, InputError):
                report(item)
                continue
            try:
                yield build_document(item)
            except InputError as e:
                report(e)


def _raise(error: InputError) -> None:
    raise error
