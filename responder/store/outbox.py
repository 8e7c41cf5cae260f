"""The outbox: automatic and manual replies from recorded to delivered, crash-safe.

A reply is written `pending` in the same commit as its case (cases.py); `claim_for_sending`
marks it `sending` right before SMTP; `record_delivery` writes the outcome after
(`record_and_claim` does both for consecutive replies in one commit). Found `sending` at start-up, a reply was interrupted inside the SMTP exchange: `recover_interrupted`
makes it `uncertain` and hands its case to a human, never sends it again. State changes are plain
conditional UPDATEs (one statement, no object loaded). The claim, the mapping of an SMTP outcome
to a state and the retry rule are the ones the invitations' journal uses too (delivery_state.py);
this module adds the replies' retry schedule and what a failed or uncertain reply does to its case.
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Update, bindparam, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from responder.model import Action, Delivery
from responder.store import delivery_state
from responder.store.schema import (
    REPLY_DEFERRED,
    REPLY_FAILED,
    REPLY_PENDING,
    REPLY_SENDING,
    REPLY_UNCERTAIN,
    STATUS_IN_PROGRESS,
    STATUS_NEW,
    Case,
    Reply,
)

# A deferred reply is tried again after these pauses, then handed to a human.
RETRY_DELAYS = (
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
)
CLAIMABLE = (REPLY_PENDING, REPLY_DEFERRED)
# How long a reply handed to SMTP counts as in flight: far above an SMTP exchange (each command
# times out in [smtp] timeout seconds), so that only a worker that died leaves one past it.
LEASE = timedelta(minutes=15)
# This process, as the leases name it.
WORKER = f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass(frozen=True)
class PendingReply:
    """A reply waiting in the outbox: what to send and to which case it belongs."""

    reply_id: int
    case_id: int
    raw: bytes
    envelope_from: str
    envelope_to: str
    attempts: int


class Outbox:
    """The replies table as a queue: due, claim, release, record, recover."""

    def __init__(self, sessions: sessionmaker[Session], lease: timedelta = LEASE) -> None:
        self.sessions, self.lease = sessions, lease

    def due_replies(self, now: datetime) -> list[PendingReply]:
        """Return the replies waiting to be sent whose time has come, oldest first."""
        with self.sessions() as session:
            rows = session.execute(
                select(Reply.id, Reply.case_id, Reply.raw, Reply.envelope_from, Reply.envelope_to, Reply.attempts)
                .where(Reply.state.in_(CLAIMABLE), Reply.next_attempt_at <= now)
                .order_by(Reply.id)
            )
            return [PendingReply(*row) for row in rows]

    def claim_for_sending(self, reply_id: int, now: datetime) -> bool:
        """Mark the reply `sending` if it still waits to be sent; False if someone else took it.

        One conditional UPDATE, so two processes can never both hand the same reply to SMTP.
        A crash after this commit leaves the reply `sending`, found `uncertain` at restart.
        """
        with self.sessions.begin() as session:
            return _claim(session, reply_id, now, self.lease)

    def record_and_claim(self, delivered: tuple[int, Delivery] | None, reply_id: int,
                         now: datetime) -> tuple[str | None, bool]:
        """Record the delivery of the reply sent last and claim the next one, in one commit.

        The same guarantees as record_delivery then claim_for_sending (at most one reply of this
        process is `sending` at any time, and it is the one in the SMTP exchange) for one synced
        commit a reply instead of two. Returns (the previous reply's state or None, claimed).
        """
        with self.sessions.begin() as session:
            state = _record(session, *delivered, now) if delivered is not None else None
            return state, _claim(session, reply_id, now, self.lease)

    def release(self, reply_id: int, now: datetime) -> None:
        """Put a claimed reply back in the outbox: nothing was handed to the relay."""
        with self.sessions.begin() as session:
            session.execute(
                update(Reply)
                .where(Reply.id == reply_id, Reply.state == REPLY_SENDING)
                .values(state=REPLY_PENDING, next_attempt_at=now, attempts=Reply.attempts - 1)
            )

    def record_delivery(self, reply_id: int, delivery: Delivery, now: datetime) -> str:
        """Record how the SMTP transaction ended; returns the reply's new state.

        A refused or uncertain reply sends its case to a human; a deferred one is retried later,
        and handed to a human once the retries are exhausted.
        """
        with self.sessions.begin() as session:
            return _record(session, reply_id, delivery, now)

    def recover_interrupted(self, now: datetime, exclusive: bool = True) -> int:
        """Turn replies left `sending` by a crash into `uncertain` cases for a human; count them.

        exclusive: no other process uses this database (SQLite's single-instance lock), so every
        `sending` reply was interrupted. Else only those whose lease has expired: another
        worker's reply in the SMTP exchange right now is not a crash.
        """
        with self.sessions.begin() as session:
            query = select(Reply).where(Reply.state == REPLY_SENDING)
            if not exclusive:
                query = query.where(or_(Reply.lease_until.is_(None), Reply.lease_until < now))
            stuck = list(session.scalars(query))
            for reply in stuck:
                reply.state = REPLY_UNCERTAIN
                reply.last_detail = "interrompu pendant l'envoi SMTP : envoi non confirmé"
                reply.case.updated_at = now
                escalate(reply.case, "delivery_uncertain", reply.last_detail)
            return len(stuck)


def _claim(session: Session, reply_id: int, now: datetime, lease: timedelta) -> bool:
    # The case is not touched: its reply is recorded (or found interrupted) a moment later.
    return delivery_state.claim(session, Reply, reply_id, CLAIMABLE, lease_owner=WORKER, lease_until=now + lease)


def _record(session: Session, reply_id: int, delivery: Delivery, now: datetime) -> str:
    connection = session.connection()  # plain statements: no object of these rows is loaded
    attempts = connection.scalar(_ATTEMPTS, {"reply_id": reply_id}) or 0
    retry_at = delivery_state.retry_time(RETRY_DELAYS, attempts, now)
    # Deferred more often than the schedule allows: a human takes over.
    state, columns = delivery_state.settle(delivery, now, retry_at, exhausted=REPLY_FAILED)
    connection.execute(_settle_statement(tuple(sorted(columns))), {"reply_id": reply_id, "state": state, **columns})
    if state in (REPLY_FAILED, REPLY_UNCERTAIN):
        case = session.scalar(select(Case).where(Case.id == _case_of(reply_id)))
        if case is not None:
            case.updated_at = now
            escalate(case, f"delivery_{state}", delivery.detail)
    else:
        connection.execute(_TOUCH_CASE, {"reply_id": reply_id, "now": now})
    return state


# Built once and run with parameters: building a statement cost more than running it.
_ATTEMPTS = select(Reply.attempts).where(Reply.id == bindparam("reply_id"))
_TOUCH_CASE = (
    update(Case)
    .where(Case.id == select(Reply.case_id).where(Reply.id == bindparam("reply_id")).scalar_subquery())
    .values(updated_at=bindparam("now"))
)


@functools.lru_cache(maxsize=None)
def _settle_statement(columns: tuple[str, ...]) -> Update:
    values: dict[str, Any] = {name: bindparam(name) for name in ("state", *columns)}
    return update(Reply).where(Reply.id == bindparam("reply_id")).values(**values)


def escalate(case: Case, code: str, detail: str) -> None:
    """Send a case to a human, the reason added to its stops."""
    stops = json.loads(case.stops or "[]")
    stops.append({"code": code, "effect": Action.ESCALATE.value, "detail": detail})
    case.stops = json.dumps(stops, ensure_ascii=False)
    case.action = Action.ESCALATE.value
    if case.status not in (STATUS_NEW, STATUS_IN_PROGRESS):
        # Closed (answered, ignored, resolved after a reply written by hand) or set aside: a
        # mail that did not go brings it back to the queue, to whoever follows it.
        case.status = STATUS_IN_PROGRESS if case.assigned_to is not None else STATUS_NEW
        case.waiting_until = None


def _case_of(reply_id: int) -> Any:
    return select(Reply.case_id).where(Reply.id == reply_id).scalar_subquery()
