"""Which invitation a trainee's message answers, found in the campaign journal by Message-ID or
by address, with what the pipeline needs to answer in that training's context.

Read-only. Imports the schema and the value types; never a step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from responder.model import Profile, Training
from responder.store.invitation_journal import campaign_training, normalise_address
from responder.store.schema import INVITATION_SENT, Campaign, Invitation


@dataclass(frozen=True)
class LinkedInvitation:
    """What the pipeline needs when a trainee's message answers an invitation."""

    campaign_id: int
    invitation_id: int
    training: Training
    address: str
    profile: Profile
    body_text: str


class InvitationLinks:
    """Finds the invitation a message answers. A part of CampaignStore, which provides `sessions`."""

    sessions: sessionmaker[Session]

    def invitation_for(self, message_ids: Sequence[str]) -> LinkedInvitation | None:
        """Return the invitation among these Message-IDs (In-Reply-To first, then References).

        Ids are compared as stored, angle brackets included; the first id that is one of ours wins.
        """
        if not message_ids:
            return None
        with self.sessions() as session:
            found = {
                row.message_id: row
                for row in session.scalars(
                    select(Invitation).where(Invitation.message_id.in_(list(message_ids)))
                )
            }
            for message_id in message_ids:
                if message_id in found:
                    return _linked(session, found[message_id])
            return None

    def invitations_by_ids(self, message_ids: Collection[str]) -> dict[str, LinkedInvitation]:
        """Return, by Message-ID, the invitations among these ids (one query for a batch)."""
        if not message_ids:
            return {}
        with self.sessions() as session:
            rows = session.scalars(select(Invitation).where(Invitation.message_id.in_(list(message_ids))))
            return {row.message_id: _linked(session, row) for row in rows}

    def latest_invitation_to(self, address: str) -> LinkedInvitation | None:
        """Return the invitation last sent to this address (any case), if any was sent."""
        with self.sessions() as session:
            invitation = session.scalar(
                select(Invitation)
                .where(
                    Invitation.address == normalise_address(address),
                    Invitation.state == INVITATION_SENT,
                )
                .order_by(Invitation.sent_at.desc(), Invitation.id.desc())
                .limit(1)
            )
            return _linked(session, invitation) if invitation is not None else None


def _linked(session: Session, invitation: Invitation) -> LinkedInvitation:
    campaign = session.get_one(Campaign, invitation.campaign_id)
    return LinkedInvitation(
        campaign_id=campaign.id,
        invitation_id=invitation.id,
        training=campaign_training(campaign),
        address=invitation.address,
        profile=Profile(invitation.profile),
        body_text=invitation.body_text,
    )
