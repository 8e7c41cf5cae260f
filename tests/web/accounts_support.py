"""The review page's accounts as their tests drive them: the app on a clock moved by hand
(the fixtures `clock`, `make_app` and `app`, imported by name; the app without that clock is
review_support.py's), a browser seen from an address, logins, passwords, and the users commands
(the case log and its config: tests/web/conftest.py)."""

from __future__ import annotations

import dataclasses
import html
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.cli import main
from responder.config import Config
from responder.web import create_app
from tests.database_rows import connect, Database
from tests.web.review_support import token
from tests.web_support import MANAGER, PASSWORD

NEW_PASSWORD = "un-tout-nouveau-secret-7"
COOKIE = "responder_session"


class Clock:
    """The app's clock, moved by hand: sessions and login limits expire without waiting."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_app(config: Config, clock: Clock) -> Callable[..., Flask]:
    def make(trusted_proxies: int = 0) -> Flask:
        web = dataclasses.replace(config.web, trusted_proxies=trusted_proxies)
        pauses: list[float] = []
        app = create_app(dataclasses.replace(config, web=web), clock=clock, sleep=pauses.append)
        app.config["TESTING"] = True
        app.extensions["pauses"] = pauses
        return app

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


def browser(app: Flask, address: str = "192.0.2.10", forwarded: str | None = None) -> FlaskClient:
    """A client seen from `address` (the connection), optionally sending X-Forwarded-For."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    if forwarded is not None:
        client.environ_base["HTTP_X_FORWARDED_FOR"] = forwarded
    return client


def try_login(client: FlaskClient, email: str = MANAGER, password: str = PASSWORD) -> int:
    response = client.post("/login", data={"email": email, "password": password, "csrf_token": token(client)})
    return response.status_code


def logged_in(client: FlaskClient) -> bool:
    response = client.get("/")
    assert response.status_code in (200, 302)
    return response.status_code == 200


def copy_of(client: FlaskClient, app: Flask) -> FlaskClient:
    """Another browser holding a copy of this one's cookie (stolen, or a shared computer's)."""
    cookie = client.get_cookie(COOKIE)
    assert cookie is not None
    other = app.test_client()
    other.set_cookie(COOKIE, cookie.value)
    return other


def change_password(client: FlaskClient, current: str, new: str, again: str | None = None) -> tuple[int, str]:
    response = client.post("/mot-de-passe", data={
        "current": current, "new": new, "again": new if again is None else again,
        "csrf_token": token(client, "/mot-de-passe"),
    }, follow_redirects=True)
    return response.status_code, html.unescape(response.get_data(as_text=True))


def db(config: Config) -> Database:
    return connect(config.database.url)


def run_cli(config: Config, monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", str(config.path), "users", *args])


def fail(client: FlaskClient, email: str = MANAGER, times: int = 1) -> None:
    for _ in range(times):
        assert try_login(client, email, "mauvais-secret-xyz") == 401
