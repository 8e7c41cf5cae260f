"""Alembic environment: the database URL comes from responder's config, never from alembic.ini.

`responder db upgrade` (and every start) calls db.upgrade(url), which passes the URL in the Alembic
config. Running the `alembic` command by hand works too: it reads $RESPONDER_CONFIG or ./config.toml.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool, text

from responder.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from responder.config import default_config_path, load_config

    return load_config(default_config_path()).database.url


def run_migrations_offline() -> None:
    context.configure(
        url=_database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = engine_from_config(
            {"sqlalchemy.url": _database_url()}, prefix="sqlalchemy.", poolclass=pool.NullPool
        )
        with connectable.connect() as connection:
            _run(connection)
    else:
        _run(connectable)


# Any number 64-bit: the one all responders take before migrating a PostgreSQL database.
MIGRATION_LOCK = 4_321_017_013


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # SQLite cannot ALTER most things: batch mode rebuilds tables (Alembic's recommended setting).
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several workers starting together: one migrates, the others wait for its commit,
            # then find the schema at head (PostgreSQL's DDL is transactional).
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
