"""Accuracy of extraction (and of resolved states) against hand-made SPEC labels.

``evaluate`` is pure scoring; ``evaluate_file`` and ``evaluate_states`` read a
labelled JSON Lines file (SPEC documents with a ``labels`` key: a list of season
records), run the library on it and score the result; ``eval_command`` is the
body of ``knownsofar eval`` (Rich tables on stdout, the exit code back).

How predictions meet labels
    Within one document a predicted record matches the label with the same
    ``(show_key(show), season)``. Subject recall is matched labels / labels,
    precision matched predictions / predictions, F1 their harmonic mean. Every
    other figure looks only at matched subjects.

Per field (renewal status, release status, production status, trailer status,
platform, episodes)
    *accuracy* counts the labels that state something (a status other than
    ``unknown``, a platform or episode count that is not null) and how many of
    them the prediction gets right; *unknown kept* counts the labels that state
    nothing and how many predictions also state nothing. Platforms compare
    case-insensitively with a few aliases ("Apple TV" = "Apple TV+", "Amazon
    Prime Video" = "Prime Video", "ITV1" = "ITV"; "HBO Max" and "Max" stay distinct).

Release date
    Over labels whose release is ``dated``/``released`` with a date (right when
    the predicted date is the same day) or ``window`` with a window (right when
    the predicted window, or predicted day, covers at least half of the label's
    window: ``window_overlap(label, predicted) >= 0.5``).

Release confirmed
    Over labels whose release is ``dated`` or ``window``: right when the
    prediction also gives a date, a window or ``released``, with the same flag.

Cast
    Actors are compared by ``actor_key``. *Returning* is the set of actors with
    status confirmed, expected or possible (which of the three is not scored);
    *leaving* the set with ``not_returning``. True and false positives and
    negatives are pooled over all matched subjects; F1 = 2tp / (2tp + fp + fn).

Finer points (printed below the macro figures; not in the macro score)
    *renewal date*: over labels with a renewal date, right when the prediction
    gives the same day. *production as of*: over labels whose production status
    is stated with an ``as_of``, right when the prediction has the same status
    and day. *cast character*: over actors in both the label and the prediction
    whose label pairs a character, right when the predicted character has the
    same words (case- and accent-insensitive) or some of them ("Margery" for
    "Margery Ashdene"). *cast new*: over actors in both, right when the ``new``
    flag agrees.

Macro score
    The mean of these twelve figures: subject F1, renewal, release status,
    release date, release confirmed, production, trailer, platform, episodes
    (each an accuracy where the label states something), unknown kept (pooled
    over the six fields above), cast returning F1, cast leaving F1. A figure
    with nothing to count (no such label and no such prediction) is left out
    of the mean rather than counted as 0 or 1.

States (``--states``)
    Every document of the labels file is ingested into a temporary store and
    every season resolved for ``today``. Each line of STATES.jsonl,
    ``{"show", "season", "state": {partial SeasonState fields}}``, is a label;
    only the fields (and release sub-fields) it gives are scored. Every
    resolved season counts as a prediction, so a season the labels do not list
    lowers subject precision.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from knownsofar.dates import Window, window_overlap
from knownsofar.documents import Document, read_documents
from knownsofar.errors import BrokenInput, InputError
from knownsofar.extract import extract_document
from knownsofar.names import actor_key, show_key
from knownsofar.record import CastMember, Production, SeasonRecord, SeasonState
from knownsofar.store import open_store

__all__ = [
    "FIELDS",
    "MACRO_FIGURES",
    "Labelled",
    "Miss",
    "Overlap",
    "Report",
    "Tally",
    "eval_command",
    "evaluate",
    "evaluate_file",
    "evaluate_states",
    "read_labelled",
    "render_report",
]


Season = SeasonRecord | SeasonState
Key = tuple[str, int]

RETURNING = frozenset({"confirmed", "expected", "possible"})
LEAVING = frozenset({"not_returning"})
NOT_STATED = (None, "unknown")
_PLATFORM_ALIASES = {
    "apple tv+": "apple tv",
    "apple tv plus": "apple tv",
    "amazon prime video": "prime video",
    "amazon prime": "prime video",
    "prime": "prime video",
    "disney plus": "disney+",
    "paramount plus": "paramount+",
    "peacock tv": "peacock",
    "itv1": "itv",  # one channel, called both (ITV2, ITV3 and ITVX stay distinct)
}

# -- figures ------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """``correct`` out of ``total``; ``value`` is None when there is nothing to count."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True)
class Overlap:
    """True positives, false positives and false negatives of a set comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def __add__(self, other: Overlap) -> Overlap:
        return Overlap(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Miss:
    """One wrong field: where, what the label says and what was predicted."""

    doc: str
    subject: str
    field: str
    label: str
    predicted: str


@dataclass(frozen=True)
class Labelled:
    """The labels of one document (or, for states, of one pseudo-document).

    With ``partial`` only the fields a label was built with (pydantic's
    ``model_fields_set``) are scored; otherwise every field is.
    """

    doc: str
    labels: tuple[Season, ...]
    partial: bool = False


# -- fields -------------------------------------------------------------------


def _platform_key(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return _PLATFORM_ALIASES.get(folded, folded)


def _same_platform(label: object, predicted: object) -> bool:
    if not isinstance(label, str) or not isinstance(predicted, str):
        return label == predicted
    return _platform_key(label) == _platform_key(predicted)


def _eq(label: object, predicted: object) -> bool:
    return label == predicted


@dataclass(frozen=True)
class _Field:
    """A field scored as accuracy where stated and unknown kept where not."""

    name: str
    get: Callable[[Season], object]
    needs: tuple[str, str | None]  # (record field, sub-field) a partial label must give
    same: Callable[[object, object], bool] = _eq


FIELDS: tuple[_Field, ...] = (
    _Field("renewal", lambda s: s.renewal.status, ("renewal", "status")),
    _Field("release status", lambda s: s.release.status, ("release", "status")),
    _Field("production", lambda s: s.production.status, ("production", "status")),
    _Field("trailer", lambda s: s.trailer.status, ("trailer", "status")),
    _Field("platform", lambda s: s.platform, ("platform", None), _same_platform),
    _Field("episodes", lambda s: s.episodes, ("episodes", None)),
)
_STATED = frozenset({*(f.name for f in FIELDS), "release date", "release confirmed"})
MACRO_FIGURES = (
    "subjects F1",
    *(f.name for f in FIELDS[:2]),
    "release date",
    "release confirmed",
    *(f.name for f in FIELDS[2:]),
    "unknown kept",
    "cast returning F1",
    "cast leaving F1",
)


def _given(label: Season, part: str, sub: str | None, partial: bool) -> bool:
    """Whether a label speaks to ``part`` (and ``sub``): always, unless partial."""
    if not partial:
        return True
    if part not in label.model_fields_set:
        return False
    value = getattr(label, part)
    return sub is None or not isinstance(value, BaseModel) or sub in value.model_fields_set


def _when(season: Season) -> dt.date | Window | None:
    """The release day (dated/released) or window of a season, whichever it states."""
    release = season.release
    if release.status in ("dated", "released") and release.date:
        return release.date
    return release.window or release.date


def _same_when(label: Season, predicted: Season) -> bool:
    """Exact day for a dated label; for a window, at least half of it covered."""
    wanted, got = _when(label), _when(predicted)
    if not isinstance(wanted, tuple):
        return predicted.release.date == wanted
    if isinstance(got, dt.date):
        got = (got, got)
    return got is not None and window_overlap(wanted, got) >= 0.5


def _confirmed(season: Season) -> bool | None:
    """The confirmed flag, or None when the season gives no date, window or release."""
    release = season.release
    if release.status in ("dated", "window", "released"):
        return release.confirmed
    return None


def _show_when(value: dt.date | Window | None) -> str:
    if isinstance(value, tuple):
        return f"{value[0].isoformat()}..{value[1].isoformat()}"
    return value.isoformat() if value else "—"


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(value)) or "—"
    return str(value)


# -- scoring ------------------------------------------------------------------


@dataclass
class _Scores:
    """Running counts while scoring; frozen into a Report at the end."""

    subjects: Overlap = field(default_factory=Overlap)
    stated: Counter[str] = field(default_factory=Counter)
    stated_total: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    kept_total: Counter[str] = field(default_factory=Counter)
    cast: dict[str, Overlap] = field(
        default_factory=lambda: {"returning": Overlap(), "leaving": Overlap()}
    )
    finer: Counter[str] = field(default_factory=Counter)
    finer_total: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    documents: int = 0

    def count(self, kind: str, name: str, right: bool) -> None:
        correct, total = (
            (self.stated, self.stated_total) if kind == "stated" else (self.kept, self.kept_total)
        )
        total[name] += 1
        correct[name] += right

    def count_finer(self, name: str, right: bool) -> None:
        self.finer_total[name] += 1
        self.finer[name] += right


@dataclass(frozen=True)
class Report:
    """Per-field figures of one evaluation (see the module docstring for definitions)."""

    documents: int
    subjects: Overlap
    stated: Mapping[str, Tally]
    kept: Mapping[str, Tally]
    cast: Mapping[str, Overlap]
    misses: tuple[Miss, ...] = ()
    finer: Mapping[str, Tally] = field(default_factory=dict)

    @property
    def unknown_kept(self) -> Tally:
        """Unknown kept, pooled over every field."""
        return sum(self.kept.values(), Tally())

    def figures(self) -> dict[str, float | None]:
        """The twelve figures the macro score averages, by name (None: nothing to count)."""
        values: dict[str, float | None] = {"subjects F1": self.subjects.f1}
        for name in MACRO_FIGURES[1:-3]:
            values[name] = self.stated.get(name, Tally()).value
        values["unknown kept"] = self.unknown_kept.value
        values["cast returning F1"] = self.cast["returning"].f1
        values["cast leaving F1"] = self.cast["leaving"].f1
        return values

    @property
    def macro(self) -> float:
        """Mean of the figures that have something to count (0.0 if none has)."""
        present = [v for v in self.figures().values() if v is not None]
        return sum(present) / len(present) if present else 0.0


def _subject(season: Season) -> str:
    return f"{season.show} S{season.season}"


def _by_key(seasons: Iterable[Season]) -> dict[Key, Season]:
    found: dict[Key, Season] = {}
    for season in seasons:
        found.setdefault((show_key(season.show), season.season), season)
    return found


def _score_field(scores: _Scores, doc: str, pair: tuple[Season, Season], spec: _Field) -> None:
    label, predicted = pair
    wanted, got = spec.get(label), spec.get(predicted)
    kind = "kept" if wanted in NOT_STATED else "stated"
    right = got in NOT_STATED if kind == "kept" else spec.same(wanted, got)
    scores.count(kind, spec.name, right)
    if not right:
        name = spec.name if kind == "stated" else f"{spec.name} (unknown kept)"
        scores.misses.append(Miss(doc, _subject(label), name, _show(wanted), _show(got)))


def _score_release(scores: _Scores, doc: str, pair: tuple[Season, Season], partial: bool) -> None:
    label, predicted = pair
    has_when = label.release.status in ("dated", "released", "window") and _when(label)
    if has_when and (
        _given(label, "release", "date", partial) or _given(label, "release", "window", partial)
    ):
        right = _same_when(label, predicted)
        scores.count("stated", "release date", right)
        if not right:
            wanted, got = _show_when(_when(label)), _show_when(_when(predicted))
            scores.misses.append(Miss(doc, _subject(label), "release date", wanted, got))
    if label.release.status in ("dated", "window") and _given(
        label, "release", "confirmed", partial
    ):
        right = _confirmed(predicted) == label.release.confirmed
        scores.count("stated", "release confirmed", right)
        if not right:
            miss = Miss(
                doc,
                _subject(label),
                "release confirmed",
                _show(label.release.confirmed),
                _show(_confirmed(predicted)),
            )
            scores.misses.append(miss)


def _actors(season: Season, statuses: frozenset[str]) -> dict[str, str]:
    """actor_key -> name of the cast entries with one of ``statuses``."""
    return {actor_key(c.actor): c.actor for c in season.cast if c.status in statuses}


def _score_cast(scores: _Scores, doc: str, pair: tuple[Season, Season]) -> None:
    label, predicted = pair
    for group, statuses in (("returning", RETURNING), ("leaving", LEAVING)):
        wanted, got = _actors(label, statuses), _actors(predicted, statuses)
        hit = wanted.keys() & got.keys()
        scores.cast[group] += Overlap(len(hit), len(got.keys() - hit), len(wanted.keys() - hit))
        name = f"cast {group}"
        for key in sorted(wanted.keys() - hit):
            scores.misses.append(Miss(doc, _subject(label), name, wanted[key], "—"))
        for key in sorted(got.keys() - hit):
            scores.misses.append(Miss(doc, _subject(label), name, "—", got[key]))


def _score_finer(scores: _Scores, doc: str, pair: tuple[Season, Season]) -> None:
    """The finer points: renewal date, production as of, cast character and new."""
    label, predicted = pair
    checks: list[tuple[str, object, object, bool]] = []
    if label.renewal.date is not None:
        wanted, got = label.renewal.date, predicted.renewal.date
        checks.append(("renewal date", wanted, got, wanted == got))
    if label.production.status != "unknown" and label.production.as_of is not None:
        wanted, got = label.production, predicted.production
        checks.append(
            ("production as of", _show_production(wanted), _show_production(got), wanted == got)
        )
    members = {actor_key(c.actor): c for c in predicted.cast}
    for member in label.cast:
        match = members.get(actor_key(member.actor))
        if match is None:
            continue
        if member.character:
            right = _same_character(member.character, match)
            checks.append(("cast character", member.character, match.character, right))
        checks.append(
            (f"cast new ({member.actor})", member.new, match.new, match.new == member.new)
        )
    for name, wanted, got, right in checks:
        scores.count_finer(name.split(" (")[0], right)
        if not right:
            scores.misses.append(Miss(doc, _subject(label), name, _show(wanted), _show(got)))


def _show_production(production: Production) -> str:
    return f"{production.status} as of {_show(production.as_of)}"


def _same_character(wanted: str, member: CastMember) -> bool:
    """The predicted character has the label's words, or some of them."""
    got = _character_words(member.character or "")
    return bool(got) and got <= _character_words(wanted)


