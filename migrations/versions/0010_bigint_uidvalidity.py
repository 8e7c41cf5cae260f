"""UIDVALIDITY is 32 bits unsigned (RFC 3501: up to 4,294,967,295): a 64-bit column, since a
PostgreSQL INTEGER stops at 2,147,483,647 and a server above it made every query fail. And an
index on cases.received_at, which the list, the queue and the exports sort and filter by.

Revision ID: 0010
Revises: 0009
Create Date: 2027-03-11
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: Union[str, None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox_messages") as batch:
        batch.alter_column("uidvalidity", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)
    op.create_index("ix_cases_received_at", "cases", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_received_at", table_name="cases")
    with op.batch_alter_table("mailbox_messages") as batch:
        batch.alter_column("uidvalidity", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)
