"""The review page: accounts, the follow-up events of each case, who took it and its correction.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(512), nullable=False),
        sa.Column("role", sa.String(20), nullable=False, server_default="manager"),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])
    # Every new column is nullable: existing cases upgrade in place, untaken and uncorrected.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_to", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("corrected_profile", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("corrected_topics", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("corrected_action", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("corrected_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("corrected_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name in ("corrected_at", "corrected_by", "corrected_action", "corrected_topics",
                     "corrected_profile", "assigned_to"):
            batch_op.drop_column(name)
    op.drop_index("ix_case_events_case_id", table_name="case_events")
    op.drop_table("case_events")
    op.drop_table("users")
