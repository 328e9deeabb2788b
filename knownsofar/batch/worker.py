"""What a Dask worker runs for one piece: read, extract, write one Parquet partition.

Imported once per worker process (with the extractor and pyarrow), so a task pays
no set-up. A document the extractor fails on, and an input or line that cannot be
read, is written to the piece's errors file and returned; the piece goes on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from knownsofar.batch.output import ERRORS_DIR, RECORDS_DIR, SCHEMA, document_row
from knownsofar.batch.plan import FilePart, Part, Piece
from knownsofar.documents import Document, LineRange, read_documents, read_range
from knownsofar.errors import InputError
from knownsofar.record import SeasonRecord

__all__ = ["MAX_REPORTED_ERRORS", "PieceResult", "process_piece"]

Extractor = Callable[[Document], list[SeasonRecord]]

ROW_GROUP = 1000
"""Rows written at a time: a worker holds at most this many documents."""
MAX_REPORTED_ERRORS = 100
"""Errors sent back to the driver per piece; all of them are in the errors file."""


@dataclass(frozen=True)
class PieceResult:
    """What one piece gave: counts, the first errors (input, reason), the error total."""

    index: int
    documents: int
    records: int
    errors: tuple[tuple[str, str], ...]
    error_count: int
    size: int


class _Errors:
    """Errors of one piece, written to a temporary file as they come (see process_piece)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = _partial(path)
        self.first: list[tuple[str, str]] = []
        self.count = 0
        self._file: Any = None

    def __call__(self, error: InputError) -> None:
        if self._file is None:
            self._file = self.partial.open("w", encoding="utf-8")
        self._file.write(json.dumps({"input": error.input, "reason": error.reason}) + "\n")
        self.count += 1
        if len(self.first) < MAX_REPORTED_ERRORS:
            self.first.append((error.input, error.reason))

    def commit(self) -> None:
        if self._file is not None:
            self._file.close()
            self.partial.replace(self.path)

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            self.partial.unlink(missing_ok=True)


def _partial(path: Path) -> Path:
    """A temporary name beside ``path``, unique to this run of the task."""
    return path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")


def process_piece(piece: Piece, out: str, extractor: Extractor | None = None) -> PieceResult:
    """Extract every document of ``piece`` into ``out/records/<piece>.parquet`` (with
    ``extract_document`` unless another ``extractor`` is given).

    The outputs are written under temporary names and renamed when complete: a reader
    never sees half a partition, and a task run twice (its worker lost) replaces it whole.
    """
    if extractor is None:
        from knownsofar.extract import extract_document

        extractor = extract_document
    target = Path(out) / RECORDS_DIR / f"{piece.name}.parquet"
    partial = _partial(target)
    errors = _Errors(Path(out) / ERRORS_DIR / f"{piece.name}.jsonl")
    try:
        with pq.ParquetWriter(partial, SCHEMA, compression="zstd") as writer:
            documents, records = _write(piece, writer, extractor, errors)
        errors.commit()
        partial.replace(target)
    finally:
        errors.discard()
        partial.unlink(missing_ok=True)
    return PieceResult(
        piece.index, documents, records, tuple(errors.first), errors.count, piece.size
    )


def _write(
    piece: Piece, writer: pq.ParquetWriter, extractor: Extractor, errors: _Errors
) -> tuple[int, int]:
    """Write the rows of the piece's documents, ROW_GROUP at a time; (documents, records)."""
    documents = records = 0
    rows: list[dict[str, Any]] = []
    for doc in _documents(piece, errors):
        found = _extract(doc, extractor, errors)
        if found is None:
            continue
        rows.append(document_row(doc, found))
        documents, records = documents + 1, records + len(found)
        if len(rows) >= ROW_GROUP:
            writer.write_table(pa.Table.from_pylist(rows, SCHEMA))
            rows.clear()
    writer.write_table(pa.Table.from_pylist(rows, SCHEMA))
    return documents, records


def _extract(doc: Document, extractor: Extractor, errors: _Errors) -> list[SeasonRecord] | None:
    """The document's records; None (reported) when the extractor fails on it."""
    try:
        return extractor(doc)
    except Exception as exc:  # an extractor bug must not cost the rest of the piece
        errors(InputError(doc.source or doc.id, f"could not be extracted ({exc})"))
        return None


def _documents(piece: Piece, errors: _Errors) -> Iterator[Document]:
    for part in piece.parts:
        yield from _part_documents(part, errors)


def _part_documents(part: Part, errors: _Errors) -> Iterator[Document]:
    if isinstance(part, LineRange):
        yield from read_range(part, on_error=errors)
        return
    renamed = _Renamed(part, errors)
    for doc in read_documents([part.path], on_error=renamed):
        yield replace(doc, source=renamed.name(doc.source))


@dataclass(frozen=True)
class _Renamed:
    """Sources and errors name a file as the user did, not by the absolute path opened."""

    part: FilePart
    report: Callable[[InputError], None]

    def name(self, where: str) -> str:
        if where.startswith(self.part.path):
            return self.part.input + where[len(self.part.path) :]
        return where

    def __call__(self, error: InputError) -> None:
        self.report(InputError(self.name(error.input), error.reason))