def _character_words(name: str) -> frozenset[str]:
    return frozenset(actor_key(word) for word in name.split()) - {""}


def _score_pair(scores: _Scores, doc: str, pair: tuple[Season, Season], partial: bool) -> None:
    """Score every field of one matched (label, prediction) pair."""
    label = pair[0]
    for spec in FIELDS:
        if _given(label, *spec.needs, partial):
            _score_field(scores, doc, pair, spec)
    _score_release(scores, doc, pair, partial)
    if _given(label, "cast", None, partial):
        _score_cast(scores, doc, pair)
    if not partial:
        _score_finer(scores, doc, pair)


def _score_document(scores: _Scores, item: Labelled, predicted: Sequence[Season]) -> None:
    """Match one document's predictions to its labels and score each match."""
    labels, found = _by_key(item.labels), _by_key(predicted)
    matched = labels.keys() & found.keys()
    scores.subjects += Overlap(len(matched), len(found) - len(matched), len(labels) - len(matched))
    for key in sorted(labels.keys() - matched):
        scores.misses.append(Miss(item.doc, _subject(labels[key]), "subject", "present", "—"))
    for key in sorted(found.keys() - matched):
        scores.misses.append(Miss(item.doc, _subject(found[key]), "subject", "—", "present"))
    for key in sorted(matched):
        _score_pair(scores, item.doc, (labels[key], found[key]), item.partial)


