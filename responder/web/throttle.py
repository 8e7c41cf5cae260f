"""Failed logins: how long to pause before answering, and when to stop listening for a while.

Each wrong password (or unknown address) typed at the login page or the password page is a row
of login_failures: the address typed and the client's address (the proxy's client when
`[web] trusted_proxies` says so). They live in the database, not in memory, so a restart does not
forget them and several waitress processes share them. Only the last WINDOW counts:

- a pause of 0.25 s per failure, at most MAX_DELAY, counted for this account from this client,
  for this client, and for this account from anywhere (a guess spread over many addresses);
- PAIR_LIMIT failures for one account from one client stop that client trying that account,
  and CLIENT_LIMIT failures from one client (any accounts) stop that client, until the window
  passes. The account itself is never locked: whoever guesses from elsewhere cannot keep its
  owner out, only slow them by MAX_DELAY at most.

A stopped attempt is answered at once, without checking the password (a correct one would
otherwise be told apart) and without a pause (a pause holds one of waitress's few threads).
No Flask here: the views pass the account, the client and the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from responder.store.schema import LoginFailure

WINDOW = timedelta(minutes=15)
STEP = 0.25  # seconds of pause per failure
MAX_DELAY = 2.0
PAIR_LIMIT = 5  # tries of one account from one client in the window
CLIENT_LIMIT = 30  # tries of any accounts from one client in the window
ACCOUNT_CHARS, CLIENT_CHARS = 320, 100  # the columns' sizes: a longer value typed is cut


@dataclass(frozen=True)
class Verdict:
    """What to do with a login attempt: pause this long, or refuse it with this French message."""

    pause: float
    refusal: str | None = None


PAIR_REFUSAL = (
    "Trop d'essais infructueux pour ce compte depuis cet appareil : réessayez dans un quart d'heure. "
    "Mot de passe oublié ? Un administrateur peut le réinitialiser."
)
CLIENT_REFUSAL = "Trop d'essais infructueux depuis cet appareil : réessayez dans un quart d'heure."


def _keys(account: str, client: str) -> tuple[str, str]:
    return account.strip().lower()[:ACCOUNT_CHARS], client[:CLIENT_CHARS]


class LoginThrottle:
    """The login_failures table: count, record, forget."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def _counts(self, session: Session, account: str, client: str, now: datetime) -> tuple[int, int, int]:
        def tally(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        same_account, same_client = LoginFailure.account == account, LoginFailure.client == client
        row = session.execute(
            select(tally(and_(same_account, same_client)), tally(same_client), tally(same_account))
            .where(LoginFailure.at > now - WINDOW, or_(same_account, same_client))
        ).one()
        return row[0], row[1], row[2]

    def check(self, account: str, client: str, now: datetime) -> Verdict:
        """Say how long to pause before checking this attempt, or why it is refused for now."""
        account, client = _keys(account, client)
        with self.sessions() as session:
            pair, from_client, for_account = self._counts(session, account, client, now)
        if pair >= PAIR_LIMIT:
            return Verdict(0.0, PAIR_REFUSAL)
        if from_client >= CLIENT_LIMIT:
            return Verdict(0.0, CLIENT_REFUSAL)
        return Verdict(min(MAX_DELAY, STEP * max(pair, from_client, for_account)))

    def failed(self, account: str, client: str, now: datetime) -> None:
        """Record a wrong password; failures older than the window are swept away meanwhile."""
        account, client = _keys(account, client)
        with self.sessions.begin() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.at <= now - WINDOW))
            session.add(LoginFailure(at=now, account=account, client=client))

    def succeeded(self, account: str, client: str) -> None:
        """Forget this client's failures for this account once it got the password right.

        The client's other failures and the account's failures from elsewhere stay: a right
        password for one's own account does not license guessing others'.
        """
        account, client = _keys(account, client)
        with self.sessions.begin() as session:
            session.execute(delete(LoginFailure).where(
                LoginFailure.account == account, LoginFailure.client == client,
            ))
