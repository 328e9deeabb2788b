"""``knownsofar batch``: extract a large corpus on a Dask cluster, then store it.

The driver cuts the inputs into pieces (``plan``) without reading documents, and
submits one task per piece as it is planned (the last ones cut smaller, so that the
workers end together: ``plan.taper``); each worker process reads its piece,
extracts every document and writes one Parquet partition (``worker``, ``output``).
As partitions complete, the driver streams them, in input order, into the store
(``Store.add_hashed``), so the store ends as ``ingest`` would leave it.

Failures never cost other documents: a document the extractor raises on, or a
line that cannot be read, is reported and written to ``OUT/errors/``; a piece
whose worker process dies is cut in halves and run again, down to the one
document that kills it, which is reported.

Needs the ``[batch]`` extra (Dask, pyarrow); nothing here imports them until run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from knownsofar.batch.cluster import (
    BATCH_HINT,
    open_client,
    require_batch_extra,
    worker_forkserver,
)
from knownsofar.batch.plan import Piece, piece_target, plan_pieces, split_piece, taper
from knownsofar.config import BATCH_SIZE
from knownsofar.documents import Document, measure_inputs
from knownsofar.errors import InputError, KnownsofarError
from knownsofar.record import SeasonRecord
from knownsofar.store import IngestStats, Store

if TYPE_CHECKING:
    from dask.distributed import Client, Future

    from knownsofar.batch.worker import PieceResult

__all__ = ["BATCH_HINT", "BatchOptions", "BatchReport", "Reporter", "run_batch"]

Extractor = Callable[[Document], list[SeasonRecord]]
WORKERS_TIMEOUT = 60
"""Seconds to wait for a cluster to have a worker at all."""


@dataclass(frozen=True)
class BatchOptions:
    """How to run: ``scheduler`` of an existing cluster, else a local cluster of
    ``workers`` processes (default: the machine's cores); ``piece_bytes`` per partition
    (default: up to 48 a worker, see ``plan.piece_target``); the extractor (default
    ``extract_document``; tests inject a failing one)."""

    scheduler: str | None = None
    workers: int | None = None
    piece_bytes: int | None = None
    extractor: Extractor | None = None
    batch_size: int = BATCH_SIZE


@dataclass
class BatchReport:
    """What a batch did: partitions written, documents and records extracted, errors
    (documents or lines reported), pieces lost, and what the store gained."""

    partitions: int = 0
    documents: int = 0
    records: int = 0
    errors: int = 0
    lost: int = 0
    stored: IngestStats = field(default_factory=IngestStats)


class Reporter(Protocol):
    """Told of every error (one line each) and of every piece done (progress)."""

    def error(self, error: InputError) -> None: ...

    def piece(self, documents: int, size: int) -> None: ...


def run_batch(
    inputs: list[str], out: Path, store: Store, options: BatchOptions, reporter: Reporter
) -> BatchReport:
    """Extract ``inputs`` on Dask into Parquet partitions in ``out``, store them in order."""
    local = options.scheduler is None
    with worker_forkserver() if local else nullcontext():  # first: it imports meanwhile
        require_batch_extra()
        from knownsofar.batch.output import prepare_output

        try:
            prepare_output(out)
        except OSError as e:
            raise KnownsofarError(f"{out}: cannot write the output ({e.strerror or e})") from e
        with open_client(options.scheduler, options.workers) as client:
            _prepare_workers(client, options.extractor)
            run = _Run(client, out, store, options, reporter)
            workers = sum(client.nthreads().values())
            planned = plan_pieces(inputs, _piece_bytes(inputs, workers, options))
            run.submit_all(taper(planned, workers))
            run.collect()
    return run.report


def _prepare_workers(client: Client, extractor: Extractor | None) -> None:
    """Import the worker's code (and the extractor's module) once in every worker, before
    any task: a worker without knownsofar stops the run with one clear line. The default
    extractor is named to the workers, never imported here: the driver only stores."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError as e:
        raise KnownsofarError(f"no Dask worker came within {WORKERS_TIMEOUT} s") from e
    named = getattr(extractor, "__module__", "__main__") if extractor else "knownsofar.extract"
    modules = {"knownsofar.batch.worker", named}
    for module in sorted(modules - {"__main__"}):
        try:
            client.run(exec, f"import {module}")
        except ImportError as e:
            raise KnownsofarError(
                f"the Dask workers cannot run knownsofar ({e}); install knownsofar with "
                "the [batch] extra where they run"
            ) from e


def _piece_bytes(inputs: list[str], workers: int, options: BatchOptions) -> int:
    if options.piece_bytes:
        return options.piece_bytes
    return piece_target(measure_inputs(inputs) or 0, workers)


