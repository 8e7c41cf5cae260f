"""Each case names its mailbox: the [[mailbox]] it arrived in ("" for the [imap] section).

The review page filters by it and `responder cases --mailbox` too. Cases from before belong to
the one mailbox an installation had: "".

Revision ID: 0013
Revises: 0012
Create Date: 2027-03-26
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: Union[str, None] = "0012"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("mailbox", sa.String(100), nullable=False, server_default=""))
        batch.create_index("ix_cases_mailbox", ["mailbox"])


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_mailbox")
        batch.drop_column("mailbox")
