"""A full-text index of what a manager searches: the sender, the subject, the trainee's own words.

SQLite: an FTS5 table over cases (external content, accents folded: "oublie" finds "oublié"),
kept up to date by triggers and filled from the existing cases. Other databases search with
their own operators (store/review_list.py) and get nothing here.

Revision ID: 0008
Revises: 0007
Create Date: 2027-03-09
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0008"
down_revision: Union[str, None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COLUMNS = "sender_address, sender_name, subject, new_text"
NEW = ", ".join(f"new.{c.strip()}" for c in COLUMNS.split(","))
OLD = ", ".join(f"old.{c.strip()}" for c in COLUMNS.split(","))


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE cases_search USING fts5({COLUMNS}, content='cases', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 2')")
    op.execute(f"CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN "
               f"INSERT INTO cases_search(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END")
    op.execute(f"CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN "
               f"INSERT INTO cases_search(cases_search, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD}); END")
    op.execute(f"CREATE TRIGGER cases_search_update AFTER UPDATE OF {COLUMNS} ON cases BEGIN "
               f"INSERT INTO cases_search(cases_search, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD}); "
               f"INSERT INTO cases_search(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END")
    op.execute("INSERT INTO cases_search(cases_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS cases_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS cases_search")
