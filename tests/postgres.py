"""A real PostgreSQL for the tests: a throwaway cluster (initdb, pg_ctl) in a temporary folder,
listening on 127.0.0.1 only, and a fresh database per test.

Fixtures (import them by name): `postgres_server` (session) yields the server's base URL
(`postgresql+psycopg://responder@127.0.0.1:PORT/`); `postgres_url` (function) yields the URL of a
database of its own, dropped afterwards. Debian's `postgresql` package provides the binaries
(./scripts/test installs it); the cluster runs as the `postgres` user when the tests run as root
(PostgreSQL refuses root).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_counter = itertools.count(1)


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL is missing: install Debian's postgresql (./scripts/test does it as root)")
    return Path(found[-1]).parent


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *command] if owner else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# `RESPONDER_TEST_BACKEND=postgresql ./scripts/test ...` runs the tests on PostgreSQL: every
# database the tests' config names (tests/config_factory.py) is then one of the cluster that
# tests/conftest.py starts for the session (its URL in SERVER_ENV); tests that read an SQLite
# file themselves are marked `sqlite_only` and skipped.
BACKEND_ENV = "RESPONDER_TEST_BACKEND"
SERVER_ENV = "RESPONDER_TEST_POSTGRES_SERVER"


def on_postgres() -> bool:
    """Whether this run's tests keep their cases in PostgreSQL rather than SQLite."""
    return os.environ.get(BACKEND_ENV, "sqlite") == "postgresql"


def database_for(folder: Path) -> str:
    """The database URL of a test's folder: its SQLite file, or (on PostgreSQL) a database of
    its own, created at the first call."""
    if not on_postgres():
        return f"sqlite:///{folder / 'responder.db'}"
    name = _database_name(folder)
    with _admin() as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            admin.execute(f'CREATE DATABASE "{name}"')
    return os.environ[SERVER_ENV] + name


def _database_name(folder: Path) -> str:
    return "t_" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]


def _admin() -> Any:
    import psycopg

    server = os.environ[SERVER_ENV]
    return psycopg.connect(server.replace("postgresql+psycopg://", "postgresql://") + "postgres", autocommit=True)


def copy_database(source: Path, target: Path) -> None:
    """Give the folder `target` a copy of `source`'s database (on SQLite, copying the folder did)."""
    if not on_postgres():
        return
    with _admin() as admin:
        # A template must have no other session: the engines of the test that built it keep some.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                      (_database_name(source),))
        admin.execute(f'CREATE DATABASE "{_database_name(target)}" TEMPLATE "{_database_name(source)}"')


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    if os.environ.get(SERVER_ENV):  # the whole run is on PostgreSQL: its cluster serves
        yield os.environ[SERVER_ENV]
        return
    with running_postgres() as url:
        yield url


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """A throwaway cluster for as long as the block runs; yields its base URL (add a database name)."""
    bindir = _bindir()
    owner = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="responder-pg-"))
    if owner:
        entry = pwd.getpwnam(owner)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, port = folder / "data", _free_port()
    subprocess.run(_as_owner([str(bindir / "initdb"), "-D", str(data), "-U", "responder", "--auth=trust",
                              "-E", "UTF8", "--locale=C.UTF-8"], owner), check=True, capture_output=True)
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
                              "-w", "start"], owner), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://responder@127.0.0.1:{port}/"
    finally:
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    import psycopg

    name = f"test_{os.getpid()}_{next(_counter)}"
    plain = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server + name
    # The engines the test opened keep pooled connections until collected: collect them now,
    # quietly, rather than in the middle of a later test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    with psycopg.connect(plain + "postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database, once SQLite (a file in tmp_path), once PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'responder.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
