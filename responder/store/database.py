"""Open the database and bring its schema up to date with Alembic.

The schema is only ever created or changed by the revisions in migrations/ (never create_all), so
an existing database upgrades in place. Imports models and config types; no pipeline step.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from responder.resources import MIGRATIONS
from responder.errors import DatabaseError, ResponderError, os_error_text

log = logging.getLogger(__name__)

MIGRATIONS_DIR = MIGRATIONS


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
    try:
        _prepare_sqlite_folder(url)
        command.upgrade(_alembic_config(url), "head")
    except (ImportError, NoSuchModuleError) as error:
        raise DatabaseError(f"base de données {_safe(url)} : pilote absent ({error})") from None
    except CommandError as error:
        # "Can't locate revision identified by '0099'": a newer responder wrote this database.
        found = re.search(r"identified by '([^']+)'", str(error))
        revision = f" « {found.group(1)} »" if found else ""
        raise DatabaseError(
            f"base de données {_safe(url)} : révision du schéma{revision} inconnue de cette version "
            "de responder (base créée par une version plus récente ?) : mettez responder à jour"
        ) from None
    except OperationalError as error:
        raise DatabaseError(f"base de données {_safe(url)} : {_reason(error)}") from None
    except SQLAlchemyError as error:
        raise DatabaseError(f"base de données {_safe(url)} : mise à jour impossible : {error}") from None
    except OSError as error:
        raise DatabaseError(f"base de données {_safe(url)} : {os_error_text(error, with_file=True)}") from None


# What SQLite (and PostgreSQL) say when the database cannot be written, and what the admin
# must hear instead; the original stays out of the message (it may quote SQL).
_REASONS = (
    ("database or disk is full", "disque plein : libérez de la place"),
    ("disk quota exceeded", "quota du disque dépassé : libérez de la place"),
    ("readonly database", "base en lecture seule : vérifiez les droits du fichier et de son dossier"),
    ("read-only", "base en lecture seule : vérifiez les droits du fichier et de son dossier"),
    ("database is locked", "base verrouillée par un autre programme : réessayez, ou arrêtez l'autre programme"),
    ("disk i/o error", "erreur d'entrée-sortie du disque (plein ou défaillant ?)"),
    ("unable to open database file", "fichier de la base impossible à ouvrir : vérifiez le chemin et les droits"),
    ("file is not a database", "ce fichier n'est pas une base SQLite"),
    ("database disk image is malformed", "fichier de la base endommagé : restaurez une sauvegarde"),
    ("could not connect", "serveur de base de données injoignable"),
    ("connection refused", "serveur de base de données injoignable"),
)


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).lower()
    for marker, reason in _REASONS:
        if marker in text:
            return reason
    return f"opération refusée ({type(getattr(error, 'orig', None) or error).__name__})"


def _translate_errors(engine: Engine, url: str) -> None:
    """Turn the database's own operational failures (disk full, read-only, locked) into one
    DatabaseError naming the database and the reason: every command stops with one French line
    and exit code 2, and the run loop stops before the next message instead of recording it
    as a processing error."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if isinstance(context.sqlalchemy_exception, OperationalError):
            raise DatabaseError(f"base de données {_safe(url)} : {_reason(context.sqlalchemy_exception)}")


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
    try:
        _prepare_sqlite_folder(url)
    except OSError as error:
        raise DatabaseError(f"base de données {_safe(url)} : {os_error_text(error, with_file=True)}") from None
    try:
        # Never the statement's values in an error: they hold the trainees' messages.
        engine = create_engine(url, hide_parameters=True)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        raise DatabaseError(f"base de données {_safe(url)} : {error}") from None
    _enable_sqlite_foreign_keys(engine)
    _translate_errors(engine, url)
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
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+")
    except OSError as error:
        raise DatabaseError(
            f"base de données {_safe(url)} : verrou {lock_path} impossible à créer : {os_error_text(error)}"
        ) from None
    with handle:
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


def database_state(url: str) -> str:
    """What `config check` says of the database: reachable, and how its schema stands. Creates
    and changes nothing (a missing SQLite file is only announced)."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect, text
    from sqlalchemy.engine import make_url

    head = ScriptDirectory.from_config(_alembic_config(url)).get_current_head()
    parsed = make_url(url)
    where = _safe(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        # Which file exactly: the admin checks it is the one beside the config (load_config's doing).
        where = f"{where} (fichier {Path(parsed.database).resolve()})"
        if not Path(parsed.database).exists():
            return f"{where} : fichier absent, créé au premier démarrage (schéma {head})"
    sessions = open_database(url, migrate=False)
    try:
        with sessions() as session:
            tables = set(inspect(session.connection()).get_table_names())
            current = session.scalar(text("SELECT version_num FROM alembic_version")) \
                if "alembic_version" in tables else None
    finally:
        sessions.kw["bind"].dispose()
    if current == head:
        return f"{where} : joignable, schéma à jour ({head})"
    if current is None:
        return f"{where} : joignable, vide : le schéma ({head}) sera créé au premier démarrage"
    return f"{where} : joignable, schéma {current} : mis à jour en {head} au prochain démarrage"
