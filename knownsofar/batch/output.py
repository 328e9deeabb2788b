"""The batch output directory: Parquet partitions of extracted records, and errors.

    OUT/records/part-00000.parquet   one row per document, in input order
    OUT/errors/part-00000.jsonl      {"input", "reason"} per document or line that failed

A row holds the document's metadata (``id``, ``url``, ``title``, ``published``,
``source``, ``meta`` as JSON), ``records``: the JSON array of its season records, as
``extract --json`` prints them, and ``digest``: the content hash the store keys a
document on. The workers compute it, so the text (which the store does not keep) never
travels to the driver, and the one process that stores does nothing else.
``read_results`` gives back ``extract --json``'s lines; ``read_documents_and_records``
what the store needs. Both stream row groups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import TypeAdapter

from knownsofar.documents import Document
from knownsofar.record import DocMeta, ExtractResult, SeasonRecord
from knownsofar.store.core import Hashed
from knownsofar.store.rows import content_hash, meta_json

__all__ = [
    "ERRORS_DIR",
    "RECORDS_DIR",
    "SCHEMA",
    "document_row",
    "prepare_output",
    "read_documents_and_records",
    "read_results",
    "records_json",
]

RECORDS_DIR = "records"
ERRORS_DIR = "errors"
SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("source", pa.string()),
        ("meta", pa.string()),
        ("records", pa.string()),
        ("digest", pa.string()),
    ]
)
_RECORDS = TypeAdapter(list[SeasonRecord])
_READ_ROWS = 500


def records_json(records: list[SeasonRecord]) -> str:
    """The JSON array of ``records``, as ``extract --json`` writes them."""
    return _RECORDS.dump_json(records).decode("utf-8")


def document_row(doc: Document, records: list[SeasonRecord]) -> dict[str, Any]:
    """One row of SCHEMA."""
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "meta": meta_json(doc.meta),
        "records": records_json(records),
        "digest": content_hash(doc),
    }


def prepare_output(out: Path) -> None:
    """Create OUT and empty the partitions of an earlier run (nothing else is touched)."""
    for sub in (RECORDS_DIR, ERRORS_DIR):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for sub, suffix in ((RECORDS_DIR, ".parquet"), (ERRORS_DIR, ".jsonl")):
        for stale in (out / sub).glob(f"part-*{suffix}*"):  # with unfinished ones (.tmp)
            stale.unlink()


def partitions(out: Path) -> list[Path]:
    """The record partitions of OUT, in input order."""
    return sorted((out / RECORDS_DIR).glob("part-*.parquet"))


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with pq.ParquetFile(path) as file:
        for batch in file.iter_batches(batch_size=_READ_ROWS):
            yield from batch.to_pylist()


def read_documents_and_records(path: Path) -> Iterator[Hashed]:
    """Each document of one partition with its records, content hash and meta's JSON,
    for ``Store.add_hashed``. The documents come without their text (``""``) and meta
    (``{}``): the partition does not carry the text, storing needs only its hash, and
    the meta cell is already the JSON the store keeps (``rows.meta_json``)."""
    for row in _rows(path):
        doc = Document(
            id=row["id"],
            text="",
            title=row["title"],
            url=row["url"],
            published=row["published"],
            source=row["source"],
        )
        yield doc, _records(row["records"]), row["digest"], row["meta"]


def _records(text: str) -> list[SeasonRecord]:
    """The records of a ``records`` cell; most documents of a corpus have none."""
    return [] if text == "[]" else _RECORDS.validate_json(text)


def read_results(out: Path) -> Iterator[str]:
    """The lines ``extract --json`` prints for the same inputs, from OUT's partitions."""
    for path in partitions(out):
        for row in _rows(path):
            published: dt.date | None = row["published"]
            meta = DocMeta(id=row["id"], url=row["url"], title=row["title"], published=published)
            records = _records(row["records"])
            yield ExtractResult(doc=meta, records=records).model_dump_json()
