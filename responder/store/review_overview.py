"""Cases read across the whole log rather than a page: the overview's activity figures, the
escalations nobody has closed (overview and digest), and the corrected cases (corpus export).

Read-only. Imports the schema; never a step.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.store.review_list import MailboxScope, user_emails
from responder.store.review_values import CaseSummary, case_summary, corrected_classification
from responder.store.schema import STATUS_RESOLVED, Case, CaseEvent, Reply, waiting_for_a_person


class CaseOverviewQueries(MailboxScope):
    """Reads the whole case log. A part of ReviewStore, which provides `sessions`."""

    sessions: sessionmaker[Session]

    def corrected(self) -> list[tuple[int, bytes, str, tuple[str, ...], str, str]]:
        """Return (id, raw, profile, topics, action, who) of every corrected case, oldest first."""
        with self.sessions() as session:
            users = user_emails(session)
            rows = session.scalars(select(Case).where(Case.corrected_at.is_not(None), *self.scope()).order_by(Case.id))
            found = [(c, corrected_classification(c)) for c in rows]
            return [(c.id, c.raw, *fix, users.get(c.corrected_by or 0, "")) for c, fix in found if fix is not None]

    def open_escalations(self, now: datetime | None = None, limit: int | None = None) -> list[CaseSummary]:
        """Return the escalated cases nobody has closed, oldest first (the digest; the overview
        shows the `limit` oldest)."""
        wanted = select(Case).where(*waiting_for_a_person(now), *self.scope())
        with self.sessions() as session:
            users = user_emails(session)
            query = wanted.options(defer(Case.raw), defer(Case.text), defer(Case.explanation),
                                   selectinload(Case.replies).defer(Reply.raw))
            query = query.order_by(Case.received_at, Case.id).limit(limit)
            return [case_summary(c, users) for c in session.scalars(query)]

    def totals(self) -> tuple[int, int]:
        """(cases, cases answered automatically) in the whole log, counted by the database."""
        with self.sessions() as session:
            total, automatic = session.execute(select(
                func.count(Case.id), func.count(Case.id).filter(Case.action == "reply")).where(*self.scope())).one()
            return int(total or 0), int(automatic or 0)

    def activity(self, since: datetime | None = None) -> list[tuple[datetime, str, str, str, datetime | None]]:
        """Return (received_at, action, topics, status, resolved_at) of every case received since
        `since` (all when None), for the overview's weeks."""
        recent = (*self.scope(), *((Case.received_at >= since,) if since is not None else ()))
        with self.sessions() as session:
            resolved = {
                row[0]: row[1]
                for row in session.execute(
                    select(CaseEvent.case_id, func.max(CaseEvent.created_at))
                    .join(Case, Case.id == CaseEvent.case_id)
                    .where(CaseEvent.kind == "resolved", *recent)
                    .group_by(CaseEvent.case_id)
                )
            }
            # The topics as the EAFC corrected them, where it did: what the trainees really asked.
            rows = session.execute(select(Case.id, Case.received_at, Case.action,
                                          func.coalesce(Case.corrected_topics, Case.topics), Case.status)
                                   .where(*recent))
            result = []
            for case_id, received, action, topics, status in rows:
                done = resolved.get(case_id) if status == STATUS_RESOLVED else None
                result.append((received, action, topics, status, _aware(done)))
            return result


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
