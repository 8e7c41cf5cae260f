"""The case log: each message recorded as a case, with its mailbox copies and its reply to send.

The pipeline writes through this module in the order that makes a crash harmless: a whole batch
of cases and the replies to send (the outbox, outbox.py) in one commit, then each reply's
delivery, then the batch's mailbox messages marked acknowledged once the mailbox flagged them.
Lookups come a batch at a time too (what is handled, what was recorded, which mail is a copy).
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from responder.model import Action, Conversation, Decision, OutgoingMail, ParsedMessage, RawMessage
from responder.store.history import bounces
from responder.store.schema import (
    REPLY_DEFERRED,
    REPLY_PENDING,
    REPLY_SENT,
    STATUS_ANSWERED,
    STATUS_IGNORED,
    STATUS_IN_PROGRESS,
    STATUS_NEW,
    Case,
    MailboxMessage,
    Reply,
    Setting,
)
from responder.wire import mail_bytes


def message_key(parsed_message_id: str | None, sender: str, raw: bytes) -> str:
    """The identity of a mail: its Message-ID and sender, else a digest of its bytes.

    The sender is part of it because some mailers and web forms reuse Message-IDs: another
    person's mail with the same id must not pass for a copy already answered.
    """
    if parsed_message_id:
        return f"{parsed_message_id} {sender.lower()}"
    return "sha256:" + hashlib.sha256(raw).hexdigest()


class RecordedElsewhere(Exception):
    """A mail of the batch was recorded by another worker meanwhile: the batch's commit failed."""


@dataclass(frozen=True)
class RecordedMessage:
    """A mailbox message already recorded: its case's final action and whether it was answered."""

    case_id: int
    action: Action
    replied: bool
    awaiting: bool = False  # its reply waits in the outbox (deferred): flag and move it later


@dataclass(frozen=True)
class NewCase:
    """One decided message to record: the case, its mailbox copy, its reply and what it refused.

    reply: the automatic reply to send, if any (kept as its wire bytes); sender_key and handle:
    what the rate caps and "the same answer twice" count it under. invitation: (campaign id,
    invitation id) it answers. refused: (address, sender key, status) its delivery report names.
    conversation: the one it continues (it joins its thread, and its assignee when escalated).
    """

    raw: RawMessage
    parsed: ParsedMessage
    decision: Decision
    reply: OutgoingMail | None = None
    handle: str = ""
    sender_key: str = ""
    explanation: dict[str, Any] = field(default_factory=dict)
    invitation: tuple[int, int] | None = None
    refused: tuple[tuple[str, str, str], ...] = ()
    conversation: Conversation | None = None
    follows: int | None = None  # the index of the case of this batch it continues

    @property
    def key(self) -> str:
        sender = self.parsed.sender
        return message_key(self.parsed.message_id, sender.addr if sender else "", self.raw.raw)


