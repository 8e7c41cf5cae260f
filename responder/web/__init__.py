"""The EAFC review page: a Flask application over the case log.

`create_app(config, sessions=None)` builds it (flaskr's factory): the database is opened (and
migrated) unless a session factory is given, the blueprints are registered, every page but the
login page and static files requires a live server-side session, every POST carries a CSRF
token, and no page behind the login may be kept by a browser or proxy cache. The app reads and
writes through responder.review, responder.accounts, responder.logins and web.throttle only;
`serve` runs it under waitress.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, abort, current_app, g, has_request_context, render_template, request
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.exceptions import HTTPException
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Map

from responder.store.accounts import Accounts
from responder.config import Config
from responder.resources import TEMPLATES
from responder.errors import ResponderError, os_error_text
from responder.store.logins import LIFETIME, LoginSessions
from responder.store.cases import Recorder
from responder.store.review import ReviewStore
from responder.web.throttle import LoginThrottle

log = logging.getLogger(__name__)

TEMPLATES_DIR = TEMPLATES
SECRET_SETTING = "web_secret_key"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WebContext:
    """What the views need, built once per app: config, stores, clock, and the login pause."""

    config: Config
    sessions: sessionmaker[Session]
    review: ReviewStore
    accounts: Accounts
    recorder: Recorder
    logins: LoginSessions
    throttle: LoginThrottle
    clock: Callable[[], datetime] = _utc_now
    sleep: Callable[[float], None] = time.sleep
    # Files a copy of each reply sent from the page in the mailbox's Sent folder, when there is
    # one (the command line opens the mailbox: the web never does).
    sent_copy: Callable[[bytes], None] | None = None


def context() -> WebContext:
    """Return the current app's WebContext; for an account limited to some mailboxes, its review
    store sees only their cases (every list, count, page and action of the request)."""
    found: WebContext = current_app.extensions["responder"]
    account = g.get("account") if has_request_context() else None
    if account is None or not account.mailboxes:
        return found
    if "scoped_context" not in g:
        g.scoped_context = dataclasses.replace(found, review=found.review.scoped(account.mailboxes))
    scoped: WebContext = g.scoped_context
    return scoped


def _secret_key(config: Config, sessions: sessionmaker[Session]) -> str:
    """The session signing key: from the environment, else generated once and kept in the database."""
    from_env = config.web.secret_key()
    if from_env:
        return from_env
    from responder.store.cases import setting_once

    return setting_once(sessions, SECRET_SETTING, secrets.token_hex(32))


class RowId(IntegerConverter):
    """`<int:...>` in every route: at most the largest id a PostgreSQL INTEGER holds (2**31 - 1;
    no SQLite log reaches it either). A longer number is no page (404), where it made the query
    itself fail (OverflowError on SQLite, integer out of range on PostgreSQL: a 500) before."""

    def __init__(self, map: Map, fixed_digits: int = 0, min: int | None = None, max: int | None = None,
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits, min, 2**31 - 1 if max is None else max, signed)


def _filters(app: Flask, zone: ZoneInfo) -> None:
    from responder.web import labels

    def local(value: datetime | None, pattern: str = "%d/%m/%Y %H:%M") -> str:
        return value.astimezone(zone).strftime(pattern) if value else ""

    def filesize(size: int) -> str:
        if size < 1024:
            return f"{size} octets"
        kilo = size / 1024
        return f"{kilo:.0f} Ko".replace(".", ",") if kilo < 1024 else f"{kilo / 1024:.1f} Mo".replace(".", ",")

    def nombre(value: int) -> str:
        return f"{value:,}".replace(",", "\u202f")  # 20 160: the French thousands separator

    def plural(label: str, count: int) -> str:
        # "2 nouvelles", "4 ignorées", "3 répondues automatiquement"; "en cours" does not change.
        first, _, rest = label.partition(" ")
        if count < 2 or first == "en" or first.endswith("s"):
            return label
        return f"{first}s {rest}".rstrip()

    app.jinja_env.filters["local"] = local
    app.jinja_env.filters["plural"] = plural
    app.jinja_env.filters["nombre"] = nombre
    app.jinja_env.filters["filesize"] = filesize
    app.jinja_env.globals.update(labels.GLOBALS)


def _register_pages(app: Flask) -> None:
    from responder.web import answers, auth, cases, compose, export, followup, mailparts, overview, users

    for module in (auth, cases, followup, compose, mailparts, answers, overview, export, users):
        app.register_blueprint(module.bp)


def create_app(config: Config, sessions: sessionmaker[Session] | None = None, **overrides: Any) -> Flask:
    """Build the review application; `overrides` replace WebContext fields (clock, sleep) in tests."""
    from responder.store.database import open_database
    from responder.web import auth, csrf

    if sessions is None:
        sessions = open_database(config.database.url)
    app = Flask(__name__, template_folder=str(TEMPLATES_DIR), static_folder="static")
    app.url_map.converters["int"] = RowId  # before any route is added
    if config.web.trusted_proxies:
        # remote_addr becomes the client's address as the trusted proxies saw it; with 0 the
        # header is ignored, since anyone can send one (and so pick the address the throttle counts).
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.web.trusted_proxies)  # type: ignore[method-assign]
    app.config.update(
        SECRET_KEY=_secret_key(config, sessions),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.web.secure_cookies,
        SESSION_COOKIE_NAME="responder_session",
        PERMANENT_SESSION_LIFETIME=LIFETIME,  # the cookie lives as long as the session row
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    parts: dict[str, Any] = {
        "review": ReviewStore(sessions), "accounts": Accounts(sessions), "recorder": Recorder(sessions),
        "logins": LoginSessions(sessions), "throttle": LoginThrottle(sessions),
    }
    app.extensions["responder"] = WebContext(config=config, sessions=sessions, **(parts | overrides))
    app.before_request(_without_nul)  # first: the login form is read by auth's own hook
    auth.init_app(app)
    app.before_request(_case_of_its_mailboxes)  # after auth's hook: the account is known
    csrf.init_app(app)
    _filters(app, ZoneInfo(config.web.timezone))
    _register_pages(app)

    @app.errorhandler(HTTPException)
    def _error(error: HTTPException) -> tuple[str, int]:
        return render_template("web/error.html", error=error), error.code or 500

    @app.after_request
    def _headers(response: Any) -> Any:
        # Nothing of the page may run a script or load anything from elsewhere (intranet, mail text).
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        if request.endpoint != "static":
            # Case pages and exports hold trainees' mail: no browser history, shared-computer or
            # proxy cache may keep a copy once the session ends (issue 9).
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response

    return app


def _case_of_its_mailboxes() -> None:
    """A case of a mailbox the account may not see is no page at all, whatever the route (404)."""
    case_id = (request.view_args or {}).get("case_id")
    review = context().review
    if isinstance(case_id, int) and review.mailboxes and not review.sees_case(case_id):
        abort(404)


def _without_nul() -> None:
    """Drop NUL characters from the query and the form: no text holds one, and PostgreSQL
    refuses them in any query (a 500 where SQLite simply found nothing)."""
    for name in ("args", "form"):
        values = getattr(request, name)
        if any("\x00" in key or "\x00" in value for key, value in values.items(multi=True)):
            setattr(request, name, ImmutableMultiDict(
                [(key.replace("\x00", ""), value.replace("\x00", "")) for key, value in values.items(multi=True)]))


def serve(config: Config, host: str | None = None, port: int | None = None,
          sent_copy: Callable[[bytes], None] | None = None) -> None:
    """Serve the review page with waitress until interrupted (never Flask's development server)."""
    import waitress.server

    app = create_app(config, sent_copy=sent_copy)
    host, port = host or config.web.host, port or config.web.port
    listening = _listen(host, port)
    # Our own socket: waitress binding it itself leaks its wake-up pipe when the port is taken.
    server = waitress.server.create_server(app, sockets=[listening], threads=4, ident="responder")
    log.info("page de suivi sur http://%s:%d/", host, listening.getsockname()[1])
    server.run()


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or one French line saying why there cannot be one."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family, backlog=1024)
    except OSError as error:
        hint = " : un autre programme (ou un autre « responder web ») l'utilise ; choisissez --port" \
            if error.errno == errno.EADDRINUSE else ""
        reason = "nom inconnu" if isinstance(error, socket.gaierror) else os_error_text(error)
        raise ResponderError(f"page de suivi : impossible d'écouter sur {host}:{port} : {reason}{hint}") from None


__all__ = ["WebContext", "context", "create_app", "serve"]
