"""The extractors' speed shortcuts change no finding and no record.

Context.subjectless lets an extractor return nothing for a sentence where
ctx.subject is None at every position; that is only right while every finding takes
its subject from ctx.subject, or the extractor checks for the paths that make their
own: renewal's "cancelled after two seasons" (AFTER_COUNT) and platform's show named
right before the platform (_named_show, from shows_in). Extracting the labelled dev
articles, the long test articles and the bundled samples with the shortcut disabled
must give the same findings (what every extractor returned, before the records pick
among them) and the same records.
"""

from pathlib import Path

import pytest

import knownsofar.extract as extract
from knownsofar.documents import read_documents
from knownsofar.extract.context import Context

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [
    ROOT / "tests/data/eval/dev.jsonl",
    ROOT / "tests/data/eval/dev2.jsonl",
    ROOT / "tests/data/eval/dev3.jsonl",
    ROOT / "tests/data/eval/dev4.jsonl",
    ROOT / "tests/data/eval/dev5.jsonl",
    ROOT / "tests/data/eval/dev6.jsonl",
    ROOT / "tests/data/articles",
    ROOT / "knownsofar/samples",
]


def _run(docs, monkeypatch):
    """Each document's findings (by subject) and records."""
    findings = []
    records = extract._records

    def keep(ctx, found, doc):
        findings.append(found)
        return records(ctx, found, doc)

    with monkeypatch.context() as m:
        m.setattr(extract, "_records", keep)
        return findings, [extract.extract_document(d) for d in docs]


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_subjectless_shortcut_changes_nothing(path, monkeypatch):
    docs = list(read_documents([str(path)]))
    assert docs
    fast = _run(docs, monkeypatch)
    monkeypatch.setattr(Context, "subjectless", lambda self, s: False)
    slow = _run(docs, monkeypatch)
    assert fast[0] == slow[0]
    assert fast[1] == slow[1]
