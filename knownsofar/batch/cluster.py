"""The Dask client: an existing cluster's scheduler, or a local cluster of processes.

The only module that imports Dask (the ``[batch]`` extra); without it, a one-line hint.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from knownsofar import forkserver
from knownsofar.errors import KnownsofarError

if TYPE_CHECKING:
    from dask.distributed import Client

__all__ = [
    "BATCH_HINT",
    "local_worker_count",
    "open_client",
    "require_batch_extra",
    "worker_forkserver",
]

BATCH_HINT = "batch needs the [batch] extra: pip install 'knownsofar[batch]'"
CONNECT_TIMEOUT = "30s"


def require_batch_extra() -> None:
    """KnownsofarError with the install hint unless Dask and pyarrow import."""
    try:
        import dask.distributed  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError as e:
        raise KnownsofarError(f"{BATCH_HINT} ({e.name} is missing)") from e


@contextmanager
def worker_forkserver() -> Iterator[None]:
    """Start, in the background, the process local workers are forked from (where the
    platform has one), importing Dask and the extractor there once; stop it and wait for
    it on exit. Entered first thing, it imports while the driver imports Dask itself,
    instead of each worker process importing both after the cluster starts (spawn): the
    workers are ready sooner, and the driver leaves no process behind (the workers' CPU
    time counts as its children's, as spawned workers' does)."""
    forkserver.start()  # a no-op when ``knownsofar batch`` started it already
    try:
        yield
    finally:
        forkserver.stop()


def local_worker_count() -> int:
    """The cores this process may use (cgroup and affinity limits included)."""
    from dask.system import CPU_COUNT

    return max(1, int(CPU_COUNT))


@contextmanager
def open_client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``; else of a new local cluster of ``workers``
    single-threaded worker processes (the extractor is pure Python: threads would share
    one core), on loopback, without a dashboard, closed on exit."""
    require_batch_extra()
    from dask.distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as e:
            raise KnownsofarError(f"{scheduler}: cannot reach the Dask scheduler ({e})") from e
        with client:
            yield client
        return
    import dask

    # A task whose worker dies is tried once more, then cut in halves (see batch); one task
    # a worker at a time, so a worker that dies takes no queued task down with it. The
    # rest keeps Dask's own upkeep from taking CPU from extraction (3.5% -> 0.7% of a core
    # in the driver): no stack-sampling profiler, slower event-loop ticks and memory and
    # system monitors, no work stealing (tasks are alike and handed out one at a time).
    # Worker processes come from the fork server (worker_forkserver), else are spawned.
    settings = {
        "distributed.worker.multiprocessing-method": "forkserver"
        if forkserver.available()
        else "spawn",
        "distributed.scheduler.allowed-failures": 1,
        "distributed.scheduler.worker-saturation": 1.0,
        "distributed.scheduler.work-stealing": False,
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.admin.system-monitor.interval": "5s",
        "distributed.worker.memory.monitor-interval": "1s",
    }
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=workers or local_worker_count(),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
