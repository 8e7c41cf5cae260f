"""The review page's case list and case page: filtered, paged and counted cases, the CSV export's
rows, and one case in full with its replies, timeline and invitation.

Read-only; the follow-up is written by review.py. Imports the schema; never a step.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, TextualSelect, column, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.store.review_values import (
    BY_HAND,
    CaseDetail,
    CaseFilter,
    CaseSummary,
    Event,
    InvitationView,
    VIEWS,
    Page,
    QueueSummary,
    ReplyView,
    ThreadMessage,
    case_summary,
    corrected_classification,
)
from responder.store.schema import STATUS_WAITING, STATUSES, Campaign, Case, CaseEvent, Invitation, Reply, User, waiting_for_a_person

PAGE_SIZE = 25
MAX_SEARCH_WORDS = 12
_WORDS = re.compile(r"\w+")
MAX_CONVERSATION = 50  # messages of one conversation on its page
MAX_OTHER_REQUESTS = 10


class MailboxScope:
    """The cases a store reads: those of `mailboxes` (an account limited to some), () for all."""

    mailboxes: tuple[str, ...] = ()

    def scope(self) -> tuple[ColumnElement[bool], ...]:
        """The WHERE clause of every read: only the cases of the store's mailboxes."""
        return (Case.mailbox.in_(self.mailboxes),) if self.mailboxes else ()

    def sees(self, mailbox: str) -> bool:
        """Whether a case of this mailbox is one the store may read and change."""
        return not self.mailboxes or mailbox in self.mailboxes


class CaseListQueries(MailboxScope):
    """Reads the case list and the case page. A part of ReviewStore, which provides `sessions`."""

    sessions: sessionmaker[Session]

    def counts(self) -> dict[str, int]:
        """Return the number of cases in each follow-up status (every status present, 0 included)."""
        with self.sessions() as session:
            found = {row[0]: row[1] for row in session.execute(
                select(Case.status, func.count()).where(*self.scope()).group_by(Case.status))}
        return {status: found.get(status, 0) for status in STATUSES}

    def queue_summary(self, now: datetime) -> QueueSummary:
        """How many cases wait for a person, how many nobody took, how old the oldest is."""
        waiting = select(func.count(Case.id), func.min(Case.received_at)).where(*waiting_for_a_person(now),
                                                                                  *self.scope())
        with self.sessions() as session:
            count, oldest = session.execute(waiting).one()
            unassigned = session.scalar(select(func.count(Case.id)).where(
                *waiting_for_a_person(now), *self.scope(), Case.assigned_to.is_(None)))
        days = None if oldest is None else max(0, (now - oldest).days)
        return QueueSummary(count or 0, unassigned or 0, days, oldest)

    def next_in_queue(self, case_id: int, now: datetime) -> int | None:
        """The case after this one in the queue (oldest first), else the queue's first other one."""
        with self.sessions() as session:
            here = session.get(Case, case_id)
            if here is None:
                return None
            queue = select(Case.id).where(*waiting_for_a_person(now), *self.scope(), Case.id != case_id).order_by(
                Case.received_at, Case.id)
            later = queue.where(or_(Case.received_at > here.received_at,
                                    (Case.received_at == here.received_at) & (Case.id > case_id)))
            return session.scalar(later.limit(1)) or session.scalar(queue.limit(1))

    def _query(self, wanted: CaseFilter) -> Select[Any]:
        order: tuple[Any, ...] = (Case.received_at.desc(), Case.id.desc())  # newest first
        if wanted.view in VIEWS:
            order = (Case.received_at, Case.id)
        elif wanted.view == "waiting":
            order = (Case.waiting_until, Case.id)
        return _filtered(
            select(Case)
            .options(defer(Case.raw), defer(Case.explanation), selectinload(Case.replies).defer(Reply.raw))
            .where(*self.scope()).order_by(*order),
            wanted, self._full_text, self._dialect == "postgresql",
        )

    @property
    def _full_text(self) -> bool:
        """SQLite has the FTS5 index of migration 0008; other databases search with LIKE."""
        return self._dialect == "sqlite"

    @property
    def _dialect(self) -> str:
        bind = self.sessions.kw.get("bind")
        return bind.dialect.name if bind is not None else ""

    def page(self, wanted: CaseFilter, number: int = 1, size: int = PAGE_SIZE) -> Page:
        """Return one page of the filtered cases, newest first."""
        with self.sessions() as session:
            total = session.scalar(_filtered(select(func.count(Case.id)).where(*self.scope()), wanted,
                                             self._full_text, self._dialect == "postgresql")) or 0
            pages = max(1, -(-total // size))
            number = min(max(1, number), pages)
            users = user_emails(session)
            cases = list(session.scalars(self._query(wanted).limit(size).offset((number - 1) * size)))
            trainings = _trainings(session, cases)
            return Page([case_summary(c, users, trainings) for c in cases], total, number, pages)

    def each(self, wanted: CaseFilter, limit: int | None = None, offset: int = 0) -> Iterator[CaseSummary]:
        """Every filtered case, in the list's order, read 500 at a time (the CSV exports stream
        them: a log of 100,000 cases is never in memory at once); `limit`, `offset` page them."""
        with self.sessions() as session:
            users = user_emails(session)
            query = self._query(wanted).options(defer(Case.text), defer(Case.new_text))
            if offset:
                query = query.offset(offset)
            if limit is not None:
                query = query.limit(limit)
            for case in session.scalars(query.execution_options(yield_per=500)):
                yield case_summary(case, users)

    def sees_case(self, case_id: int) -> bool:
        """Whether this case exists and is of a mailbox the store may read."""
        with self.sessions() as session:
            mailbox = session.scalar(select(Case.mailbox).where(Case.id == case_id))
        return mailbox is not None and self.sees(mailbox)

    def detail(self, case_id: int) -> CaseDetail | None:
        """Return the whole case, its replies and its timeline; None when there is no such case."""
        with self.sessions() as session:
            case = session.get(Case, case_id)
            if case is None or not self.sees(case.mailbox):
                return None
            users = user_emails(session)
            events = session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.created_at, CaseEvent.id)
            )
            return CaseDetail(
                summary=case_summary(case, users, _trainings(session, [case])),
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
                correction=_correction(case, users),
                replies=[_reply_view(r) for r in case.replies],
                events=[
                    Event(e.created_at, e.kind, users.get(e.user_id or 0, "responder"), e.detail) for e in events
                ],
                invitation=_invitation(session, case),
                conversation=_conversation(session, case, users),
                other_requests=_other_requests(session, case, users, self.scope()),
            )


