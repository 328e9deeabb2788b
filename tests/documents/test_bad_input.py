"""Bad input gives an InputError naming the input; the other inputs go on (SPEC)."""

from __future__ import annotations

import json

import pytest

from knownsofar.documents import MAX_DOCUMENT_BYTES, read_documents
from knownsofar.errors import BrokenInput, InputError, InputTooLarge, UnsupportedInput


def errors_of(*inputs: str) -> list[InputError]:
    errors: list[InputError] = []
    list(read_documents(list(inputs), on_error=errors.append))
    return errors


@pytest.mark.parametrize(
    ("name", "kind", "reason"),
    [
        ("broken/binary.txt", BrokenInput, "binary"),
        ("broken/empty.txt", BrokenInput, "empty file"),
        ("broken/blank.md", BrokenInput, "empty file"),
        ("broken/billion-laughs.xml", BrokenInput, "entities"),
        ("broken/malformed.rss", BrokenInput, "feed"),
        ("broken/notes.docx", UnsupportedInput, "'.docx' files are not read"),
        ("corpus/nested/notes.csv", UnsupportedInput, "'.csv'"),
        ("does-not-exist.txt", BrokenInput, "no such file"),
    ],
    ids=[
        "binary",
        "empty",
        "blank",
        "billion-laughs",
        "malformed-feed",
        "unknown-ext",
        "csv",
        "missing",
    ],
)
def test_bad_file(docs, name, kind, reason):
    (error,) = errors_of(str(docs / name))
    assert type(error) is kind
    assert error.input == str(docs / name)
    assert reason in error.reason
    assert "\n" not in str(error)


def test_url_is_left_to_watch():
    (error,) = errors_of("https://tv.example/feed.xml")
    assert isinstance(error, UnsupportedInput)
    assert "knownsofar watch" in error.reason


def test_bad_jsonl_lines_are_skipped(docs):
    path = str(docs / "broken/bad-lines.jsonl")
    errors: list[InputError] = []
    ids = [d.id for d in read_documents([path], on_error=errors.append)]
    assert ids == ["good-1", "good-2"]
    assert [e.input for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert errors[0].reason.startswith("not valid JSON")
    assert all(isinstance(e, BrokenInput) for e in errors)


def test_other_inputs_go_on(docs):
    errors: list[InputError] = []
    inputs = [str(docs / "broken/empty.txt"), str(docs / "latin1.txt"), "nope.md"]
    ids = [d.id for d in read_documents(inputs, on_error=errors.append)]
    assert ids == ["latin1"]
    assert [e.input for e in errors] == [inputs[0], "nope.md"]


def test_without_on_error_the_error_is_raised(docs):
    with pytest.raises(BrokenInput, match="empty file"):
        list(read_documents([str(docs / "broken/empty.txt")]))


def test_directory_of_broken_files_reports_each(docs):
    errors = errors_of(str(docs / "broken"))
    assert {e.input.rsplit("/", 1)[-1] for e in errors} >= {
        "binary.txt",
        "empty.txt",
        "billion-laughs.xml",
        "malformed.rss",
    }
    assert not any(e.input.endswith("notes.docx") for e in errors)  # skipped in a directory


def test_directory_without_readable_files(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (error,) = errors_of(str(tmp_path))
    assert isinstance(error, BrokenInput) and "no readable files" in error.reason


def test_oversized_text_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Title\n" + b"word " * (MAX_DOCUMENT_BYTES // 5 + 1))
    (error,) = errors_of(str(path))
    assert isinstance(error, InputTooLarge)


def test_oversized_jsonl_line_is_skipped_not_the_file(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "x" * (MAX_DOCUMENT_BYTES + 10)})
    lines = [
        json.dumps({"id": "a", "text": "first"}),
        huge,
        json.dumps({"id": "b", "text": "last"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    errors: list[InputError] = []
    ids = [d.id for d in read_documents([str(path)], on_error=errors.append)]
    assert ids == ["a", "b"]
    assert [(type(e), e.input) for e in errors] == [(InputTooLarge, f"{path}:2")]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": 5}', '"text" is not a string'),
        ('{"id": [1], "text": "x"}', '"id" is not a string'),
        ('{"text": "x", "published": "2024-02-30"}', '"published"'),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        ('{"text": "   "}', "no"),
        ('{"html": "<html><body></body></html>"}', "no article text"),
        ('"just a string"', "not a JSON object"),
    ],
    ids=[
        "text-type",
        "id-type",
        "impossible-date",
        "deep-nesting",
        "blank-text",
        "empty-html",
        "string",
    ],
)
def test_bad_jsonl_line(tmp_path, line, reason):
    path = tmp_path / "one.jsonl"
    path.write_text(line + "\n")
    (error,) = errors_of(str(path))
    assert error.input == f"{path}:1"
    assert reason in error.reason


def test_mixed_utf8_and_latin1(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Caf\u00e9 news\n\nPrices: ".encode() + b"\xa35 and \xe912")
    (doc,) = read_documents([str(path)])
    assert doc.title == "Café news" and doc.text == "Prices: £5 and é12"


def test_html_charset_declared(tmp_path):
    path = tmp_path / "page.html"
    html = "<html><head><meta charset='windows-1251'><title>Сезон</title></head>" + (
        "<body><article><p>Второй сезон сериала продлён, съёмки начнутся весной.</p></article>"
        "</body></html>"
    )
    path.write_bytes(html.encode("cp1251"))
    (doc,) = read_documents([str(path)])
    assert doc.title == "Сезон" and "Второй сезон" in doc.text