def evaluate(
    docs_with_labels: Iterable[Labelled], predictions: Mapping[str, Sequence[Season]]
) -> Report:
    """Score ``predictions`` (document id -> records) against labelled documents.

    A document missing from ``predictions`` predicted nothing. Pure: no I/O.
    """
    scores = _Scores()
    for item in docs_with_labels:
        scores.documents += 1
        _score_document(scores, item, predictions.get(item.doc, ()))
    names = [n for n in MACRO_FIGURES if n in scores.stated_total or n in _STATED]
    return Report(
        documents=scores.documents,
        subjects=scores.subjects,
        stated={n: Tally(scores.stated[n], scores.stated_total[n]) for n in names},
        kept={f.name: Tally(scores.kept[f.name], scores.kept_total[f.name]) for f in FIELDS},
        cast=dict(scores.cast),
        misses=tuple(scores.misses),
        finer={n: Tally(scores.finer[n], t) for n, t in sorted(scores.finer_total.items())},
    )


# -- reading and running ------------------------------------------------------


def _labels_of(doc: Document) -> tuple[SeasonRecord, ...]:
    """The season records under a document's ``labels`` key; BrokenInput if malformed."""
    raw = doc.meta.get("labels")
    if not isinstance(raw, list):
        raise BrokenInput(doc.source or doc.id, 'no "labels" list')
    try:
        return tuple(SeasonRecord.model_validate(label) for label in raw)
    except ValidationError as e:
        reason = f"bad label: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}"
        raise BrokenInput(doc.source or doc.id, reason) from e


