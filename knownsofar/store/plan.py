"""One batch of documents to store: which are new, which replace a stored version.

Storing document by document asks the database about each one (its content
hash, its id) and writes it at once. A batch asks once for the stored rows
that share an id or a content hash with any of its documents, then replays here,
in order, exactly what storing them one by one would do: a document whose
content hash is stored (under any id, or earlier in the batch) changes nothing;
one whose id is stored with other content replaces it, and a later version in
the same batch replaces an earlier one. The store then writes the plan in a few
statements (one DELETE, one INSERT per table), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from knownsofar.claims import Claim, claims_from_record
from knownsofar.documents.model import Document
from knownsofar.record import SeasonRecord

__all__ = ["BatchPlan", "Planned", "plan_batch"]


@dataclass(frozen=True)
class Planned:
    """A document to insert, with its records, content hash and claims."""

    doc: Document
    records: list[SeasonRecord]
    digest: str
    claims: list[Claim]
    meta: str | None = None


@dataclass
class BatchPlan:
    """What one batch does: the documents to insert (one per id, the batch's last
    version, in first-seen order), the stored ids to delete first, and the counts
    storing one by one would report."""

    inserts: dict[str, Planned] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    claims: int = 0


def plan_batch(
    batch: list[tuple[Document, list[SeasonRecord]]],
    digests: list[str],
    stored: Iterable[Sequence[str]],
    metas: Sequence[str | None] | None = None,
) -> BatchPlan:
    """The plan for ``batch`` (content hashes ``digests``; ``metas``: the documents'
    ``meta_json`` where already made), given the stored ``(id, content_hash)`` rows
    sharing an id or a hash with it."""
    by_id = {str(doc_id): str(digest) for doc_id, digest in stored}
    stored_ids = set(by_id)
    hashes = set(by_id.values())
    plan = BatchPlan()
    for n, ((doc, records), digest) in enumerate(zip(batch, digests, strict=True)):
        if digest in hashes:
            plan.unchanged += 1
            continue
        earlier = by_id.get(doc.id)
        if earlier is not None:
            hashes.discard(earlier)  # deleted: that content may come back in this batch
            if doc.id in stored_ids and doc.id not in plan.replaced:
                plan.replaced.append(doc.id)
        by_id[doc.id] = digest
        hashes.add(digest)
        claims = [c for r in records for c in claims_from_record(r, doc.id, doc.published)]
        plan.inserts[doc.id] = Planned(doc, records, digest, claims, metas[n] if metas else None)
        plan.added += 1
        plan.claims += len(claims)
    return plan
