"""The knownsofar command line (SPEC: command line): flags -> Settings -> library -> output.

Results go to stdout (Rich tables for people, ``--json`` for machines);
progress, logs and errors go to stderr. Every error is one line,
``knownsofar: <input>: <reason>``; ``--debug`` shows the traceback instead.

Each command imports the stages it runs when it runs (documents, extract, store,
render, progress bars, pydantic models, trafilatura, httpx...): ``knownsofar --help``
and a command's ``--help`` load Typer and Rich only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from knownsofar.config import DB_ENVVAR, DEFAULT_EVERY, Settings
from knownsofar.errors import InputError, KnownsofarError, NotFound
from knownsofar.render.escape import clean_text
from knownsofar.render.formats import ChangeFormat

if TYPE_CHECKING:
    from knownsofar.documents import Document
    from knownsofar.record import DocMeta, SeasonRecord, SeasonState
    from knownsofar.render.progress import Meter
    from knownsofar.store import IngestStats, Store

log = logging.getLogger(__name__)


def extract_document(doc: Document) -> list[SeasonRecord]:
    """``knownsofar.extract.extract_document``, imported on the first document."""
    from knownsofar.extract import extract_document as extract

    return extract(doc)


class _Group(TyperGroup):
    """Turns every error of a command into one line on stderr (unless --debug)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            framework = type(exc).__module__.split(".")[0] in ("typer", "click")
            if framework or ctx.params.get("debug"):
                raise
            _fail(exc)


def _fail(exc: Exception) -> None:
    if isinstance(exc, KnownsofarError):
        message, code = str(exc), exc.exit_code
    else:
        message, code = f"internal error: {type(exc).__name__}: {exc} (--debug shows more)", 1
    _say(f"knownsofar: {message}")
    raise typer.Exit(code)


def _say(line: str, console: Console | None = None) -> None:
    """One line on stderr, whatever its length, with no markup or control characters."""
    (console or Console(stderr=True)).print(Text(clean_text(line)), soft_wrap=True, highlight=False)


app = typer.Typer(
    cls=_Group,
    name="knownsofar",
    help="A live, sourced record of upcoming TV seasons, from the news.",
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=False,
)


def _parse_day(value: str) -> dt.date:
    from knownsofar import dates

    day = dates.parse_iso_date(value) if isinstance(value, str) else value
    if day is None:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD")
    return day


