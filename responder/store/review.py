"""The store behind the EAFC review page: cases as staff see them, and every follow-up action.

Reads cases with filters, pagination and counts (and, for a case that answers an invitation, its
training, trainer and the invitation's state from the campaign journal); writes the follow-up
(take, note, resolve, reopen, correct, a reply sent by hand), each change with a CaseEvent saying
who and when. The review page and the `digest` command write only through this module; the
pipeline never calls it. The staff's correction is kept beside the automatic classification, never
over it, so `evaluate` can compare. `ReviewStore` joins the follow-up written here with the
reads of review_list.py (the list, the case page) and review_overview.py (across the whole log);
the values they return are in review_values.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from responder.store.review_list import CaseListQueries
from responder.store.review_overview import CaseOverviewQueries
from responder.store.schema import (
    OPEN_STATUSES,
    REPLY_PENDING,
    STATUS_IN_PROGRESS,
    STATUS_RESOLVED,
    STATUS_WAITING,
    Case,
    CaseEvent,
    Reply,
)


class ReviewStore(CaseListQueries, CaseOverviewQueries):
    """Reads and follows up cases for the review page; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session], mailboxes: Sequence[str] = ()) -> None:
        """mailboxes: the only [[mailbox]] names whose cases it reads and changes; () for all."""
        self.sessions, self.mailboxes = sessions, tuple(mailboxes)

    def scoped(self, mailboxes: Sequence[str]) -> ReviewStore:
        """The same store seeing only these mailboxes' cases (an account limited to them)."""
        return ReviewStore(self.sessions, mailboxes)

    # --- following up -------------------------------------------------------------------------

    def _event(self, session: Session, case: Case, user_id: int, kind: str, detail: str, now: datetime) -> None:
        session.add(CaseEvent(case_id=case.id, user_id=user_id, kind=kind, detail=detail, created_at=now))
        case.updated_at = now

    def _change(self, case_id: int, user_id: int, kind: str, detail: str, now: datetime,
                conversation: bool = False, **values: Any) -> bool:
        """Change the case, and with `conversation` the other open cases of its conversation,
        which move with it: a reminder is resolved, assigned or set aside with what it follows."""
        with self.sessions.begin() as session:
            case = session.get(Case, case_id)
            if case is None or not self.sees(case.mailbox):
                return False
            together = [case]
            if conversation and case.thread_id is not None:
                together += session.scalars(select(Case).where(
                    Case.thread_id == case.thread_id, Case.id != case.id, Case.status.in_(OPEN_STATUSES)))
            for row in together:
                for name, value in values.items():
                    setattr(row, name, value)
                row.updated_at = now
            self._event(session, case, user_id, kind, detail, now)
            return True

    def take(self, case_id: int, user_id: int, now: datetime) -> bool:
        """Assign the case to this user and mark it in progress."""
        return self._change(case_id, user_id, "taken", "", now, True, assigned_to=user_id, status=STATUS_IN_PROGRESS,
                            waiting_until=None)

    def assign(self, case_id: int, user_id: int, assignee_id: int, assignee: str, now: datetime) -> bool:
        """Give the case to a colleague (in progress with them)."""
        return self._change(case_id, user_id, "assigned", assignee, now, True, assigned_to=assignee_id,
                            status=STATUS_IN_PROGRESS, waiting_until=None)

    def wait(self, case_id: int, user_id: int, until: datetime, label: str, now: datetime, comment: str = "") -> bool:
        """Set the case aside until `until` (shown as `label`): it comes back to the queue then."""
        detail = f"jusqu'au {label}" + (f" : {comment.strip()}" if comment.strip() else "")
        return self._change(case_id, user_id, "waiting", detail, now, True, status=STATUS_WAITING, waiting_until=until)

    def add_note(self, case_id: int, user_id: int, text: str, now: datetime) -> bool:
        """Add a note to the case's timeline."""
        return self._change(case_id, user_id, "note", text.strip(), now)

    def record_refusal(self, case_id: int, user_id: int, subject: str, now: datetime) -> bool:
        """Say in the timeline that the relay refused a mail written on the page: it did not leave."""
        return self._change(case_id, user_id, "reply_refused", subject, now)

    def resolve(self, case_id: int, user_id: int, now: datetime, comment: str = "") -> bool:
        """Mark the case resolved."""
        return self._change(case_id, user_id, "resolved", comment.strip(), now, True, status=STATUS_RESOLVED,
                            waiting_until=None)

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
        kind: str = "reply_sent",
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
            self._event(session, case, user_id, kind, f"{subject} → {envelope_to}", now)
            return reply.id
