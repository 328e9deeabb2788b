"""Inputs to Documents: files, directories, JSON Lines, HTML pages, feeds.

STUB: the reader module is being written; the signatures below are the contract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from knownsofar.documents.model import Document
from knownsofar.errors import InputError

__all__ = ["Document", "read_documents"]


def read_documents(
    inputs: Iterable[str], on_error: Callable[[InputError], None] | None = None
) -> Iterator[Document]:
    """Yield every document of every input (path, directory, or URL of a feed).

    A bad input (or a bad line of a JSON Lines file) is reported to ``on_error``
    as an ``InputError`` and skipped; the other inputs go on. Without
    ``on_error`` the error is raised.
    """
    raise NotImplementedError
