"""Conversations and waiting cases.

cases.thread_id: the id of the conversation's first case, the same for every case of it (a
trainee's reply to our mail joins the case it answers); existing cases each start their own.
cases.waiting_until: a case "en attente" comes back to the queue at that time.

Revision ID: 0007
Revises: 0006
Create Date: 2027-03-08
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("thread_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("waiting_until", sa.DateTime(), nullable=True))
        batch.create_index("ix_cases_thread_id", ["thread_id"])
    op.execute("UPDATE cases SET thread_id = id")


def downgrade() -> None:
    op.execute("UPDATE cases SET status = 'in_progress' WHERE status = 'waiting'")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_thread_id")
        batch.drop_column("waiting_until")
        batch.drop_column("thread_id")
