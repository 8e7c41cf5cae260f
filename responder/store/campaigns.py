"""The campaign journal: which invitation went to whom, in SQLite, so that a rerun never sends twice.

Every recipient's invitation is written `pending` before the first send, in one transaction
(bulk-sending note §5.5). Around each SMTP transaction the sending loop commits `sending` (one
conditional UPDATE, with the attempt logged for the rate limit) and then the outcome; each call here
is one short transaction committed before it returns, so a kill -9 at any point leaves the truth on
disk. An invitation left `sending` by a crash becomes `uncertain`: reported, and resent (with the
same Message-ID) only when the trainer asks. Imports models and model; never a pipeline step.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ParamSpec, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from responder.errors import CampaignError, DatabaseError
from responder.model import Delivery, DeliveryStatus, Invitee, Profile, Training
from responder.store.schema import (
    INVITATION_DEFERRED,
    INVITATION_FAILED,
    INVITATION_FINAL,
    INVITATION_PENDING,
    INVITATION_SENDING,
    INVITATION_SENT,
    INVITATION_STATES,
    INVITATION_UNCERTAIN,
    Campaign,
    Invitation,
    SendAttempt,
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

_INTERRUPTED = "interrompu pendant l'envoi SMTP : envoi non confirmé"

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _database_errors(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn SQLite's refusals (locked by another program, disk full, read-only file) into one
    French DatabaseError: the journal is as the last commit left it, so the same command resumes."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except (OperationalError, DatabaseError) as error:
            # db.py words the reason in French (locked, disk full, read-only) and names the base.
            reason = str(error) if isinstance(error, DatabaseError) else "base de données inaccessible"
            raise DatabaseError(
                f"{reason} ; le journal des invitations est resté tel quel : relancez la même"
                " commande quand elle sera libre (une invitation interrompue pendant son envoi"
                " sera signalée incertaine, pas renvoyée)"
            ) from None

    return wrapper


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
class InvitationRow:
    """An invitation as the sending loop and the `campaigns` command see it."""

    id: int
    campaign_id: int
    address: str
    name: str
    profile: str
    message_id: str
    state: str
    attempts: int
    last_code: int | None
    last_detail: str
    sent_at: datetime | None
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class CampaignSummary:
    """A campaign and how many of its invitations are in each state (states with none omitted)."""

    id: int
    key: str
    training: Training
    template: str
    created_at: datetime
    counts: dict[str, int]


@dataclass(frozen=True)
class LinkedInvitation:
    """What the pipeline needs when a trainee's message answers an invitation."""

    campaign_id: int
    invitation_id: int
    training: Training
    address: str
    profile: Profile
    body_text: str


