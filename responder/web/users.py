"""The admins' accounts page: list the accounts and their open sessions, create one, disable or
enable one, reset a password.

The account store itself is responder.accounts (the CLI uses it without Flask); its names are
re-exported here for the code that imported them from this module. Disabling an account or
resetting its password ends all its sessions at once (issue 9).
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from responder.store.accounts import (
    MIN_PASSWORD_LENGTH, Account, Accounts, check_new_password, check_password, hash_password,
)
from responder.errors import ResponderError
from responder.store.schema import ROLE_MANAGER, ROLES

bp = Blueprint("users", __name__, url_prefix="/comptes")


def _require_admin() -> Account:
    from responder.web.auth import current_account

    account = current_account()
    if account is None or not account.is_admin:
        abort(403)
    return account


@bp.get("/")
def index() -> str:
    admin = _require_admin()
    from responder.web import context

    ctx = context()
    return render_template(
        "web/users.html", accounts=ctx.accounts.all(), roles=ROLES, me=admin,
        open_sessions=ctx.logins.open_counts(ctx.clock()), min_length=MIN_PASSWORD_LENGTH,
    )


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
        flash("Compte réactivé." if active else "Compte désactivé : ses sessions ouvertes sont fermées.", "ok")
    return redirect(url_for("users.index"))


@bp.post("/mot-de-passe")
def reset_password() -> Response:
    """Give another account a new password (its owner forgot it); all its sessions end."""
    admin = _require_admin()
    from responder.web import context

    email = request.form.get("email", "")
    if email.strip().lower() == admin.email:
        # Changing one's own password asks for the current one: a borrowed session cannot do it.
        flash("Pour votre propre compte, utilisez « Mon mot de passe » en haut de la page.", "error")
        return redirect(url_for("users.index"))
    try:
        account = context().accounts.set_password(email, request.form.get("password", ""))
    except ResponderError as error:
        flash(f"Mot de passe non changé : {error}.", "error")
    else:
        flash(f"Nouveau mot de passe enregistré pour {account.email} : ses sessions ouvertes sont fermées.", "ok")
    return redirect(url_for("users.index"))


__all__ = ["MIN_PASSWORD_LENGTH", "Account", "Accounts", "bp", "check_new_password", "check_password",
           "hash_password"]
