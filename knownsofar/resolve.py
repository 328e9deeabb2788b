"""Claims + today -> the season's current state and its timeline (SPEC: resolving). Pure.

How the SPEC rules are read here:

- rank: a claim's rank is ``(confirmed, dated, holds_on)``; the highest rank
  wins a field. So a confirmed claim beats an unconfirmed one of any date (rule
  2), among equals the later ``holds_on`` wins (rule 1), and an undated claim
  decides only where no dated claim of the same confirmation speaks (rule 1).
  ``unknown`` never becomes a claim (``claims.py``), so it replaces nothing.
- conflicts (rule 4): only among the claims of the winning rank. Two values
  disagree when a key both give (not None) differs; ``release.text`` and a cast
  member's ``actor`` spelling and ``new`` are not compared. The state takes the
  most detailed value (most non-None keys), then the one whose JSON sorts first.
- stale (rule 3): a winning ``window`` release whose last day is before
  ``today``, or a ``dated`` one whose day is before ``today`` (premiering today
  is not stale). A later ``released`` claim is confirmed, so it wins instead.
- renewal: a winning claim without a day takes the best-ranked claim of the same
  status that gives one (a later article repeating "renewed" is the same news; the
  day it was announced is still known).
- cast (rule 5): merged by ``actor_key``; the status is decided like any field;
  the display name is the spelling most documents use (ties: the longest, then
  alphabetical); the character
  is the best-ranked one given; ``new`` is true if any claim says so.
- plot: the union of sentences (deduplicated by ``plot_key``), ordered by date
  then text; platform and episodes resolve like the status fields.
- history: every value, other than the winner's, that a lower-ranked claim gave
  and that disagrees with the winner; ties of the winning rank go to conflicts.
- order: anything undated sorts before anything dated (sources, history, plot,
  timeline). Nothing depends on the order claims arrive in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from knownsofar.claims import CLAIM_FIELDS, Claim, ClaimValue
from knownsofar.record import (
    CastMember,
    Conflict,
    Evidence,
    HistoryEntry,
    Production,
    Renewal,
    SeasonState,
    Source,
    StateRelease,
    Trailer,
)

__all__ = ["TimelineEntry", "claim_rank", "resolve_season", "timeline"]

Rank = tuple[bool, bool, dt.date]

# Keys that do not make two values disagree (wording, spelling, a side flag).
_NOT_COMPARED = frozenset({"text", "actor", "new"})
_SCALAR_FIELDS = ("platform", "renewal", "release", "production", "trailer", "episodes")
_CAST_ORDER = {"confirmed": 0, "expected": 1, "possible": 2, "not_returning": 3}


@dataclass(frozen=True)
class TimelineEntry:
    """One change of one field's value (``key``: the actor or plot sentence, else "")."""

    date: dt.date | None
    field: str
    key: str
    value: ClaimValue
    doc: str
    quote: str | None
    confirmed: bool
    source: Source | None = None


@dataclass(frozen=True)
class _Decision:
    """The outcome for one field (or one actor): the winner and what it beat."""

    winner: Claim
    conflict: Conflict | None
    superseded: list[Claim] = field(default_factory=list)


def claim_rank(claim: Claim) -> Rank:
    """The rank of a claim: confirmed first, then dated, then later (SPEC rules 1-2)."""
    return (claim.confirmed, claim.holds_on is not None, claim.holds_on or dt.date.min)


def _date_key(day: dt.date | None) -> tuple[bool, dt.date]:
    """Sort key for an optional date: undated first, then by date."""
    return (day is not None, day or dt.date.min)


def _canonical(value: Any) -> str:
    """A value as canonical JSON, for total ordering and equality."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _detail(value: ClaimValue) -> int:
    """How much a value says: its non-None keys (a plain value says one thing)."""
    if isinstance(value, dict):
        return sum(v is not None for k, v in value.items() if k not in _NOT_COMPARED)
    return 1


def _agree(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two values are compatible: no compared key both give differs."""
    if isinstance(a, dict) and isinstance(b, dict):
        shared = (a.keys() & b.keys()) - _NOT_COMPARED
        return all(a[k] == b[k] for k in shared if a[k] is not None and b[k] is not None)
    return a == b


def _total(claim: Claim) -> tuple[Any, ...]:
    """A total order of claims, the last tie-break everywhere (order independence)."""
    return (
        _canonical(claim.value),
        claim.doc,
        claim.quote or "",
        claim.show,
        claim.show_key,
        claim.field,
        claim.key,
        claim.confirmed,
        _date_key(claim.holds_on),
        _date_key(claim.published),
        claim.season,
    )


def _tie_key(claim: Claim) -> tuple[Any, ...]:
    """Among claims of one rank: most detailed, then JSON order, doc, quote, ..."""
    return (-_detail(claim.value), *_total(claim))


