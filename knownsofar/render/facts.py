"""A season state as an article: sections of plain-text statements with citations.

The templates in ``templates/`` only lay this out and escape it; every wording
decision is made here, once, for Markdown and HTML alike.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from knownsofar.record import CastMember, Evidence, SeasonState, Source
from knownsofar.render.escape import clean_text, safe_url, site_of
from knownsofar.render.words import format_date, period_words, value_words


@dataclass(frozen=True)
class Cite:
    n: int
    url: str | None
    quote: str | None


@dataclass(frozen=True)
class Statement:
    """One sentence of the article. ``sourced=False`` marks a sentence saying that
    nothing has been reported, which no source can back."""

    text: str
    cites: tuple[Cite, ...] = ()
    flags: tuple[str, ...] = ()
    sourced: bool = True


@dataclass(frozen=True)
class Group:
    title: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    statements: tuple[Statement, ...] = ()
    groups: tuple[Group, ...] = ()


@dataclass(frozen=True)
class ConflictRow:
    field: str
    sides: tuple[Statement, ...]


@dataclass(frozen=True)
class SourceRef:
    n: int
    doc: str
    title: str
    site: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Article:
    title: str
    show: str
    season: int
    last_updated: dt.date | None
    today: dt.date
    lede: tuple[Statement, ...]
    sections: tuple[Section, ...]
    conflicts: tuple[ConflictRow, ...]
    sources: tuple[SourceRef, ...]

    def statements(self) -> Iterator[Statement]:
        """Every statement of the article, in reading order."""
        yield from self.lede
        for section in self.sections:
            yield from section.statements
            for group in section.groups:
                yield from group.statements
        for row in self.conflicts:
            yield from row.sides


def match_key(text: str) -> str:
    """Case-, accent- and hyphen-insensitive form of a name or sentence."""
    decomposed = unicodedata.normalize("NFKD", clean_text(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("\u2010", " ").split())


def _source_order(source: Source) -> tuple[bool, dt.date, str]:
    return (source.published is None, source.published or dt.date.min, source.doc)


def number_sources(state: SeasonState) -> dict[str, SourceRef]:
    """Every document the state cites, numbered oldest first (undated last)."""
    sources = {s.doc: s for s in state.sources}
    for ev in state.evidence:
        sources.setdefault(ev.doc, Source(doc=ev.doc, published=ev.published))
    for conflict in state.conflicts:
        for doc in conflict.docs:
            sources.setdefault(doc, Source(doc=doc))
    ordered = sorted(sources.values(), key=_source_order)
    return {
        s.doc: SourceRef(
            n=i,
            doc=s.doc,
            title=clean_text(s.title or s.doc),
            site=site_of(s.url),
            url=safe_url(s.url),
            published=s.published,
        )
        for i, s in enumerate(ordered, start=1)
    }


class Citer:
    """Finds the sources behind the current value of a field."""

    def __init__(self, state: SeasonState) -> None:
        self.refs = number_sources(state)
        self._evidence = state.evidence
        self._superseded = {(h.field, h.doc, h.quote) for h in state.history}

    def cite(self, field: str, match: str | None = None) -> tuple[Cite, ...]:
        """Citations for a field, narrowed to evidence mentioning ``match`` if any does."""
        found = [e for e in self._evidence if e.field == field]
        current = [e for e in found if (e.field, e.doc, e.quote) not in self._superseded]
        current = current or found
        if match:
            key = match_key(match)
            narrowed = [e for e in current if _mentions(key, match_key(e.quote))]
            current = narrowed or current
        return self._cites(current)

    def cite_docs(self, docs: Iterable[str]) -> tuple[Cite, ...]:
        return self._cites([Evidence(field="", quote="", doc=d) for d in docs])

    def _cites(self, evidence: list[Evidence]) -> tuple[Cite, ...]:
        by_doc: dict[str, Cite] = {}
        for ev in evidence:
            ref = self.refs.get(ev.doc)
            if ref is not None and ev.doc not in by_doc:
                by_doc[ev.doc] = Cite(ref.n, ref.url, clean_text(ev.quote) or None)
        return tuple(sorted(by_doc.values(), key=lambda c: c.n))


def _mentions(key: str, quote_key: str) -> bool:
    return bool(key) and (key in quote_key or quote_key in key)


def build_article(state: SeasonState, today: dt.date) -> Article:
    """The article for a resolved state (SPEC: the record; resolving rule 3 for stale)."""
    citer = Citer(state)
    show, n = clean_text(state.show), state.season
    return Article(
        title=f"{show} Season {n}: everything we know so far",
        show=show,
        season=n,
        last_updated=state.as_of,
        today=today,
        lede=_lede(state, citer),
        sections=(
            Section("renewal", f"Has {show} been renewed for season {n}?", _renewal(state, citer)),
            Section("release", f"When is {show} season {n} coming out?", _release(state, citer)),
            Section("production", "Production", _production(state, citer)),
            Section("cast", f"Who is in season {n}?", *_cast(state, citer)),
            Section("story", f"What will happen in season {n}?", _story(state, citer)),
            Section("trailer", f"Is there a trailer for season {n}?", _trailer(state, citer)),
        ),
        conflicts=_conflicts(state, citer),
        sources=tuple(sorted(citer.refs.values(), key=lambda r: r.n)),
    )


def _lede(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    count = len(citer.refs)
    plural = "source" if count == 1 else "sources"
    intro = Statement(
        f"Everything reported so far about season {state.season} of {clean_text(state.show)}, "
        f"from {count} {plural}.",
        sourced=False,
    )
    if not state.platform:
        return (intro,)
    platform = clean_text(state.platform)
    return intro, Statement(f"The show is on {platform}.", citer.cite("platform"))


def _renewal(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    show, n, renewal = clean_text(state.show), state.season, state.renewal
    when = f" (announced {format_date(renewal.date)})" if renewal.date else ""
    texts = {
        "renewed": f"Yes. {show} has been renewed for season {n}{when}.",
        "final": f"Yes, and it will be the last: season {n} is the final season{when}.",
        "cancelled": f"No. {show} has been cancelled and season {n} will not be made{when}.",
        "pending": f"Not yet. No decision on season {n} has been announced.",
    }
    if renewal.status not in texts:
        return (Statement(f"No source says yet whether season {n} was ordered.", sourced=False),)
    return (Statement(texts[renewal.status], citer.cite("renewal")),)


def _release(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    statements = [_release_date(state, citer)]
    if state.episodes:
        noun = "episode" if state.episodes == 1 else "episodes"
        text = f"Season {state.season} has {state.episodes} {noun}."
        statements.append(Statement(text, citer.cite("episodes")))
    return tuple(statements)


def _release_date(state: SeasonState, citer: Citer) -> Statement:
    release, n, cites = state.release, state.season, citer.cite("release")
    guess = () if release.confirmed else ("speculation",)
    if release.status == "released":
        when = f" on {format_date(release.date)}" if release.date else ""
        return Statement(f"Season {n} premiered{when}.", cites)
    if release.status == "dated" and release.date:
        day = format_date(release.date)
        if release.stale:
            text = f"Season {n} was set for {day} — that date has passed without a release."
            return Statement(text, cites, ("expired", *guess))
        if release.confirmed:
            return Statement(f"Season {n} premieres on {day}.", cites)
        return Statement(f"An unconfirmed report puts the premiere on {day}.", cites, guess)
    if release.status == "window":
        return _release_window(state, cites, guess)
    if release.status == "not_announced":
        return Statement(f"There is no release date for season {n} yet.", cites)
    return Statement("No release date or window has been reported yet.", sourced=False)


def _release_window(
    state: SeasonState, cites: tuple[Cite, ...], guess: tuple[str, ...]
) -> Statement:
    period, n = period_words(state.release), state.season
    within = period if period.startswith("between") else f"in {period}"
    if state.release.stale:
        verb = "was scheduled" if state.release.confirmed else "was predicted"
        text = f"Season {n} {verb} for {period} — that window has passed without a release."
        return Statement(text, cites, ("expired", *guess))
    if state.release.confirmed:
        return Statement(f"Season {n} is set to arrive {within}.", cites)
    return Statement(f"Season {n} could arrive {within}, but that is not confirmed.", cites, guess)


def _production(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    production = state.production
    as_of = f" as of {format_date(production.as_of)}" if production.as_of else ""
    texts = {
        "not_started": f"Filming had not started{as_of}.",
        "filming": f"Filming was under way{as_of}.",
        "wrapped": f"Filming had wrapped{as_of}.",
    }
    if production.status not in texts:
        return (Statement("No filming news has been reported yet.", sourced=False),)
    return (Statement(texts[production.status], citer.cite("production")),)


def _cast_text(member: CastMember) -> str:
    actor = clean_text(member.actor)
    role = f" as {clean_text(member.character)}" if member.character else ""
    if member.status == "not_returning":
        return f"{actor} will not return{role}."
    if member.status == "possible":
        return f"{actor} could {'join the cast' if member.new else 'return'}{role}."
    if member.new:
        verb = "joins the cast" if member.status == "confirmed" else "is expected to join the cast"
        return f"{actor} {verb}{role}."
    verb = "returns" if member.status == "confirmed" else "is expected back"
    return f"{actor} {verb}{role}."


def _cast(state: SeasonState, citer: Citer) -> tuple[tuple[Statement, ...], tuple[Group, ...]]:
    if not state.cast:
        return (Statement("No casting news has been reported yet.", sourced=False),), ()
    kinds = {
        "Returning": lambda c: not c.new and c.status in ("confirmed", "expected"),
        "New": lambda c: c.new and c.status in ("confirmed", "expected"),
        "Leaving": lambda c: c.status == "not_returning",
        "Possible": lambda c: c.status == "possible",
    }
    groups = []
    for title, belongs in kinds.items():
        members = [c for c in state.cast if belongs(c)]
        statements = tuple(Statement(_cast_text(c), citer.cite("cast", c.actor)) for c in members)
        if statements:
            groups.append(Group(title, statements))
    return (), tuple(groups)


def _story(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    sentences = [clean_text(s) for s in state.plot if clean_text(s)]
    if not sentences:
        return (Statement("No story details have been released yet.", sourced=False),)
    return tuple(Statement(s, citer.cite("plot", s)) for s in sentences)


def _trailer(state: SeasonState, citer: Citer) -> tuple[Statement, ...]:
    n = state.season
    texts = {
        "none": "There is no trailer or footage yet.",
        "announcement": "So far there is only an announcement (a video, poster or date reveal), "
        "with no footage of the season.",
        "teaser": f"A teaser or first look at season {n} is out.",
        "trailer": f"The official trailer for season {n} is out.",
    }
    if state.trailer.status not in texts:
        return (Statement("No trailer has been reported yet.", sourced=False),)
    return (Statement(texts[state.trailer.status], citer.cite("trailer")),)


def _conflicts(state: SeasonState, citer: Citer) -> tuple[ConflictRow, ...]:
    rows = []
    for conflict in state.conflicts:
        paired = len(conflict.docs) == len(conflict.values)
        sides = tuple(
            Statement(
                clean_text(value_words(conflict.field, value)),
                citer.cite_docs([conflict.docs[i]] if paired else conflict.docs),
            )
            for i, value in enumerate(conflict.values)
        )
        rows.append(ConflictRow(conflict.field.replace("_", " ").capitalize(), sides))
    return tuple(rows)
