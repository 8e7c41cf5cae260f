"""A search index on PostgreSQL, as 0008 gave SQLite one: one folded column and a trigram index.

`cases.search_folded` is a generated column: the sender, name, subject and own words, lower case,
accents folded (the same letters as store/review_list.py folds a typed word), kept up to date by
PostgreSQL itself; a GIN index with pg_trgm's operators serves `LIKE '%mot%'` on it. pg_trgm is
a trusted extension (PostgreSQL 13+): the database's owner may create it. Where it cannot be
created, the column is still there and searched, without the index. SQLite gets nothing here.

Revision ID: 0015
Revises: 0014
Create Date: 2027-03-28
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0015"
down_revision: Union[str, None] = "0014"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿæœ"
PLAIN = "aaaaaaceeeeiiiinooooouuuuyyao"
FOLDED = ("translate(lower(coalesce(sender_address, '') || ' ' || coalesce(sender_name, '') || ' ' || "
          f"coalesce(subject, '') || ' ' || coalesce(new_text, '')), '{ACCENTED}', '{PLAIN}')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE cases ADD COLUMN search_folded text GENERATED ALWAYS AS ({FOLDED}) STORED")
    op.execute("""
        DO $$
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX ix_cases_search_folded ON cases USING gin (search_folded gin_trgm_ops);
        EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
            RAISE NOTICE 'pg_trgm indisponible : la recherche de la page de suivi se fera sans index';
        END
        $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_cases_search_folded")
    op.execute("ALTER TABLE cases DROP COLUMN IF EXISTS search_folded")
