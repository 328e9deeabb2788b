"""Every error knownsofar raises on purpose.

    KnownsofarError                 exit_code 1, http_status 500
     ├── InputError(input, reason)  one input could not be read     (400)
     │    ├── UnsupportedInput      not a format we read            (415)
     │    ├── InputTooLarge         over the size limit             (413)
     │    └── BrokenInput           unreadable, not text, malformed (400)
     ├── StoreError                 the database failed             (500)
     ├── NotFound                   no such show or season          (404)
     └── AmbiguousShow              a SHOW prefix matches several   (409)

The CLI prints ``knownsofar: <message>`` for these, never a traceback (unless
``--debug``); the web app maps ``http_status`` to one JSON error shape.
"""

from __future__ import annotations


class KnownsofarError(Exception):
    exit_code = 1
    http_status = 500


class InputError(KnownsofarError):
    """One input (file, URL, line) could not be read; the others go on."""

    http_status = 400

    def __init__(self, input: str, reason: str) -> None:
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason


class UnsupportedInput(InputError):
    http_status = 415


class InputTooLarge(InputError):
    http_status = 413


class BrokenInput(InputError):
    http_status = 400


class StoreError(KnownsofarError):
    http_status = 500


class NotFound(KnownsofarError):
    http_status = 404


class AmbiguousShow(KnownsofarError):
    http_status = 409
