"""A throwaway PostgreSQL cluster for the tests, on loopback, in a temporary directory.

``initdb`` + ``pg_ctl`` from Debian's ``postgresql`` package (found under
``/usr/lib/postgresql/*/bin``, newest first, else on ``PATH``) make a cluster
that listens on 127.0.0.1 on a free port, with its unix socket in its own
directory, trusts local connections (it is never reachable from elsewhere)
and skips fsync (it is thrown away). ``initdb`` refuses to run as root, so
as root the cluster runs as the ``postgres`` user (``runuser``). Each test
gets a new, empty schema in it (or a database of its own).

Where PostgreSQL or psycopg is missing the tests that need it skip, saying
why; with ``KNOWNSOFAR_REQUIRE_PG=1`` (CI) that is a failure instead.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

REQUIRE_ENVVAR = "KNOWNSOFAR_REQUIRE_PG"
USER = "knownsofar"
TEST_DATABASE = "knownsofar_tests"
_TOOLS = ("initdb", "pg_ctl")
_RUN_AS = ("postgres", "nobody")


class Unavailable(Exception):
    """No PostgreSQL to test with (the message says why and what to install)."""


def required() -> bool:
    """Whether a missing PostgreSQL fails the run (CI) instead of skipping."""
    return os.environ.get(REQUIRE_ENVVAR, "") not in ("", "0")


def _version(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.parent.name))


def find_tools() -> dict[str, Path]:
    """initdb and pg_ctl: Debian's newest, else the ones on PATH; Unavailable if absent."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True):
        if all((folder / tool).exists() for tool in _TOOLS):
            return {tool: folder / tool for tool in _TOOLS}
    found = {tool: shutil.which(tool) for tool in _TOOLS}
    if all(found.values()):
        return {tool: Path(str(path)) for tool, path in found.items()}
    raise Unavailable(
        "PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin "
        "or on PATH): apt-get install postgresql"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unprivileged_user() -> pwd.struct_passwd:
    for name in _RUN_AS:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise Unavailable("running as root and there is no 'postgres' user to run initdb as")


@dataclass
class Cluster:
    """A running throwaway cluster; ``new_database()`` gives a URL to a fresh database."""

    tools: dict[str, Path]
    root: Path
    port: int
    run_as: str | None
    _numbers = itertools.count(1)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str, timeout: float = 120) -> None:
        command = [*(("runuser", "-u", self.run_as, "--") if self.run_as else ()), *args]
        result = subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise Unavailable(f"{' '.join(args[:2])} failed: {result.stderr.strip()} {tail}")

    def start(self) -> None:
        """initdb, start the server, create the tests' database."""
        self._run(
            str(self.tools["initdb"]), "-D", str(self.data), "-U", USER, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.root} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.tools["pg_ctl"]), "start", "-D", str(self.data), "-w", "-t", "60",
            "-l", str(self.root / "server.log"), "-o", options,
        )  # fmt: skip
        self._admin(f"CREATE DATABASE {TEST_DATABASE}")

    def stop(self) -> None:
        try:
            self._run(str(self.tools["pg_ctl"]), "stop", "-D", str(self.data), "-m", "immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, schema: str | None = None) -> str:
        url = f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"
        return f"{url}?options=-csearch_path%3D{schema}" if schema else url

    def _admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        conninfo = f"host=127.0.0.1 port={self.port} user={USER} dbname={database}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, icu_locale: str | None = None) -> str:
        """A URL to a new, empty database: a new schema (the only one on the URL's search
        path) in the tests' database, much quicker to make than a database; with
        ``icu_locale``, a real database collated by that ICU locale."""
        name = f"test_{next(self._numbers)}"
        if icu_locale:
            self._admin(
                f"CREATE DATABASE {name} TEMPLATE template0"
                f" LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'"
            )
            return self.url(name)
        self._admin(f"CREATE SCHEMA {name}", TEST_DATABASE)
        return self.url(TEST_DATABASE, name)


def start_cluster() -> Cluster:
    """Start a cluster; Unavailable (with the reason) when PostgreSQL or psycopg is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError as e:
        raise Unavailable("psycopg is not installed: pip install 'knownsofar[postgres]'") from e
    tools = find_tools()
    root = Path(tempfile.mkdtemp(prefix="knownsofar-pg-"))
    run_as = None
    if os.geteuid() == 0:
        user = _unprivileged_user()
        os.chown(root, user.pw_uid, user.pw_gid)
        run_as = user.pw_name
    cluster = Cluster(tools, root, _free_port(), run_as)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
