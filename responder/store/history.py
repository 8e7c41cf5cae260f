"""What the decision needs to know from before: our texts a trainee may quote, and each sender's
replies and hard bounces. Read for a whole batch of messages in a few queries.

The pipeline loads these first and hands them to the pure decision as data (judge never reads
the database). Writes the delivery reports' refusals too, which feed the same history.
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from responder.model import SenderHistory, SentReply
from responder.store.schema import (
    REPLY_DEFERRED,
    REPLY_FAILED,
    REPLY_PENDING,
    REPLY_SENDING,
    REPLY_SENT,
    REPLY_UNCERTAIN,
    Bounce,
    Reply,
)

# Only a refusal of the recipient itself says the address is dead; a relay outage that exhausted
# the retries says nothing about the trainee.
RECIPIENT_REFUSED_CODES = (550, 551, 553)
# Replies that went, or may still go: they count in the caps and in "the same answer twice".
_COUNTED = (REPLY_PENDING, REPLY_SENDING, REPLY_SENT, REPLY_DEFERRED, REPLY_UNCERTAIN)


class History:
    """Reads the sender histories and our sent texts; records refusals from delivery reports."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def texts_we_sent(self, message_ids: Collection[str]) -> dict[str, str]:
        """Return {Message-ID: body} of our replies among these ids (a trainee may quote them)."""
        if not message_ids:
            return {}
        with self.sessions() as session:
            rows = session.execute(
                select(Reply.message_id, Reply.body_text).where(Reply.message_id.in_(list(message_ids)))
            )
            return {message_id: text for message_id, text in rows}

    def histories(self, keys: Collection[str]) -> dict[str, SenderHistory]:
        """Return the history of each sender key (an empty one for a sender never answered)."""
        wanted = [key for key in set(keys) if key]
        found: dict[str, SenderHistory] = {key: SenderHistory() for key in wanted}
        if not wanted:
            return found
        replies: dict[str, list[SentReply]] = {key: [] for key in wanted}
        bounced: dict[str, datetime] = {}
        with self.sessions() as session:
            for key, at, handle in session.execute(
                select(Reply.sender_key, Reply.created_at, Reply.handle)
                .where(Reply.sender_key.in_(wanted), Reply.state.in_(_COUNTED))
            ):
                replies[key].append(SentReply(at, handle))
            refusals = (
                select(Reply.sender_key, func.max(Reply.created_at))
                .where(Reply.sender_key.in_(wanted), Reply.state == REPLY_FAILED,
                       Reply.last_code.in_(RECIPIENT_REFUSED_CODES))
                .group_by(Reply.sender_key)
            )
            reports = (
                select(Bounce.sender_key, func.max(Bounce.received_at))
                .where(Bounce.sender_key.in_(wanted)).group_by(Bounce.sender_key)
            )
            for statement in (refusals, reports):
                for key, at in session.execute(statement):
                    if at is not None and (key not in bounced or at > bounced[key]):
                        bounced[key] = at
        return {key: SenderHistory(tuple(replies[key]), bounced.get(key)) for key in wanted}

    def replies_to(self, sender_key: str) -> list[tuple[datetime, str]]:
        """Return (sent or queued at, handle) of every reply that went or may go to this sender."""
        history = self.histories([sender_key]).get(sender_key, SenderHistory())
        return [(reply.sent_at, reply.handle) for reply in history.replies]

    def hard_bounced_at(self, sender_key: str) -> datetime | None:
        """When mail to this sender was last refused for good (SMTP refusal or bounce), if ever."""
        return self.histories([sender_key]).get(sender_key, SenderHistory()).hard_bounced_at


def bounces(case_id: int, refused: Sequence[tuple[str, str, str]], now: datetime) -> list[Bounce]:
    """The rows saying each (address, sender key, status) refused our mail for good, as the
    delivery report of case `case_id` said; added in the caller's transaction."""
    return [
        Bounce(sender_key=key, address=address, status=status, case_id=case_id, received_at=now)
        for address, key, status in refused
    ]
