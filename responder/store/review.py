"""The store behind the EAFC review page: cases as staff see them, and every follow-up action.

Reads cases with filters, pagination and counts (and, for a case that answers an invitation, its
training, trainer and the invitation's state from the campaign journal); writes the follow-up
(take, note, resolve, reopen, correct, a reply sent by hand), each change with a CaseEvent saying
who and when. The review page and the `digest` command write only through this module; the
pipeline never calls it. The staff's correction is kept beside the automatic classification, never
over it, so `evaluate` can compare.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.store.schema import (
    REPLY_PENDING,
    STATUS_IGNORED,
    STATUS_IN_PROGRESS,
    STATUS_NEW,
    STATUS_RESOLVED,
    STATUSES,
    Campaign,
    Case,
    CaseEvent,
    Invitation,
    Reply,
    User,
)

PAGE_SIZE = 25

# Event kinds, and how the case page names them.
EVENT_LABELS = {
    "taken": "pris en charge",
    "note": "note",
    "resolved": "marqué résolu",
    "reopened": "rouvert",
    "corrected": "classement corrigé",
    "reply_sent": "réponse envoyée à la main",
}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; empty values filter nothing."""

    status: str = ""
    action: str = ""
    profile: str = ""
    topic: str = ""
    since: date | None = None
    until: date | None = None
    text: str = ""


@dataclass(frozen=True)
class CaseSummary:
    """A line of the case list."""

    id: int
    received_at: datetime
    sender_address: str
    sender_name: str
    subject: str
    profile: str
    topics: tuple[str, ...]
    action: str
    status: str
    assigned_to: str
    reply_state: str
    corrected: bool
    training: str = ""  # the training of the invitation the message answers, if linked

    @property
    def waits_for_human(self) -> bool:
        """Escalated and nobody has dealt with it yet: the list makes it stand out."""
        return self.action == "escalate" and self.status in (STATUS_NEW, STATUS_IN_PROGRESS)


@dataclass(frozen=True)
class Page:
    """One page of the filtered list, with what the pager and the counters need."""

    rows: list[CaseSummary]
    total: int
    page: int
    pages: int


@dataclass(frozen=True)
class Event:
    """One line of a case's timeline."""

    at: datetime
    kind: str
    who: str
    detail: str

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ReplyView:
    """A reply as recorded: the exact bytes sent and its delivery state."""

    id: int
    raw: bytes
    state: str
    subject: str
    envelope_to: str
    created_at: datetime
    sent_at: datetime | None
    last_detail: str