def _conversation(session: Session, case: Case, users: dict[int, str]) -> list[ThreadMessage]:
    """Every message of the case's conversation, oldest first (none when it is the only one)."""
    rows = list(session.scalars(
        select(Case).options(defer(Case.raw), defer(Case.explanation), selectinload(Case.replies))
        .where(Case.thread_id == (case.thread_id or case.id)).order_by(Case.received_at, Case.id)
        .limit(MAX_CONVERSATION)
    ))
    if len(rows) < 2:
        return []
    return [ThreadMessage(case_summary(row, users), row.new_text, [_reply_view(r) for r in row.replies])
            for row in rows]


def _other_requests(session: Session, case: Case, users: dict[int, str],
                    scope: tuple[ColumnElement[bool], ...] = ()) -> list[CaseSummary]:
    """The sender's latest cases in other conversations."""
    if not case.sender_address:
        return []
    rows = session.scalars(
        select(Case).options(defer(Case.raw), defer(Case.explanation), selectinload(Case.replies).defer(Reply.raw))
        .where(Case.sender_address == case.sender_address, Case.thread_id != (case.thread_id or case.id),
               *scope)
        .order_by(Case.received_at.desc(), Case.id.desc()).limit(MAX_OTHER_REQUESTS)
    )
    return [case_summary(row, users) for row in rows]


def _reply_view(r: Reply) -> ReplyView:
    return ReplyView(r.id, r.raw, r.state, r.subject, r.envelope_to, r.created_at, r.sent_at, r.last_detail,
                     r.handle.startswith(BY_HAND))


def user_emails(session: Session) -> dict[int, str]:
    """Return every user's address by id: how the views name who did what."""
    return {row.id: row.email for row in session.execute(select(User.id, User.email))}


def text_search(typed: str) -> TextualSelect:
    """The cases whose sender, subject or own words hold every word typed (SQLite's FTS5 index of
    migration 0008): accents and case folded, each word also as the start of a longer one."""
    words = _WORDS.findall(typed)[:MAX_SEARCH_WORDS]
    if not words:  # only signs ("%", "_"): no word to find
        return text("SELECT rowid FROM cases_search WHERE 0").columns(column("rowid", Integer))
    match = " ".join(f'"{word}"*' for word in words)  # quoted: AND, OR, NEAR are words too
    return text("SELECT rowid FROM cases_search WHERE cases_search MATCH :match").bindparams(
        match=match).columns(column("rowid", Integer))


