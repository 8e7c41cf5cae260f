"""The delivery state machine the outbox (replies) and the campaign journal (invitations) share.

A row waiting to be sent is claimed `sending` by one conditional UPDATE right before SMTP, so two
processes can never both hand it to the relay; the SMTP outcome then settles it `sent`, `deferred`
(tried again after a pause), `failed` or `uncertain`. Replies and invitations use the same words
for these states (schema.py), so one mapping serves both. What each journal does around it stays
in its own module: escalating a reply's case (outbox.py), logging an invitation's attempt for the
rate limit and putting a dry run back (invitation_delivery.py).
Imports the schema and the value types; never a step.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Update, bindparam, update
from sqlalchemy.orm import Session

from responder.model import Delivery, DeliveryStatus
from responder.store.schema import (
    REPLY_DEFERRED,
    REPLY_DRY_RUN,
    REPLY_FAILED,
    REPLY_SENDING,
    REPLY_SENT,
    REPLY_UNCERTAIN,
    Invitation,
    Reply,
)

_OUTCOME_STATES = {
    DeliveryStatus.SENT: REPLY_SENT,
    DeliveryStatus.DEFERRED: REPLY_DEFERRED,
    DeliveryStatus.UNCERTAIN: REPLY_UNCERTAIN,
    DeliveryStatus.FAILED: REPLY_FAILED,
    DeliveryStatus.DRY_RUN: REPLY_DRY_RUN,
}


def outcome_state(delivery: Delivery) -> str:
    """The state an SMTP outcome leaves a reply or an invitation in, before the retry rule."""
    return _OUTCOME_STATES[delivery.status]


def retry_time(delays: Sequence[timedelta], attempts: int, now: datetime) -> datetime | None:
    """When a message deferred at its `attempts`-th try goes again; None once `delays` are used up.

    The first deferral waits delays[0], the second delays[1], and so on.
    """
    if attempts > len(delays):
        return None
    return now + delays[max(0, attempts - 1)]


def settle(
    delivery: Delivery, now: datetime, retry_at: datetime | None, exhausted: str
) -> tuple[str, dict[str, object]]:
    """Return the state an SMTP outcome leaves a row in and the other columns it writes.

    A deferral with no `retry_at` takes the state `exhausted`: a reply goes to a human (failed),
    an invitation waits for a later run (deferred, no time set).
    """
    state = outcome_state(delivery)
    columns: dict[str, object] = {"last_code": delivery.code, "last_detail": delivery.detail}
    if state == REPLY_DEFERRED and retry_at is None:
        state = exhausted
    if state == REPLY_SENT:
        columns["sent_at"] = now
    elif state == REPLY_DEFERRED:
        columns["next_attempt_at"] = retry_at
    return state, columns


def claim(
    session: Session,
    table: type[Reply] | type[Invitation],
    row_id: int,
    claimable: Collection[str],
    **columns: object,
) -> bool:
    """Mark the row `sending`, one more attempt counted, if it is still in a `claimable` state.

    One conditional UPDATE: False when another process claimed it first (or it is settled).
    """
    statement = _claim_statement(table, tuple(claimable), tuple(sorted(columns)))
    result = session.connection().execute(statement, {"row_id": row_id, **columns})
    return bool(getattr(result, "rowcount", 0))


@functools.lru_cache(maxsize=None)
def _claim_statement(table: type[Reply] | type[Invitation], claimable: tuple[str, ...],
                     columns: tuple[str, ...]) -> Update:
    # Built once, run with parameters on the session's connection: building the statement and
    # going through the ORM cost three times the UPDATE itself, for rows no one has loaded.
    return (
        update(table)
        .where(table.id == bindparam("row_id"), table.state.in_(claimable))
        .values(state=REPLY_SENDING, attempts=table.attempts + 1, next_attempt_at=None,
                **{name: bindparam(name) for name in columns})
    )
