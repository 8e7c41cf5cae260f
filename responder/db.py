"""Open the database and bring its schema up to date with Alembic.

The schema is only ever created or changed by the revisions in migrations/ (never create_all), so
an existing database upgrades in place. Imports models and config types; no pipeline step.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from responder.errors import DatabaseError, ResponderError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _alembic_config(url: str) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's config goes through ConfigParser: a literal "%" must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _prepare_sqlite_folder(url: str) -> None:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)


def upgrade(url: str) -> None:
    """Apply every migration not yet applied to the database at `url`."""
    _prepare_sqlite_folder(url)
    try:
        command.upgrade(_alembic_config(url), "head")
    except (ImportError, NoSuchModuleError) as error:
        raise DatabaseError(f"base de données {_safe(url)} : pilote absent ({error})") from None
    except (SQLAlchemyError, OSError) as error:
        raise DatabaseError(f"base de données {_safe(url)} : mise à jour impossible : {error}") from None


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL has no password to hide that we know of
        return "(adresse illisible)"


def _enable_sqlite_foreign_keys(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL lets the web page read while the responder writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        # A commit must survive a power cut too, not only a killed process (the outbox and the
        # invitations' journal rely on it); FULL whatever SQLite's compiled-in default.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def open_database(url: str, migrate: bool = True) -> sessionmaker[Session]:
    """Upgrade the schema (unless told not to) and return a session factory."""
    if migrate:
        upgrade(url)
    _prepare_sqlite_folder(url)
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        raise DatabaseError(f"base de données {_safe(url)} : {error}") from None
    _enable_sqlite_foreign_keys(engine)
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def single_instance(url: str, purpose: str, advice: str) -> Iterator[None]:
    """Hold an exclusive lock beside an SQLite database while `purpose` runs.

    Two responders on one mailbox and one database (a `run --once` typed while the service runs)
    would race for the same messages, two `invite` runs would double the relay's rate: the second
    one stops at once with a clear message ending with `advice`.
    """
    if not url.startswith("sqlite:///") or url.startswith("sqlite:///:memory:"):
        yield  # a database server arbitrates by itself (the claims are atomic)
        return
    suffix = ".lock" if purpose == "run" else f".{purpose}.lock"
    lock_path = Path(url.removeprefix("sqlite:///") + suffix).expanduser()
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            database = url.removeprefix("sqlite:///")
            raise ResponderError(
                f"une autre instance de responder ({purpose}) utilise déjà {database} : {advice}"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
