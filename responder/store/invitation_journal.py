"""What every part of the campaign journal shares: an invitation as its readers see it, the address
it is keyed by, a campaign's training, and how SQLite's refusals reach the trainer.

The journal's store (campaigns.py) is made of parts, one per concern (invitation_delivery.py,
invitation_links.py); they read and write the same rows, so these few pieces live below all of
them. Imports the schema and the value types; never a step.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import OperationalError

from responder.errors import DatabaseError
from responder.model import Training
from responder.store.schema import Campaign, Invitation

_P = ParamSpec("_P")
_R = TypeVar("_R")


def database_errors(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn SQLite's refusals (locked by another program, disk full, read-only file) into one
    French DatabaseError: the journal is as the last commit left it, so the same command resumes."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except (OperationalError, DatabaseError) as error:
            # db.py words the reason in French (locked, disk full, read-only) and names the base.
            reason = str(error) if isinstance(error, DatabaseError) else "base de données inaccessible"
            raise DatabaseError(
                f"{reason} ; le journal des invitations est resté tel quel : relancez la même"
                " commande quand elle sera libre (une invitation interrompue pendant son envoi"
                " sera signalée incertaine, pas renvoyée)"
            ) from None

    return wrapper


def normalise_address(address: str) -> str:
    """The address as the journal keys it: stripped, lower-cased (one invitation per trainee)."""
    return address.strip().lower()


@dataclass(frozen=True)
class InvitationRow:
    """An invitation as the sending loop and the `campaigns` command see it."""

    id: int
    campaign_id: int
    address: str
    name: str
    profile: str
    message_id: str
    state: str
    attempts: int
    last_code: int | None
    last_detail: str
    sent_at: datetime | None
    next_attempt_at: datetime | None


def invitation_row(row: Invitation) -> InvitationRow:
    """Return the stored invitation as a value that outlives its session."""
    return InvitationRow(
        id=row.id,
        campaign_id=row.campaign_id,
        address=row.address,
        name=row.name,
        profile=row.profile,
        message_id=row.message_id,
        state=row.state,
        attempts=row.attempts,
        last_code=row.last_code,
        last_detail=row.last_detail,
        sent_at=row.sent_at,
        next_attempt_at=row.next_attempt_at,
    )


def campaign_training(campaign: Campaign) -> Training:
    """Return the training a stored campaign invites to."""
    return Training(campaign.training, campaign.url, campaign.trainer_name, campaign.trainer_email)
