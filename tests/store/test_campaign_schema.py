"""The campaign journal's schema: built by the migrations exactly as the models say, and an older
database of cases upgraded to campaigns (and back) in place, its cases kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from responder.store.case_log import list_cases
from responder.store.database import open_database
from responder.store.schema import Base
from tests.store.journal_support import NOW, ROSTER, SPEC, make_store, url_of
from tests.store.schema_support import SEARCH_INDEX_APART


# --- schema -----------------------------------------------------------------------------------------

def insert_case(db: sqlite3.Connection, key: str, **extra: int) -> None:
    """A case as an older version of the responder wrote it, straight into the file."""
    columns = ", ".join(extra)
    db.execute(
        "insert into cases (message_key, received_at, sender_address, sender_name, subject, profile, topics,"
        " action, classified_action, reasons, stops, notes, text, new_text, quote_cut, quote_confident,"
        f" defects, error, raw, status, created_at, updated_at, {columns}) values (?,"
        " '2026-12-05 10:00:00', 'ancien@ac-grenoble.fr', '', 'Aide', 'academic', 'login', 'reply', 'reply',"
        " '[]', '[]', '', 't', 't', 'none', 1, '', '', x'00', 'in_progress', '2026-12-05 10:00:00',"
        f" '2026-12-05 10:00:00', {', '.join('?' for _ in extra)})",
        (key, *extra.values()),
    )


def test_migrations_build_exactly_the_models_schema_with_campaigns(tmp_path: Path) -> None:
    sessions = open_database(url_of(tmp_path))
    with sessions() as session, session.connection() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts=SEARCH_INDEX_APART), Base.metadata) == []
        tables = set(connection.dialect.get_table_names(connection))
    assert {"campaigns", "invitations", "send_attempts"} <= tables


def test_a_0003_database_with_cases_upgrades_to_campaigns_in_place(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from responder.store.database import _alembic_config

    url = url_of(tmp_path)
    command.upgrade(_alembic_config(url), "0003")
    with sqlite3.connect(tmp_path / "responder.db") as old:
        insert_case(old, "<old@x>", assigned_to=1)
        before = old.execute("select * from cases").fetchall()
    store = make_store(tmp_path)  # every start upgrades
    with sqlite3.connect(tmp_path / "responder.db") as db:
        after = db.execute("select * from cases").fetchall()
        head = ScriptDirectory.from_config(_alembic_config(url)).get_current_head()  # 0004 or later
        assert db.execute("select version_num from alembic_version").fetchall() == [(head,)]
    kept = len(before[0])
    # The columns of 0003 as they were; no campaign (0004); each old case starts its own conversation
    # (0007), waits for nothing (0007) and belongs to the one mailbox there was (0013).
    assert [row[:kept] for row in after] == before
    assert [row[kept:] for row in after] == [(None, None, before[0][0], None, "")]
    assert [c.sender for c in list_cases(open_database(url))] == ["ancien@ac-grenoble.fr"]
    assert store.list_campaigns() == []


def test_the_campaign_migration_downgrades_and_upgrades_again_keeping_cases(tmp_path: Path) -> None:
    from alembic import command

    from responder.store.database import _alembic_config

    url = url_of(tmp_path)
    store = make_store(tmp_path)
    store.prepare(SPEC, ROSTER, NOW)
    with sqlite3.connect(tmp_path / "responder.db") as db:
        insert_case(db, "<k@x>", campaign_id=1)
    command.downgrade(_alembic_config(url), "0003")
    with sqlite3.connect(tmp_path / "responder.db") as db:
        names = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
        assert not names & {"campaigns", "invitations", "send_attempts"}
        assert db.execute("select message_key from cases").fetchall() == [("<k@x>",)]
    again = make_store(tmp_path)
    assert again.list_campaigns() == []
    with sqlite3.connect(tmp_path / "responder.db") as db:
        assert db.execute("select message_key, campaign_id from cases").fetchall() == [("<k@x>", None)]
