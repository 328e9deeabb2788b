"""Scoring of ``knownsofar.evaluate`` on tiny hand-made labels and predictions.

Figures are asserted exactly; the runner tests swap in a fake extractor so they
check reading, scoring and the exit code, not extraction quality.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from knownsofar import evaluate as ev
from knownsofar.documents import Document
from knownsofar.errors import BrokenInput
from knownsofar.evaluate import Labelled, evaluate
from knownsofar.record import SeasonRecord, SeasonState

D = dt.date


def full(**changes: Any) -> SeasonRecord:
    """A label that states every field (all twelve figures have something to count)."""
    data: dict[str, Any] = {
        "show": "Glass Orchard",
        "season": 3,
        "platform": "Netflix",
        "renewal": {"status": "renewed", "date": "2024-03-11"},
        "release": {
            "status": "window",
            "window": ["2025-01-01", "2025-04-30"],
            "confirmed": True,
            "text": "early 2025",
        },
        "production": {"status": "filming", "as_of": "2024-03-14"},
        "trailer": {"status": "teaser"},
        "episodes": 8,
        "cast": [
            {"actor": "Imogen Tarrant", "character": "Ada Vell", "status": "confirmed"},
            {"actor": "Cyrus Mbeki", "status": "not_returning"},
        ],
    }
    data.update(changes)
    return SeasonRecord.model_validate(data)


def blank(show: str = "The Pale Hours", season: int = 2) -> SeasonRecord:
    """A label that states nothing: every field unknown or null."""
    return SeasonRecord(show=show, season=season)


def score(label: SeasonRecord, predicted: SeasonRecord) -> ev.Report:
    return evaluate([Labelled("d1", (label,))], {"d1": [predicted]})


def release(status: str, **kw: Any) -> dict[str, Any]:
    return {"status": status, "confirmed": True, **kw}


def test_perfect_prediction_scores_one_everywhere() -> None:
    labels = [Labelled("d1", (full(),)), Labelled("d2", (blank(),))]
    report = evaluate(labels, {"d1": [full()], "d2": [blank()]})
    assert report.figures() == dict.fromkeys(ev.MACRO_FIGURES, 1.0)
    assert report.macro == 1.0
    assert report.misses == ()
    assert report.unknown_kept == ev.Tally(6, 6)


def test_a_wrong_status_lowers_exactly_that_field() -> None:
    labels = [Labelled("d1", (full(),)), Labelled("d2", (blank(),))]
    wrong = full(renewal={"status": "cancelled", "date": "2024-03-11"})
    report = evaluate(labels, {"d1": [wrong], "d2": [blank()]})
    expected = dict.fromkeys(ev.MACRO_FIGURES, 1.0) | {"renewal": 0.0}
    assert report.figures() == expected
    assert report.macro == pytest.approx(11 / 12)
    assert report.misses == (ev.Miss("d1", "Glass Orchard S3", "renewal", "renewed", "cancelled"),)


def test_finer_points_are_counted_outside_the_macro() -> None:
    cast = [
        {"actor": "Imogen Tarrant", "character": "Ada", "status": "confirmed", "new": True},
        {"actor": "Cyrus Mbeki", "status": "not_returning"},
    ]
    predicted = full(
        renewal={"status": "renewed", "date": None},
        production={"status": "filming", "as_of": "2024-03-01"},
        cast=cast,
    )
    report = score(full(), predicted)
    assert report.macro == 1.0  # every macro figure is still right
    assert report.finer == {
        "renewal date": ev.Tally(0, 1),
        "production as of": ev.Tally(0, 1),
        "cast character": ev.Tally(1, 1),  # "Ada" is part of "Ada Vell"
        "cast new": ev.Tally(1, 2),
    }
    assert {m.field for m in report.misses} == {
        "renewal date",
        "production as of",
        "cast new (Imogen Tarrant)",
    }
    wrong_character = full(
        cast=[{"actor": "Imogen Tarrant", "character": "Ida Vell", "status": "confirmed"}]
    )
    assert score(full(), wrong_character).finer["cast character"] == ev.Tally(0, 1)


def test_figures_with_nothing_to_count_stay_out_of_the_macro() -> None:
    report = score(blank(), blank())
    assert report.figures()["renewal"] is None
    assert report.figures()["cast leaving F1"] is None
    assert report.macro == 1.0  # subjects F1 and unknown kept only


def test_subjects_match_by_show_key_and_season() -> None:
    labels = [Labelled("d1", (blank("The Pale Hours", 2), blank("Lowfield", 3)))]
    predictions = {"d1": [blank("pale hours", 2), blank("Lowfield", 4), blank("Ashfall", 1)]}
    report = evaluate(labels, predictions)
    assert report.subjects == ev.Overlap(tp=1, fp=2, fn=1)
    assert report.subjects.recall == 0.5
    assert report.subjects.precision == pytest.approx(1 / 3)
    assert report.subjects.f1 == pytest.approx(2 / 5)
    assert [m.subject for m in report.misses if m.field == "subject"] == [
        "Lowfield S3",
        "Ashfall S1",
        "Lowfield S4",
    ]


def test_a_document_without_predictions_predicted_nothing() -> None:
    report = evaluate([Labelled("d1", (blank(),))], {})
    assert report.subjects == ev.Overlap(tp=0, fp=0, fn=1)
    assert report.figures()["subjects F1"] == 0.0


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ({"window": ["2024-06-16", "2024-07-31"]}, True),  # 15 of 30 days: exactly half
        ({"window": ["2024-06-17", "2024-07-31"]}, False),  # 14 of 30 days
        ({"window": ["2024-01-01", "2024-12-31"]}, True),  # covers all of it
        ({"window": ["2024-07-01", "2024-07-31"]}, False),  # no overlap
    ],
    ids=["half", "under-half", "covering", "disjoint"],
)
def test_window_overlap_boundary(predicted: dict[str, Any], right: bool) -> None:
    label = full(release=release("window", window=["2024-06-01", "2024-06-30"]))
    report = score(label, full(release=release("window", **predicted)))
    assert report.stated["release date"] == ev.Tally(int(right), 1)


def test_a_dated_label_needs_the_same_day() -> None:
    label = full(release=release("dated", date="2024-06-07"))
    same = score(label, full(release=release("released", date="2024-06-07")))
    next_day = score(label, full(release=release("dated", date="2024-06-08")))
    covering = score(label, full(release=release("window", window=["2024-06-01", "2024-06-30"])))
    assert same.stated["release date"] == ev.Tally(1, 1)
    assert next_day.stated["release date"] == ev.Tally(0, 1)
    assert covering.stated["release date"] == ev.Tally(0, 1)
    assert next_day.misses[0].label == "2024-06-07"
    assert next_day.misses[0].predicted == "2024-06-08"


def test_confirmed_flag_needs_a_predicted_date_or_window() -> None:
    label = full(release=release("window", window=["2024-06-01", "2024-06-30"], confirmed=False))
    report = score(label, full(release={"status": "unknown"}))
    assert report.stated["release confirmed"] == ev.Tally(0, 1)
    assert report.stated["release date"] == ev.Tally(0, 1)
    assert report.stated["release status"] == ev.Tally(0, 1)


def test_cast_f1_arithmetic() -> None:
    def cast(*entries: tuple[str, str]) -> list[dict[str, str]]:
        return [{"actor": a, "status": s} for a, s in entries]

    label = full(
        cast=cast(("Ann Lee", "confirmed"), ("Bo Ruiz", "expected"), ("Cy Dahl", "possible"))
        + cast(("Xan Moor", "not_returning"))
    )
    predicted = full(
        cast=cast(("ann lee", "expected"), ("Bo Ruíz", "confirmed"), ("Di Park", "confirmed"))
        + cast(("Eve Holt", "possible"))
    )
    report = score(label, predicted)
    returning, leaving = report.cast["returning"], report.cast["leaving"]
    assert returning == ev.Overlap(tp=2, fp=2, fn=1)
    assert returning.precision == 0.5
    assert returning.recall == pytest.approx(2 / 3)
    assert returning.f1 == pytest.approx(4 / 7)
    assert leaving == ev.Overlap(tp=0, fp=0, fn=1)
    assert leaving.f1 == 0.0


def test_unknown_kept_arithmetic() -> None:
    predicted = blank().model_copy(update={"platform": "Netflix", "episodes": None})
    report = score(blank(), predicted)
    assert report.kept["platform"] == ev.Tally(0, 1)
    assert report.kept["episodes"] == ev.Tally(1, 1)
    assert report.unknown_kept == ev.Tally(5, 6)
    assert report.figures()["unknown kept"] == pytest.approx(5 / 6)
    assert report.misses == (
        ev.Miss("d1", "The Pale Hours S2", "platform (unknown kept)", "—", "Netflix"),
    )


@pytest.mark.parametrize(
    ("label", "predicted", "right"),
    [
        ("Apple TV+", "apple tv", True),
        ("Amazon Prime Video", "Prime Video", True),
        ("BBC One", "bbc  one", True),
        ("HBO Max", "Max", False),
        ("HBO", "Max", False),
        ("ITV1", "ITV", True),
        ("ITV2", "ITV", False),
    ],
    ids=["apple", "prime", "case-space", "hbo-max-vs-max", "hbo-vs-max", "itv1", "itv2"],
)
def test_platform_aliases(label: str, predicted: str, right: bool) -> None:
    report = score(full(platform=label), full(platform=predicted))
    assert report.stated["platform"] == ev.Tally(int(right), 1)


def test_partial_labels_score_only_the_fields_they_give() -> None:
    label = SeasonState.model_validate(
        {"show": "Glass Orchard", "season": 3, "release": {"status": "window"}}
    )
    report = evaluate([Labelled("states", (label,), partial=True)], {"states": [full()]})
    counted = {name for name, t in report.stated.items() if t.total}
    assert counted == {"release status"}
    assert report.unknown_kept == ev.Tally(0, 0)
    assert report.cast["returning"] == ev.Overlap()


# -- the runner ---------------------------------------------------------------


def write_labels(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def label_doc(doc_id: str, label: SeasonRecord) -> dict[str, Any]:
    return {
        "id": doc_id,
        "published": "2024-03-14",
        "title": f"{label.show} news",
        "text": f"Some words about {label.show}.",
        "labels": [label.model_dump(mode="json")],
    }


@pytest.fixture
def labels_file(tmp_path: Path) -> Path:
    return write_labels(tmp_path / "labels.jsonl", [label_doc("d1", full())])


def fake_extractor(records: dict[str, list[SeasonRecord]]) -> Any:
    def extract(doc: Document) -> list[SeasonRecord]:
        return records.get(doc.id, [])

    return extract


@pytest.mark.parametrize(
    ("predicted", "min_score", "code"),
    [
        (full(), 1.0, 0),
        (full(), None, 0),
        (full(trailer={"status": "trailer"}), 1.0, 1),
        (full(trailer={"status": "trailer"}), 10 / 11, 0),  # no unknown-kept figure here
        (full(trailer={"status": "trailer"}), 0.95, 1),
    ],
    ids=["perfect-at-1", "no-min", "below", "at-min", "below-0.95"],
)
def test_eval_command_exit_code(
    labels_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    predicted: SeasonRecord,
    min_score: float | None,
    code: int,
) -> None:
    monkeypatch.setattr(ev, "extract_document", fake_extractor({"d1": [predicted]}))
    assert ev.eval_command(labels_file, None, True, min_score, D(2026, 11, 23)) == code
    out = capsys.readouterr().out
    assert "macro" in out
    assert ("misses (1)" in out) == (predicted != full())


def test_evaluate_file_reads_documents_and_labels(
    labels_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Document] = []

    def extract(doc: Document) -> list[SeasonRecord]:
        seen.append(doc)
        return [full()]

    monkeypatch.setattr(ev, "extract_document", extract)
    report = ev.evaluate_file(labels_file)
    assert report.macro == 1.0
    assert [(d.id, d.published, d.title) for d in seen] == [
        ("d1", D(2024, 3, 14), "Glass Orchard news")
    ]


def test_a_broken_label_names_the_line(tmp_path: Path) -> None:
    doc = label_doc("d1", full()) | {"labels": [{"show": "X", "season": "two"}]}
    path = write_labels(tmp_path / "bad.jsonl", [doc])
    with pytest.raises(BrokenInput, match=r"bad\.jsonl:1: bad label"):
        ev.read_labelled(path)


def test_states_are_ingested_resolved_and_scored(
    labels_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev, "extract_document", fake_extractor({"d1": [full()]}))
    line = {"show": "glass orchard", "season": 3, "state": {"renewal": {"status": "renewed"}}}
    states = write_labels(tmp_path / "states.jsonl", [line])
    report = ev.evaluate_states(labels_file, states, D(2026, 11, 23))
    assert report.subjects == ev.Overlap(tp=1, fp=0, fn=0)
    assert report.stated["renewal"] == ev.Tally(1, 1)
    assert sum(t.total for t in report.stated.values()) == 1
    assert report.macro == 1.0
