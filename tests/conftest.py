"""Shared pytest options and fixtures (kept minimal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import postgres

GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current output (review the diff)",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """``golden(name, text)``: text must equal tests/golden/<name> (or rewrites it)."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.write_text(text, encoding="utf-8", newline="\n")
            return
        assert path.exists(), f"missing {path}: run pytest --update-golden"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs (--update-golden)"

    return check


# -- databases: every store test runs on SQLite and on PostgreSQL --------------------


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[postgres.Cluster]:
    """A throwaway PostgreSQL cluster for the session (tests/postgres.py); skips without
    PostgreSQL, unless KNOWNSOFAR_REQUIRE_PG=1 makes that a failure."""
    try:
        cluster = postgres.start_cluster()
    except postgres.Unavailable as e:
        if postgres.required():
            pytest.fail(f"{postgres.REQUIRE_ENVVAR} is set but {e}", pytrace=False)
        pytest.skip(str(e))
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: postgres.Cluster) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return postgres_cluster.new_database()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(tmp_path / "sub" / "knownsofar.db")
