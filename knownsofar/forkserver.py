"""The fork server local Dask workers are forked from: started as early as possible.

A local ``batch`` cluster's worker processes are forked from one server process that
has imported Dask and the extractor once (``multiprocessing``'s forkserver). Those
imports take most of a second and are on the path to the first task, so
``knownsofar batch`` starts the server before the command line itself is imported
(``start_for``, from ``__main__``), and ``batch.cluster.worker_forkserver`` only
waits for it. Standard library only: importing this costs nothing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Sequence

__all__ = ["WORKER_MODULES", "available", "start", "start_for", "stop"]

WORKER_MODULES = ("distributed", "knownsofar.batch.worker", "knownsofar.extract")
"""What every local worker process needs, imported once, in the fork server."""


def available() -> bool:
    """Whether this platform has a fork server (not on Windows)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def start() -> None:
    """Start the fork server in the background, importing WORKER_MODULES (a no-op when it
    runs already, or where there is none)."""
    if not available():
        return
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(list(WORKER_MODULES))
    forkserver.ensure_running()


def stop() -> None:
    """Stop the fork server and wait for it (a no-op when none runs). It is ended with
    SIGTERM: it holds nothing to save, and the orderly exit of an interpreter that has
    imported Dask and the extractor takes a tenth of a second, after all the work."""
    if not available():
        return
    from multiprocessing import forkserver

    server = forkserver._forkserver
    halt = getattr(server, "_stop", None)
    if halt is None:
        return
    pid = getattr(server, "_forkserver_pid", None)
    if pid is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    halt()


def start_for(argv: Sequence[str]) -> bool:
    """Start the fork server when ``argv`` (without the program) runs ``batch`` on a local
    cluster: not for ``--help``, nor with ``--scheduler`` (an existing cluster). Options
    before the command are the flags of the whole program (``-v``, ``--debug``)."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command != "batch" or any(
        arg in ("--help", "-h") or arg.split("=")[0] == "--scheduler" for arg in argv
    ):
        return False
    start()
    return True