class Recorder:
    """Writes cases and reads what the pipeline needs of them; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session], mailbox: str = "") -> None:
        """mailbox: the [[mailbox]] name the cases it records are for ("" for [imap])."""
        self.sessions, self.mailbox = sessions, mailbox

    def signing_key(self) -> bytes:
        """Return the key that signs our Message-IDs, created at the first call."""
        return bytes.fromhex(setting_once(self.sessions, "signing_key", secrets.token_hex(32)))

    # --- what was already handled, for a whole listing or batch --------------------------------

    def handled(self, source: str, uidvalidity: int, uids: Collection[str]) -> set[str]:
        """Return those of these mailbox messages that were recorded and acknowledged."""
        found: set[str] = set()
        with self.sessions() as session:
            for chunk in _chunks(list(uids)):
                found.update(session.scalars(select(MailboxMessage.uid).where(
                    MailboxMessage.source == source, MailboxMessage.uidvalidity == uidvalidity,
                    MailboxMessage.uid.in_(chunk), MailboxMessage.acknowledged.is_(True),
                )))
        return found

    def is_handled(self, source: str, uidvalidity: int, uid: str) -> bool:
        """Tell whether this mailbox message was recorded and acknowledged."""
        return uid in self.handled(source, uidvalidity, [uid])

    def recorded_many(self, raws: Sequence[RawMessage]) -> dict[str, RecordedMessage]:
        """Return, by UID, what was recorded for these messages of one source (crash before the flags)."""
        if not raws:
            return {}
        with self.sessions() as session:
            rows = session.scalars(
                select(MailboxMessage).options(selectinload(MailboxMessage.case).selectinload(Case.replies))
                .where(
                    MailboxMessage.source == raws[0].source,
                    tuple_(MailboxMessage.uidvalidity, MailboxMessage.uid).in_(
                        [(raw.uidvalidity, raw.uid) for raw in raws]),
                )
            )
            return {row.uid: _recorded(row.case) for row in rows if row.case is not None}

    def recorded(self, raw: RawMessage) -> RecordedMessage | None:
        """Return what was recorded for this mailbox message, if it was."""
        return self.recorded_many([raw]).get(raw.uid)

    def cases_by_keys(self, keys: Collection[str]) -> dict[str, RecordedMessage]:
        """Return the cases of the mails with these identities (message_key), by key."""
        if not keys:
            return {}
        with self.sessions() as session:
            cases = session.scalars(
                select(Case).options(selectinload(Case.replies)).where(Case.message_key.in_(list(keys)))
            )
            return {case.message_key: _recorded(case) for case in cases}

    def case_by_key(self, key: str) -> RecordedMessage | None:
        """Return the case of a mail with this identity, if one exists."""
        return self.cases_by_keys([key]).get(key)

    # --- recording --------------------------------------------------------------------------

    def record_cases(
        self, cases: Sequence[NewCase], copies: Sequence[tuple[RawMessage, int]], now: datetime
    ) -> list[tuple[int, int | None]]:
        """Record the cases, their mailbox messages, their replies (pending) and their refusals,
        and the copies (raw, index in `cases`, or -1 - case id of an earlier case), in one commit.

        Returns (case id, reply id or None) for each case, in order. RecordedElsewhere: another
        worker recorded one of these mails first (nothing of this call was written).
        """
        try:
            return self._record_cases(cases, copies, now)
        except IntegrityError as error:
            raise RecordedElsewhere(str(error.orig)) from error

    def _record_cases(self, cases: Sequence[NewCase], copies: Sequence[tuple[RawMessage, int]], now: datetime
                      ) -> list[tuple[int, int | None]]:
        with self.sessions.begin() as session:
            rows = [_case(entry, now, self.mailbox) for entry in cases]
            session.add_all(rows)
            session.flush()
            for row, entry in zip(rows, cases):
                earlier = rows[entry.follows].thread_id if entry.follows is not None else None
                row.thread_id = row.thread_id or earlier or row.id  # else a new conversation starts here
            replies = [_reply(entry.reply, entry, row.id, now) if entry.reply is not None else None
                       for entry, row in zip(cases, rows)]
            session.add_all(reply for reply in replies if reply is not None)
            for entry, row in zip(cases, rows):
                session.add_all(bounces(row.id, entry.refused, now))
            copied = [(raw, rows[index].id if index >= 0 else -1 - index) for raw, index in copies]
            _add_mailbox_messages(session, [(entry.raw, row.id) for entry, row in zip(cases, rows)] + copied, now)
            session.flush()
            return [(row.id, reply.id if reply is not None else None) for row, reply in zip(rows, replies)]

    def record_case(self, raw: RawMessage, parsed: ParsedMessage, decision: Decision, now: datetime,
                    reply: OutgoingMail | None = None, handle: str = "", sender_key: str = "",
                    explanation: dict[str, Any] | None = None,
                    invitation: tuple[int, int] | None = None) -> tuple[int, int | None]:
        """Record one case (see record_cases); returns (case id, reply id or None)."""
        entry = NewCase(raw, parsed, decision, reply, handle, sender_key, explanation or {}, invitation)
        return self.record_cases([entry], [], now)[0]

    def link_duplicate(self, raw: RawMessage, case_id: int, now: datetime) -> None:
        """Record another copy of an already-recorded mail (same Message-ID, another UID)."""
        self.record_cases([], [(raw, -1 - case_id)], now)

    def record_failure(self, raw: RawMessage, error: str, now: datetime) -> int:
        """Record a message the pipeline could not handle, for a human; returns the case id."""
        key = "sha256:" + hashlib.sha256(raw.raw).hexdigest()
        with self.sessions.begin() as session:
            existing = session.scalar(select(Case).where(Case.message_key == key))
            if existing is None:
                existing = Case(
                    message_key=key, mailbox=self.mailbox, received_at=raw.internal_date or now, profile="other",
                    action=Action.ESCALATE.value, classified_action=Action.ESCALATE.value,
                    stops=json.dumps([{"code": "processing_error", "effect": "escalate", "detail": error}]),
                    error=error, raw=raw.raw, status=STATUS_NEW, created_at=now, updated_at=now,
                )
                session.add(existing)
                session.flush()
                existing.thread_id = existing.id
            _add_mailbox_messages(session, [(raw, existing.id)], now)
            return existing.id

    def mark_acknowledged(self, raws: Sequence[RawMessage]) -> None:
        """Record that these mailbox messages were flagged (and moved): they are fully handled."""
        if not raws:
            return
        with self.sessions.begin() as session:
            for chunk in _chunks([(raw.uidvalidity, raw.uid) for raw in raws]):
                session.execute(update(MailboxMessage).where(
                    MailboxMessage.source == raws[0].source,
                    tuple_(MailboxMessage.uidvalidity, MailboxMessage.uid).in_(chunk),
                ).values(acknowledged=True, claimed_by="", claimed_until=None))

    # --- cases whose deferred reply was settled later ----------------------------------------

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

    def explanation(self, case_id: int) -> dict[str, object]:
        """Return the stored explanation of a case ({} for cases recorded without one)."""
        with self.sessions() as session:
            loaded: dict[str, object] = json.loads(session.get_one(Case, case_id).explanation or "{}")
            return loaded


def setting_once(sessions: sessionmaker[Session], key: str, first_value: str) -> str:
    """The setting's value, `first_value` written if it has none yet. Workers starting together
    race for it: the first insert wins, and the others read what it wrote."""
    with sessions() as session:
        found = session.get(Setting, key)
        if found is not None:
            return found.value
    try:
        with sessions.begin() as session:
            session.add(Setting(key=key, value=first_value))
        return first_value
    except IntegrityError:
        with sessions() as session:
            return session.get_one(Setting, key).value


def _chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    """Lists short enough for one IN (...) (SQLite allows 32,766 parameters; be modest)."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [[]]


