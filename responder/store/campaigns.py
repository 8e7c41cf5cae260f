"""The campaign journal: which invitation went to whom, in SQLite, so that a rerun never sends twice.

Every recipient's invitation is written `pending` before the first send, in one transaction
(bulk-sending note §5.5); each call is one short transaction committed before it returns, so a
kill -9 at any point leaves the truth on disk. This module creates a campaign (refusing changed
settings unless confirmed) and reports on campaigns; `CampaignStore` joins it with the sending
loop's side (invitation_delivery.py) and the linking of a trainee's message to its invitation
(invitation_links.py), and the names their callers use are exported from here.
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from responder.errors import CampaignError
from responder.model import Invitee, Training
from responder.store.invitation_delivery import InvitationDelivery
from responder.store.invitation_journal import (
    InvitationRow,
    campaign_training,
    database_errors,
    invitation_row,
    normalise_address,
)
from responder.store.invitation_links import InvitationLinks, LinkedInvitation
from responder.store.schema import (
    INVITATION_FINAL,
    INVITATION_PENDING,
    INVITATION_STATES,
    Campaign,
    Invitation,
)

# What the trainer reads when a campaign's settings changed (CampaignChange.field -> French label).
_FIELD_LABELS = {
    "url": "url",
    "template": "modèle",
    "fingerprint": "contenu du modèle",
    "training": "formation",
    "trainer_name": "formateur",
    "trainer_email": "courriel du formateur",
}


@dataclass(frozen=True)
class CampaignSpec:
    """What a run of `invite` asks for.

    key: the campaign's identity (--campaign, else the training name casefolded, spaces collapsed).
    template: the template name as given; fingerprint: InvitationTemplate.fingerprint.
    """

    key: str
    training: Training
    template: str
    fingerprint: str


@dataclass(frozen=True)
class CampaignChange:
    """One setting of a campaign that differs between the database and this run."""

    field: str  # "url", "template", "fingerprint", "training", "trainer_name", "trainer_email"
    before: str
    after: str


@dataclass(frozen=True)
class CampaignSummary:
    """A campaign and how many of its invitations are in each state (states with none omitted)."""

    id: int
    key: str
    training: Training
    template: str
    created_at: datetime
    counts: dict[str, int]


# What each state is called wherever a trainer or a stage manager reads it (progress, tables,
# failures CSV, review page): one set of words.
STATE_NAMES = {
    "pending": "en attente",
    "sending": "en cours d'envoi",
    "sent": "envoyée",
    "failed": "refusée",
    "deferred": "différée",
    "uncertain": "incertaine",
}


def describe_changes(changes: Sequence[CampaignChange]) -> str:
    """Return the changes as one French line: "url : avant → après ; modèle : ...\"."""
    return " ; ".join(
        f"{_FIELD_LABELS.get(c.field, c.field)} : {_shown(c, c.before)} → {_shown(c, c.after)}"
        for c in changes
    )


def _shown(change: CampaignChange, value: str) -> str:
    if not value:
        return "(vide)"
    # A sha256 in full drowns the line; its first 12 digits tell two versions apart.
    return value[:12] if change.field == "fingerprint" else value


