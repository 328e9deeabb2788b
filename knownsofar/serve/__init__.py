"""The web app (SPEC: ``serve``): scorecard, live articles, JSON API, Atom feed.

Needs the ``[web]`` extra. ``knownsofar serve`` calls ``serve_command``;
``uvicorn --factory knownsofar.serve:create_app_from_env`` serves the same app
configured by environment variables. Nothing here imports FastAPI until called.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from knownsofar import dates
from knownsofar.errors import KnownsofarError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["DB_ENVVAR", "TODAY_ENVVAR", "TOKEN_ENVVAR", "create_app_from_env", "serve_command"]

TOKEN_ENVVAR = "KNOWNSOFAR_TOKEN"
DB_ENVVAR = "KNOWNSOFAR_DB"
TODAY_ENVVAR = "KNOWNSOFAR_TODAY"
_HINT = "the web server needs the [web] extra: pip install 'knownsofar[web]'"


def _build(db_path: Path | str, today: dt.date | None, token: str | None) -> FastAPI:
    try:
        from knownsofar.serve.app import create_app
    except ImportError as e:
        raise KnownsofarError(f"{_HINT} ({e.name} is missing)") from e
    provider = (lambda: today) if today is not None else dates.today
    return create_app(db_path, provider, token)


def serve_command(
    db_path: Path | str,
    host: str = "127.0.0.1",
    port: int = 8000,
    today: dt.date | None = None,
    token: str | None = None,
) -> None:
    """Serve the store at ``db_path`` until interrupted; writes need ``KNOWNSOFAR_TOKEN``."""
    app = _build(db_path, today, token if token is not None else os.environ.get(TOKEN_ENVVAR))
    try:
        import uvicorn
    except ImportError as e:
        raise KnownsofarError(f"{_HINT} (uvicorn is missing)") from e
    uvicorn.run(app, host=host, port=port, server_header=False, proxy_headers=False)


def create_app_from_env() -> FastAPI:
    """The app for ``KNOWNSOFAR_DB``, ``KNOWNSOFAR_TOKEN`` and ``KNOWNSOFAR_TODAY``."""
    db = os.environ.get(DB_ENVVAR)
    if not db:
        raise KnownsofarError(f"set {DB_ENVVAR} to the database (file or URL) to serve")
    today = dates.parse_iso_date(os.environ.get(TODAY_ENVVAR))
    return _build(db, today, os.environ.get(TOKEN_ENVVAR))
