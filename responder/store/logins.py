"""Server-side sessions of the review page: one random token per login, only its sha256 stored.

The browser's signed cookie carries the token and nothing else about the account; each request
looks it up here. Logging out deletes the row, so a cookie copied before is refused afterwards;
a password change, a reset or a disabled account deletes every row of the account (issue 9). A
session also ends LIFETIME after the login, or after IDLE without a request. No Flask here: the
account store and the CLI end sessions through `end_sessions`, inside their own transaction.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from responder.store.schema import WebSession

LIFETIME = timedelta(hours=12)  # a working day, as the signed cookie allowed before
IDLE = timedelta(hours=2)  # a page left open over lunch on a shared computer asks again
# last_seen_at is written at most this often: a write for every page and download is not needed
# to tell a session idle for two hours.
TOUCH_EVERY = timedelta(minutes=1)


def token_hash(token: str) -> str:
    """The sha256 of a session token, as stored (a copy of the database opens no session)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def end_sessions(session: Session, user_id: int) -> int:
    """Delete every session of this account within the caller's transaction; returns how many."""
    result = session.execute(delete(WebSession).where(WebSession.user_id == user_id))
    count: int = getattr(result, "rowcount", 0)
    return count


class LoginSessions:
    """The web_sessions table: start, look up, end."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def start(self, user_id: int, now: datetime) -> str:
        """Open a session for this account; returns its token, for the cookie only.

        The token is always new, whatever the browser sent: a session cannot be fixed in advance.
        Sessions already over are swept away here, so the table holds only live ones.
        """
        token = secrets.token_urlsafe(32)
        with self.sessions.begin() as session:
            session.execute(delete(WebSession).where(
                or_(WebSession.expires_at <= now, WebSession.last_seen_at <= now - IDLE)
            ))
            session.add(WebSession(token_hash=token_hash(token), user_id=user_id, created_at=now,
                                   last_seen_at=now, expires_at=now + LIFETIME))
        return token

    def user_id(self, token: str, now: datetime) -> int | None:
        """Return the account of a live session and note the visit; None for an unknown or ended one."""
        with self.sessions.begin() as session:
            row = session.scalar(select(WebSession).where(WebSession.token_hash == token_hash(token)))
            if row is None:
                return None
            if now >= row.expires_at or now - row.last_seen_at >= IDLE:
                session.delete(row)
                return None
            if now - row.last_seen_at >= TOUCH_EVERY:
                row.last_seen_at = now
            return row.user_id

    def end(self, token: str) -> None:
        """End one session (logging out); nothing happens for a token already ended."""
        with self.sessions.begin() as session:
            session.execute(delete(WebSession).where(WebSession.token_hash == token_hash(token)))

    def open_counts(self, now: datetime) -> dict[int, int]:
        """How many live sessions each account has (the accounts page shows it)."""
        with self.sessions() as session:
            rows = session.execute(
                select(WebSession.user_id, func.count(WebSession.id))
                .where(WebSession.expires_at > now, WebSession.last_seen_at > now - IDLE)
                .group_by(WebSession.user_id)
            )
            return {user_id: count for user_id, count in rows}
