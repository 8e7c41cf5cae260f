"""The case log as the `cases` command and the demo list it: one row per case, newest first,
or the queue (what waits for a person: escalated, not closed), oldest first.

Read-only. Imports the schema; never a step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.store.review_values import stop_codes
from responder.store.schema import Case, Reply, User, waiting_for_a_person


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
    assignee: str = ""  # the address of the person who took the case, "" when nobody has
    thread: int = 0  # the conversation: the id of its first case
    mailbox: str = ""  # the [[mailbox]] it arrived in, "" for [imap]


STREAM_BATCH = 500


def list_cases(
    sessions: sessionmaker[Session],
    status: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    queue: bool = False,
) -> list[CaseRow]:
    """Return the cases, newest first, filtered as asked; `queue`: only what waits for a
    person (escalated, new or in progress), oldest first."""
    return list(stream_cases(sessions, status, action, since, queue))


def stream_cases(
    sessions: sessionmaker[Session],
    status: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    queue: bool = False,
    limit: int | None = None,
    offset: int = 0,
    mailbox: str | None = None,
) -> Iterator[CaseRow]:
    """The cases as list_cases orders them, read a few hundred at a time (a log of 100,000 cases
    is never in memory at once); `limit` and `offset` page through them."""
    query = select(Case).options(defer(Case.raw), defer(Case.text), defer(Case.explanation),
                                 selectinload(Case.replies).defer(Reply.raw))
    if queue:
        query = query.where(*waiting_for_a_person())
        query = query.order_by(Case.received_at, Case.id)
    else:
        query = query.order_by(Case.received_at.desc(), Case.id.desc())
    if status:
        query = query.where(Case.status == status)
    if action:
        query = query.where(Case.action == action)
    if since:
        query = query.where(Case.received_at >= since)
    if mailbox is not None:
        query = query.where(Case.mailbox == mailbox)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with sessions() as session:
        users = {row.id: row.email for row in session.execute(select(User.id, User.email))}
        for case in session.scalars(query.execution_options(yield_per=STREAM_BATCH)):
            yield _case_row(case, users)


def _case_row(case: Case, users: dict[int, str]) -> CaseRow:
    last_reply = case.replies[-1] if case.replies else None
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
        stops=" ".join(stop_codes(case.stops)),
        subject=case.subject,
        assignee=users.get(case.assigned_to or 0, ""),
        mailbox=case.mailbox,
        thread=case.thread_id or case.id,
    )
