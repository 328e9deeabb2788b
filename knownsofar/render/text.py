"""Terminal views (Rich): the status scorecard, one season in detail, timelines.

Every cell is a ``rich.text.Text`` built from cleaned text, never markup, so
nothing from an article can style the terminal or inject control sequences.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from knownsofar.record import ExtractResult, SeasonRecord, SeasonState, StateRelease
from knownsofar.render.escape import clean_text, site_of
from knownsofar.render.words import (
    CAST_WORDS,
    PRODUCTION_WORDS,
    RENEWAL_WORDS,
    TRAILER_WORDS,
    format_date,
    period_words,
    value_words,
)


class TimelineEntryLike(Protocol):
    """What ``Store.timeline`` yields (store.TimelineEntry)."""

    @property
    def date(self) -> Any: ...
    @property
    def field(self) -> str: ...
    @property
    def value(self) -> Any: ...
    @property
    def doc(self) -> str: ...
    @property
    def quote(self) -> str | None: ...


def _t(value: object, style: str = "") -> Text:
    return Text(clean_text(value), style=style)


def release_cell(release: StateRelease) -> Text:
    """Release in a few characters: date, window, "not announced"; "?" when
    unconfirmed, "stale" when the period passed (SPEC resolving rule 3)."""
    status = release.status
    if status == "released":
        return _t(f"released {release.date.isoformat()}" if release.date else "released", "green")
    if status == "dated" and release.date:
        cell = _t(release.date.isoformat(), "bold")
    elif status == "window":
        words = period_words(release)
        if words.startswith("between") and release.window:
            words = f"{release.window[0].isoformat()}..{release.window[1].isoformat()}"
        cell = _t(words)
    else:
        return _t("not announced" if status == "not_announced" else "-", "dim")
    if not release.confirmed:
        cell.append(" ?", style="yellow")
    if release.stale:
        cell.append(" stale", style="bold red")
    return cell


def _renewal_cell(state: SeasonState | SeasonRecord) -> Text:
    styles = {"cancelled": "red", "renewed": "green", "final": "green", "unknown": "dim"}
    words = RENEWAL_WORDS.get(state.renewal.status, state.renewal.status)
    if state.renewal.status == "final":
        words = "final season"
    return _t(_short(words), styles.get(state.renewal.status, ""))


def _short(words: str) -> str:
    """Table cells say "-" where the record says nothing."""
    return "-" if words == "not reported" else words


def render_status_table(states: Sequence[SeasonState]) -> Table:
    """The scorecard: one row per tracked season."""
    table = Table(box=box.SIMPLE_HEAVY, title="Upcoming seasons", title_justify="left")
    table.add_column("Show", overflow="fold", min_width=12)
    table.add_column("Season", justify="right", min_width=2)
    for name in ("Platform", "Renewal"):
        table.add_column(name, overflow="fold", min_width=7)
    table.add_column("Release", overflow="fold", min_width=10)
    for name in ("Production", "Trailer"):
        table.add_column(name, overflow="fold", min_width=7)
    for name in ("Cast", "Sources", "As of"):
        table.add_column(name, justify="right", min_width=len(name))
    for s in states:
        table.add_row(
            _t(s.show, "bold"),
            _t(s.season),
            _t(s.platform or "-", "" if s.platform else "dim"),
            _renewal_cell(s),
            release_cell(s.release),
            _t(_short(PRODUCTION_WORDS.get(s.production.status, s.production.status))),
            _t(_short(TRAILER_WORDS.get(s.trailer.status, s.trailer.status))),
            _t(len(s.cast)),
            _t(len(s.sources)),
            _t(s.as_of.isoformat() if s.as_of else "undated"),
        )
    return table


def _fields_grid(state: SeasonState) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    renewal = _renewal_cell(state)
    if state.renewal.date:
        renewal.append(f" ({state.renewal.date.isoformat()})")
    production = _t(PRODUCTION_WORDS.get(state.production.status, state.production.status))
    if state.production.as_of:
        production.append(f" as of {state.production.as_of.isoformat()}")
    grid.add_row("Platform", _t(state.platform or "-"))
    grid.add_row("Renewal", renewal)
    grid.add_row("Release", release_cell(state.release))
    grid.add_row("Production", production)
    grid.add_row("Trailer", _t(TRAILER_WORDS.get(state.trailer.status, state.trailer.status)))
    grid.add_row("Episodes", _t(state.episodes or "-"))
    grid.add_row("As of", _t(format_date(state.as_of)))
    for line in state.plot:
        grid.add_row("Story", _t(line))
    for conflict in state.conflicts:
        values = " vs ".join(value_words(conflict.field, v) for v in conflict.values)
        grid.add_row(Text("Conflict", style="bold yellow"), _t(f"{conflict.field}: {values}"))
    return grid


def _cast_table(state: SeasonState) -> Table:
    table = Table("Actor", "Character", "Status", "New", box=box.SIMPLE, title="Cast")
    for member in state.cast:
        table.add_row(
            _t(member.actor),
            _t(member.character or "-"),
            _t(CAST_WORDS.get(member.status, member.status)),
            _t("new" if member.new else ""),
        )
    return table


def _sources_table(state: SeasonState) -> Table:
    table = Table("Date", "Title", "Site", box=box.SIMPLE, title="Sources")
    for source in sorted(state.sources, key=lambda s: (s.published is None, str(s.published))):
        date = source.published.isoformat() if source.published else "undated"
        table.add_row(_t(date), _t(source.title or source.doc), _t(site_of(source.url) or "-"))
    return table


def render_state_detail(state: SeasonState) -> RenderableType:
    """One season in detail: its fields, cast and sources."""
    parts: list[RenderableType] = [_fields_grid(state)]
    if state.cast:
        parts.append(_cast_table(state))
    if state.sources:
        parts.append(_sources_table(state))
    title = _t(f"{state.show} — season {state.season}", "bold")
    return Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED, expand=False)


def render_timeline_table(entries: Iterable[TimelineEntryLike]) -> Table:
    """What was claimed about a season, when and where, oldest first."""
    table = Table("Date", "Field", "Value", "Source", "Quote", box=box.SIMPLE_HEAVY)
    for entry in entries:
        value = value_words(entry.field, entry.value)
        if getattr(entry, "confirmed", True) is False and "(unconfirmed)" not in value:
            value += " (unconfirmed)"
        table.add_row(
            _t(entry.date.isoformat() if entry.date else "undated"),
            _t(entry.field),
            _t(value),
            _t(entry.doc, "cyan"),
            _t(entry.quote or "", "italic"),
        )
    return table


def render_timeline_text(entries: Iterable[TimelineEntryLike], width: int = 120) -> str:
    """The timeline table as plain text (no colours)."""
    return to_plain(render_timeline_table(entries), width)


def _record_line(record: SeasonRecord) -> Text:
    line = Text("  ")
    line.append_text(_t(f"{record.show} season {record.season}", "bold"))
    line.append(": renewal ")
    line.append_text(_renewal_cell(record))
    line.append(", release ")
    line.append_text(release_cell(StateRelease(**record.release.model_dump())))
    line.append(f", production {PRODUCTION_WORDS[record.production.status]}")
    line.append(f", trailer {TRAILER_WORDS[record.trailer.status]}, cast {len(record.cast)}")
    return line


def render_extract_summary(result: ExtractResult) -> RenderableType:
    """One document's extraction for people: its title and a line per record."""
    doc = result.doc
    head = _t(doc.id, "cyan")
    head.append("  ")
    head.append_text(_t(f"{doc.title or ''} ({format_date(doc.published)})"))
    lines = [head] + [_record_line(r) for r in result.records]
    if not result.records:
        lines.append(Text("  no season records", style="dim"))
    return Group(*lines)


def to_plain(renderable: RenderableType, width: int = 100) -> str:
    """A renderable as plain text, for tests and non-terminal output."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(renderable)
    return buffer.getvalue()