class _Run:
    """One batch: pieces in flight, completed pieces waiting for their turn to be stored."""

    def __init__(
        self, client: Client, out: Path, store: Store, options: BatchOptions, reporter: Reporter
    ) -> None:
        from dask.distributed import as_completed

        self.client, self.out, self.store = client, out, store
        self.options, self.reporter = options, reporter
        self.extractor = options.extractor  # None: the workers' extract_document
        self.report = BatchReport()
        self.pending = as_completed()
        self.pieces: dict[str, Piece] = {}
        self.order: deque[tuple[int, ...]] = deque()  # pieces not yet stored, in input order
        self.done: dict[tuple[int, ...], PieceResult | None] = {}
        self.retried: set[tuple[int, ...]] = set()

    def submit_all(self, planned: Iterable[Piece | InputError]) -> None:
        for item in planned:
            if isinstance(item, InputError):
                self.reporter.error(item)
            else:
                self.order.append(item.index)
                self._submit(item)

    def _submit(self, piece: Piece) -> None:
        from knownsofar.batch.worker import process_piece

        future = self.client.submit(process_piece, piece, str(self.out), self.extractor, pure=False)
        self.pieces[future.key] = piece
        self.pending.add(future)

    def collect(self) -> None:
        for future in self.pending:
            piece = self.pieces.pop(future.key)
            if future.status == "finished":
                self._finished(piece, future.result())
            else:
                self._failed(piece, future)
            future.release()
            self._store_ready()

    def _finished(self, piece: Piece, result: PieceResult) -> None:
        for input, reason in result.errors:
            self.reporter.error(InputError(input, reason))
        if result.error_count > len(result.errors):
            more = result.error_count - len(result.errors)
            where = self.out / "errors" / f"{piece.name}.jsonl"
            self.reporter.error(InputError(piece.describe(), f"{more} more errors in {where}"))
        self.report.documents += result.documents
        self.report.records += result.records
        self.report.errors += result.error_count
        self.reporter.piece(result.documents, result.size)
        self.done[piece.index] = result

    def _failed(self, piece: Piece, future: Future[Any]) -> None:
        """A piece that failed as a whole (its worker died, or reading raised) runs again in
        halves, down to the one document at fault, which is reported. A single document whose
        worker died runs again once (the death may have been another task's, on the same
        worker). An OSError (a full disk, an output the workers cannot write) would be the
        same for any half: not retried. Workers that cannot import knownsofar stop the run."""
        error = future.exception()
        _remove_outputs(self.out, piece)
        if isinstance(error, ImportError):
            raise KnownsofarError(
                f"the Dask workers cannot run knownsofar ({error}); install knownsofar with "
                "the [batch] extra where they run"
            )
        halves = [] if isinstance(error, OSError) else split_piece(piece)
        if halves:
            self._replace(piece, halves)
            return
        if _died(error) and piece.index not in self.retried:
            self.retried.add(piece.index)
            self._submit(piece)
            return
        self.reporter.error(InputError(piece.describe(), f"not extracted: {_reason(error)}"))
        self.report.lost += 1
        self.reporter.piece(0, piece.size)
        self.done[piece.index] = None

    def _replace(self, piece: Piece, halves: list[Piece]) -> None:
        at = self.order.index(piece.index)
        self.order.remove(piece.index)
        for n, half in enumerate(halves):
            self.order.insert(at + n, half.index)
            self._submit(half)

    def _store_ready(self) -> None:
        """Store every completed piece whose predecessors are stored (input order)."""
        from knownsofar.batch.output import RECORDS_DIR, read_documents_and_records

        while self.order and self.order[0] in self.done:
            index = self.order.popleft()
            if self.done.pop(index) is None:
                continue
            path = self.out / RECORDS_DIR / f"{Piece(index, ()).name}.parquet"
            items = read_documents_and_records(path)
            self.report.stored += self.store.add_hashed(items, self.options.batch_size)
            self.report.partitions += 1


def _died(error: BaseException | None) -> bool:
    from dask.distributed import KilledWorker

    return isinstance(error, KilledWorker)


def _reason(error: BaseException | None) -> str:
    if _died(error):
        return "the worker process died on it"
    return f"{type(error).__name__}: {error}"


def _remove_outputs(out: Path, piece: Piece) -> None:
    from knownsofar.batch.output import ERRORS_DIR, RECORDS_DIR

    for path in (
        out / RECORDS_DIR / f"{piece.name}.parquet",
        out / ERRORS_DIR / f"{piece.name}.jsonl",
    ):
        path.unlink(missing_ok=True)
