"""A claim on each mailbox message a worker is handling: who holds it and until when.

Several workers on one mailbox list the same UIDs; each message is handled by the one that
claims it (a conditional UPDATE on its mailbox_messages row, written before the fetch), the
others skip it. A claim left by a worker that died expires, and another worker takes it over.
Rows from before have no claim: they are acknowledged already or claimable at once.

Revision ID: 0012
Revises: 0011
Create Date: 2027-03-19
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: Union[str, None] = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox_messages") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("claimed_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mailbox_messages") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
