"""Record step: the case log in the database, and the queries that read it.

The pipeline writes only through this module, in the order that makes a crash harmless: the case
and the reply to send are committed first (the outbox), the reply is marked `sending` right before
SMTP, its delivery is recorded after, and the mailbox message is marked acknowledged last. A reply
found `sending` at start-up was interrupted inside the SMTP exchange: it becomes `uncertain` and
goes to a human, never out again. Imports models and model; never a pipeline step.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.model import (
    Action,
    Decision,
    Delivery,
    DeliveryStatus,
    OutgoingMail,
    ParsedMessage,
    RawMessage,
)
from responder.store.schema import (
    REPLY_DEFERRED,
    REPLY_DRY_RUN,
    REPLY_FAILED,
    REPLY_PENDING,
    REPLY_SENDING,
    REPLY_SENT,
    REPLY_UNCERTAIN,
    STATUS_IGNORED,
    STATUS_NEW,
    Bounce,
    Case,
    MailboxMessage,
    Reply,
    Setting,
)

RECIPIENT_REFUSED_CODES = (550, 551, 553)

# A deferred reply is tried again after these pauses, then handed to a human.
RETRY_DELAYS = (
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
)


def message_key(parsed_message_id: str | None, sender: str, raw: bytes) -> str:
    """The identity of a mail: its Message-ID and sender, else a digest of its bytes.

    The sender is part of it because some mailers and web forms reuse Message-IDs: another
    person's mail with the same id must not pass for a copy already answered.
    """
    if parsed_message_id:
        return f"{parsed_message_id} {sender.lower()}"
    return "sha256:" + hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class PendingReply:
    """A reply waiting in the outbox: what to send and to which case it belongs."""

    reply_id: int
    case_id: int
    raw: bytes
    envelope_from: str
    envelope_to: str
    attempts: int


@dataclass(frozen=True)
class RecordedMessage:
    """A mailbox message already recorded: its case's final action and whether it was answered."""

    case_id: int
    action: Action
    replied: bool
    awaiting: bool = False  # its reply waits in the outbox (deferred): flag and move it later


@dataclass(frozen=True)
class CaseRow:
    """A case as the `cases` command lists it."""

    id: int
    received_at: datetime
    sender: str
    profile: str
    topics: str
    action: str
    status: str
    reply_state: str
    reply_subject: str
    stops: str
    subject: str