def read_labelled(labels: Path) -> list[tuple[Document, Labelled]]:
    """Each document of a labelled JSON Lines file with its labels; InputError if unreadable."""
    pairs = []
    for doc in read_documents([str(labels)]):
        pairs.append((doc, Labelled(doc.id, _labels_of(doc))))
    if not pairs:
        raise BrokenInput(str(labels), "no labelled documents")
    return pairs


def evaluate_file(labels: Path) -> Report:
    """Extract every document of a labelled file and score the records (SPEC: the record)."""
    pairs = read_labelled(labels)
    predictions = {doc.id: extract_document(doc) for doc, _ in pairs}
    return evaluate([item for _, item in pairs], predictions)


def _state_labels(states: Path) -> Iterator[SeasonState]:
    """The partial states of a STATES.jsonl file, one per non-empty line."""
    with states.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, 1):
            if line.strip():
                yield _state_label(line, f"{states}:{lineno}")


def _state_label(line: str, where: str) -> SeasonState:
    try:
        raw: Any = json.loads(line)
        state = dict(raw["state"])
        return SeasonState.model_validate({**state, "show": raw["show"], "season": raw["season"]})
    except (ValueError, KeyError, TypeError) as e:  # ValidationError is a ValueError
        raise BrokenInput(where, f"not a state label ({e})".replace("\n", " ")) from e


