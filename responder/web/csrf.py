"""CSRF protection: one random token per session, in a hidden field of every form, checked on POST.

A POST without the session's token, or with another, is refused with 400 before any view runs,
so nothing changes. The token is compared in constant time.
"""

from __future__ import annotations

import hmac
import logging
import secrets

from flask import Flask, abort, request, session

log = logging.getLogger(__name__)

FIELD = "csrf_token"


def csrf_token() -> str:
    """Return the session's token, creating it at the first form."""
    token = session.get(FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[FIELD] = token
    return token


def _check() -> None:
    if request.method != "POST":
        return
    expected = session.get(FIELD)
    given = request.form.get(FIELD, "")
    if not isinstance(expected, str) or not given or not hmac.compare_digest(expected, given):
        log.warning("requête refusée : jeton CSRF absent ou faux (%s %s)", request.method, request.path)
        abort(400, description="Formulaire expiré ou invalide : rechargez la page et recommencez.")


def init_app(app: Flask) -> None:
    """Check every POST and give templates `csrf_token()`."""
    app.before_request(_check)
    app.jinja_env.globals["csrf_token"] = csrf_token