def _conflict(field_name: str, tied: list[Claim]) -> Conflict | None:
    """Claims of equal rank that disagree, side by side (SPEC rule 4)."""
    if not any(not _agree(a.value, b.value) for a, b in combinations(tied, 2)):
        return None
    values = {_canonical(c.value): c.value for c in tied}
    return Conflict(
        field=field_name,
        values=[values[k] for k in sorted(values)],
        docs=sorted({c.doc for c in tied}),
    )


def _decide(field_name: str, claims: Sequence[Claim]) -> _Decision:
    """The winning claim of one field (SPEC rules 1, 2, 4)."""
    top = max(claim_rank(c) for c in claims)
    tied = [c for c in claims if claim_rank(c) == top]
    winner = min(tied, key=_tie_key)
    superseded = [c for c in claims if claim_rank(c) != top and not _agree(c.value, winner.value)]
    return _Decision(winner, _conflict(field_name, tied), superseded)


def _dated_renewal(decision: _Decision, claims: Sequence[Claim]) -> _Decision:
    """The renewal decision, its winner replaced by the best claim of the same status
    giving the day when the winner gives none."""
    status = _as_dict(decision.winner.value)["status"]
    dated = [
        c for c in claims if _as_dict(c.value)["status"] == status and _as_dict(c.value)["date"]
    ]
    if _as_dict(decision.winner.value)["date"] or not dated:
        return decision
    best = max(claim_rank(c) for c in dated)
    winner = min((c for c in dated if claim_rank(c) == best), key=_tie_key)
    return _Decision(winner, decision.conflict, decision.superseded)


def _is_stale(release: Mapping[str, Any], today: dt.date) -> bool:
    """Whether a dated or window release's period ended before today (SPEC rule 3)."""
    if release.get("status") == "dated" and release.get("date"):
        return dt.date.fromisoformat(release["date"]) < today
    window = release.get("window")
    if release.get("status") == "window" and window:
        return dt.date.fromisoformat(window[1]) < today
    return False


def _field_values(decisions: Mapping[str, _Decision], today: dt.date) -> dict[str, Any]:
    """The SeasonState keyword arguments of the scalar fields."""
    values: dict[str, Any] = {}
    for name, decision in decisions.items():
        values[name] = decision.winner.value
    if "renewal" in values:
        values["renewal"] = Renewal.model_validate(values["renewal"])
    if "release" in values:
        release = values["release"]
        values["release"] = StateRelease.model_validate(
            release | {"stale": _is_stale(release, today)}
        )
    if "production" in decisions:
        values["production"] = _production(decisions["production"].winner)
    if "trailer" in values:
        values["trailer"] = Trailer.model_validate(values["trailer"])
    return values


def _production(claim: Claim) -> Production:
    """The production state; ``as_of`` falls back to the claim's date (SPEC: production)."""
    production = Production.model_validate(claim.value)
    if production.as_of is None:
        return production.model_copy(update={"as_of": claim.holds_on})
    return production


def _cast_member(decision: _Decision, claims: Sequence[Claim]) -> CastMember:
    """One merged cast entry (SPEC rule 5)."""
    names = Counter(name for _, name in {(c.doc, str(_as_dict(c.value)["actor"])) for c in claims})
    with_character = [c for c in claims if _as_dict(c.value).get("character")]
    character = None
    if with_character:
        top = max(claim_rank(c) for c in with_character)
        character = min(
            str(_as_dict(c.value)["character"]) for c in with_character if claim_rank(c) == top
        )
    return CastMember(
        actor=min(names, key=lambda n: (-names[n], -len(n), n)),
        character=character,
        status=_as_dict(decision.winner.value)["status"],
        new=any(_as_dict(c.value).get("new") for c in claims),
    )


def _as_dict(value: ClaimValue) -> dict[str, Any]:
    """A dict-valued claim's value (cast, renewal, ...)."""
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping value, got {value!r}")
    return value


def _group(claims: Iterable[Claim], by_key: bool = False) -> dict[str, list[Claim]]:
    """Claims grouped by field (or by key, within one field)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.key if by_key else claim.field].append(claim)
    return groups


@dataclass
class _Cast:
    members: list[CastMember]
    decisions: list[_Decision]


def _resolve_cast(claims: Sequence[Claim]) -> _Cast:
    """Cast merged by actor, ordered by status then name."""
    pairs = []
    for _, group in sorted(_group(claims, by_key=True).items()):
        decision = _decide("cast", group)
        pairs.append((_cast_member(decision, group), decision))
    pairs.sort(key=lambda p: (_CAST_ORDER[p[0].status], p[0].actor.casefold(), p[0].actor))
    return _Cast([m for m, _ in pairs], [d for _, d in pairs])


def _resolve_plot(claims: Sequence[Claim]) -> list[Claim]:
    """One claim per distinct sentence (its earliest), ordered by date then text."""

    def order(c: Claim) -> tuple[Any, ...]:
        return (_date_key(c.holds_on), str(c.value), *_total(c))

    firsts = [min(group, key=order) for group in _group(claims, by_key=True).values()]
    return sorted(firsts, key=order)


def _evidence(claim: Claim) -> Evidence | None:
    """The winning claim's quote as evidence, if it has one."""
    if not claim.quote:
        return None
    return Evidence(field=claim.field, quote=claim.quote, doc=claim.doc, published=claim.published)


