"""Several workers on one database: who handles which mailbox message, and one sender at a time.

Every worker of a mailbox lists the same new UIDs. Before fetching a batch, a worker claims its
messages: one row per message in mailbox_messages (inserted if missing, never twice: the table's
unique key), then one conditional UPDATE that takes only rows nobody else holds, or whose
holder's claim has expired (a worker killed mid-batch). PostgreSQL re-checks that condition on a
row another transaction just changed, so two workers never both win a message. The claim lasts
while the batch is handled and is dropped when the mailbox has flagged it. Why claims and not a
transaction holding `FOR UPDATE SKIP LOCKED` rows: a batch waits on the SMTP relay, which may take
minutes; a claim holds no connection and no lock meanwhile, and survives a database restart.

Caps per sender read the sender's history, then record the reply: two workers handling two mails
of one sender at once could both pass. `sender_turns` takes a transaction-scoped advisory lock
per sender key (in sorted order, so two workers never wait on each other in a circle) and holds
it from the history read to the commit of the cases. SQLite runs one worker per database
(service.single_instance) and needs neither: there it takes nothing.
Imports the schema; never a step.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from responder.store.outbox import WORKER
from responder.store.schema import MailboxMessage

# Long enough for a batch whose replies wait on a slow relay (each SMTP call times out well before).
CLAIM = timedelta(minutes=10)


class MessageClaims:
    """Which worker handles which message of a mailbox."""

    def __init__(self, sessions: sessionmaker[Session], lease: timedelta = CLAIM, worker: str = WORKER,
                 exclusive: bool = False) -> None:
        """exclusive: no other process uses this database (SQLite): a claim not this worker's
        was left by an earlier run, stopped, and is taken at once."""
        self.sessions, self.lease, self.worker, self.exclusive = sessions, lease, worker, exclusive

    def claim(self, source: str, uidvalidity: int, uids: Collection[str], now: datetime) -> list[str]:
        """Claim these messages for this worker; returns those it holds now, in the given order.

        A message already acknowledged, or held by another worker whose claim has not expired,
        is left out. Claiming again what this worker holds renews it.
        """
        wanted = list(dict.fromkeys(uids))
        if not wanted:
            return []
        until = now + self.lease
        with self.sessions.begin() as session:
            insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
            session.execute(insert(MailboxMessage).values([
                {"source": source, "uidvalidity": uidvalidity, "uid": uid, "acknowledged": False, "seen_at": now,
                 "claimed_by": self.worker, "claimed_until": until} for uid in wanted
            ]).on_conflict_do_nothing())
            mine = and_(MailboxMessage.source == source, MailboxMessage.uidvalidity == uidvalidity,
                        MailboxMessage.uid.in_(wanted), MailboxMessage.acknowledged.is_(False))
            free = or_(MailboxMessage.claimed_by.in_(("", self.worker)), MailboxMessage.claimed_until.is_(None),
                       MailboxMessage.claimed_until < now)
            session.execute(update(MailboxMessage).where(mine, *(() if self.exclusive else (free,)))
                            .values(claimed_by=self.worker, claimed_until=until))
            held = set(session.scalars(select(MailboxMessage.uid).where(mine, MailboxMessage.claimed_by == self.worker)))
        return [uid for uid in wanted if uid in held]

    def adopt_former_names(self, former: Collection[str], name: str) -> int:
        """Record the messages an earlier version listed under a former name of this mailbox
        under its name now, the first time it starts with that name; returns how many."""
        if not former:
            return 0
        with self.sessions.begin() as session:
            if session.scalar(select(MailboxMessage.id).where(MailboxMessage.source == name).limit(1)) is not None:
                return 0
            renamed = session.execute(update(MailboxMessage).where(MailboxMessage.source.in_(list(former)))
                                      .values(source=name))
            return int(getattr(renamed, "rowcount", 0) or 0)

    @contextmanager
    def sender_turns(self, keys: Collection[str]) -> Iterator[None]:
        """Hold every one of these senders' advisory locks until the block ends (PostgreSQL)."""
        wanted = sorted({key for key in keys if key})
        if not wanted or self.sessions.kw["bind"].dialect.name != "postgresql":
            yield
            return
        with self.sessions.begin() as session:
            for key in wanted:
                session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": sender_lock(key)})
            yield


def sender_lock(key: str) -> int:
    """The advisory lock number of a sender key: 64 bits of its digest, signed as PostgreSQL wants."""
    return int.from_bytes(hashlib.sha256(b"responder sender " + key.encode()).digest()[:8], "big", signed=True)
