"""The EAFC review page: a Flask application over the case log.

`create_app(config, sessions=None)` builds it (flaskr's factory): the database is opened (and
migrated) unless a session factory is given, the blueprints are registered, every page but the
login page and static files requires an account, every POST carries a CSRF token. The app reads
and writes through responder.review and web.users only; `serve` runs it under waitress.
"""

from __future__ import annotations

import errno
import logging
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask, current_app, render_template
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.exceptions import HTTPException

from responder.config import Config
from responder.errors import ResponderError, os_error_text
from responder.models import Setting
from responder.record import Recorder
from responder.review import ReviewStore
from responder.web.auth import LoginThrottle
from responder.web.users import Accounts

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
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
    clock: Callable[[], datetime] = _utc_now
    sleep: Callable[[float], None] = time.sleep
    throttle: LoginThrottle = field(default_factory=LoginThrottle)


def context() -> WebContext:
    """Return the current app's WebContext."""
    found: WebContext = current_app.extensions["responder"]
    return found


def _secret_key(config: Config, sessions: sessionmaker[Session]) -> str:
    """The session signing key: from the environment, else generated once and kept in the database."""
    from_env = config.web.secret_key()
    if from_env:
        return from_env
    with sessions.begin() as session:
        setting = session.get(Setting, SECRET_SETTING)
        if setting is None:
            setting = Setting(key=SECRET_SETTING, value=secrets.token_hex(32))
            session.add(setting)
        return setting.value


def _filters(app: Flask) -> None:
    from responder.web import labels

    def local(value: datetime | None, pattern: str = "%d/%m/%Y %H:%M") -> str:
        return value.astimezone().strftime(pattern) if value else ""

    app.jinja_env.filters["local"] = local
    app.jinja_env.globals.update(labels.GLOBALS)


def create_app(config: Config, sessions: sessionmaker[Session] | None = None, **overrides: Any) -> Flask:
    """Build the review application; `overrides` replace WebContext fields (clock, sleep) in tests."""
    from responder.db import open_database
    from responder.web import auth, csrf
    from responder.web.cases import bp as cases_bp
    from responder.web.export import bp as export_bp
    from responder.web.overview import bp as overview_bp
    from responder.web.users import bp as users_bp

    if sessions is None:
        sessions = open_database(config.database.url)
    app = Flask(__name__, template_folder=str(TEMPLATES_DIR), static_folder="static")
    app.config.update(
        SECRET_KEY=_secret_key(config, sessions),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.web.secure_cookies,
        SESSION_COOKIE_NAME="responder_session",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.extensions["responder"] = WebContext(
        config=config, sessions=sessions, review=ReviewStore(sessions), accounts=Accounts(sessions),
        recorder=Recorder(sessions), **overrides,
    )
    auth.init_app(app)
    csrf.init_app(app)
    _filters(app)
    for blueprint in (auth.bp, cases_bp, overview_bp, export_bp, users_bp):
        app.register_blueprint(blueprint)

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
        return response

    return app


def serve(config: Config, host: str | None = None, port: int | None = None) -> None:
    """Serve the review page with waitress until interrupted (never Flask's development server)."""
    import waitress.server

    app = create_app(config)
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
