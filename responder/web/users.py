"""Accounts of the review page: scrypt password hashes, the users table, and the admins' page.

Passwords are hashed with the standard library's scrypt (n=2**14, r=8, p=1, a random 16-byte salt)
and stored as "scrypt$n$r$p$salt_hex$hash_hex"; they are compared in constant time and never
logged. The `users` commands of the CLI and the accounts page both go through `Accounts`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.wrappers import Response

from responder.errors import ResponderError
from responder.models import ROLE_ADMIN, ROLE_MANAGER, ROLES, User

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class Account:
    """A user as the page and the CLI show it (never the hash)."""

    id: int
    email: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN


def _account(user: User) -> Account:
    return Account(user.id, user.email, user.role, user.active, user.created_at, user.last_login_at)


class Accounts:
    """The users table: create, list, disable, authenticate."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def add(self, email: str, password: str, role: str, now: datetime) -> Account:
        """Create an account; ResponderError when the address is taken or the input is unfit."""
        email = email.strip().lower()
        if not _EMAIL.match(email):
            raise ResponderError(f"adresse invalide : {email!r}")
        if role not in ROLES:
            raise ResponderError(f"rôle inconnu {role!r} ({', '.join(ROLES)})")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ResponderError(f"mot de passe trop court (au moins {MIN_PASSWORD_LENGTH} caractères)")
        with self.sessions.begin() as session:
            if session.scalar(select(User).where(func.lower(User.email) == email)) is not None:
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
        """Disable (or enable again) an account; ResponderError when there is none."""
        with self.sessions.begin() as session:
            user = session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
            if user is None:
                raise ResponderError(f"aucun compte {email}")
            user.active = active
            return _account(user)

    def authenticate(self, email: str, password: str, now: datetime) -> Account | None:
        """Return the active account matching these credentials, else None."""
        with self.sessions.begin() as session:
            user = session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
            if user is None:
                # Hash anyway, so a wrong address takes as long as a wrong password.
                check_password(password, hash_password("x" * MIN_PASSWORD_LENGTH))
                return None
            if not check_password(password, user.password_hash) or not user.active:
                return None
            user.last_login_at = now
            return _account(user)


# --- the accounts page (admins only) --------------------------------------------------------------

bp = Blueprint("users", __name__, url_prefix="/comptes")


def _require_admin() -> Account:
    from responder.web.auth import current_account

    account = current_account()
    if account is None or not account.is_admin:
        abort(403)
    return account


@bp.get("/")
def index() -> str:
    _require_admin()
    from responder.web import context

    return render_template("web/users.html", accounts=context().accounts.all(), roles=ROLES)


@bp.post("/")
def create() -> Response:
    _require_admin()
    from responder.web import context

    ctx = context()
    try:
        ctx.accounts.add(request.form.get("email", ""), request.form.get("password", ""),
                         request.form.get("role", ROLE_MANAGER), ctx.clock())
    except ResponderError as error:
        flash(str(error), "error")
    else:
        flash("Compte créé.", "ok")
    return redirect(url_for("users.index"))


@bp.post("/etat")
def toggle() -> Response:
    admin = _require_admin()
    from responder.web import context

    email = request.form.get("email", "")
    active = request.form.get("active") == "1"
    if not active and email.strip().lower() == admin.email:
        flash("Vous ne pouvez pas désactiver votre propre compte.", "error")
        return redirect(url_for("users.index"))
    try:
        context().accounts.set_active(email, active)
    except ResponderError as error:
        flash(str(error), "error")
    else:
        flash("Compte réactivé." if active else "Compte désactivé.", "ok")
    return redirect(url_for("users.index"))