def evaluate_states(labels: Path, states: Path, today: dt.date) -> Report:
    """Ingest every labelled document, resolve each season for ``today``, score the states."""
    try:
        wanted = tuple(_state_labels(states))
    except OSError as e:
        raise InputError(str(states), e.strerror or str(e)) from e
    pairs = read_labelled(labels)
    store = open_store(":memory:")
    try:
        store.add_many((doc, extract_document(doc)) for doc, _ in pairs)
        resolved = store.states(today)
    finally:
        store.close()
    report = evaluate([Labelled("states", wanted, partial=True)], {"states": resolved})
    return replace(report, documents=len(pairs))


# -- output -------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _overlap_detail(o: Overlap) -> str:
    return f"P {_pct(o.precision)}  R {_pct(o.recall)}  (tp {o.tp}, fp {o.fp}, fn {o.fn})"


def _tally_detail(t: Tally) -> str:
    return f"{t.correct}/{t.total}"


def _figure_rows(report: Report) -> Iterator[tuple[str, float | None, str]]:
    """(figure, value, detail) rows in MACRO_FIGURES order, then the kept figures."""
    figures = report.figures()
    details = {
        "subjects F1": _overlap_detail(report.subjects),
        "unknown kept": _tally_detail(report.unknown_kept),
        "cast returning F1": _overlap_detail(report.cast["returning"]),
        "cast leaving F1": _overlap_detail(report.cast["leaving"]),
    }
    for name in MACRO_FIGURES:
        yield name, figures[name], details.get(name) or _tally_detail(report.stated[name])
    for name, tally in report.kept.items():
        yield f"  {name}: unknown kept", tally.value, _tally_detail(tally)
    for name, tally in report.finer.items():
        yield f"  {name} (finer point)", tally.value, _tally_detail(tally)


def render_report(report: Report, title: str, misses: bool = False) -> list[Table]:
    """The Rich tables of a report: figures with the macro score, and optionally misses."""
    labels = report.subjects.tp + report.subjects.fn
    heading = f"{title} ({report.documents} documents, {labels} labels)"
    table = Table(title=heading, title_justify="left")
    table.add_column("figure")
    table.add_column("score", justify="right")
    table.add_column("detail")
    for name, value, detail in _figure_rows(report):
        table.add_row(Text(name), _pct(value), Text(detail))
    table.add_row(Text("macro", style="bold"), Text(f"{report.macro:.3f}", style="bold"), "")
    if not misses:
        return [table]
    wrong = Table(title=f"{title}: misses ({len(report.misses)})", title_justify="left")
    for column in ("doc", "subject", "field", "label", "predicted"):
        wrong.add_column(column, overflow="fold")
    for m in report.misses:
        wrong.add_row(*(Text(v) for v in (m.doc, m.subject, m.field, m.label, m.predicted)))
    return [table, wrong]


def eval_command(
    labels: Path, states: Path | None, misses: bool, min_score: float | None, today: dt.date
) -> int:
    """Print the figures of ``labels`` (and ``states``); 1 if a macro score is below ``min_score``.

    Example: knownsofar eval tests/data/eval/dev.jsonl --misses --min 0.9
    """
    reports = [("extraction", evaluate_file(labels))]
    if states is not None:
        reports.append(("states", evaluate_states(labels, states, today)))
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 120  # Rich's default 80 columns would fold the figures
    for title, report in reports:
        for table in render_report(report, title, misses):
            console.print(table)
    below = [(t, r.macro) for t, r in reports if min_score is not None and r.macro < min_score]
    for title, macro in below:
        console.print(Text(f"{title}: macro {macro:.3f} is below --min {min_score:.3f}"))
    return 1 if below else 0
