"""Logging in and out, and the rule that every page but /login and /static needs an active account.

Failed logins are logged (the address, never the password) and slowed: each recent failure for the
same address or client adds a pause, capped at MAX_DELAY seconds. The pause function is injectable
so tests do not wait.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from flask import Blueprint, Flask, flash, g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from responder.web.users import Account

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)

MAX_DELAY = 2.0
WINDOW = 15 * 60.0  # seconds during which a failure counts
PUBLIC_ENDPOINTS = {"auth.login", "static"}


class LoginThrottle:
    """Remembers recent failures per address and per client, and says how long to pause."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.monotonic = monotonic
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> int:
        times = self.failures.setdefault(key, deque())
        while times and now - times[0] > WINDOW:
            times.popleft()
        return len(times)

    def delay(self, email: str, client: str) -> float:
        """Seconds to wait before answering: 0.25 s per recent failure, at most MAX_DELAY."""
        now = self.monotonic()
        with self.lock:
            count = max(self._recent("email:" + email, now), self._recent("ip:" + client, now))
        return min(MAX_DELAY, 0.25 * count)

    def failed(self, email: str, client: str) -> None:
        now = self.monotonic()
        with self.lock:
            for key in ("email:" + email, "ip:" + client):
                self._recent(key, now)
                self.failures[key].append(now)

    def succeeded(self, email: str) -> None:
        with self.lock:
            self.failures.pop("email:" + email, None)


def current_account() -> Account | None:
    """Return the logged-in, still active account of this request, if any."""
    if "account" not in g:
        from responder.web import context

        user_id = session.get("user_id")
        account = context().accounts.get(user_id) if isinstance(user_id, int) else None
        g.account = account if account is not None and account.active else None
    found: Account | None = g.account
    return found


def _require_login() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if current_account() is None:
        session.pop("user_id", None)
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


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str:
    from responder.web import context

    if request.method != "POST":  # GET, and HEAD which Flask routes here too
        return render_template("web/login.html", next=request.args.get("next", ""))
    ctx = context()
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    client = request.remote_addr or "?"
    ctx.sleep(ctx.throttle.delay(email, client))
    account = ctx.accounts.authenticate(email, password, ctx.clock())
    if account is None:
        ctx.throttle.failed(email, client)
        log.warning("connexion refusée pour %r depuis %s", email, client)
        flash("Adresse ou mot de passe incorrect, ou compte désactivé.", "error")
        return render_template("web/login.html", next=request.form.get("next", ""), email=email), 401  # type: ignore[return-value]
    ctx.throttle.succeeded(email)
    session.clear()  # a fresh session (and CSRF token) at each login: no fixation
    session["user_id"] = account.id
    session.permanent = True
    log.info("connexion de %s", account.email)
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout() -> Response:
    session.clear()
    flash("Vous êtes déconnecté.", "ok")
    return redirect(url_for("auth.login"))


def init_app(app: Flask) -> None:
    """Send every request without an account to the login page."""
    app.before_request(_require_login)
    app.jinja_env.globals["current_account"] = current_account
