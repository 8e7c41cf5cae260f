"""Accounts of the review page: the users table, scrypt password hashes, and who may log in.

Passwords are hashed with the standard library's scrypt (n=2**14, r=8, p=1, a random 16-byte salt)
and stored as "scrypt$n$r$p$salt_hex$hash_hex"; they are compared in constant time and never
logged. Changing a password or disabling an account ends every open session of that account in
the same transaction (issue 9), so neither the CLI nor the page can forget to. No Flask here: the
`users` commands and the web pages both go through `Accounts`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from responder.errors import ResponderError
from responder.store.logins import end_sessions
from responder.store.schema import ROLE_ADMIN, ROLES, User

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 10
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def hash_password(password: str) -> str:
    """Return the storable scrypt hash of `password`, with a fresh salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    """Tell whether `password` matches the stored hash (False for anything unreadable)."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected) // 2, maxmem=2**26,
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


def check_new_password(password: str) -> None:
    """Refuse a password unfit to be set, with a French ResponderError."""
    if not password:
        raise ResponderError("mot de passe vide")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ResponderError(f"mot de passe trop court (au moins {MIN_PASSWORD_LENGTH} caractères)")


@dataclass(frozen=True)
class Account:
    """A user as the page and the CLI show it (never the hash)."""

    id: int
    email: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    mailboxes: tuple[str, ...] = ()  # the [[mailbox]] names it may see; () for every one

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN


def _account(user: User) -> Account:
    return Account(user.id, user.email, user.role, user.active, user.created_at, user.last_login_at,
                   tuple((user.mailboxes or "").split()))


def _by_email(session: Session, email: str) -> User | None:
    found: User | None = session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
    return found


class Accounts:
    """The users table: create, list, disable and enable, set a password, authenticate."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def add(self, email: str, password: str, role: str, now: datetime) -> Account:
        """Create an account; ResponderError when the address is taken or the input is unfit."""
        email = email.strip().lower()
        if not _EMAIL.match(email):
            raise ResponderError(f"adresse invalide : {email!r}")
        if role not in ROLES:
            raise ResponderError(f"rôle inconnu {role!r} ({', '.join(ROLES)})")
        check_new_password(password)
        with self.sessions.begin() as session:
            if _by_email(session, email) is not None:
                raise ResponderError(f"le compte {email} existe déjà")
            user = User(email=email, password_hash=hash_password(password), role=role, active=True, created_at=now)
            session.add(user)
            session.flush()
            return _account(user)

    def all(self) -> list[Account]:
        """Return every account, by address."""
        with self.sessions() as session:
            return [_account(u) for u in session.scalars(select(User).order_by(User.email))]

    def get(self, user_id: int) -> Account | None:
        """Return the account with this id, if any."""
        with self.sessions() as session:
            user = session.get(User, user_id)
            return _account(user) if user else None

    def set_active(self, email: str, active: bool) -> Account:
        """Disable (ending its sessions) or enable again an account; ResponderError when there is none."""
        with self.sessions.begin() as session:
            user = _by_email(session, email)
            if user is None:
                raise ResponderError(f"aucun compte {email}")
            user.active = active
            if not active:
                end_sessions(session, user.id)
            return _account(user)

    def set_mailboxes(self, email: str, mailboxes: Sequence[str]) -> Account:
        """Limit an account to these mailboxes (none: every mailbox); ResponderError when there is none."""
        with self.sessions.begin() as session:
            user = _by_email(session, email)
            if user is None:
                raise ResponderError(f"aucun compte {email}")
            user.mailboxes = " ".join(dict.fromkeys(mailboxes))
            return _account(user)

    def set_password(self, email: str, password: str) -> Account:
        """Give an account a new password (an admin's reset) and end all its sessions."""
        check_new_password(password)
        with self.sessions.begin() as session:
            user = _by_email(session, email)
            if user is None:
                raise ResponderError(f"aucun compte {email}")
            user.password_hash = hash_password(password)
            end_sessions(session, user.id)
            return _account(user)

    def change_password(self, user_id: int, current: str, new: str) -> bool:
        """Replace the password of an active account that proves it knows the current one.

        Returns False when `current` is wrong (the caller counts a failed login); raises
        ResponderError when `new` is unfit. Every session of the account ends: the caller opens
        a fresh one for the browser that made the change.
        """
        check_new_password(new)
        with self.sessions.begin() as session:
            user = session.get(User, user_id)
            if user is None or not user.active or not check_password(current, user.password_hash):
                return False
            if check_password(new, user.password_hash):
                raise ResponderError("le nouveau mot de passe est identique à l'actuel")
            user.password_hash = hash_password(new)
            end_sessions(session, user.id)
            return True

    def authenticate(self, email: str, password: str, now: datetime) -> Account | None:
        """Return the active account matching these credentials, else None."""
        with self.sessions.begin() as session:
            user = _by_email(session, email)
            if user is None:
                # Hash anyway, so a wrong address takes as long as a wrong password.
                check_password(password, hash_password("x" * MIN_PASSWORD_LENGTH))
                return None
            if not check_password(password, user.password_hash) or not user.active:
                return None
            user.last_login_at = now
            return _account(user)


__all__ = ["MIN_PASSWORD_LENGTH", "Account", "Accounts", "check_new_password", "check_password", "hash_password"]
