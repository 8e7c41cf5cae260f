"""Automatically answered cases are closed: status "answered" ("répondu automatiquement").

Until now they kept the status "new" forever, so the page's counters mixed them with the cases
waiting for a person. A case whose automatic reply could not be delivered was escalated by the
outbox (action "escalate"), so only cases still answered automatically move.

Revision ID: 0006
Revises: 0005
Create Date: 2027-03-01
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0006"
down_revision: Union[str, None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE cases SET status = 'answered' WHERE status = 'new' AND action = 'reply'")


def downgrade() -> None:
    op.execute("UPDATE cases SET status = 'new' WHERE status = 'answered'")
