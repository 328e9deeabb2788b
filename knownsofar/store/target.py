"""Where a store lives: what ``--db`` (or ``KNOWNSOFAR_DB``) names.

A SQLite file path (the default), a ``sqlite://`` URL (``sqlite:///relative``,
``sqlite:////absolute``, ``sqlite://`` for memory), or a PostgreSQL URL,
``postgresql://`` or ``postgresql+psycopg://USER[:PASSWORD]@HOST[:PORT]/DATABASE``
(query parameters are libpq's, e.g. ``?sslmode=require``). Nothing here
imports SQLAlchemy unless a PostgreSQL URL is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from knownsofar.errors import StoreError

__all__ = ["POSTGRES_HINT", "Target", "database_exists", "describe", "parse_target"]

POSTGRES_HINT = "install knownsofar[postgres] (pip install 'knownsofar[postgres]')"
_POSTGRES_SCHEMES = ("postgresql", "postgresql+psycopg")


@dataclass(frozen=True)
class Target:
    """A parsed ``--db`` value.

    ``location`` is the SQLite path (``":memory:"``) or the PostgreSQL URL with
    its driver spelled out; ``display`` names it in output and errors (a URL
    without its password).
    """

    kind: Literal["sqlite", "postgresql"]
    location: str
    display: str
    path: Path | None = None  # the SQLite file (None: in memory, or a server)


def parse_target(target: str | Path) -> Target:
    """The Target of a path or URL; StoreError (one line) for a URL we cannot use."""
    text = str(target)
    if "://" not in text:
        return _sqlite(text)
    scheme = text.split("://", 1)[0]
    if scheme == "sqlite":
        return _sqlite(text.removeprefix("sqlite://").removeprefix("/") or ":memory:")
    if scheme in _POSTGRES_SCHEMES:
        return _postgresql(text)
    raise StoreError(
        f"{scheme}://...: unsupported database URL scheme {scheme!r} "
        "(use a file path or a postgresql:// URL)"
    )


def _sqlite(path: str) -> Target:
    if path == ":memory:":
        return Target("sqlite", path, path)
    return Target("sqlite", path, path, Path(path))


def _postgresql(text: str) -> Target:
    try:
        from sqlalchemy.engine import make_url
    except ImportError as e:
        raise StoreError(
            f"{_hide_password(text)}: PostgreSQL needs SQLAlchemy: {POSTGRES_HINT}"
        ) from e
    try:
        url = make_url(text).set(drivername="postgresql+psycopg")
        _ = url.port  # a port that is not a number fails here, not at connect time
    except ValueError as e:  # sqlalchemy's ArgumentError is a ValueError too
        raise StoreError(f"{_hide_password(text)}: not a valid database URL ({e})") from e
    if not url.database:
        raise StoreError(
            f"{_hide_password(text)}: not a valid database URL (no database name: "
            "postgresql://USER@HOST[:PORT]/DATABASE)"
        )
    location = url.render_as_string(hide_password=False)
    return Target("postgresql", location, url.render_as_string(hide_password=True))


def _hide_password(text: str) -> str:
    """The URL text with any password masked (for URLs that could not be parsed)."""
    scheme, _, rest = text.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return text
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"


def describe(target: str | Path) -> str:
    """How a target is named in output and errors (a URL without its password)."""
    try:
        return parse_target(target).display
    except StoreError:
        return _hide_password(str(target))


def database_exists(target: str | Path) -> bool:
    """Whether there is a database to read: a SQLite file that exists, or a server
    (asked when the store opens; it creates the schema if needed)."""
    parsed = parse_target(target)
    return parsed.path is None or parsed.path.exists()
