"""A bounded fuzz target for the document readers and the extractor (issue 7).

Random and mutated bytes go through ``read_documents`` as every accepted file
type; nothing may raise, every problem must reach ``on_error`` as an
``InputError``, and every document read must go through ``extract_document``
into valid records. ``KNOWNSOFAR_FUZZ_EXAMPLES`` (default 200) runs it longer:

    KNOWNSOFAR_FUZZ_EXAMPLES=20000 python -m pytest tests/fuzz -q
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from knownsofar.documents import EXTENSIONS, Document, read_documents
from knownsofar.errors import InputError
from knownsofar.extract import extract_document
from knownsofar.record import SeasonRecord

EXAMPLES = int(os.environ.get("KNOWNSOFAR_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ARTICLE = (
    "Netflix has renewed Harbor Lights for season 2, the streamer announced on Monday. "
    "Filming begins in spring 2025; Ann Lee will return as Nell. Season 2 premieres "
    "in early 2026 with 8 episodes."
)
SEEDS: dict[str, bytes] = {
    ".txt": f"Harbor Lights renewed\n\n{ARTICLE}\n".encode(),
    ".md": f"# Harbor Lights renewed\n\n{ARTICLE}\n".encode(),
    ".html": (
        '<!doctype html><html><head><meta charset="utf-8"><title>Renewed</title>'
        '<meta property="article:published_time" content="2024-10-07T09:00:00Z">'
        '<link rel="canonical" href="https://news.example/hl"></head><body><nav>Menu</nav>'
        f"<article><h1>Renewed</h1><p>{ARTICLE}</p><p>More.</p></article></body></html>"
    ).encode(),
    ".jsonl": (
        json.dumps({"id": "a", "published": "2024-10-07", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "b", "html": f"<p>{ARTICLE}</p>", "url": "https://x.example/b"})
        + "\n"
    ).encode(),
    ".xml": (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>TV</title><item>'
        "<title>Renewed</title><link>https://news.example/hl</link>"
        "<pubDate>Mon, 07 Oct 2024 09:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item></channel></rss>"
    ).encode(),
    ".atom": (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>TV</title>'
        "<entry><id>urn:x:1</id><title>Renewed</title><updated>2024-10-07T09:00:00Z</updated>"
        f'<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>'
    ).encode(),
}
SUFFIXES = [*sorted(EXTENSIONS), ".bin", ""]
SPICE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<!ENTITY x 'y'>", b"&#0;", b"&x;", b"<", b">",
         b"]]>", b"<![CDATA[", b"\x1b[2J", b"\xc3", b"\xe2\x80", b"{", b"}", b'"', b"\n",
         b"\r\n", b"<script>", b"</article>", b"season 99999", b"\xed\xa0\x80"]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few random cuts, insertions and byte flips."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "spice", "delete", "truncate", "flip"]))
        if action == "insert":
            data[at:at] = draw(st.binary(max_size=16))
        elif action == "spice":
            data[at:at] = draw(st.sampled_from(SPICE))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "truncate":
            del data[at:]
        elif data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
    return bytes(data)


def _inputs() -> st.SearchStrategy[tuple[str, bytes]]:
    random_bytes = st.tuples(st.sampled_from(SUFFIXES), st.binary(max_size=2048))
    seeded = st.sampled_from(sorted(SEEDS)).flatmap(
        lambda suffix: st.tuples(st.just(suffix), mutated(SEEDS[suffix]))
    )
    return st.one_of(random_bytes, seeded, seeded)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="knownsofar-fuzz-") as tmp:
        yield Path(tmp)


def _read(path: Path) -> tuple[list[Document], list[InputError]]:
    errors: list[InputError] = []

    def collect(error: InputError) -> None:
        assert isinstance(error, InputError)
        assert "\n" not in str(error) and error.input.startswith(str(path))
        errors.append(error)

    return list(read_documents([str(path)], on_error=collect)), errors


def _check_records(doc: Document) -> None:
    for record in extract_document(doc):
        assert SeasonRecord.model_validate_json(record.model_dump_json()) == record


# Found by this target: feedparser's entry.get("updated") warned (an error under
# -W error) when an entry's pubDate was mangled.
MANGLED_PUBDATE = SEEDS[".xml"].replace(b"<link>https://news.example/hl</link><", b"<l")


@FUZZ
@given(case=_inputs())
@example(case=(".xml", MANGLED_PUBDATE))
def test_readers_report_every_problem_through_on_error(folder, case):
    suffix, data = case
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    docs, errors = _read(path)
    assert docs or errors
    for doc in docs:
        assert doc.id and doc.text.strip()
        assert doc.published is None or isinstance(doc.published, dt.date)
        _check_records(doc)


@FUZZ
@given(text=st.text(max_size=1500), title=st.one_of(st.none(), st.text(max_size=80)))
def test_extract_document_on_arbitrary_text(text, title):
    _check_records(Document(id="fuzz", text=text, title=title, published=dt.date(2024, 10, 7)))


@FUZZ
@given(
    words=st.lists(
        st.sampled_from([*ARTICLE.split(), "season", "series", "S2", "Part", "99999", "\u0130"]),
        max_size=120,
    )
)
def test_extract_document_on_shuffled_article_words(words):
    _check_records(Document(id="fuzz", text=" ".join(words), published=dt.date(2024, 10, 7)))
