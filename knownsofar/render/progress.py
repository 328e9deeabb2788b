"""Progress bars on stderr (STYLE: stdout carries results): documents, documents per
second and, from the bytes of the inputs read so far, an honest ETA for streamed input."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskProgressColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from knownsofar.documents import Document, measure_inputs

__all__ = ["Meter", "track_progress"]


class _DocumentsColumn(ProgressColumn):
    """Documents so far and documents per second (the bar and ETA follow input bytes)."""

    def render(self, task: Task) -> Text:
        docs, elapsed = int(task.fields.get("docs", 0)), task.elapsed or 0.0
        rate = docs / elapsed if elapsed > 0 else 0.0
        return Text(f"{docs:,} documents {rate:,.1f} docs/s", style="cyan")


class Meter:
    """A progress bar's task: ``on_bytes`` for read_documents, ``documents`` to count."""

    def __init__(self, bar: Progress, shown: bool) -> None:
        self.bar, self.shown = bar, shown
        self.task = bar.add_task("documents", total=None, docs=0)
        self.count = 0
        self.on_bytes: Callable[[int], None] | None = self._advance if shown else None

    def _advance(self, count: int) -> None:
        self.bar.advance(self.task, count)

    def add(self, documents: int, size: int) -> None:
        """Count ``documents`` read from ``size`` bytes of input (a batch partition)."""
        self.count += documents
        if self.shown:
            self.bar.update(self.task, advance=size, docs=self.count)

    def documents(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents, counted (and shown on the bar)."""
        for doc in docs:
            yield doc
            self.count += 1
            if self.shown:
                self.bar.update(self.task, docs=self.count)


@contextmanager
def track_progress(inputs: list[str], console: Console) -> Iterator[Meter]:
    """A progress bar on stderr when it is a terminal: documents, docs/s and, from the bytes
    of the inputs read so far, an ETA; quiet in pipes and tests. Results printed to stdout
    meanwhile go above the bar when stdout is the terminal too, else untouched."""
    shown = console.is_terminal
    columns = (
        SpinnerColumn(),
        _DocumentsColumn(),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
    )
    redirect = shown and sys.stdout.isatty()
    with Progress(
        *columns,
        console=console,
        transient=True,
        disable=not shown,
        redirect_stdout=redirect,
        redirect_stderr=shown,
    ) as bar:
        meter = Meter(bar, shown)
        if shown:
            bar.update(meter.task, total=measure_inputs(inputs))
        yield meter
