"""Invitation campaigns: the campaign, one invitation per recipient, the send attempts, case links.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-10
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("training", sa.String(300), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("trainer_name", sa.String(320), nullable=False, server_default=""),
        sa.Column("trainer_email", sa.String(320), nullable=False, server_default=""),
        sa.Column("template", sa.String(500), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.Integer(), sa.ForeignKey("campaigns.id"), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("name", sa.String(320), nullable=False, server_default=""),
        sa.Column("profile", sa.String(20), nullable=False),
        sa.Column("message_id", sa.String(512), nullable=False, unique=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_code", sa.Integer(), nullable=True),
        sa.Column("last_detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("body_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        # One invitation per recipient and campaign, whatever the roster's row order on a rerun.
        sa.UniqueConstraint("campaign_id", "address", name="uq_invitation_campaign_address"),
    )
    op.create_index("ix_invitations_campaign_id", "invitations", ["campaign_id"])
    op.create_index("ix_invitations_state", "invitations", ["state"])
    # A delivery report naming no mail is matched by address alone (latest_invitation_to).
    op.create_index("ix_invitations_address", "invitations", ["address"])
    op.create_table(
        "send_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), sa.ForeignKey("invitations.id"), nullable=False),
    )
    op.create_index("ix_send_attempts_at", "send_attempts", ["at"])
    # Nullable: existing cases upgrade in place, answering no invitation.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("invitation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_cases_campaign_id", "campaigns", ["campaign_id"], ["id"])
        batch_op.create_foreign_key("fk_cases_invitation_id", "invitations", ["invitation_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint("fk_cases_invitation_id", type_="foreignkey")
        batch_op.drop_constraint("fk_cases_campaign_id", type_="foreignkey")
        batch_op.drop_column("invitation_id")
        batch_op.drop_column("campaign_id")
    op.drop_index("ix_send_attempts_at", table_name="send_attempts")
    op.drop_table("send_attempts")
    op.drop_index("ix_invitations_address", table_name="invitations")
    op.drop_index("ix_invitations_state", table_name="invitations")
    op.drop_index("ix_invitations_campaign_id", table_name="invitations")
    op.drop_table("invitations")
    op.drop_table("campaigns")