class CampaignStore(InvitationDelivery, InvitationLinks):
    """Reads and writes the campaign journal; one short committed transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # --- the campaign ------------------------------------------------------------------------

    @database_errors
    def find(self, key: str) -> CampaignSummary | None:
        """Return the campaign with this key, if one was prepared."""
        with self.sessions() as session:
            campaign = session.scalar(select(Campaign).where(Campaign.key == key))
            if campaign is None:
                return None
            return _summary(campaign, _counts(session, campaign.id))

    @database_errors
    def changes(self, spec: CampaignSpec) -> list[CampaignChange]:
        """Return how this run's settings differ from the stored campaign's ([] when new or same)."""
        with self.sessions() as session:
            campaign = session.scalar(select(Campaign).where(Campaign.key == spec.key))
            return _changes(campaign, spec) if campaign is not None else []

    @database_errors
    def prepare(
        self,
        spec: CampaignSpec,
        invitees: Sequence[Invitee],
        now: datetime,
        accept_changes: bool = False,
    ) -> int:
        """Write the campaign and a pending invitation per new invitee, in one transaction.

        Invitations already sent or failed are left as they are; the others get the roster's
        current name and profile. Refuses (CampaignError listing each change) when the stored
        campaign had another URL, template or trainer, unless `accept_changes`: then the
        campaign takes this run's settings. Returns the campaign id.
        """
        try:
            with self.sessions.begin() as session:
                campaign = session.scalar(select(Campaign).where(Campaign.key == spec.key))
                if campaign is None:
                    campaign = Campaign(key=spec.key, created_at=now)
                    _apply(campaign, spec, now)
                    session.add(campaign)
                    session.flush()
                else:
                    found = _changes(campaign, spec)
                    if found and not accept_changes:
                        raise CampaignError(
                            f"la campagne « {spec.key} » a déjà été préparée avec d'autres réglages"
                            f" ({describe_changes(found)}) : confirmez ces changements, ou donnez"
                            " un autre nom de campagne"
                        )
                    if found:
                        _apply(campaign, spec, now)
                _add_invitations(session, campaign.id, invitees, now)
                return campaign.id
        except IntegrityError:
            # Another `invite` prepared the same campaign at the same moment: nothing was written.
            raise CampaignError(
                f"la campagne « {spec.key} » est préparée en ce moment par un autre envoi : réessayez"
            ) from None

    # --- reports -----------------------------------------------------------------------------

    @database_errors
    def counts(self, campaign_id: int) -> dict[str, int]:
        """Return how many invitations are in each state (states with none omitted)."""
        with self.sessions() as session:
            return _counts(session, campaign_id)

    @database_errors
    def invitations(self, campaign_id: int, states: Sequence[str] = ()) -> list[InvitationRow]:
        """Return the campaign's invitations (only those in `states` if given), oldest first."""
        unknown = set(states) - set(INVITATION_STATES)
        if unknown:
            raise ValueError(f"unknown invitation states: {sorted(unknown)}")
        query = select(Invitation).where(Invitation.campaign_id == campaign_id).order_by(Invitation.id)
        if states:
            query = query.where(Invitation.state.in_(states))
        with self.sessions() as session:
            return [invitation_row(row) for row in session.scalars(query)]

    @database_errors
    def list_campaigns(self) -> list[CampaignSummary]:
        """Return every campaign with its counts, newest first."""
        with self.sessions() as session:
            campaigns = list(
                session.scalars(select(Campaign).order_by(Campaign.created_at.desc(), Campaign.id.desc()))
            )
            counts: dict[int, dict[str, int]] = {}
            for campaign_id, state, number in session.execute(
                select(Invitation.campaign_id, Invitation.state, func.count()).group_by(
                    Invitation.campaign_id, Invitation.state
                )
            ):
                counts.setdefault(campaign_id, {})[state] = number
            return [_summary(c, counts.get(c.id, {})) for c in campaigns]


def _changes(campaign: Campaign, spec: CampaignSpec) -> list[CampaignChange]:
    training = spec.training
    pairs = (
        ("url", campaign.url, training.url),
        ("template", campaign.template, spec.template),
        ("fingerprint", campaign.fingerprint, spec.fingerprint),
        ("training", campaign.training, training.name),
        ("trainer_name", campaign.trainer_name, training.trainer_name),
        ("trainer_email", campaign.trainer_email, training.trainer_email),
    )
    return [CampaignChange(field, before, after) for field, before, after in pairs if before != after]


def _apply(campaign: Campaign, spec: CampaignSpec, now: datetime) -> None:
    campaign.training = spec.training.name
    campaign.url = spec.training.url
    campaign.trainer_name = spec.training.trainer_name
    campaign.trainer_email = spec.training.trainer_email
    campaign.template = spec.template
    campaign.fingerprint = spec.fingerprint
    campaign.updated_at = now


def _add_invitations(
    session: Session, campaign_id: int, invitees: Sequence[Invitee], now: datetime
) -> None:
    existing = {
        row.address: row
        for row in session.scalars(select(Invitation).where(Invitation.campaign_id == campaign_id))
    }
    for invitee in invitees:
        address = normalise_address(invitee.entry.address)
        name, profile = invitee.entry.display_name, invitee.profile.value
        row = existing.get(address)
        if row is None:
            row = Invitation(
                campaign_id=campaign_id,
                address=address,
                name=name,
                profile=profile,
                message_id=invitee.message_id,
                state=INVITATION_PENDING,
                attempts=0,
                last_detail="",
                body_text="",
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            existing[address] = row
        elif row.state not in INVITATION_FINAL and (row.name, row.profile) != (name, profile):
            # The Message-ID stays: an uncertain one may be in the trainee's mailbox already.
            row.name, row.profile, row.updated_at = name, profile, now


def _counts(session: Session, campaign_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Invitation.state, func.count())
        .where(Invitation.campaign_id == campaign_id)
        .group_by(Invitation.state)
    )
    return {state: number for state, number in rows}


def _summary(campaign: Campaign, counts: dict[str, int]) -> CampaignSummary:
    return CampaignSummary(
        id=campaign.id,
        key=campaign.key,
        training=campaign_training(campaign),
        template=campaign.template,
        created_at=campaign.created_at,
        counts=counts,
    )


__all__ = [
    "INVITATION_FINAL",
    "STATE_NAMES",
    "INVITATION_STATES",
    "CampaignChange",
    "CampaignSpec",
    "CampaignStore",
    "CampaignSummary",
    "InvitationRow",
    "LinkedInvitation",
    "describe_changes",
    "normalise_address",
]
