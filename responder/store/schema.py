"""The database tables, as SQLAlchemy 2.0 typed models.

The schema itself belongs to Alembic (migrations/): these classes describe it for queries and must
match the latest revision (a test compares them). Only the store's modules write through them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    and_,
    exists,
    or_,
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column, relationship

# Follow-up states of a case for the EAFC stage managers.
STATUS_NEW = "new"
STATUS_IN_PROGRESS = "in_progress"
STATUS_RESOLVED = "resolved"
STATUS_IGNORED = "ignored"
# Answered automatically: closed unless the delivery fails (the outbox then escalates it).
STATUS_ANSWERED = "answered"
# Waiting for someone else (the trainee, the trainer) until `waiting_until`: then back in the queue.
STATUS_WAITING = "waiting"
STATUSES = (STATUS_NEW, STATUS_IN_PROGRESS, STATUS_WAITING, STATUS_RESOLVED, STATUS_IGNORED, STATUS_ANSWERED)
# An escalated case in one of these waits for a person: the queue, the digest, the overview.
WAITING_STATUSES = (STATUS_NEW, STATUS_IN_PROGRESS)
# A case in one of these is still open: a person has not closed it yet.
OPEN_STATUSES = (STATUS_NEW, STATUS_IN_PROGRESS, STATUS_WAITING)

# States of an automatic reply (the outbox).
REPLY_PENDING = "pending"  # recorded, not yet handed to SMTP
REPLY_SENDING = "sending"  # handed to SMTP; a crash here leaves its fate unknown
REPLY_SENT = "sent"
REPLY_DEFERRED = "deferred"  # temporary failure: retried later
REPLY_FAILED = "failed"  # permanent failure: a human takes over
REPLY_UNCERTAIN = "uncertain"  # may or may not have gone out: never resent automatically
REPLY_DRY_RUN = "dry_run"
REPLY_STATES = (
    REPLY_PENDING,
    REPLY_SENDING,
    REPLY_SENT,
    REPLY_DEFERRED,
    REPLY_FAILED,
    REPLY_UNCERTAIN,
    REPLY_DRY_RUN,
)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC (SQLite keeps no zone) and always read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database: pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Installation-wide values kept in the database (the Message-ID signing key)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Case(Base):
    """One message received, what was decided and why, and its follow-up by the EAFC."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Message-ID, or "sha256:<digest of the bytes>" when it has none: the same mail is one case.
    message_key: Mapped[str] = mapped_column(String(512), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(512))
    mailbox: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)  # [[mailbox]] name
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    sent_date: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[str] = mapped_column(String(20))
    topics: Mapped[str] = mapped_column(String(200), default="")  # space-separated, guide order
    action: Mapped[str] = mapped_column(String(20), index=True)  # final action
    classified_action: Mapped[str] = mapped_column(String(20))  # the classifier's own verdict
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of model.Reason
    stops: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of model.Stop
    notes: Mapped[str] = mapped_column(Text, default="")  # space-separated notes
    text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    quote_cut: Mapped[str] = mapped_column(String(64), default="none")
    quote_confident: Mapped[bool] = mapped_column(Boolean, default=True)
    defects: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str] = mapped_column(Text, default="")  # why the pipeline could not handle it
    # JSON of explain.explanation_record: what was read, matched, discarded, weighed, decided.
    explanation: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Follow-up by the EAFC (migration 0003): who took the case, and the staff's correction of
    # the classification, kept beside the automatic one (never over it). Written by review.py.
    assigned_to: Mapped[int | None] = mapped_column(Integer)  # users.id
    corrected_profile: Mapped[str | None] = mapped_column(String(20))
    corrected_topics: Mapped[str | None] = mapped_column(String(200))
    corrected_action: Mapped[str | None] = mapped_column(String(20))
    corrected_by: Mapped[int | None] = mapped_column(Integer)  # users.id
    corrected_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The invitation this message answers (migration 0004), set by the pipeline's linking step.
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    invitation_id: Mapped[int | None] = mapped_column(ForeignKey("invitations.id"))
    # The conversation (migration 0007): the id of its first case, the same for every case of it.
    thread_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # A waiting case comes back to the queue at this time (the start of the chosen day, local).
    waiting_until: Mapped[datetime | None] = mapped_column(UtcDateTime())

    replies: Mapped[list[Reply]] = relationship(back_populates="case", order_by="Reply.id")
    mailbox_messages: Mapped[list[MailboxMessage]] = relationship(back_populates="case")


def waiting_for_a_person(now: datetime | None = None) -> tuple[ColumnElement[bool], ...]:
    """The WHERE clauses of the queue: escalated, nobody closed it, not waiting past `now`
    (a waiting case is back once its date has come), and the latest open case of its conversation
    (a trainee's reminder stands for the conversation, the earlier message is read on its page)."""
    later = aliased(Case)
    come_back = and_(Case.status == STATUS_WAITING, Case.waiting_until <= (now or datetime.now(UTC)))
    return (
        Case.action == "escalate", or_(Case.status.in_(WAITING_STATUSES), come_back),
        ~exists().where(later.thread_id == Case.thread_id, later.id > Case.id,
                        later.action == "escalate", later.status.in_(OPEN_STATUSES)),
    )


