"""The cases as the review page shows them: frozen values that outlive their session, and how a
stored case becomes a line of the list.

No query here: review_list.py and review_overview.py read the rows, review.py writes the
follow-up.
Imports the schema; never a step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from responder.store.schema import WAITING_STATUSES, Case

BY_HAND = ("manual:", "personal", "forward")  # the handles of mail sent from the case page

# Event kinds, and how the case page names them.
EVENT_LABELS = {
    "taken": "pris en charge",
    "note": "note",
    "resolved": "marqué résolu",
    "reopened": "rouvert",
    "corrected": "classement corrigé",
    # Recorded when the mail is handed to the relay; a refusal adds "reply_refused" after it.
    "reply_sent": "réponse écrite à la main, remise au serveur d'envoi",
    "reply_refused": "réponse refusée par le serveur d'envoi : elle n'est pas partie",
    "assigned": "attribué à",
    "waiting": "mis en attente",
    "forwarded": "transmis",
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
    # A saved view: "queue" (what waits for a person, oldest first), "unassigned" (of those,
    # nobody took it), "mine" (taken by `user_id`), "waiting" (set aside until a date); "" is
    # every case, newest first.
    view: str = ""
    user_id: int | None = None
    mailbox: str | None = None  # the [[mailbox]] name; None: every mailbox


VIEWS = ("queue", "unassigned", "mine")  # views of the queue, oldest first
SAVED_VIEWS = (*VIEWS, "waiting")  # and the cases set aside until a date, soonest back first


@dataclass(frozen=True)
class QueueSummary:
    """What waits for a person: how many, how many nobody took, since when the oldest waits."""

    waiting: int
    unassigned: int
    oldest_days: int | None
    oldest: datetime | None = None  # when the oldest was received


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
    training: str = ""  # the training of the invitation the message answers, if linked
    thread: int = 0  # the conversation's id (its first case's)
    waiting_until: datetime | None = None
    mailbox: str = ""  # the [[mailbox]] it arrived in
    stops: tuple[str, ...] = ()  # why no automatic answer went: the guard's codes, in order
    # The EAFC's correction of the classification (profile, topics, action), None when none.
    correction: tuple[str, tuple[str, ...], str] | None = None
    reply_by_hand: bool = False  # the last mail to the trainee was written on the page

    @property
    def corrected(self) -> bool:
        """The EAFC corrected its classification (the list tags it)."""
        return self.correction is not None

    @property
    def waits_for_human(self) -> bool:
        """Escalated and nobody has dealt with it yet: the list makes it stand out."""
        return self.action == "escalate" and self.status in WAITING_STATUSES


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
    by_hand: bool = False  # written or chosen on the page: its event already tells it


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
    # The conversation's messages in order (this one included), and the trainee's other requests.
    conversation: list[ThreadMessage] = field(default_factory=list)
    other_requests: list[CaseSummary] = field(default_factory=list)


@dataclass(frozen=True)
class ThreadMessage:
    """One message of a conversation as its case page tells it: the trainee's words, then our mails."""

    summary: CaseSummary
    own_words: str
    replies: list[ReplyView]


def stop_codes(stops: str | None) -> tuple[str, ...]:
    """The codes of a case's recorded stops (cases.stops, a JSON list of {code, detail})."""
    return tuple(stop["code"] for stop in json.loads(stops or "[]"))


def corrected_classification(case: Case) -> tuple[str, tuple[str, ...], str] | None:
    """The EAFC's (profile, topics, action) for the case, None when nobody corrected it."""
    if case.corrected_at is None:
        return None
    return (case.corrected_profile or case.profile, tuple((case.corrected_topics or "").split()),
            case.corrected_action or case.action)


def case_summary(case: Case, users: dict[int, str], trainings: dict[int, str] | None = None) -> CaseSummary:
    """Return the case as a line of the list; `users` names the assignee, `trainings` the campaign."""
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
        reply_by_hand=last is not None and last.handle.startswith(BY_HAND),
        training=(trainings or {}).get(case.campaign_id or 0, ""),
        thread=case.thread_id or case.id,
        waiting_until=case.waiting_until,
        mailbox=case.mailbox,
        stops=stop_codes(case.stops),
        correction=corrected_classification(case),
    )