def _history_order(claim: Claim) -> tuple[Any, ...]:
    """History order: date (undated first), field, doc, value."""
    field_index = CLAIM_FIELDS.index(claim.field)
    return (_date_key(claim.published), field_index, claim.doc, *_total(claim))


def _history(decisions: Iterable[_Decision]) -> list[HistoryEntry]:
    """Superseded values with their sources, deduplicated, in date order."""
    seen: dict[tuple[str, str, str], Claim] = {}
    for decision in decisions:
        for c in sorted(decision.superseded, key=_total):
            seen.setdefault((c.field, _canonical(c.value), c.doc), c)
    ordered = sorted(seen.values(), key=_history_order)
    return [
        HistoryEntry(field=c.field, value=c.value, doc=c.doc, published=c.published, quote=c.quote)
        for c in ordered
    ]


def _sources(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[Source]:
    """Every document used, by date then id (undated first); unknown ids get a bare Source."""
    dates: dict[str, dt.date | None] = {}
    for claim in claims:
        known = [d for d in (dates.get(claim.doc), claim.published) if d is not None]
        dates[claim.doc] = min(known, default=None)
    found = [sources.get(doc) or Source(doc=doc, published=day) for doc, day in dates.items()]
    return sorted(found, key=lambda s: (_date_key(s.published), s.doc))


def _show_name(claims: Sequence[Claim]) -> str:
    """The most frequent display spelling, counted once per document (ties: sorted first)."""
    counts = Counter(show for _, show in {(c.doc, c.show) for c in claims})
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _as_of(claims: Sequence[Claim]) -> dt.date | None:
    """The latest date considered (holds_on or published)."""
    days = [d for c in claims for d in (c.holds_on, c.published) if d is not None]
    return max(days, default=None)


def _identity(claims: Sequence[Claim], show: str | None, season: int | None) -> tuple[str, int]:
    """The show display name and season number of the claims (or the given fallback)."""
    seasons = {c.season for c in claims}
    if len(seasons) > 1:
        raise ValueError(f"claims about several seasons: {sorted(seasons)}")
    if claims:
        return _show_name(claims), seasons.pop()
    if show is None or season is None:
        raise ValueError("no claims, and no show and season given")
    return show, season


def resolve_season(
    claims: Sequence[Claim],
    sources: Mapping[str, Source],
    today: dt.date,
    *,
    show: str | None = None,
    season: int | None = None,
) -> SeasonState:
    """The current state of one season from all its claims (SPEC resolving rules 1-5).

    ``show`` and ``season`` name the season when there are no claims (a season
    named by documents that said nothing about it yet); otherwise they come
    from the claims.
    """
    name, number = _identity(claims, show, season)
    by_field = _group(claims)
    decisions = {f: _decide(f, by_field[f]) for f in _SCALAR_FIELDS if by_field.get(f)}
    if "renewal" in decisions:
        decisions["renewal"] = _dated_renewal(decisions["renewal"], by_field["renewal"])
    cast = _resolve_cast(by_field.get("cast", []))
    plot = _resolve_plot(by_field.get("plot", []))
    all_decisions = [*decisions.values(), *cast.decisions]
    winners = [d.winner for d in all_decisions] + plot
    return SeasonState(
        show=name,
        season=number,
        **_field_values(decisions, today),
        cast=cast.members,
        plot=[str(c.value) for c in plot],
        evidence=[e for e in map(_evidence, winners) if e is not None],
        as_of=_as_of(claims),
        sources=_sources(claims, sources),
        history=_history(all_decisions),
        conflicts=[d.conflict for d in all_decisions if d.conflict is not None],
    )


def _timeline_order(claim: Claim) -> tuple[Any, ...]:
    """Total order of the timeline: date (undated first), field, key, value, doc."""
    field_index = CLAIM_FIELDS.index(claim.field)
    return (_date_key(claim.holds_on), field_index, claim.key, *_total(claim))


def timeline(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[TimelineEntry]:
    """Each field's value changes in date order (for ``knownsofar timeline``).

    A claim is an entry when its value disagrees with the previous claim of the
    same field and key (a repeat, or a value adding detail, is not a change).
    """
    last: dict[tuple[str, str], ClaimValue] = {}
    entries: list[TimelineEntry] = []
    for claim in sorted(claims, key=_timeline_order):
        slot = (claim.field, claim.key)
        if slot not in last or not _agree(last[slot], claim.value):
            entries.append(_timeline_entry(claim, sources))
        last[slot] = claim.value
    return entries


def _timeline_entry(claim: Claim, sources: Mapping[str, Source]) -> TimelineEntry:
    """A claim as a timeline entry, with its source when known."""
    return TimelineEntry(
        date=claim.holds_on,
        field=claim.field,
        key=claim.key,
        value=claim.value,
        doc=claim.doc,
        quote=claim.quote,
        confirmed=claim.confirmed,
        source=sources.get(claim.doc),
    )
