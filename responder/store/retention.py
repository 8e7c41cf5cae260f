"""Personal data that does not stay forever: `purge` (for cron) and `forget` (one person, on request).

Past [retention] keep_messages_days a case keeps its decision and follow-up but loses the mail
itself: the raw message with its attachments, its texts, the explanation (which quotes the words),
the bodies of our mails, the notes. Past keep_cases_days it is anonymised too: sender, name and
subject blanked, the identity of the mail replaced by a digest; the counts the overview shows
(dates, actions, topics, statuses) stay. `forget` does both at once for every case, reply,
bounce and invitation of one address. What the guard needs stays for as long as its windows
last (the caps count a week, a hard bounce blocks 60 days), well under any retention.
Imports the schema; never a step.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, func, literal, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from responder.store.schema import Bounce, Case, CaseEvent, Invitation, LoginFailure, Reply, WebSession

ANONYMOUS = "(effacé)"


@dataclass
class Removed:
    """What one purge or erasure changed (or would change, in a dry run), row by row."""

    messages_emptied: int = 0  # cases whose mail, texts and explanation were removed
    cases_anonymised: int = 0
    replies_emptied: int = 0
    notes_emptied: int = 0
    bounces_deleted: int = 0
    invitations_anonymised: int = 0
    logins_deleted: int = 0  # failed logins and ended sessions of the review page


def _erased(row_id: Any) -> Any:
    """A placeholder unique to the row ("effacé:12"), where a column must stay unique or keyed."""
    return literal("effacé:", String) + cast(row_id, String)


def _digest(value: str) -> str:
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def _empty_messages(session: Session, cases: list[int], removed: Removed, dry_run: bool) -> None:
    if not cases:
        return
    removed.messages_emptied += len(cases)
    replies = select(Reply.id).where(Reply.case_id.in_(cases), Reply.body_text != "")
    notes = select(CaseEvent.id).where(CaseEvent.case_id.in_(cases), CaseEvent.kind == "note", CaseEvent.detail != "")
    removed.replies_emptied += len(session.scalars(replies).all())
    removed.notes_emptied += len(session.scalars(notes).all())
    if dry_run:
        return
    session.execute(update(Case).where(Case.id.in_(cases)).values(
        raw=b"", text="", new_text="", explanation="{}", reasons="[]", error=""))
    session.execute(update(Reply).where(Reply.case_id.in_(cases)).values(raw=b"", body_text=""))
    session.execute(update(CaseEvent).where(CaseEvent.case_id.in_(cases), CaseEvent.kind == "note")
                    .values(detail=ANONYMOUS))


def _anonymise(session: Session, cases: list[int], removed: Removed, dry_run: bool) -> None:
    if not cases:
        return
    removed.cases_anonymised += len(cases)
    if dry_run:
        return
    for case in session.scalars(select(Case).where(Case.id.in_(cases))):
        case.message_key, case.message_id = _digest(case.message_key), None
        case.sender_address, case.sender_name, case.subject = ANONYMOUS, "", ""
    session.execute(update(Reply).where(Reply.case_id.in_(cases)).values(
        envelope_to=ANONYMOUS, subject="", sender_key=_erased(Reply.id), last_detail=""))
    # Every event's detail may name the trainee (a reply's subject and address, a comment).
    session.execute(update(CaseEvent).where(CaseEvent.case_id.in_(cases)).values(detail=""))


class Retention:
    """Purges what is past its time and erases one person; one transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def purge(self, now: datetime, keep_messages_days: int, keep_cases_days: int, dry_run: bool = False) -> Removed:
        """Empty the mails older than keep_messages_days, anonymise the cases older than
        keep_cases_days, drop the review page's old login traces."""
        removed = Removed()
        with self.sessions.begin() as session:
            old_mail = now - timedelta(days=keep_messages_days)
            _empty_messages(session, list(session.scalars(select(Case.id).where(
                Case.received_at < old_mail, or_(Case.text != "", Case.new_text != "", Case.explanation != "{}",
                                                 func.length(Case.raw) > 0)))), removed, dry_run)
            old_case = now - timedelta(days=keep_cases_days)
            _anonymise(session, list(session.scalars(select(Case.id).where(
                Case.received_at < old_case, Case.sender_address != ANONYMOUS))), removed, dry_run)
            old_bounces = select(Bounce.id).where(Bounce.received_at < old_case)
            removed.bounces_deleted += len(session.scalars(old_bounces).all())
            month = now - timedelta(days=30)
            removed.logins_deleted += len(session.scalars(select(LoginFailure.id).where(LoginFailure.at < month)).all())
            removed.logins_deleted += len(session.scalars(select(WebSession.id).where(WebSession.expires_at < now)).all())
            if not dry_run:
                session.query(Bounce).filter(Bounce.received_at < old_case).delete(synchronize_session=False)
                session.query(LoginFailure).filter(LoginFailure.at < month).delete(synchronize_session=False)
                session.query(WebSession).filter(WebSession.expires_at < now).delete(synchronize_session=False)
            if dry_run:
                session.rollback()
        return removed

    def forget(self, address: str, dry_run: bool = False) -> Removed:
        """Erase one person (every case they sent, our mails to them, their bounces and invitations)."""
        wanted = address.strip().lower()
        removed = Removed()
        with self.sessions.begin() as session:
            theirs = list(session.scalars(select(Case.id).where(func.lower(Case.sender_address) == wanted)))
            theirs += [i for i in session.scalars(select(Reply.case_id).where(func.lower(Reply.envelope_to) == wanted))
                       if i not in theirs]
            _empty_messages(session, theirs, removed, dry_run)
            _anonymise(session, theirs, removed, dry_run)
            bounces = select(Bounce.id).where(func.lower(Bounce.address) == wanted)
            removed.bounces_deleted += len(session.scalars(bounces).all())
            invitations = select(Invitation.id).where(func.lower(Invitation.address) == wanted)
            found = list(session.scalars(invitations))
            removed.invitations_anonymised += len(found)
            if not dry_run:
                session.query(Bounce).filter(func.lower(Bounce.address) == wanted).delete(synchronize_session=False)
                if found:
                    # Unique per campaign: each erased invitee gets a placeholder of their own.
                    session.execute(update(Invitation).where(Invitation.id.in_(found)).values(
                        address=_erased(Invitation.id), name="", body_text=""))
            if dry_run:
                session.rollback()
        return removed