class Recorder:
    """Writes cases and reads the log; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # --- installation settings -------------------------------------------------------------

    def signing_key(self) -> bytes:
        """Return the key that signs our Message-IDs, created at the first call."""
        with self.sessions.begin() as session:
            setting = session.get(Setting, "signing_key")
            if setting is None:
                setting = Setting(key="signing_key", value=secrets.token_hex(32))
                session.add(setting)
            return bytes.fromhex(setting.value)

    # --- what was already handled -------------------------------------------------------------

    def is_handled(self, source: str, uidvalidity: int, uid: str) -> bool:
        """Tell whether this mailbox message was recorded and acknowledged."""
        with self.sessions() as session:
            return bool(
                session.scalar(
                    select(MailboxMessage.acknowledged).where(
                        MailboxMessage.source == source,
                        MailboxMessage.uidvalidity == uidvalidity,
                        MailboxMessage.uid == uid,
                    )
                )
            )

    def recorded(self, raw: RawMessage) -> RecordedMessage | None:
        """Return what was recorded for this mailbox message, if it was (crash before the flags)."""
        with self.sessions() as session:
            row = session.scalar(
                select(MailboxMessage).where(
                    MailboxMessage.source == raw.source,
                    MailboxMessage.uidvalidity == raw.uidvalidity,
                    MailboxMessage.uid == raw.uid,
                )
            )
            if row is None or row.case is None:
                return None
            return _recorded(row.case)

    def case_by_key(self, key: str) -> RecordedMessage | None:
        """Return the case of a mail with this identity, if one exists."""
        with self.sessions() as session:
            case = session.scalar(select(Case).where(Case.message_key == key))
            return _recorded(case) if case else None

    def link_duplicate(self, raw: RawMessage, case_id: int, now: datetime) -> None:
        """Record another copy of an already-recorded mail (same Message-ID, another UID)."""
        with self.sessions.begin() as session:
            _add_mailbox_message(session, raw, case_id, now)

    def mark_acknowledged(self, raw: RawMessage) -> None:
        """Record that the mailbox message was flagged (and moved): it is fully handled."""
        with self.sessions.begin() as session:
            session.execute(
                update(MailboxMessage)
                .where(
                    MailboxMessage.source == raw.source,
                    MailboxMessage.uidvalidity == raw.uidvalidity,
                    MailboxMessage.uid == raw.uid,
                )
                .values(acknowledged=True)
            )

    # --- what the guard needs to know ---------------------------------------------------------

    def texts_we_sent(self, message_ids: Sequence[str]) -> list[str]:
        """Return the bodies of our replies among these Message-IDs (the trainee may quote them)."""
        if not message_ids:
            return []
        with self.sessions() as session:
            return list(
                session.scalars(select(Reply.body_text).where(Reply.message_id.in_(message_ids)))
            )

    def replies_to(self, sender_key: str) -> list[tuple[datetime, str]]:
        """Return (sent or queued at, handle) of every reply that went or may go to this sender."""
        with self.sessions() as session:
            rows = session.execute(
                select(Reply.created_at, Reply.handle).where(
                    Reply.sender_key == sender_key,
                    Reply.state.in_(
                        (REPLY_PENDING, REPLY_SENDING, REPLY_SENT, REPLY_DEFERRED, REPLY_UNCERTAIN)
                    ),
                )
            )
            return [(at, handle) for at, handle in rows]

    def hard_bounced_at(self, sender_key: str) -> datetime | None:
        """When mail to this sender was last refused for good (SMTP refusal or bounce), if ever."""
        with self.sessions() as session:
            # Only a refusal of the recipient itself (550/551/553) says the address is dead; a
            # relay outage that exhausted the retries says nothing about the trainee.
            refused = session.scalar(
                select(Reply.created_at)
                .where(
                    Reply.sender_key == sender_key,
                    Reply.state == REPLY_FAILED,
                    Reply.last_code.in_(RECIPIENT_REFUSED_CODES),
                )
                .order_by(Reply.created_at.desc())
                .limit(1)
            )
            bounced = session.scalar(
                select(Bounce.received_at)
                .where(Bounce.sender_key == sender_key)
                .order_by(Bounce.received_at.desc())
                .limit(1)
            )
        return max((at for at in (refused, bounced) if at is not None), default=None)

    def record_bounces(self, case_id: int, refused: Sequence[tuple[str, str, str]], now: datetime) -> None:
        """Record that each (address, sender key, status) refused our mail for good, as a bounce
        (case `case_id`) said: one transaction, however many recipients the report names."""
        if not refused:
            return
        with self.sessions.begin() as session:
            session.add_all(
                Bounce(sender_key=key, address=address, status=status, case_id=case_id, received_at=now)
                for address, key, status in refused
            )

    # --- recording a case ---------------------------------------------------------------------

    def record_case(
        self,
        raw: RawMessage,
        parsed: ParsedMessage,
        decision: Decision,
        now: datetime,
        reply: OutgoingMail | None = None,
        reply_text: str = "",
        handle: str = "",
        sender_key: str = "",
        explanation: dict[str, object] | None = None,
        invitation: tuple[int, int] | None = None,
    ) -> tuple[int, int | None]:
        """Record the case, the mailbox message and the reply to send (pending), in one commit.

        invitation: (campaign id, invitation id) when the message answers one of our invitations.
        Returns (case id, reply id or None).
        """
        classification = decision.classification
        sender = parsed.sender
        key = message_key(parsed.message_id, sender.addr if sender else "", raw.raw)
        case = Case(
            message_key=key,
            message_id=parsed.message_id,
            received_at=raw.internal_date or now,
            sent_date=parsed.date,
            sender_address=sender.addr if sender else "",
            sender_name=sender.name if sender else "",
            subject=parsed.subject,
            profile=classification.profile.value,
            topics=" ".join(topic.value for topic in classification.topics),
            action=decision.action.value,
            classified_action=classification.action.value,
            reasons=json.dumps(
                [
                    {"rule": r.rule, "matched": r.matched, "where": r.where, "weight": r.weight}
                    for r in classification.reasons
                ],
                ensure_ascii=False,
            ),
            stops=_stops_json(decision),
            notes=" ".join(decision.notes),
            text=parsed.text,
            new_text=parsed.new_text,
            quote_cut=parsed.quote_cut,
            quote_confident=parsed.quote_confident,
            defects=" ".join(parsed.defects),
            explanation=json.dumps(explanation or {}, ensure_ascii=False),
            raw=raw.raw,
            campaign_id=invitation[0] if invitation else None,
            invitation_id=invitation[1] if invitation else None,
            status=STATUS_IGNORED if decision.action is Action.IGNORE else STATUS_NEW,
            created_at=now,
            updated_at=now,
        )
        with self.sessions.begin() as session:
            session.add(case)
            session.flush()
            _add_mailbox_message(session, raw, case.id, now)
            reply_id = None
            if reply is not None:
                row = Reply(
                    case_id=case.id,
                    message_id=reply.message_id,
                    envelope_from=reply.envelope_from,
                    envelope_to=",".join(reply.envelope_to),
                    sender_key=sender_key,
                    handle=handle,
                    subject=str(reply.message["Subject"] or ""),
                    raw=reply.message.as_bytes(),
                    body_text=reply_text,
                    state=REPLY_PENDING,
                    attempts=0,
                    created_at=now,
                    next_attempt_at=now,
                )
                session.add(row)
                session.flush()
                reply_id = row.id
            return case.id, reply_id

    def record_failure(self, raw: RawMessage, error: str, now: datetime) -> int:
        """Record a message the pipeline could not handle, for a human; returns the case id."""
        key = "sha256:" + hashlib.sha256(raw.raw).hexdigest()
        with self.sessions.begin() as session:
            existing = session.scalar(select(Case).where(Case.message_key == key))
            if existing is None:
                existing = Case(
                    message_key=key,
                    received_at=raw.internal_date or now,
                    profile="other",
                    action=Action.ESCALATE.value,
                    classified_action=Action.ESCALATE.value,
                    stops=json.dumps(
                        [{"code": "processing_error", "effect": "escalate", "detail": error}]
                    ),
                    error=error,
                    raw=raw.raw,
                    status=STATUS_NEW,
                    created_at=now,
                    updated_at=now,
                )
                session.add(existing)
                session.flush()
            _add_mailbox_message(session, raw, existing.id, now)
            return existing.id

    # --- the outbox -----------------------------------------------------------------------------

    def due_replies(self, now: datetime) -> list[PendingReply]:
        """Return the replies waiting to be sent whose time has come."""
        with self.sessions() as session:
            rows = session.scalars(
                select(Reply)
                .where(
                    Reply.state.in_((REPLY_PENDING, REPLY_DEFERRED)),
                    Reply.next_attempt_at <= now,
                )
                .order_by(Reply.id)
            )
            return [
                PendingReply(r.id, r.case_id, r.raw, r.envelope_from, r.envelope_to, r.attempts)
                for r in rows
            ]

    def claim_for_sending(self, reply_id: int, now: datetime) -> bool:
        """Mark the reply `sending` if it still waits to be sent; False if someone else took it.

        One conditional UPDATE, so two processes can never both hand the same reply to SMTP.
        A crash after this commit leaves the reply `sending`, found `uncertain` at restart.
        """
        with self.sessions.begin() as session:
            claimed = session.execute(  # type: ignore[attr-defined]  # an UPDATE's CursorResult
                update(Reply)
                .where(Reply.id == reply_id, Reply.state.in_((REPLY_PENDING, REPLY_DEFERRED)))
                .values(state=REPLY_SENDING, attempts=Reply.attempts + 1, next_attempt_at=None)
            ).rowcount
            if claimed:
                session.get_one(Reply, reply_id).case.updated_at = now
            return bool(claimed)

    def release(self, reply_id: int, now: datetime) -> None:
        """Put a claimed reply back in the outbox: the run stopped before anything was sent."""
        with self.sessions.begin() as session:
            reply = session.get_one(Reply, reply_id)
            if reply.state == REPLY_SENDING:
                reply.state, reply.next_attempt_at = REPLY_PENDING, now
                reply.attempts -= 1

    def record_delivery(self, reply_id: int, delivery: Delivery, now: datetime) -> str:
        """Record how the SMTP transaction ended; returns the reply's new state.

        A refused or uncertain reply sends its case to a human; a deferred one is retried later,
        and handed to a human once the retries are exhausted.
        """
        with self.sessions.begin() as session:
            reply = session.get_one(Reply, reply_id)
            reply.last_code = delivery.code
            reply.last_detail = delivery.detail
            case = reply.case
            case.updated_at = now
            if delivery.status is DeliveryStatus.SENT:
                reply.state, reply.sent_at = REPLY_SENT, now
            elif delivery.status is DeliveryStatus.DRY_RUN:
                reply.state = REPLY_DRY_RUN
            elif delivery.status is DeliveryStatus.DEFERRED and reply.attempts <= len(RETRY_DELAYS):
                reply.state = REPLY_DEFERRED
                reply.next_attempt_at = now + RETRY_DELAYS[reply.attempts - 1]
            else:
                reply.state = (
                    REPLY_UNCERTAIN if delivery.status is DeliveryStatus.UNCERTAIN else REPLY_FAILED
                )
                _escalate(case, f"delivery_{reply.state}", delivery.detail)
            return reply.state

    def recover_interrupted(self, now: datetime) -> int:
        """Turn replies left `sending` by a crash into `uncertain` cases for a human; count them."""
        with self.sessions.begin() as session:
            stuck = list(session.scalars(select(Reply).where(Reply.state == REPLY_SENDING)))
            for reply in stuck:
                reply.state = REPLY_UNCERTAIN
                reply.last_detail = "interrompu pendant l'envoi SMTP : envoi non confirmé"
                reply.case.updated_at = now
                _escalate(reply.case, "delivery_uncertain", reply.last_detail)
            return len(stuck)

    def mailbox_copies(self, case_id: int, source: str) -> list[RawMessage]:
        """Return where the case's mail sits in this source (without its bytes), to flag it later."""
        with self.sessions() as session:
            rows = session.scalars(
                select(MailboxMessage).where(MailboxMessage.case_id == case_id, MailboxMessage.source == source)
            )
            return [RawMessage(row.source, row.uidvalidity, row.uid, b"") for row in rows]

    def final_action(self, case_id: int) -> Action:
        """Return the case's action as it stands now (a failed delivery escalates it)."""
        with self.sessions() as session:
            return Action(session.get_one(Case, case_id).action)

    # --- reading the log ------------------------------------------------------------------------

    def explanation(self, case_id: int) -> dict[str, object]:
        """Return the stored explanation of a case ({} for cases recorded without one)."""
        with self.sessions() as session:
            case = session.get_one(Case, case_id)
            loaded: dict[str, object] = json.loads(case.explanation or "{}")
            return loaded

    def list_cases(
        self,
        status: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
    ) -> list[CaseRow]:
        """Return the cases, newest first, filtered as asked."""
        query = (
            select(Case)
            .options(defer(Case.raw), defer(Case.text), defer(Case.explanation), selectinload(Case.replies).defer(Reply.raw))
            .order_by(Case.received_at.desc(), Case.id.desc())
        )
        if status:
            query = query.where(Case.status == status)
        if action:
            query = query.where(Case.action == action)
        if since:
            query = query.where(Case.received_at >= since)
        with self.sessions() as session:
            return [_case_row(case) for case in session.scalars(query)]