def _recorded(case: Case) -> RecordedMessage:
    replied = any(reply.state == REPLY_SENT for reply in case.replies)
    awaiting = any(reply.state in (REPLY_PENDING, REPLY_DEFERRED) for reply in case.replies)
    return RecordedMessage(case.id, Action(case.action), replied, awaiting)


def _case(entry: NewCase, now: datetime, mailbox: str) -> Case:
    parsed, decision = entry.parsed, entry.decision
    classification, sender = decision.classification, parsed.sender
    return Case(
        message_key=entry.key, message_id=parsed.message_id, mailbox=mailbox,
        received_at=entry.raw.internal_date or now, sent_date=parsed.date,
        sender_address=sender.addr if sender else "", sender_name=sender.name if sender else "",
        subject=parsed.subject, profile=classification.profile.value,
        topics=" ".join(topic.value for topic in classification.topics),
        action=decision.action.value, classified_action=classification.action.value,
        reasons=json.dumps([{"rule": r.rule, "matched": r.matched, "where": r.where, "weight": r.weight}
                            for r in classification.reasons], ensure_ascii=False),
        stops=json.dumps([{"code": s.code, "effect": s.effect.value, "detail": s.detail}
                          for s in decision.stops], ensure_ascii=False),
        notes=" ".join(decision.notes), text=parsed.text, new_text=parsed.new_text,
        quote_cut=parsed.quote_cut, quote_confident=parsed.quote_confident,
        defects=" ".join(parsed.defects), explanation=json.dumps(entry.explanation, ensure_ascii=False),
        raw=entry.raw.raw,
        campaign_id=entry.invitation[0] if entry.invitation else None,
        invitation_id=entry.invitation[1] if entry.invitation else None,
        created_at=now, updated_at=now, **_joined(entry.conversation, decision.action),
    )


def _joined(conversation: Conversation | None, action: Action) -> dict[str, Any]:
    """The thread, assignee and status a case takes from the conversation it continues: an
    escalated message goes to whoever follows the conversation, in progress with them."""
    if conversation is None:
        return {"status": initial_status(action)}
    assignee = conversation.assignee if action is Action.ESCALATE else None
    status = STATUS_IN_PROGRESS if assignee is not None else initial_status(action)
    return {"thread_id": conversation.thread, "assigned_to": assignee, "status": status}


def initial_status(action: Action) -> str:
    """A case's first status: closed when nobody has to act (ignored, answered), else new."""
    return {Action.IGNORE: STATUS_IGNORED, Action.REPLY: STATUS_ANSWERED}.get(action, STATUS_NEW)


def _reply(mail: OutgoingMail, entry: NewCase, case_id: int, now: datetime) -> Reply:
    return Reply(
        case_id=case_id, message_id=mail.message_id, envelope_from=mail.envelope_from,
        envelope_to=",".join(mail.envelope_to), sender_key=entry.sender_key, handle=entry.handle,
        subject=str(mail.message["Subject"] or ""), raw=mail_bytes(mail), body_text=mail.text,
        state=REPLY_PENDING, attempts=0, created_at=now, next_attempt_at=now,
    )


def _add_mailbox_messages(session: Session, copies: Sequence[tuple[RawMessage, int]], now: datetime) -> None:
    """Tie each mailbox message to its case: a row of its own, or the one a crash left behind."""
    if not copies:
        return
    existing = {
        (row.uidvalidity, row.uid): row
        for chunk in _chunks([(raw.uidvalidity, raw.uid) for raw, _ in copies])
        for row in session.scalars(select(MailboxMessage).where(
            MailboxMessage.source == copies[0][0].source,
            tuple_(MailboxMessage.uidvalidity, MailboxMessage.uid).in_(chunk),
        ))
    }
    for raw, case_id in copies:
        row = existing.get((raw.uidvalidity, raw.uid))
        if row is not None:
            row.case_id = case_id
            continue
        row = MailboxMessage(source=raw.source, uidvalidity=raw.uidvalidity, uid=raw.uid,
                             case_id=case_id, acknowledged=False, seen_at=now)
        existing[(raw.uidvalidity, raw.uid)] = row
        session.add(row)
