"""``python -m knownsofar``: the same as the ``knownsofar`` command."""

from knownsofar.cli import main

if __name__ == "__main__":
    main()