def _recorded(case: Case) -> RecordedMessage:
    replied = any(reply.state == REPLY_SENT for reply in case.replies)
    awaiting = any(reply.state in (REPLY_PENDING, REPLY_DEFERRED) for reply in case.replies)
    return RecordedMessage(case.id, Action(case.action), replied, awaiting)


def _add_mailbox_message(session: Session, raw: RawMessage, case_id: int, now: datetime) -> None:
    existing = session.scalar(
        select(MailboxMessage).where(
            MailboxMessage.source == raw.source,
            MailboxMessage.uidvalidity == raw.uidvalidity,
            MailboxMessage.uid == raw.uid,
        )
    )
    if existing is not None:
        existing.case_id = case_id
        return
    session.add(
        MailboxMessage(
            source=raw.source,
            uidvalidity=raw.uidvalidity,
            uid=raw.uid,
            case_id=case_id,
            acknowledged=False,
            seen_at=now,
        )
    )


def _stops_json(decision: Decision) -> str:
    return json.dumps(
        [{"code": s.code, "effect": s.effect.value, "detail": s.detail} for s in decision.stops],
        ensure_ascii=False,
    )


def _escalate(case: Case, code: str, detail: str) -> None:
    stops = json.loads(case.stops or "[]")
    stops.append({"code": code, "effect": Action.ESCALATE.value, "detail": detail})
    case.stops = json.dumps(stops, ensure_ascii=False)
    case.action = Action.ESCALATE.value
    if case.status == STATUS_IGNORED:
        case.status = STATUS_NEW


def _case_row(case: Case) -> CaseRow:
    last_reply = case.replies[-1] if case.replies else None
    stops: Iterable[dict[str, str]] = json.loads(case.stops or "[]")
    return CaseRow(
        id=case.id,
        received_at=case.received_at,
        sender=case.sender_address,
        profile=case.profile,
        topics=case.topics,
        action=case.action,
        status=case.status,
        reply_state=last_reply.state if last_reply else "",
        reply_subject=last_reply.subject if last_reply else "",
        stops=" ".join(stop["code"] for stop in stops),
        subject=case.subject,
    )


__all__ = ["CaseRow", "PendingReply", "RecordedMessage", "Recorder", "message_key"]