class Reply(Base):
    """An automatic reply: written before it is sent (the outbox), updated with its delivery."""

    __tablename__ = "replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(512), unique=True)
    envelope_from: Mapped[str] = mapped_column(String(320))
    envelope_to: Mapped[str] = mapped_column(String(320))
    sender_key: Mapped[str] = mapped_column(String(320), index=True)  # for the rate caps
    handle: Mapped[str] = mapped_column(String(200))  # which answer (for "same answer twice")
    subject: Mapped[str] = mapped_column(Text, default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    body_text: Mapped[str] = mapped_column(Text, default="")  # to recognise it when quoted back
    state: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_code: Mapped[int | None] = mapped_column(Integer)
    last_detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Who handed it to SMTP and until when that counts as in flight (migration 0011).
    lease_owner: Mapped[str] = mapped_column(String(100), default="", server_default="")
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime())

    case: Mapped[Case] = relationship(back_populates="replies")


class MailboxMessage(Base):
    """A message as a mailbox holds it (folder UIDVALIDITY + UID), and whether it was acknowledged."""

    __tablename__ = "mailbox_messages"
    __table_args__ = (UniqueConstraint("source", "uidvalidity", "uid", name="uq_mailbox_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # 32 bits unsigned: past a signed INTEGER
    uid: Mapped[str] = mapped_column(String(255))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # The worker handling it and until when (migration 0012, store/claims.py).
    claimed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime())

    case: Mapped[Case | None] = relationship(back_populates="mailbox_messages")


class Bounce(Base):
    """A delivery report saying an address refused our mail for good (it is not written to again)."""

    __tablename__ = "bounces"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_key: Mapped[str] = mapped_column(String(320), index=True)  # guard.sender_key of the address
    address: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)  # the bounce's own case
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())


# --- the review page (issue 4, migration 0003) ---------------------------------------------------

ROLE_MANAGER = "manager"  # reviews and follows up cases
ROLE_ADMIN = "admin"  # also manages the accounts
ROLES = (ROLE_MANAGER, ROLE_ADMIN)


class User(Base):
    """An EAFC account of the review page; the password is only ever stored hashed (scrypt)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(20), default=ROLE_MANAGER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The [[mailbox]] names it may see, space-separated; "" for every mailbox (migration 0014).
    mailboxes: Mapped[str] = mapped_column(String(400), default="", server_default="")


class CaseEvent(Base):
    """One follow-up step on a case (taken, note, resolved, corrected, sent...): who, when, what."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    user: Mapped[User | None] = relationship()


# --- invitation campaigns (issue 5, migration 0004) ------------------------------------------------

# States of an invitation: pending -> sending -> sent | failed | deferred | uncertain.
INVITATION_PENDING = "pending"  # recorded before the first send, not yet handed to SMTP
INVITATION_SENDING = "sending"  # handed to SMTP; a crash here leaves its fate unknown
INVITATION_SENT = "sent"
INVITATION_FAILED = "failed"  # refused for good (5xx, or a delivery report later)
INVITATION_DEFERRED = "deferred"  # temporary refusal: sent again by a later attempt or run
INVITATION_UNCERTAIN = "uncertain"  # may have gone out: resent only when the trainer asks
INVITATION_STATES = (
    INVITATION_PENDING,
    INVITATION_SENDING,
    INVITATION_SENT,
    INVITATION_FAILED,
    INVITATION_DEFERRED,
    INVITATION_UNCERTAIN,
)
INVITATION_FINAL = (INVITATION_SENT, INVITATION_FAILED)  # never sent again by a rerun


class Campaign(Base):
    """One run (or several resumed runs) of `responder invite` for a training: what was sent."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # --campaign, or the training name
    training: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(Text)
    trainer_name: Mapped[str] = mapped_column(String(320), default="")
    trainer_email: Mapped[str] = mapped_column(String(320), default="")
    template: Mapped[str] = mapped_column(String(500))  # as given to --template
    fingerprint: Mapped[str] = mapped_column(String(64))  # sha256 of the template's sources
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Invitation(Base):
    """One recipient of a campaign: written before any send, then updated around each attempt."""

    __tablename__ = "invitations"
    __table_args__ = (
        UniqueConstraint("campaign_id", "address", name="uq_invitation_campaign_address"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    address: Mapped[str] = mapped_column(String(320), index=True)  # stripped, lower-cased
    name: Mapped[str] = mapped_column(String(320), default="")
    profile: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[str] = mapped_column(String(512), unique=True)  # with its angle brackets
    state: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_code: Mapped[int | None] = mapped_column(Integer)
    last_detail: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")  # to recognise it when quoted back
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SendAttempt(Base):
    """One invitation handed to the relay: the rate limit counts these across runs."""

    __tablename__ = "send_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitations.id"))


# --- sessions and failed logins of the review page (issue 9, migration 0005) ----------------------


class WebSession(Base):
    """One logged-in browser: the cookie holds the token, the database only its sha256."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class LoginFailure(Base):
    """A wrong password (or unknown address) typed at the login or password page, for throttling."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    account: Mapped[str] = mapped_column(String(320), index=True)  # the address as typed, lower-cased
    client: Mapped[str] = mapped_column(String(100), index=True)  # the client's address (see trusted_proxies)


class SavedAnswer(Base):
    """A saved answer ("réponse type", migration 0009): a text the team starts a reply from."""

    __tablename__ = "saved_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
