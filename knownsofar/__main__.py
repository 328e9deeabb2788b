"""The ``knownsofar`` command (console script and ``python -m knownsofar``).

``batch`` on a local cluster starts its workers' fork server before the command line
is imported (``knownsofar.forkserver``): the workers' imports overlap the driver's.
"""

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


if __name__ == "__main__":
    main()