@dataclass(frozen=True)
class InvitationView:
    """The invitation a linked case answers: its training, trainer and where the invitation stands."""

    training: str
    url: str
    trainer_name: str
    trainer_email: str
    address: str
    state: str
    sent_at: datetime | None
    last_detail: str

    @property
    def url_is_web(self) -> bool:
        """Only an http(s) address is shown as a link."""
        return self.url.strip().lower().startswith(("https://", "http://"))


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case page shows."""

    summary: CaseSummary
    message_id: str
    text: str
    new_text: str
    quote_cut: str
    quote_confident: bool
    defects: str
    error: str
    classified_action: str
    reasons: list[dict[str, Any]]
    stops: list[dict[str, Any]]
    notes: str
    explanation: dict[str, Any]
    raw: bytes
    created_at: datetime
    assigned_to_id: int | None
    correction: dict[str, Any] | None
    replies: list[ReplyView] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    invitation: InvitationView | None = None


def _apply(query: Select[Any], wanted: CaseFilter) -> Select[Any]:
    if wanted.status:
        query = query.where(Case.status == wanted.status)
    if wanted.action:
        query = query.where(Case.action == wanted.action)
    if wanted.profile:
        query = query.where(Case.profile == wanted.profile)
    if wanted.topic:
        # topics is space-separated: pad both sides so "login" never matches inside another word.
        query = query.where((" " + Case.topics + " ").contains(f" {wanted.topic} "))
    if wanted.since:
        query = query.where(Case.received_at >= _day_start(wanted.since))
    if wanted.until:
        query = query.where(Case.received_at < _day_start(wanted.until + timedelta(days=1)))
    if wanted.text.strip():
        needle = f"%{wanted.text.strip()}%"
        query = query.where(
            or_(
                Case.sender_address.ilike(needle),
                Case.sender_name.ilike(needle),
                Case.subject.ilike(needle),
                Case.text.ilike(needle),
            )
        )
    return query


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone()


def _summary(case: Case, users: dict[int, str], trainings: dict[int, str] | None = None) -> CaseSummary:
    last = case.replies[-1] if case.replies else None
    assigned = case.assigned_to
    return CaseSummary(
        id=case.id,
        received_at=case.received_at,
        sender_address=case.sender_address,
        sender_name=case.sender_name,
        subject=case.subject,
        profile=case.profile,
        topics=tuple(case.topics.split()),
        action=case.action,
        status=case.status,
        assigned_to=users.get(assigned, "") if assigned else "",
        reply_state=last.state if last else "",
        corrected=case.corrected_at is not None,
        training=(trainings or {}).get(case.campaign_id or 0, ""),
    )


def _trainings(session: Session, cases: Sequence[Case]) -> dict[int, str]:
    """The training names of the campaigns these cases are linked to (campaign id -> name)."""
    ids = {case.campaign_id for case in cases if case.campaign_id is not None}
    if not ids:
        return {}
    rows = session.execute(select(Campaign.id, Campaign.training).where(Campaign.id.in_(ids)))
    return {campaign_id: training for campaign_id, training in rows}


def _invitation(session: Session, case: Case) -> InvitationView | None:
    if case.invitation_id is None:
        return None
    invitation = session.get(Invitation, case.invitation_id)
    if invitation is None:
        return None
    campaign = session.get_one(Campaign, invitation.campaign_id)
    return InvitationView(
        training=campaign.training,
        url=campaign.url,
        trainer_name=campaign.trainer_name,
        trainer_email=campaign.trainer_email,
        address=invitation.address,
        state=invitation.state,
        sent_at=invitation.sent_at,
        last_detail=invitation.last_detail,
    )


class ReviewStore:
    """Reads and follows up cases for the review page; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # --- reading ------------------------------------------------------------------------------

    def _emails(self, session: Session) -> dict[int, str]:
        return {row.id: row.email for row in session.execute(select(User.id, User.email))}

    def counts(self) -> dict[str, int]:
        """Return the number of cases in each follow-up status (every status present, 0 included)."""
        with self.sessions() as session:
            found = {row[0]: row[1] for row in session.execute(select(Case.status, func.count()).group_by(Case.status))}
        return {status: found.get(status, 0) for status in STATUSES}

    def _query(self, wanted: CaseFilter) -> Select[Any]:
        return _apply(
            select(Case)
            .options(defer(Case.raw), defer(Case.explanation), selectinload(Case.replies).defer(Reply.raw))
            .order_by(Case.received_at.desc(), Case.id.desc()),
            wanted,
        )

    def page(self, wanted: CaseFilter, number: int = 1, size: int = PAGE_SIZE) -> Page:
        """Return one page of the filtered cases, newest first."""
        with self.sessions() as session:
            total = session.scalar(_apply(select(func.count(Case.id)), wanted)) or 0
            pages = max(1, -(-total // size))
            number = min(max(1, number), pages)
            users = self._emails(session)
            cases = list(session.scalars(self._query(wanted).limit(size).offset((number - 1) * size)))
            trainings = _trainings(session, cases)
            return Page([_summary(c, users, trainings) for c in cases], total, number, pages)

    def all(self, wanted: CaseFilter) -> list[CaseSummary]:
        """Return every filtered case, newest first (for the CSV export)."""
        with self.sessions() as session:
            users = self._emails(session)
            return [_summary(c, users) for c in session.scalars(self._query(wanted))]

    def detail(self, case_id: int) -> CaseDetail | None:
        """Return the whole case, its replies and its timeline; None when there is no such case."""
        with self.sessions() as session:
            case = session.get(Case, case_id)
            if case is None:
                return None
            users = self._emails(session)
            corrected_at = case.corrected_at
            correction = None
            if corrected_at is not None:
                correction = {
                    "profile": case.corrected_profile or "",
                    "topics": tuple((case.corrected_topics or "").split()),
                    "action": case.corrected_action or "",
                    "by": users.get(case.corrected_by or 0, ""),
                    "at": corrected_at,
                }
            events = session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.created_at, CaseEvent.id)
            )
            return CaseDetail(
                summary=_summary(case, users, _trainings(session, [case])),
                message_id=case.message_id or "",
                text=case.text,
                new_text=case.new_text,
                quote_cut=case.quote_cut,
                quote_confident=case.quote_confident,
                defects=case.defects,
                error=case.error,
                classified_action=case.classified_action,
                reasons=json.loads(case.reasons or "[]"),
                stops=json.loads(case.stops or "[]"),
                notes=case.notes,
                explanation=json.loads(case.explanation or "{}"),
                raw=case.raw,
                created_at=case.created_at,
                assigned_to_id=case.assigned_to,
                correction=correction,
                replies=[
                    ReplyView(r.id, r.raw, r.state, r.subject, r.envelope_to, r.created_at, r.sent_at, r.last_detail)
                    for r in case.replies
                ],
                events=[
                    Event(e.created_at, e.kind, users.get(e.user_id or 0, "responder"), e.detail) for e in events
                ],
                invitation=_invitation(session, case),
            )

    def corrected(self) -> list[tuple[int, bytes, str, tuple[str, ...], str, str]]:
        """Return (id, raw, profile, topics, action, who) of every corrected case, oldest first."""
        with self.sessions() as session:
            users = self._emails(session)
            rows = session.scalars(select(Case).where(Case.corrected_at.is_not(None)).order_by(Case.id))
            return [
                (
                    c.id,
                    c.raw,
                    c.corrected_profile or c.profile,
                    tuple((c.corrected_topics or "").split()),
                    c.corrected_action or c.action,
                    users.get(c.corrected_by or 0, ""),
                )
                for c in rows
            ]

    def open_escalations(self) -> list[CaseSummary]:
        """Return the escalated cases nobody has closed, oldest first (the digest, the overview)."""
        wanted = select(Case).where(Case.action == "escalate", Case.status.in_((STATUS_NEW, STATUS_IN_PROGRESS)))
        with self.sessions() as session:
            users = self._emails(session)
            query = wanted.options(defer(Case.raw), selectinload(Case.replies).defer(Reply.raw))
            return [_summary(c, users) for c in session.scalars(query.order_by(Case.received_at, Case.id))]

    def activity(self) -> list[tuple[datetime, str, str, str, datetime | None]]:
        """Return (received_at, action, topics, status, resolved_at) of every case, for the overview."""
        with self.sessions() as session:
            resolved = {
                row[0]: row[1]
                for row in session.execute(
                    select(CaseEvent.case_id, func.max(CaseEvent.created_at))
                    .where(CaseEvent.kind == "resolved")
                    .group_by(CaseEvent.case_id)
                )
            }
            rows = session.execute(select(Case.id, Case.received_at, Case.action, Case.topics, Case.status))
            result = []
            for case_id, received, action, topics, status in rows:
                done = resolved.get(case_id) if status == STATUS_RESOLVED else None
                result.append((received, action, topics, status, _aware(done)))
            return result

    # --- following up -------------------------------------------------------------------------

    def _event(self, session: Session, case: Case, user_id: int, kind: str, detail: str, now: datetime) -> None:
        session.add(CaseEvent(case_id=case.id, user_id=user_id, kind=kind, detail=detail, created_at=now))
        case.updated_at = now

    def _change(self, case_id: int, user_id: int, kind: str, detail: str, now: datetime, **values: Any) -> bool:
        with self.sessions.begin() as session:
            case = session.get(Case, case_id)
            if case is None:
                return False
            for name, value in values.items():
                setattr(case, name, value)
            self._event(session, case, user_id, kind, detail, now)
            return True

    def take(self, case_id: int, user_id: int, now: datetime) -> bool:
        """Assign the case to this user and mark it in progress."""
        return self._change(case_id, user_id, "taken", "", now, assigned_to=user_id, status=STATUS_IN_PROGRESS)

    def add_note(self, case_id: int, user_id: int, text: str, now: datetime) -> bool:
        """Add a note to the case's timeline."""
        return self._change(case_id, user_id, "note", text.strip(), now)

    def resolve(self, case_id: int, user_id: int, now: datetime, comment: str = "") -> bool:
        """Mark the case resolved."""
        return self._change(case_id, user_id, "resolved", comment.strip(), now, status=STATUS_RESOLVED)

    def reopen(self, case_id: int, user_id: int, now: datetime) -> bool:
        """Put a resolved or ignored case back in progress."""
        return self._change(case_id, user_id, "reopened", "", now, status=STATUS_IN_PROGRESS)

    def correct(
        self, case_id: int, user_id: int, profile: str, topics: Sequence[str], action: str, now: datetime
    ) -> bool:
        """Record the right classification beside the automatic one."""
        detail = f"profil {profile}, sujets {' '.join(topics) or '-'}, action {action}"
        return self._change(
            case_id, user_id, "corrected", detail, now,
            corrected_profile=profile, corrected_topics=" ".join(topics), corrected_action=action,
            corrected_by=user_id, corrected_at=now,
        )

    def add_manual_reply(
        self, case_id: int, user_id: int, now: datetime, *, message_id: str, envelope_from: str,
        envelope_to: str, sender_key: str, handle: str, subject: str, raw: bytes, body_text: str,
    ) -> int:
        """Put a reply written from the case page in the outbox (state pending); returns its id."""
        with self.sessions.begin() as session:
            case = session.get_one(Case, case_id)
            reply = Reply(
                case_id=case_id, message_id=message_id, envelope_from=envelope_from, envelope_to=envelope_to,
                sender_key=sender_key, handle=handle, subject=subject, raw=raw, body_text=body_text,
                state=REPLY_PENDING, attempts=0, created_at=now, next_attempt_at=None,
            )
            session.add(reply)
            session.flush()
            self._event(session, case, user_id, "reply_sent", f"{subject} -> {envelope_to}", now)
            return reply.id


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


__all__ = [
    "CaseDetail", "CaseFilter", "CaseSummary", "Event", "InvitationView", "Page", "ReplyView", "ReviewStore",
    "STATUS_IGNORED",
]