# What each state is called wherever a trainer or a stage manager reads it (progress, tables,
# failures CSV, review page): one set of words.
STATE_NAMES = {
    "pending": "en attente",
    "sending": "en cours d'envoi",
    "sent": "envoyée",
    "failed": "en échec",
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


def normalise_address(address: str) -> str:
    """The address as the journal keys it: stripped, lower-cased (one invitation per trainee)."""
    return address.strip().lower()


class CampaignStore:
    """Reads and writes the campaign journal; one short committed transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # --- the campaign ------------------------------------------------------------------------

    @_database_errors
    def find(self, key: str) -> CampaignSummary | None:
        """Return the campaign with this key, if one was prepared."""
        with self.sessions() as session:
            campaign = session.scalar(select(Campaign).where(Campaign.key == key))
            if campaign is None:
                return None
            return _summary(campaign, _counts(session, campaign.id))

    @_database_errors
    def changes(self, spec: CampaignSpec) -> list[CampaignChange]:
        """Return how this run's settings differ from the stored campaign's ([] when new or same)."""
        with self.sessions() as session:
            campaign = session.scalar(select(Campaign).where(Campaign.key == spec.key))
            return _changes(campaign, spec) if campaign is not None else []

    @_database_errors
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

    # --- the sending loop --------------------------------------------------------------------

    @_database_errors
    def recover_interrupted(self, campaign_id: int, now: datetime) -> int:
        """Turn invitations left `sending` by a crash into `uncertain`; count them."""
        with self.sessions.begin() as session:
            recovered = session.execute(  # type: ignore[attr-defined]  # an UPDATE's CursorResult
                update(Invitation)
                .where(Invitation.campaign_id == campaign_id, Invitation.state == INVITATION_SENDING)
                .values(state=INVITATION_UNCERTAIN, last_detail=_INTERRUPTED, updated_at=now)
            ).rowcount
            return int(recovered)

    @_database_errors
    def to_send(
        self, campaign_id: int, addresses: Sequence[str], resend_uncertain: bool
    ) -> list[InvitationRow]:
        """Return the invitations of these addresses still to send, in the order given.

        Pending and deferred ones always; uncertain ones only when the trainer asked. Final
        (sent, failed) and `sending` ones never.
        """
        states = [INVITATION_PENDING, INVITATION_DEFERRED]
        if resend_uncertain:
            states.append(INVITATION_UNCERTAIN)
        with self.sessions() as session:
            # The whole campaign's waiting rows, filtered here: a roster may hold thousands of
            # addresses, more than a comfortable IN (...).
            rows = session.scalars(
                select(Invitation).where(
                    Invitation.campaign_id == campaign_id, Invitation.state.in_(states)
                )
            )
            waiting = {row.address: _row(row) for row in rows}
        ordered: list[InvitationRow] = []
        for address in dict.fromkeys(normalise_address(a) for a in addresses):
            if address in waiting:
                ordered.append(waiting[address])
        return ordered

    @_database_errors
    def claim(self, invitation_id: int, now: datetime) -> bool:
        """Mark the invitation `sending` and log the attempt, in one commit; False if not claimable.

        One conditional UPDATE, so two runs can never both hand the same invitation to SMTP.
        A crash after this commit leaves it `sending`, found `uncertain` at the next start.
        """
        with self.sessions.begin() as session:
            claimed = session.execute(  # type: ignore[attr-defined]  # an UPDATE's CursorResult
                update(Invitation)
                .where(
                    Invitation.id == invitation_id,
                    Invitation.state.in_(
                        (INVITATION_PENDING, INVITATION_DEFERRED, INVITATION_UNCERTAIN)
                    ),
                )
                .values(
                    state=INVITATION_SENDING,
                    attempts=Invitation.attempts + 1,
                    next_attempt_at=None,
                    updated_at=now,
                )
            ).rowcount
            if claimed:
                session.add(SendAttempt(at=now, invitation_id=invitation_id))
            return bool(claimed)

    @_database_errors
    def record_outcome(
        self,
        invitation_id: int,
        delivery: Delivery,
        body_text: str,
        now: datetime,
        retry_at: datetime | None = None,
    ) -> str:
        """Record how the SMTP transaction ended; returns the invitation's new state.

        The body is kept whatever the outcome (an uncertain one may have arrived and be quoted
        back). A dry-run delivery sent nothing: the invitation waits again, as after release().
        """
        with self.sessions.begin() as session:
            invitation = session.get_one(Invitation, invitation_id)
            invitation.updated_at = now
            if delivery.status is DeliveryStatus.DRY_RUN:
                _put_back(session, invitation, now)
                return invitation.state
            invitation.last_code = delivery.code
            invitation.last_detail = delivery.detail
            invitation.body_text = body_text
            if delivery.status is DeliveryStatus.SENT:
                invitation.state, invitation.sent_at = INVITATION_SENT, now
            elif delivery.status is DeliveryStatus.DEFERRED:
                invitation.state, invitation.next_attempt_at = INVITATION_DEFERRED, retry_at
            elif delivery.status is DeliveryStatus.UNCERTAIN:
                invitation.state = INVITATION_UNCERTAIN
            else:
                invitation.state = INVITATION_FAILED
            return invitation.state

    @_database_errors
    def release(self, invitation_id: int, now: datetime, state: str = INVITATION_PENDING) -> None:
        """Put a claimed invitation back in `state`, the one it was claimed from: nothing was
        handed to the relay. An uncertain one stays uncertain (it may be in the trainee's
        mailbox: only --resend-uncertain sends it again), a deferred one deferred."""
        if state not in (INVITATION_PENDING, INVITATION_DEFERRED, INVITATION_UNCERTAIN):
            raise ValueError(f"an invitation cannot be put back as {state!r}")
        with self.sessions.begin() as session:
            invitation = session.get_one(Invitation, invitation_id)
            if invitation.state == INVITATION_SENDING:
                _put_back(session, invitation, now, state)

    @_database_errors
    def attempt_times(self, since: datetime) -> list[datetime]:
        """Return when each invitation was handed to the relay since `since`, oldest first."""
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(SendAttempt.at)
                    .where(SendAttempt.at >= since)
                    .order_by(SendAttempt.at, SendAttempt.id)
                )
            )

    # --- reports -----------------------------------------------------------------------------

    @_database_errors
    def counts(self, campaign_id: int) -> dict[str, int]:
        """Return how many invitations are in each state (states with none omitted)."""
        with self.sessions() as session:
            return _counts(session, campaign_id)

    @_database_errors
    def invitations(self, campaign_id: int, states: Sequence[str] = ()) -> list[InvitationRow]:
        """Return the campaign's invitations (only those in `states` if given), oldest first."""
        unknown = set(states) - set(INVITATION_STATES)
        if unknown:
            raise ValueError(f"unknown invitation states: {sorted(unknown)}")
        query = select(Invitation).where(Invitation.campaign_id == campaign_id).order_by(Invitation.id)
        if states:
            query = query.where(Invitation.state.in_(states))
        with self.sessions() as session:
            return [_row(row) for row in session.scalars(query)]

    @_database_errors
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

    # --- linking a trainee's message to its invitation ----------------------------------------

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

    def mark_bounced(self, invitation_id: int, status: str, now: datetime) -> None:
        """Mark an invitation failed because a delivery report said so, even one the relay took."""
        with self.sessions.begin() as session:
            invitation = session.get_one(Invitation, invitation_id)
            invitation.state = INVITATION_FAILED
            # The relay's 250 (kept in sent_at) is not what the trainer needs in the failures CSV.
            invitation.last_code = None
            invitation.last_detail = f"rapport de non-remise {status}".strip()
            invitation.next_attempt_at = None
            invitation.updated_at = now


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


def _put_back(session: Session, invitation: Invitation, now: datetime,
              state: str = INVITATION_PENDING) -> None:
    invitation.state = state
    invitation.attempts -= 1
    invitation.updated_at = now
    # Nothing reached the relay: the rate limit must not count this attempt.
    last = session.scalar(
        select(SendAttempt.id)
        .where(SendAttempt.invitation_id == invitation.id)
        .order_by(SendAttempt.id.desc())
        .limit(1)
    )
    if last is not None:
        session.execute(delete(SendAttempt).where(SendAttempt.id == last))


def _counts(session: Session, campaign_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Invitation.state, func.count())
        .where(Invitation.campaign_id == campaign_id)
        .group_by(Invitation.state)
    )
    return {state: number for state, number in rows}


def _row(row: Invitation) -> InvitationRow:
    return InvitationRow(
        id=row.id,
        campaign_id=row.campaign_id,
        address=row.address,
        name=row.name,
        profile=row.profile,
        message_id=row.message_id,
        state=row.state,
        attempts=row.attempts,
        last_code=row.last_code,
        last_detail=row.last_detail,
        sent_at=row.sent_at,
        next_attempt_at=row.next_attempt_at,
    )


def _training(campaign: Campaign) -> Training:
    return Training(campaign.training, campaign.url, campaign.trainer_name, campaign.trainer_email)


def _summary(campaign: Campaign, counts: dict[str, int]) -> CampaignSummary:
    return CampaignSummary(
        id=campaign.id,
        key=campaign.key,
        training=_training(campaign),
        template=campaign.template,
        created_at=campaign.created_at,
        counts=counts,
    )


def _linked(session: Session, invitation: Invitation) -> LinkedInvitation:
    campaign = session.get_one(Campaign, invitation.campaign_id)
    return LinkedInvitation(
        campaign_id=campaign.id,
        invitation_id=invitation.id,
        training=_training(campaign),
        address=invitation.address,
        profile=Profile(invitation.profile),
        body_text=invitation.body_text,
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
