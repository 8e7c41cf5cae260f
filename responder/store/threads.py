"""Conversations: which earlier case a new message continues, read for a whole batch.

A message joins the conversation of the case it answers: the ids in its In-Reply-To and References
name one of our replies (an acknowledgement, an answer written by hand) or an earlier message of
the trainee. Failing that, a message from the same sender with the same subject (reply and
forward prefixes aside) within a few days continues it too: some clients drop the threading
fields. The pipeline reads this before judging and hands it to the decision as data.
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from responder.model import Conversation
from responder.store.schema import Case, Reply

# How long the same sender and subject still count as one conversation without threading fields.
SAME_SUBJECT_WINDOW = timedelta(days=7)
# "Re:", "RE :", "Réf. :", "TR:", "Fwd:", "AW:", "Re[2]:", repeated; NBSP counts as a space.
_PREFIXES = re.compile(r"^(?:\s*(?:r[eé]f?\.?|tr|fwd?|aw|wg)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
MAX_IDS = 40  # a References field may be long; the ids nearest the message come last


@dataclass(frozen=True)
class ThreadLookup:
    """What tells which conversation one message continues."""

    ids: tuple[str, ...]  # References then In-Reply-To (the nearest last)
    sender: str
    subject: str
    received_at: datetime
    message_id: str = ""


def conversation_subject(subject: str) -> str:
    """The subject as a conversation keeps it: without reply or forward prefixes, case and spaces folded."""
    return _SPACES.sub(" ", _PREFIXES.sub("", subject[:1000])).strip().casefold()


def follows_in_batch(lookups: Sequence[ThreadLookup]) -> list[int | None]:
    """For each message, the earlier message of the same batch it continues, by the same rules
    (it names that message's id; else same sender and subject within the window): its index."""
    by_id: dict[str, int] = {}
    by_subject: dict[tuple[str, str], int] = {}
    found: list[int | None] = []
    for index, lookup in enumerate(lookups):
        key = (lookup.sender.lower(), conversation_subject(lookup.subject))
        earlier = next((by_id[i] for i in reversed(lookup.ids[-MAX_IDS:])
                        if i in by_id and lookups[by_id[i]].sender.lower() == key[0]), None)
        if earlier is None and all(key) and key in by_subject:
            before = lookups[by_subject[key]]
            if abs(lookup.received_at - before.received_at) <= SAME_SUBJECT_WINDOW:
                earlier = by_subject[key]
        found.append(earlier)
        if lookup.message_id:
            by_id.setdefault(lookup.message_id, index)
        if all(key):
            by_subject[key] = index
    return found


class Threads:
    """Finds the conversation each message of a batch continues."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def conversations(self, lookups: Sequence[ThreadLookup]) -> list[Conversation | None]:
        """Return, for each lookup in order, the conversation it continues (None for a new one)."""
        ids = {found for lookup in lookups for found in lookup.ids[-MAX_IDS:]}
        senders = {lookup.sender.lower() for lookup in lookups if lookup.sender}
        with self.sessions() as session:
            by_id = _cases_by_id(session, ids)
            recent = _recent_by_sender(session, senders, lookups)
            found = [_match(lookup, by_id, recent) for lookup in lookups]
            threads = {case.thread_id or case.id for case in found if case is not None}
            facts = _thread_facts(session, threads)
        return [None if case is None else _conversation(case, facts) for case in found]


def _cases_by_id(session: Session, ids: set[str]) -> dict[str, tuple[Case, bool]]:
    """The cases our replies with these Message-IDs answered (True: our own mail), and the cases
    of mails with them (False)."""
    if not ids:
        return {}
    wanted = sorted(ids)
    found: dict[str, tuple[Case, bool]] = {}
    for message_id, case in session.execute(
        select(Case.message_id, Case).where(Case.message_id.in_(wanted))
    ):
        found.setdefault(message_id or "", (case, False))
    for message_id, case in session.execute(
        select(Reply.message_id, Case).join(Case, Reply.case_id == Case.id).where(Reply.message_id.in_(wanted))
    ):
        found[message_id] = (case, True)  # our own mail names the case exactly; a trainee's id may be reused
    return found


def _recent_by_sender(session: Session, senders: set[str], lookups: Sequence[ThreadLookup]) -> dict[str, list[Case]]:
    """The senders' cases of the last days, newest first."""
    if not senders:
        return {}
    since = min(lookup.received_at for lookup in lookups) - SAME_SUBJECT_WINDOW
    recent: dict[str, list[Case]] = {}
    for case in session.scalars(
        select(Case).where(func.lower(Case.sender_address).in_(sorted(senders)), Case.received_at >= since)
        .order_by(Case.received_at.desc(), Case.id.desc()).limit(50 * len(senders))
    ):
        recent.setdefault(case.sender_address.lower(), []).append(case)
    return recent


def _match(lookup: ThreadLookup, by_id: dict[str, tuple[Case, bool]], recent: dict[str, list[Case]]
           ) -> Case | None:
    for found in reversed(lookup.ids[-MAX_IDS:]):  # the id nearest the message first
        case, ours = by_id.get(found, (None, False))
        # Only our own mail's ids, which only its recipient saw, join anyone's conversation; a
        # trainee's message id joins it for that trainee alone (ids are public, and guessable).
        if case is not None and (ours or case.sender_address.lower() == lookup.sender.lower()):
            return case
    subject = conversation_subject(lookup.subject)
    if not subject or not lookup.sender:
        return None
    for case in recent.get(lookup.sender.lower(), []):
        if (lookup.received_at - SAME_SUBJECT_WINDOW <= case.received_at <= lookup.received_at
                and conversation_subject(case.subject) == subject):
            return case
    return None


@dataclass(frozen=True)
class _Facts:
    followed: bool
    assignee: int | None


def _thread_facts(session: Session, threads: set[int]) -> dict[int, _Facts]:
    """Per conversation: whether a person was handed one of its cases, and who followed it last."""
    if not threads:
        return {}
    facts: dict[int, _Facts] = {}
    rows = session.execute(
        select(Case.thread_id, Case.action, Case.status, Case.assigned_to)
        .where(Case.thread_id.in_(sorted(threads))).order_by(Case.id)
    )
    for thread, action, status, assignee in rows:
        if thread is None:
            continue
        before = facts.get(thread, _Facts(False, None))
        handed = action == "escalate" and status != "ignored"
        facts[thread] = _Facts(before.followed or handed, assignee if assignee is not None else before.assignee)
    return facts


def _conversation(case: Case, facts: dict[int, _Facts]) -> Conversation:
    thread = case.thread_id or case.id
    known = facts.get(thread, _Facts(case.action == "escalate", case.assigned_to))
    return Conversation(thread, case.id, known.followed, known.assignee)
