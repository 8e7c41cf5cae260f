"""Logging in and out, changing one's password, and the rule that every page but /login and
/static needs a live session of an active account.

The signed Flask cookie carries only the session token (and the CSRF token); the session itself
is a row of responder.logins, looked up at every request, so logging out ends it on the server.
Failed logins are logged (the address, never the password) and go through web.throttle: paused,
then refused for a while. The pause function is injectable so tests do not wait.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

from responder.store.accounts import MIN_PASSWORD_LENGTH, Account
from responder.errors import ResponderError

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)

PUBLIC_ENDPOINTS = {"auth.login", "static"}
TOKEN_KEY = "sid"  # the cookie's field holding the session token


def current_account() -> Account | None:
    """Return the account of this request's live session, if it is still active."""
    if "account" not in g:
        from responder.web import context

        ctx = context()
        token = session.get(TOKEN_KEY)
        user_id = ctx.logins.user_id(token, ctx.clock()) if isinstance(token, str) else None
        account = ctx.accounts.get(user_id) if user_id is not None else None
        g.account = account if account is not None and account.active else None
    found: Account | None = g.account
    return found


def signed_in() -> Account:
    """The account of this request; before_request already sent anonymous visitors to /login."""
    account = current_account()
    if account is None:
        abort(401)
    return account


def client_address() -> str:
    """The client's address: the connection's, or X-Forwarded-For's via ProxyFix ([web] trusted_proxies)."""
    return request.remote_addr or "?"


def _require_login() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if current_account() is None:
        session.pop(TOKEN_KEY, None)
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?") if request.method == "GET" else None))
    return None


def _safe_next(target: str | None) -> str:
    # Only a path of this site: never an absolute URL (an open redirect to a phishing page).
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
        and target.isprintable()
        and not any(c.isspace() for c in target)  # "/\t/evil.example" becomes "//evil.example"
        and not urlsplit(target).netloc
        and not urlsplit(target).scheme
    ):
        return target
    return url_for("cases.index")


def _begin_session(account: Account) -> None:
    """Give this browser a fresh server-side session (and, later, a fresh CSRF token): no fixation."""
    from responder.web import context

    ctx = context()
    previous = session.get(TOKEN_KEY)
    if isinstance(previous, str):  # logging in again over a live session: the old one ends
        ctx.logins.end(previous)
    session.clear()
    session[TOKEN_KEY] = ctx.logins.start(account.id, ctx.clock())
    session.permanent = True
    g.account = account


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    from responder.web import context

    if request.method != "POST":  # GET, and HEAD which Flask routes here too
        return render_template("web/login.html", next=request.args.get("next", ""))
    ctx = context()
    email = request.form.get("email", "").strip().lower()[:320]  # as long as an address can be
    password = request.form.get("password", "")
    client, now = client_address(), ctx.clock()

    def refused(message: str, status: int) -> ResponseReturnValue:
        flash(message, "error")
        return render_template("web/login.html", next=request.form.get("next", ""), email=email), status

    verdict = ctx.throttle.check(email, client, now)
    if verdict.refusal:
        log.warning("connexion bloquée pour %r depuis %s : trop d'essais infructueux", email, client)
        return refused(verdict.refusal, 429)
    ctx.sleep(verdict.pause)
    account = ctx.accounts.authenticate(email, password, now)
    if account is None:
        ctx.throttle.failed(email, client, now)
        log.warning("connexion refusée pour %r depuis %s", email, client)
        return refused("Adresse ou mot de passe incorrect, ou compte désactivé.", 401)
    ctx.throttle.succeeded(email, client)
    _begin_session(account)
    log.info("connexion de %s depuis %s", account.email, client)
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout() -> Response:
    from responder.web import context

    token = session.get(TOKEN_KEY)
    if isinstance(token, str):
        context().logins.end(token)  # a copy of the cookie is refused from now on
    session.clear()
    flash("Vous êtes déconnecté.", "ok")
    return redirect(url_for("auth.login"))


@bp.route("/mot-de-passe", methods=["GET", "POST"])
def password() -> ResponseReturnValue:
    """Change one's own password: the current one, then the new one twice; other sessions end."""
    from responder.web import context

    account = current_account()
    if account is None:  # _require_login sent anonymous visitors away already
        return redirect(url_for("auth.login"))
    if request.method != "POST":
        return render_template("web/password.html", min_length=MIN_PASSWORD_LENGTH)
    ctx = context()
    client, now = client_address(), ctx.clock()

    def refused(message: str, status: int) -> ResponseReturnValue:
        flash(message, "error")
        return render_template("web/password.html", min_length=MIN_PASSWORD_LENGTH), status

    new = request.form.get("new", "")
    if new != request.form.get("again", ""):
        return refused("Les deux saisies du nouveau mot de passe diffèrent.", 400)
    # A borrowed session must not find the password by trying: the login page's limits apply.
    verdict = ctx.throttle.check(account.email, client, now)
    if verdict.refusal:
        return refused(verdict.refusal, 429)
    ctx.sleep(verdict.pause)
    try:
        changed = ctx.accounts.change_password(account.id, request.form.get("current", ""), new)
    except ResponderError as error:
        return refused(f"Mot de passe non changé : {error}.", 400)
    if not changed:
        ctx.throttle.failed(account.email, client, now)
        log.warning("changement de mot de passe refusé pour %s depuis %s : mot de passe actuel faux", account.email, client)
        return refused("Mot de passe actuel incorrect.", 401)
    _begin_session(account)
    log.info("mot de passe changé par %s depuis %s", account.email, client)
    flash("Mot de passe changé. Vos sessions ouvertes ailleurs (autre navigateur, autre appareil) sont fermées.", "ok")
    return redirect(url_for("cases.index"))


def init_app(app: Flask) -> None:
    """Send every request without a live session to the login page."""
    app.before_request(_require_login)
    app.jinja_env.globals["current_account"] = current_account
