"""An account of the review page may be limited to some mailboxes: users.mailboxes.

Space-separated [[mailbox]] names; empty (every account from before) sees every mailbox.

Revision ID: 0014
Revises: 0013
Create Date: 2027-03-27
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: Union[str, None] = "0013"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("mailboxes", sa.String(400), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("mailboxes")