def _filtered(query: Select[Any], wanted: CaseFilter, full_text: bool = False,
              folded_column: bool = False) -> Select[Any]:
    """`query` narrowed to `wanted`; full_text: SQLite's FTS5 index (migration 0008) is there;
    folded_column: PostgreSQL's cases.search_folded (migration 0015) is."""
    if wanted.view in VIEWS:
        query = query.where(*waiting_for_a_person())
    if wanted.view == "waiting":
        query = query.where(Case.status == STATUS_WAITING)
    if wanted.view == "unassigned":
        query = query.where(Case.assigned_to.is_(None))
    if wanted.view == "mine":
        query = query.where(Case.assigned_to == (wanted.user_id or -1))
    if wanted.mailbox is not None:
        query = query.where(Case.mailbox == wanted.mailbox)
    if wanted.status:
        query = query.where(Case.status == wanted.status)
    if wanted.action:
        query = query.where(Case.action == wanted.action)
    # Profile and topic as the EAFC corrected them, where it did (what the list shows).
    if wanted.profile:
        query = query.where(func.coalesce(Case.corrected_profile, Case.profile) == wanted.profile)
    if wanted.topic:
        # topics is space-separated: pad both sides so "login" never matches inside another word.
        query = query.where((" " + func.coalesce(Case.corrected_topics, Case.topics) + " ").contains(f" {wanted.topic} "))
    if wanted.since:
        query = query.where(Case.received_at >= day_start(wanted.since))
    if wanted.until:
        query = query.where(Case.received_at < day_start(wanted.until + timedelta(days=1)))
    if wanted.text.strip() and full_text:
        query = query.where(Case.id.in_(text_search(wanted.text)))
    elif folded_column and (words := _WORDS.findall(wanted.text)[:MAX_SEARCH_WORDS]):
        query = query.where(*(_folded_contains(word) for word in words))
    elif wanted.text.strip():
        # The trainee's own words, not the quoted invitation under them (which holds "mot de
        # passe" in nearly every case); % and _ typed by a person are letters, not wildcards.
        escaped = wanted.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        needle = f"%{escaped}%"
        query = query.where(
            or_(
                Case.sender_address.ilike(needle, escape="\\"),
                Case.sender_name.ilike(needle, escape="\\"),
                Case.subject.ilike(needle, escape="\\"),
                Case.new_text.ilike(needle, escape="\\"),
            )
        )
    return query


# Accents and ligatures a French mail holds, and their plain letters, one by one: the letters
# migration 0015 folds the search column with.
_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿæœ", "aaaaaaceeeeiiiinooooouuuuyyao")


def _folded_contains(word: str) -> ColumnElement[bool]:
    """The search of one word on PostgreSQL: cases.search_folded (migration 0015: sender, name,
    subject and own words, accents and case folded, with a trigram index) holds it, folded the
    same way, inside a longer word too."""
    needle = "%" + fold(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return literal_column("cases.search_folded").like(needle, escape="\\")


def fold(text_: str) -> str:
    """Lower case, without accents (« Oublié » -> « oublie »), as the database folds a column."""
    return unicodedata.normalize("NFC", text_).lower().translate(_FOLD)


def day_start(day: date) -> datetime:
    """Midnight of `day` where the machine is: where the list's (and `cases`') dates begin."""
    return datetime.combine(day, time(0, 0)).astimezone()


def _trainings(session: Session, cases: Sequence[Case]) -> dict[int, str]:
    """The training names of the campaigns these cases are linked to (campaign id -> name)."""
    ids = {case.campaign_id for case in cases if case.campaign_id is not None}
    if not ids:
        return {}
    rows = session.execute(select(Campaign.id, Campaign.training).where(Campaign.id.in_(ids)))
    return {campaign_id: training for campaign_id, training in rows}


def _correction(case: Case, users: dict[int, str]) -> dict[str, Any] | None:
    """The staff's classification, kept beside the automatic one; None when nobody corrected it."""
    corrected = corrected_classification(case)
    if corrected is None:
        return None
    profile, topics, action = corrected
    return {"profile": profile, "topics": topics, "action": action,
            "by": users.get(case.corrected_by or 0, ""), "at": case.corrected_at}


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
