"""An invitation's delivery states in the campaign journal, one short committed transaction each.

Around each SMTP transaction the sending loop commits `sending` (one conditional UPDATE, with the
attempt logged for the rate limit) and then the outcome, so a kill -9 at any point leaves the
truth on disk. An invitation left `sending` by a crash becomes `uncertain`: reported, and resent
(with the same Message-ID) only when the trainer asks. The claim and the mapping of an outcome to
a state are shared with the outbox (delivery_state.py); the retry times come from the sending
loop, whose schedule is the trainer's to configure.
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from responder.model import Delivery, DeliveryStatus
from responder.store import delivery_state
from responder.store.invitation_journal import (
    InvitationRow,
    database_errors,
    invitation_row,
    normalise_address,
)
from responder.store.schema import (
    INVITATION_DEFERRED,
    INVITATION_FAILED,
    INVITATION_PENDING,
    INVITATION_SENDING,
    INVITATION_UNCERTAIN,
    Invitation,
    SendAttempt,
)

_INTERRUPTED = "interrompu pendant l'envoi SMTP : envoi non confirmé"
# The states an invitation can be claimed from, and put back in when nothing reached the relay.
# Failed ones too: the trainer sends a refused invitation again, once the cause is fixed, with
# --retry-failed (to_send returns them only then).
_CLAIMABLE = (INVITATION_PENDING, INVITATION_DEFERRED, INVITATION_UNCERTAIN, INVITATION_FAILED)


class InvitationDelivery:
    """The sending loop's side of the journal: what to send, claim, outcome, release, recovery.

    A part of CampaignStore (campaigns.py), which provides `sessions`.
    """

    sessions: sessionmaker[Session]

    @database_errors
    def recover_interrupted(self, campaign_id: int, now: datetime) -> int:
        """Turn invitations left `sending` by a crash into `uncertain`; count them."""
        with self.sessions.begin() as session:
            recovered = session.execute(  # type: ignore[attr-defined]  # an UPDATE's CursorResult
                update(Invitation)
                .where(Invitation.campaign_id == campaign_id, Invitation.state == INVITATION_SENDING)
                .values(state=INVITATION_UNCERTAIN, last_detail=_INTERRUPTED, updated_at=now)
            ).rowcount
            return int(recovered)

    @database_errors
    def to_send(
        self, campaign_id: int, addresses: Sequence[str], resend_uncertain: bool, retry_failed: bool = False
    ) -> list[InvitationRow]:
        """Return the invitations of these addresses still to send, in the order given.

        Pending and deferred ones always; uncertain and failed ones only when the trainer asked.
        Sent and `sending` ones never.
        """
        states = [INVITATION_PENDING, INVITATION_DEFERRED]
        if resend_uncertain:
            states.append(INVITATION_UNCERTAIN)
        if retry_failed:
            states.append(INVITATION_FAILED)
        with self.sessions() as session:
            # The whole campaign's waiting rows, filtered here: a roster may hold thousands of
            # addresses, more than a comfortable IN (...).
            rows = session.scalars(
                select(Invitation).where(
                    Invitation.campaign_id == campaign_id, Invitation.state.in_(states)
                )
            )
            waiting = {row.address: invitation_row(row) for row in rows}
        ordered: list[InvitationRow] = []
        for address in dict.fromkeys(normalise_address(a) for a in addresses):
            if address in waiting:
                ordered.append(waiting[address])
        return ordered

    @database_errors
    def claim(self, invitation_id: int, now: datetime) -> bool:
        """Mark the invitation `sending` and log the attempt, in one commit; False if not claimable.

        One conditional UPDATE, so two runs can never both hand the same invitation to SMTP.
        A crash after this commit leaves it `sending`, found `uncertain` at the next start.
        """
        with self.sessions.begin() as session:
            claimed = delivery_state.claim(session, Invitation, invitation_id, _CLAIMABLE, updated_at=now)
            if claimed:
                session.add(SendAttempt(at=now, invitation_id=invitation_id))
            return claimed

    @database_errors
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
        A deferred one without `retry_at` stays deferred, for a later run.
        """
        with self.sessions.begin() as session:
            invitation = session.get_one(Invitation, invitation_id)
            invitation.updated_at = now
            if delivery.status is DeliveryStatus.DRY_RUN:
                _put_back(session, invitation, now)
                return invitation.state
            invitation.body_text = body_text
            invitation.state, columns = delivery_state.settle(
                delivery, now, retry_at, exhausted=INVITATION_DEFERRED
            )
            for column, value in columns.items():
                setattr(invitation, column, value)
            return invitation.state

    @database_errors
    def release(self, invitation_id: int, now: datetime, state: str = INVITATION_PENDING) -> None:
        """Put a claimed invitation back in `state`, the one it was claimed from: nothing was
        handed to the relay. An uncertain one stays uncertain (it may be in the trainee's
        mailbox: only --resend-uncertain sends it again), a deferred one deferred."""
        if state not in _CLAIMABLE:
            raise ValueError(f"an invitation cannot be put back as {state!r}")
        with self.sessions.begin() as session:
            invitation = session.get_one(Invitation, invitation_id)
            if invitation.state == INVITATION_SENDING:
                _put_back(session, invitation, now, state)

    @database_errors
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
