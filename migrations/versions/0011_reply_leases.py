"""A lease on each reply handed to SMTP: who sends it and until when.

A worker that starts no longer takes another's in-flight reply for a crash: on a shared
database only a `sending` reply whose lease has expired is made `uncertain` (SQLite, one
process per database, still recovers every one at start). Rows from before have no lease and
are recovered as before.

Revision ID: 0011
Revises: 0010
Create Date: 2027-03-12
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: Union[str, None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("replies") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("lease_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("replies") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