class ArticleFormat(StrEnum):
    md = "md"
    html = "html"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=DB_ENVVAR,
        metavar="PATH|URL",
        help="SQLite database file, or a postgresql:// URL "
        "[default: knownsofar.db in the user data directory].",
    ),
]
TodayOption = Annotated[
    dt.date | None,
    typer.Option(
        "--today",
        parser=_parse_day,
        metavar="YYYY-MM-DD",
        help="Judge stale predictions against this day [default: today].",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
SeasonOption = Annotated[
    int | None,
    typer.Option("--season", "-s", min=0, help="Season number [default: the latest known]."),
]
ShowArgument = Annotated[str, typer.Argument(help="Show title, or a unique prefix of it.")]
InputsArgument = Annotated[
    list[str],
    typer.Argument(help="Files, directories (.txt .md .html .jsonl), feeds or feed URLs."),
]


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logs.")] = 0,
) -> None:
    """knownsofar: a live, sourced record of upcoming TV seasons, from the news."""
    _configure_logging(verbose + 2 * debug)


def _configure_logging(verbosity: int) -> None:
    from rich.logging import RichHandler

    logger = logging.getLogger("knownsofar")
    logger.setLevel(max(logging.DEBUG, logging.WARNING - 10 * verbosity))
    if not any(h.get_name() == "knownsofar-cli" for h in logger.handlers):
        handler = RichHandler(console=Console(stderr=True), show_path=False)
        handler.set_name("knownsofar-cli")
        logger.addHandler(handler)


class _InputErrors:
    """The ``on_error`` of read_documents: one line per bad input; the others go on."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        _say(f"knownsofar: {error.input}: {error.reason}", self.console)

    def check(self, documents: int) -> None:
        """Exit 1 when nothing could be read (SPEC: bad input)."""
        if documents == 0:
            if self.count == 0:
                _say("knownsofar: no documents found in the inputs", self.console)
            raise typer.Exit(1)


def _stdout() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 140  # Rich's default 80 columns would fold the scorecard
    return console


def _doc_meta(doc: Document) -> DocMeta:
    from knownsofar.record import DocMeta

    return DocMeta(id=doc.id, url=doc.url, title=doc.title, published=doc.published)


def _ingest(settings: Settings, inputs: list[str], errors: _InputErrors) -> IngestStats:
    from knownsofar.documents import read_documents
    from knownsofar.render.progress import track_progress
    from knownsofar.store import open_store

    with track_progress(inputs, errors.console) as meter:
        read = read_documents(inputs, on_error=errors, on_bytes=meter.on_bytes)
        with open_store(settings.db_path) as store:
            return store.add_many(
                _extracted(meter.documents(read), store, errors), settings.batch_size
            )


def _extracted(
    docs: Iterable[Document], store: Store, errors: _InputErrors
) -> Iterator[tuple[Document, list[SeasonRecord]]]:
    """Each document with its records; one already stored is not extracted again, and one
    the extractor fails on is reported in one line while the others go on."""
    for doc in docs:
        if store.is_stored(doc):
            yield doc, []
            continue
        try:
            records = extract_document(doc)
        except Exception as exc:  # an extractor bug must not cost the rest of the corpus
            log.exception("extracting %s failed", doc.id)
            errors(InputError(doc.source or doc.id, f"could not be extracted ({exc})"))
            continue
        yield doc, records


@contextmanager
def _opened(settings: Settings) -> Iterator[Store]:
    from knownsofar.store import database_exists, describe, open_store

    if not database_exists(settings.db_path):
        where = describe(settings.db_path)
        raise NotFound(f"{where}: no database yet (run `knownsofar ingest` first)")
    with open_store(settings.db_path) as store:
        yield store


def _find_state(store: Store, show: str, season: int | None, today: dt.date) -> SeasonState:
    key = store.find_show(show)
    return store.state(key, season if season is not None else store.latest_season(key), today)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KnownsofarError(f"{out}: {exc.strerror or exc}") from exc
    _say(f"knownsofar: wrote {out}")


def _states_json(states: list[SeasonState]) -> str:
    return json.dumps([s.model_dump(mode="json") for s in states], indent=2, ensure_ascii=False)


@app.command()
def extract(inputs: InputsArgument, as_json: JsonOption = False) -> None:
    """Print the season records found in each document.

    Example: knownsofar extract news/ --json > records.jsonl
    """
    from knownsofar.documents import read_documents
    from knownsofar.record import ExtractResult
    from knownsofar.render import render_extract_summary
    from knownsofar.render.progress import track_progress

    out, errors = _stdout(), _InputErrors(Console(stderr=True))
    with track_progress(inputs, errors.console) as meter:
        read = read_documents(inputs, on_error=errors, on_bytes=meter.on_bytes)
        for doc in meter.documents(read):
            result = ExtractResult(doc=_doc_meta(doc), records=extract_document(doc))
            if as_json:
                typer.echo(result.model_dump_json())
            else:
                out.print(render_extract_summary(result))
    errors.check(meter.count)


@app.command()
def ingest(inputs: InputsArgument, db: DbOption = None) -> None:
    """Store documents and their claims; ingesting the same document twice changes nothing.

    Example: knownsofar ingest news/ more.jsonl --db seasons.db
    """
    from knownsofar.store import describe

    settings, errors = Settings.from_options(db), _InputErrors(Console(stderr=True))
    stats = _ingest(settings, inputs, errors)
    typer.echo(
        f"{stats.documents_seen} documents read: {stats.documents_added} new, "
        f"{stats.documents_unchanged} unchanged, {stats.claims_added} claims added "
        f"({describe(settings.db_path)})"
    )
    errors.check(stats.documents_seen)


def _parse_size(value: str) -> int:
    """``64MB``, ``512KB``, ``1GB`` or bytes (KB = 1,024 bytes)."""
    text = str(value).strip().upper().removesuffix("B")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        size = int(float(number) * scale)
    except ValueError:
        size = 0
    if size < 1:
        raise typer.BadParameter(f"{value!r} is not a size; expected e.g. 64MB, 512KB")
    return size


class _BatchReporter:
    """A batch's errors, one line each; finished partitions advance the progress bar."""

    def __init__(self, errors: _InputErrors, meter: Meter) -> None:
        self.error, self.meter = errors, meter

    def piece(self, documents: int, size: int) -> None:
        self.meter.add(documents, size)


@app.command()
def batch(  # noqa: PLR0913 (one parameter per flag of the SPEC command)
    inputs: InputsArgument,
    out: Annotated[
        Path,
        typer.Option("--out", "-o", file_okay=False, help="Directory for the Parquet partitions."),
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of a running Dask scheduler (default: start a local cluster)."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes of the local cluster (default: one per core)."),
    ] = None,
    partition_size: Annotated[
        int | None,
        typer.Option(
            parser=_parse_size,
            metavar="SIZE",
            help="Input per partition, e.g. 8MB (default: up to 48 a worker, of 2MB or more).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Extract a large corpus in parallel on Dask, write Parquet partitions, store the claims.

    The inputs are cut into partitions (big JSON Lines files by lines); each worker process
    extracts one partition into OUT/records/part-NNNNN.parquet (one row per document, its
    records as `extract --json` gives them); the partitions are then stored in input order,
    as `ingest` would. Documents that fail are reported and listed in OUT/errors/.
    Needs the \\[batch] extra: pip install 'knownsofar\\[batch]'.

    Examples:

      knownsofar batch corpus.jsonl --out out/            (local cluster, one worker per core)

      knownsofar batch news/ --out /shared/out --scheduler tcp://10.0.0.5:8786
    """
    from knownsofar.batch import BatchOptions, run_batch
    from knownsofar.render.progress import track_progress
    from knownsofar.store import describe, open_store

    if scheduler is not None and workers is not None:
        raise typer.BadParameter("--workers sizes the local cluster; not with --scheduler")
    settings, errors = Settings.from_options(db), _InputErrors(Console(stderr=True))
    options = BatchOptions(scheduler, workers, partition_size, batch_size=settings.batch_size)
    with track_progress(inputs, errors.console) as meter, open_store(settings.db_path) as store:
        report = run_batch(inputs, out, store, options, _BatchReporter(errors, meter))
    stats = report.stored
    typer.echo(
        f"{report.documents} documents extracted into {report.partitions} partitions in {out}"
        f" ({report.errors} errors): {stats.documents_added} new, "
        f"{stats.documents_unchanged} unchanged, {stats.claims_added} claims added "
        f"({describe(settings.db_path)})"
    )
    errors.check(report.documents)


@app.command()
def status(
    show: Annotated[str | None, typer.Argument(help="Show title or prefix [default: all].")] = None,
    season: SeasonOption = None,
    as_json: JsonOption = False,
    today: TodayOption = None,
    db: DbOption = None,
) -> None:
    """Show one season's current state, or the scorecard of every season.

    Example: knownsofar status "lantern keepers" --season 2 --json
    """
    from knownsofar import dates
    from knownsofar.render import render_state_detail, render_status_table

    day = today or dates.today()
    with _opened(Settings.from_options(db)) as store:
        if show is None:
            states = [s for s in store.states(day) if season in (None, s.season)]
            _print(_states_json(states) if as_json else render_status_table(states))
            return
        state = _find_state(store, show, season, day)
    _print(state.model_dump_json(indent=2) if as_json else render_state_detail(state))


def _print(result: Any) -> None:
    if isinstance(result, str):
        typer.echo(result)
    else:
        _stdout().print(result)


@app.command()
def article(  # noqa: PLR0913 (one parameter per flag of the SPEC command)
    show: ShowArgument,
    season: SeasonOption = None,
    fmt: Annotated[ArticleFormat, typer.Option("--format", "-f", help="md or html.")] = (
        ArticleFormat.md
    ),
    today: TodayOption = None,
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", dir_okay=False)] = None,
) -> None:
    """Write the live "everything we know so far" article, every statement cited.

    Example: knownsofar article "lantern keepers" --format html --out lantern-2.html
    """
    from knownsofar import dates
    from knownsofar.render import render_article_html, render_article_md

    day = today or dates.today()
    with _opened(Settings.from_options(db)) as store:
        state = _find_state(store, show, season, day)
    render = render_article_md if fmt is ArticleFormat.md else render_article_html
    _write(render(state, day), out)


def _entry_json(entry: Any) -> dict[str, Any]:
    from pydantic_core import to_jsonable_python

    keys = ("date", "field", "key", "value", "confirmed", "doc", "quote")
    found = {k: getattr(entry, k) for k in keys if hasattr(entry, k)}
    return dict(to_jsonable_python(found))


@app.command()
def timeline(
    show: ShowArgument,
    season: SeasonOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show what was reported about a season, and when, oldest first.

    Example: knownsofar timeline "lantern keepers" --season 2
    """
    from knownsofar.render import render_timeline_table

    with _opened(Settings.from_options(db)) as store:
        key = store.find_show(show)
        entries = store.timeline(key, season if season is not None else store.latest_season(key))
    if as_json:
        typer.echo(json.dumps([_entry_json(e) for e in entries], indent=2, ensure_ascii=False))
    else:
        _print(render_timeline_table(entries))


@contextmanager
def _demo_settings(db: str | None) -> Iterator[Settings]:
    if db is not None:
        yield Settings.from_options(db)
        return
    with tempfile.TemporaryDirectory(prefix="knownsofar-demo-") as tmp:
        yield Settings(db_path=Path(tmp) / "demo.db")


def _demo_pick(states: list[SeasonState]) -> SeasonState:
    """The season with the most sources: the richest article to show."""
    return max(states, key=lambda s: (len(s.sources), len(s.evidence), s.show))


@app.command()
def demo(db: DbOption = None, today: TodayOption = None) -> None:
    """Ingest the bundled sample news, print the scorecard and one article.

    Example: knownsofar demo   (a scratch database; --db keeps it)
    """
    from knownsofar import dates
    from knownsofar.render import render_article_md, render_status_table
    from knownsofar.store import open_store

    day, errors = today or dates.today(), _InputErrors(Console(stderr=True))
    samples = resources.files("knownsofar") / "samples"
    with _demo_settings(db) as settings, resources.as_file(samples) as folder:
        _ingest(settings, [str(folder)], errors)
        with open_store(settings.db_path) as store:
            states = store.states(day)
    _print(render_status_table(states))
    if states:
        typer.echo(render_article_md(_demo_pick(states), day))


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    db: DbOption = None,
    today: TodayOption = None,
) -> None:
    """Serve the scorecard, live articles, JSON API and Atom feed (loopback by default).

    Example: knownsofar serve --port 8000   (writes: set KNOWNSOFAR_TOKEN)
    """
    from knownsofar.serve import serve_command

    serve_command(Settings.from_options(db).db_path, host=host, port=port, today=today)


@app.command()
def changes(
    since: Annotated[
        dt.date | None,
        typer.Option(
            "--since",
            parser=_parse_day,
            metavar="YYYY-MM-DD",
            help="Only changes recorded on or after this day.",
        ),
    ] = None,
    fmt: Annotated[
        ChangeFormat, typer.Option("--format", "-f", help="text, json or atom.")
    ] = ChangeFormat.text,
    today: TodayOption = None,
    db: DbOption = None,
) -> None:
    """List what changed in the seasons' states (field, old -> new, source), oldest first.

    Example: knownsofar changes --since 2026-01-01 --format atom > changes.atom
    """
    from knownsofar.changes import changes_command

    typer.echo(changes_command(Settings.from_options(db).db_path, since, fmt, today), nl=False)


@app.command()
def watch(  # noqa: PLR0913 (one parameter per flag of the SPEC command)
    feeds: Annotated[
        list[str] | None, typer.Argument(help="RSS/Atom feed URLs (http or https).")
    ] = None,
    every: Annotated[
        float, typer.Option("--every", min=1, help="Seconds between cycles.")
    ] = DEFAULT_EVERY,
    once: Annotated[bool, typer.Option("--once", help="One cycle, then exit (cron).")] = False,
    min_interval: Annotated[
        float, typer.Option("--min-interval", min=0, help="Seconds between requests to a host.")
    ] = 1.0,
    feeds_file: Annotated[
        Path | None,
        typer.Option("--feeds-file", dir_okay=False, help="Feed URLs, one per line (# comments)."),
    ] = None,
    webhook: Annotated[
        list[str] | None, typer.Option("--webhook", help="POST changes as JSON here (repeatable).")
    ] = None,
    notify_command: Annotated[
        str | None, typer.Option("--notify-command", help="Run with the changes' JSON on stdin.")
    ] = None,
    today: TodayOption = None,
    db: DbOption = None,
) -> None:
    """Poll news feeds, ingest new articles, record and announce what changed.

    Example: knownsofar watch https://news.example/tv.rss --every 900 --webhook https://hooks.example/k
    """
    from knownsofar.watch import WatchOptions, watch_command

    options = WatchOptions(
        every=every,
        once=once,
        min_interval=min_interval,
        feeds_file=feeds_file,
        webhooks=tuple(webhook or ()),
        notify_command=notify_command,
        today=today,
    )
    raise typer.Exit(watch_command(Settings.from_options(db).db_path, feeds or [], options))


@app.command("eval")
def evaluate(
    labels: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, help="Labelled documents (.jsonl)."),
    ],
    states: Annotated[
        Path | None,
        typer.Option("--states", exists=True, dir_okay=False, help="Expected states (.jsonl)."),
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List every wrong field.")] = False,
    min_score: Annotated[
        float | None,
        typer.Option("--min", min=0.0, max=1.0, help="Exit 1 if a macro score is below this."),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Score extraction (with --states: resolved states) against hand-made SPEC labels.

    Example: knownsofar eval tests/data/eval/dev.jsonl --misses --min 0.9
    """
    from knownsofar import dates
    from knownsofar.evaluate import eval_command

    raise typer.Exit(eval_command(labels, states, misses, min_score, today or dates.today()))


def main() -> None:
    """The ``knownsofar`` console script."""
    app()
