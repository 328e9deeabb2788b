"""The shared BBC corpus (../shared/data) read whole; skipped when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from knownsofar.documents import read_documents

BBC = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "bbc-news-2225.jsonl"


@pytest.mark.skipif(not BBC.exists(), reason="shared/data/bbc-news-2225.jsonl is absent")
def test_bbc_corpus():
    errors: list[Exception] = []
    docs = list(read_documents([str(BBC)], on_error=errors.append))
    assert errors == []
    assert len(docs) == 2225
    assert all(d.published is None for d in docs)
    assert docs[0].id == "bbc-business-001" and docs[0].meta["category"] == "business"
    assert len({d.id for d in docs}) == 2225
    assert all(d.text and d.title for d in docs)
