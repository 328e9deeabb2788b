"""Settings: every default lives here, once. Nothing is read at import time."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "knownsofar"
DB_ENVVAR = "KNOWNSOFAR_DB"
DB_FILENAME = "knownsofar.db"
BATCH_SIZE = 200
DEFAULT_EVERY = 900.0  # seconds between `knownsofar watch` cycles


def default_db_path() -> Path:
    """The SQLite file in the user data directory (SPEC: command line)."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / DB_FILENAME


def db_target(value: str | Path) -> Path | str:
    """A ``--db`` value: a URL (``postgresql://...``) stays text, anything else is a path."""
    text = str(value)
    return text if "://" in text else Path(text)


@dataclass(frozen=True)
class Settings:
    """What a command runs with: the CLI builds one from its flags."""

    # The SQLite file, or the URL of a database server (see ``db_target``).
    db_path: Path | str = field(default_factory=default_db_path)
    batch_size: int = BATCH_SIZE

    @classmethod
    def from_options(cls, db: str | Path | None) -> Settings:
        """Settings for a ``--db`` value (None: the default path)."""
        return cls(db_path=db_target(db)) if db is not None else cls()
