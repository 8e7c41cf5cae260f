"""Cases read across the whole log rather than a page: the overview's activity figures, the
escalations nobody has closed (overview and digest), and the corrected cases (corpus export).

Read-only. Imports the schema; never a step.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from responder.store.review_list import user_emails
from responder.store.review_values import CaseSummary, case_summary
from responder.store.schema import STATUS_RESOLVED, Case, CaseEvent, Reply, waiting_for_a_person


class CaseOverviewQueries:
    """Reads the whole case log. A part of ReviewStore, which provides `sessions`."""

    sessions: sessionmaker[Session]

    def corrected(self) -> list[tuple[int, bytes, str, tuple[str, ...], str, str]]:
        """Return (id, raw, profile, topics, action, who) of every corrected case, oldest first."""
        with self.sessions() as session:
            users = user_emails(session)
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

    def open_escalations(self, now: datetime | None = None) -> list[CaseSummary]:
        """Return the escalated cases nobody has closed, oldest first (the digest, the overview)."""
        wanted = select(Case).where(*waiting_for_a_person(now))
        with self.sessions() as session:
            users = user_emails(session)
            query = wanted.options(defer(Case.raw), selectinload(Case.replies).defer(Reply.raw))
            return [case_summary(c, users) for c in session.scalars(query.order_by(Case.received_at, Case.id))]

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


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
