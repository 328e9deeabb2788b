"""The ``knownsofar`` command (console script and ``python -m knownsofar``).

``batch`` on a local cluster starts its workers' fork server before the command line
is imported (``knownsofar.forkserver``): the workers' imports overlap the driver's.
"""

import gc
import sys


def main() -> None:
    """Run the command line on ``sys.argv``."""
    from knownsofar import forkserver

    started = forkserver.start_for(sys.argv[1:])
    try:
        from knownsofar.cli import main as cli_main

        cli_main()
    finally:
        if started:  # batch stops it; not when the command failed before it ran
            forkserver.stop()
        # Everything alive now lives until exit: keep the collector from walking it all
        # once more as the interpreter shuts down (0.1 s once Dask is loaded). atexit
        # handlers and flushing still run.
        gc.freeze()


if __name__ == "__main__":
    main()
