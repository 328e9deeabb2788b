"""Document -> season records (SPEC: the season record). Pure: no I/O, no clock.

STUB: the extractors are being written; the signature below is the contract.
"""

from __future__ import annotations

from knownsofar.documents.model import Document
from knownsofar.record import SeasonRecord

__all__ = ["extract_document"]


def extract_document(doc: Document) -> list[SeasonRecord]:
    """Every season record the document gives information about."""
    return []
